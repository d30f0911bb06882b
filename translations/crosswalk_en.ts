<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cw::AuditLog</name>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BulkWriter</name>
    <message>
        <source>The cache connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bulk insert into %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a row into %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache transaction on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CacheTableModel</name>
    <message>
        <source>The list could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CellFormatter</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ConnectionDialog</name>
    <message>
        <source>Private app &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the private app token of the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth client secret of the staffing platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key or password of the Odoo user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the staffing platform&apos;s API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Odoo production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in &amp;synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File imports need no address and no secret: you choose the files each time you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain. Your keychain may ask you to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing arrives with the connector for each system. For now, Save stores the settings without contacting the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain, never in the cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain. Leave a field empty to keep the stored secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The connection itself was saved. Fix the keychain and choose Save again, or enter the secret later with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CredentialStore</name>
    <message>
        <source>No key was given for the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CsvReader</name>
    <message>
        <source>The file is not valid UTF-8 text (line %1). Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DashboardSummary</name>
    <message>
        <source>The dashboard figures could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Database</name>
    <message>
        <source>The cache file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Crosswalk cache: it is not an SQLite database or its header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is read-only. Crosswalk needs to write to its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the cache cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 cannot be switched to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is damaged: its schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Crosswalk (schema %2; this version knows up to %3). Update Crosswalk or open another cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 could not be upgraded to schema %2; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Error</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FaultSpec</name>
    <message>
        <source>Unknown fault option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a probability between 0 and 1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a whole number of zero or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault probabilities add up to more than 1 in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault part &quot;%1&quot; must start with a system name and a colon, as in &quot;odoo:p_5xx=0.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults for &quot;%1&quot; are given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available: install and start a Secret Service provider such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Crosswalk cannot store secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain error %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this connection. Enter it again under Settings, Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the secret. Unlock the keychain (for example by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::NetworkJob</name>
    <message>
        <source>The address %1 is not allowed: use https, or http only for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that is not JSON. Is the address that of the API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, Content-Type &quot;%2&quot;, body starts with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. If this was a change, it may or may not have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete response after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 at %2: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer arrived. If this was a change, it may or may not have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted or does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Retry-After %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, body starts with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials or the access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the requested address or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave up waiting for the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a conflicting change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to slow down; the request will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with an internal error (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PageQueries</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of systems could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the linked record in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer records linked to this customer, across all systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, billable hours not yet on an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the record is part of the crosswalk, and how the link was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, billable hours not yet on an invoice: they cannot be invoiced until the record is linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error text Odoo returned, as it sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the same failure was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the exception occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue that is missing, late or at risk because of this exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SystemConfig</name>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM (HubSpot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing platform (Bullhorn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SystemRepository</name>
    <message>
        <source>The cache holds a system of unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection no longer exists; it may have been removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address (URL) of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address. Enter an address starting with https://, for example https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the address. Enter them in the login and secret fields, which keep the secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https for %1. Unencrypted http is only allowed for this computer (localhost, 127.0.0.1 or ::1), such as the Crosswalk sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be saved in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of a connection cannot be changed. Add a new connection instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be removed from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login of the user Crosswalk signs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth client ID issued for the staffing platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be checked against the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named %1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
