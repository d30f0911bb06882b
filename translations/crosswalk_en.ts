<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cw::AgeBucketChartModel</name>
    <message>
        <source>Hours (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (millions of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (thousands of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2
%3 · %4 in %Ln line(s)</source>
        <translation>
            <numerusform>%1, %2
%3 · %4 in %Ln line</numerusform>
            <numerusform>%1, %2
%3 · %4 in %Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Without customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AgeBuckets</name>
    <message>
        <source>0–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Application</name>
    <message>
        <source>Operations console for Odoo, a CRM and a staffing platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the cache file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo cache, filled with generated data on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the user interface in &lt;code&gt; (de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep preferences in the INI file &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cache cannot be created in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data: customers, placements, timesheets and invoices in three systems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AuditLog</name>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, and when, with the values before and after. Entries cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made in Crosswalk, by you or by a sync, is recorded here: links made or undone, connections changed, personal data revealed.</source>
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
        <source>The cache transaction on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing rows into %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BullhornClient</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body starts with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn refused the sign-in grant (a spent or expired token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn did not accept the OAuth client id or secret. Check them in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bullhorn session expired or was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bullhorn API user may not see this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn does not know this record or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn received a call without a session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn asks to slow down; the call will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn failed to complete the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn is down for maintenance; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn did not complete %1 (%2); trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available for the Bullhorn credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bullhorn client secret is stored for this connection. Enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bullhorn password is stored for the API user %1. Enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn did not accept the user name or password of the API user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without an authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn refused the stored refresh token; signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn&apos;s token answer lacks a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new Bullhorn refresh token could not be stored; the next sign-in will use the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn&apos;s login answer lacks BhRestToken or restUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bullhorn session expired; signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn&apos;s login host sent the sign-in of %1 on to an address that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 to %2 after %3 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn&apos;s login host named no usable data centre for the API user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauthUrl &quot;%1&quot;, restUrl &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BullhornConfig</name>
    <message>
        <source>Enter the REST login address of the Bullhorn data centre, for example https://rest-emea.bullhornstaffing.com/rest-services/login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address. Enter the REST login address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https for %1. Unencrypted http is only allowed for this computer, such as the Crosswalk sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bullhorn login host on this computer named %1 as the data centre. Only addresses on this computer are used with it, so no password is sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bullhorn login host %1 named %2 as the data centre, which is not under %3. No password is sent there; check the login address of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BullhornConnectionTester</name>
    <message>
        <source>Time &amp; Expense and pay-and-bill data are visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp; Expense data is visible; pay-and-bill data is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-and-bill data is visible; Time &amp; Expense data is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Time &amp; Expense nor pay-and-bill data is visible: import approved time from files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Bullhorn as %1 at %2 (%3): %4 client corporations and %5 placements. %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BullhornEntityStore</name>
    <message>
        <source>Invalid field &apos;%1&apos; for entity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed fields parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields=* is only allowed on meta calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid entity type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type %1 is not indexed for search; use /query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the fields or the layout parameter is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and count must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>externalID is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error persisting an entity of type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities of type %1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to entity type %1 is not allowed for this user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BullhornFilter</name>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot; but found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a field name but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected NULL or EMPTY after IS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a comparison after &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected field:value but found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected TO in a range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BullhornRecordMapper</name>
    <message>
        <source>Bullhorn %1 %2 has no readable dateLastModified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn client corporation %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn candidate %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn placement %1 has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn time entry %1 has no day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn time entry %1 has negative hours but voids no entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn expense entry %1 has no day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn expense entry %1 has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn bill master transaction %1 has no transaction date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn bill master transaction %1 has negative hours but reverses no transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullhorn bill master transaction %1 has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CacheFileDialogs</name>
    <message>
        <source>Crosswalk caches (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Fresh Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a New Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A fresh cache never replaces a file: choose a name that is not used yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CacheMatchJob</name>
    <message>
        <source>The matching results could not be written to the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching needs the customers of at least two systems; sync another system first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CacheProblemDialog</name>
    <message>
        <source>Cache problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Fresh Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Current Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache was made by a newer version of Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk cannot read its cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk cannot read this file: it is not a Crosswalk cache, or it was damaged, for example by a disk error or an interrupted copy. The file has been left exactly as it was. Open another cache, or start a fresh one and sync again to fill it from your systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to this cache, perhaps a second Crosswalk window or crosswalkctl. Close it and try again, or open another cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Crosswalk, which this version cannot read safely. Update Crosswalk to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Crosswalk needs to upgrade the cache, and the upgrade did not complete. Nothing was changed: the file is as it was before. Open another cache, or start a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: it may be read-only, or you may not have permission to read it. Nothing in the file was changed. Check its permissions, or open another cache.</source>
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
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CandidateDetails</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the match could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The near miss could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similarity %1</source>
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
    <name>cw::ChartCard</name>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image, an SVG drawing or a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ChartExporter</name>
    <message>
        <source>The chart could not be saved as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CircuitStore</name>
    <message>
        <source>The circuit breaker of the system could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circuit breaker of the system could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CommandLine</name>
    <message>
        <source>Unexpected argument: %1</source>
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
    <message>
        <source>Connect with these settings and report the server, database, user and company reached, without saving anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OAuth address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with this token and report the HubSpot account reached and the scopes the token has, without saving anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with these settings and report the data centre reached, the records the API user sees and whether Time &amp; Expense or pay-and-bill data is visible, without saving anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing this kind of connection is not available; Save stores the settings without contacting the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REST login address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ConnectionProfile</name>
    <message>
        <source>The connection profile %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Crosswalk connection profile (format &quot;%1&quot; expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile holds a secret (&quot;%1&quot;). Remove it: secrets belong in the keychain or in the environment variable the profile names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Odoo API &quot;%1&quot; in the profile (auto, jsonrpc, json2 or web_session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time_source &quot;%1&quot; for the staffing platform (time_and_expense or pay_and_bill).</source>
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
    <name>cw::CtlApp</name>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run crosswalkctl --help for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cache at %1. Give another one with --cache, or create one with demo-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crosswalkctl [--cache PATH] COMMAND [options]
Crosswalk on the command line: works on the same cache as the desktop application.

Global options:
  --cache PATH   the cache file (default: CROSSWALK_CACHE, then the settings, then the user data folder)
  --profile FILE the connection profile of sync (JSON without secrets)
  -h, --help     show this help; COMMAND --help shows a command&apos;s options
  -v, --version  show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile for commands that talk to the systems (sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CustomerPickerDialog</name>
    <message>
        <source>Link to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer that %1 belongs to. Search by any system&apos;s name for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers in the crosswalk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer appears here once the records your systems keep of it are linked. Matching links records that clearly belong together; the Unmatched page lists the rest. Connect your systems in Settings and sync to bring in their customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customer records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer records yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers of every connected system appear here after its first sync, with the customer each one is linked to. Add Odoo, your CRM and your staffing platform in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer across Odoo, the CRM and the staffing platform: the crosswalk links the record each system keeps to the customer it belongs to. Review the matches the matcher was not sure of; every decision can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the two records of each selected match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected matches are different customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected customers into the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move each selected record out of its customer into a customer of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected records together, or one record to a customer you search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches at or above this score are sure: they link without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches at or above this score go to the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the customers of all systems again; decisions people made are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sure from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the matcher is not sure of wait here, most value at stake first. Lower the review threshold to see less likely matches, or press Match now after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches accepted or rejected on the review queue appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a match in the list to compare its two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n match(es).</source>
        <translation>
            <numerusform>Accepted %n match.</numerusform>
            <numerusform>Accepted %n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n match(es).</source>
        <translation>
            <numerusform>Rejected %n match.</numerusform>
            <numerusform>Rejected %n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n customers into one.</source>
        <translation>
            <numerusform>Merged %n customers into one.</numerusform>
            <numerusform>Merged %n customers into one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n record(s) out into customers of their own.</source>
        <translation>
            <numerusform>Split %n record out into a customer of its own.</numerusform>
            <numerusform>Split %n records out into customers of their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %n records into one customer.</source>
        <translation>
            <numerusform>Linked %n records into one customer.</numerusform>
            <numerusform>Linked %n records into one customer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sure, %2 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched %1 records: %2 new links, %3 new customers, %4 matches to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention, from the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed. %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cost centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this dashboard as a printable one-page PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the figures again from the cache (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures count everything dated on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trend on each tile compares with the figures as of this earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer, with its records in every linked system (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only amounts in one currency, unconverted; or every currency converted into the company currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole business as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co&amp;mpared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unbilled work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled work by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers; the older the work, the harder it is to bill. Click a bar for its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue exceptions by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases per rule over the last 12 weeks, by the day their cause happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Exceptions page to acknowledge, assign and resolve cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed pushes by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open failed pushes, most frequent cause first, with the cumulative share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Failed pushes page to fix and retry them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure for %1 to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= unchanged since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 %) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1: no exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click to list the records behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, compared with %2. Updated at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system is connected yet. Add one in Settings, or start Crosswalk with --demo to explore generated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved time is waiting to be invoiced as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue exceptions arose in the 12 weeks up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open failed pushes: every write reached Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dashboard report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the dashboard report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DashboardReport</name>
    <message>
        <source>Printed %1 from the local cache. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2.</source>
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
    <name>cw::DecisionBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked %n record(s).</source>
        <translation>
            <numerusform>Linked %n record.</numerusform>
            <numerusform>Linked %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::DedupeCommand</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicate customers in one CSV file (id,cluster_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required. Run crosswalkctl dedupe --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records form %2 customers (%3 records are duplicates) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DemoCacheWriter</name>
    <message>
        <source>The cache could not be checked before writing demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 already holds data (table %2). Demo data goes into an empty cache; choose a new cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data was cancelled; the cache holds part of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DemoDataCommand</name>
    <message>
        <source>Number of real-world customers (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the data is as of, YYYY-MM-DD (default: derived from the seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 s, %3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty cache with deterministic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data for %1 customers (seed %2, as of %3) into %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DemoDataGenerator</name>
    <message>
        <source>The number of customers must be between 1 and %1; %2 was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DemoOperationsBuilder</name>
    <message>
        <source>Customer %1 has no partner in Odoo, so the invoice for %2 (%3) has no one to bill. Link the customer on the Unmatched page, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting has closed %1 in Odoo (lock date %2), so the invoice for %3 cannot be dated in it. Ask accounting to reopen the period or bill the hours in the next open month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo rejects the VAT number %1 of %2 as invalid, so the invoice for %3 cannot be posted. Correct the VAT number on the customer in Odoo, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the integration user&apos;s API key. Renew the key in Odoo (Preferences, Account Security), store it in Crosswalk&apos;s connection settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration user may not create invoices in Odoo. Give it the Billing or Accounting role in Odoo, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the invoice for %2 (%3) was not created. Check that Odoo is up, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling companies changed since the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staffing platform asked Crosswalk to slow down; waited 1 second and continued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice and payment states are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices could not be created in Odoo; see Failed pushes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DoubleBilledRule</name>
    <message>
        <source>Hours invoiced twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of one placement and day that appears on two customer invoices that are not cancelled, or one timesheet line (same external id) invoiced from two systems. The later invoice is the exception; the amount is the value of the time it bills again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet line(s) on this invoice were already invoiced on %1.</source>
        <translation>
            <numerusform>%n timesheet line on this invoice was already invoiced on %1.</numerusform>
            <numerusform>%n timesheet lines on this invoice were already invoiced on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::DrillDownDialog</name>
    <message>
        <source>The records behind this figure of the dashboard, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing lies behind this figure any more: the cache changed since the dashboard was computed. Refresh the dashboard with F5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DrillDownQuery</name>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours × bill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
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
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount at stake</source>
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
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
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
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records read</source>
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
    <name>cw::ExceptionLifecycle</name>
    <message>
        <source>Revenue exception %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue exception %1 could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the exception is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolved exception cannot be acknowledged; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolved exception cannot be assigned; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the exception was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception is already open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ExceptionRule</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ExceptionRunner</name>
    <message>
        <source>The stored revenue exceptions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revenue exception could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revenue exception could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revenue exception could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ExceptionTrendModel</name>
    <message numerus="yes">
        <source>%1
Week of %2: %Ln exception(s)</source>
        <translation>
            <numerusform>%1
Week of %2: %Ln exception</numerusform>
            <numerusform>%1
Week of %2: %Ln exceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ExceptionsPage</name>
    <message>
        <source>Revenue exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open revenue exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, including resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue has been at risk so far. Exceptions and how they were resolved will be kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue rule the case breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at risk: approved hours not invoiced, rates that differ between systems, invoices paid late. Largest amounts first. Acknowledge, assign or resolve the selected cases; every change is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the cache shows revenue at risk, such as approved hours not on an invoice or a bill rate that differs from the placement, it appears here with the amount at stake and its owner. Press Run rules now to check the cache again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that the selected cases are known, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected cases an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected cases, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected cases again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rules now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole cache against every revenue rule as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why is this known and acceptable for now? (%Ln case(s))</source>
        <translation>
            <numerusform>Why is this known and acceptable for now? (%Ln case)</numerusform>
            <numerusform>Why is this known and acceptable for now? (%Ln cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged %1 case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln case(s) (empty to unassign):</source>
        <translation>
            <numerusform>Owner of %Ln case (empty to unassign):</numerusform>
            <numerusform>Owner of %Ln cases (empty to unassign):</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned %1 case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>How was it resolved? (%Ln case(s))</source>
        <translation>
            <numerusform>How was it resolved? (%Ln case)</numerusform>
            <numerusform>How was it resolved? (%Ln cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1 case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1 case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules checked: %1 cases hold, %2 new, %3 reopened, %4 cleared by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cases:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedCommand</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed push(es)</source>
        <translation>
            <numerusform>%n failed push</numerusform>
            <numerusform>%n failed pushes</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to retry: exactly one of --all, --id N or --category NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id takes the number of a failed push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) queued again; the next sync pushes them.</source>
        <translation>
            <numerusform>%n write queued again; the next sync pushes it.</numerusform>
            <numerusform>%n writes queued again; the next sync pushes them.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve needs --id N and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed push %1 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, retry or resolve failed pushes to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed list [--all] [--category NAME] [--json]
failed retry (--all | --id N | --category NAME)
failed resolve --id N --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, retry or resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: include resolved ones; retry: every open failed push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed push&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category (mapping, validation, auth, network, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the failed push is resolved without a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say list, retry or resolve. Run crosswalkctl failed --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedPushActions</name>
    <message>
        <source>The write to retry could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write could not be queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed push %1 is already resolved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the failed push is resolved without retrying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed push could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write could not be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed push %1 does not name the placement it was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement %1 of failed push %2 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one system has a placement %1; the failed push does not say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement of failed push %1 has no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s link could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write of this failed push is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no record in Odoo, so its invoices would still have no one to bill. Choose a customer that exists in Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill rate must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill rate could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill rate of the hours could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product, a tax, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo system of failed push %1 is not configured any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product and tax could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedPushCause</name>
    <message>
        <source>Customer not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing access right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill rate missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or tax missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose product and tax…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct bill rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense in another currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedPushDetail</name>
    <message>
        <source>Select a failed push to see what Odoo said, the records it was made from and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Odoo said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed push %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed push %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>seen %n time</numerusform>
            <numerusform>seen %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open failure(s) with this cause</source>
        <translation>
            <numerusform>%n open failure with this cause</numerusform>
            <numerusform>%n open failures with this cause</numerusform>
        </translation>
    </message>
    <message>
        <source>queued again: the next sync sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Odoo was not asked: the problem was found in Crosswalk.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by a later retry on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesheet lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedPushParetoModel</name>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln open failed push(es)
%2 % of all open failed pushes up to here</source>
        <translation>
            <numerusform>%1: %Ln open failed push
%2 % of all open failed pushes up to here</numerusform>
            <numerusform>%1: %Ln open failed pushes
%2 % of all open failed pushes up to here</numerusform>
        </translation>
    </message>
    <message>
        <source>Open failed pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedPushQueries</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the failure was first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, resolved by a person, or resolved by a later retry</source>
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
        <source>Resolved by a later retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times Crosswalk tried to write it</source>
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
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
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
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open failed pushes with this cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedPushStore</name>
    <message>
        <source>The failed push could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no failed push %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed pushes could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed pushes could not be grouped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FailedPushesPage</name>
    <message>
        <source>Failed pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued: those writes are already queued, being sent, sent or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) queued again; the next sync sends them.</source>
        <translation>
            <numerusform>%n write queued again; the next sync sends it.</numerusform>
            <numerusform>%n writes queued again; the next sync sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed pushes shown could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to Odoo that did not go through: the reason in plain words, what Odoo said, and how often. Fix the cause and retry, or resolve with a reason; every action is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an invoice or customer cannot be written to Odoo, it appears here with the reason, what Odoo said, and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, grouped by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open failures with the same cause are counted together here, so one fix can retry them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures resolved by a person, with the reason, and those a later retry fixed (“Resolved by a later retry”) are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write to Odoo has gone through so far. Failures and how they were resolved will be kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected writes to Odoo again at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry every failure shown, or every failure of one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the customer, correct the bill rate or choose the product and tax, then retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected failures without sending them, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open of category “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n write(s) again…</source>
        <translation>
            <numerusform>Queuing %n write again…</numerusform>
            <numerusform>Queuing %n writes again…</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing every write shown again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the writes of one category again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed push(es) resolved; they will not be sent.</source>
        <translation>
            <numerusform>%n failed push resolved; it will not be sent.</numerusform>
            <numerusform>%n failed pushes resolved; they will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linking the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer linked; the invoice is queued again for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the bill rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill rate corrected; the invoice is queued again for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the product and tax…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and tax stored for every invoice to this Odoo; this one is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed push(es)</source>
        <translation>
            <numerusform>%n failed push</numerusform>
            <numerusform>%n failed pushes</numerusform>
        </translation>
    </message>
    <message>
        <source>the write for %1, %2</source>
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
    <name>cw::FellegiSunterModel</name>
    <message>
        <source>The matching model has no valid match share (lambda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching model needs %1 levels for the field %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FileImportDialog</name>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new source, e.g. Payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO currency code of the amounts when the file has no currency column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection whose ids the file uses for placements, customers or consultants (a placement id from the staffing platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currenc&amp;y if none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids &amp;refer to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import in&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that feeds each field. Fields marked * are required; tick Key for the fields that identify a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Refused Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Another File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row, so nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as %1: choose another encoding, or Detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (CSV), %1 (%2), fields separated by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: rows without a value are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 identifies a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key: rows are identified by a hash of all their cells, so a row with any changed cell is imported as a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are identified by %1: importing a changed row updates its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see its first rows as they will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mapping cannot import yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 rows would be refused; see Problem.</source>
        <translation>
            <numerusform>%n of the first %1 rows would be refused; see Problem.</numerusform>
            <numerusform>%n of the first %1 rows would be refused; see Problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>The first %n row as it will be imported.</numerusform>
            <numerusform>The first %n rows as they will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1 Rows committed before the problem stay in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of “%1” stopped: the rows counted below are in the cache; the rest of the file was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” imported into %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused rows: correct them in the file and import it again (the rows already imported stay as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Refused Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the cache&apos;s indexes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FileImporter</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, submitted or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, archived or prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows could not be imported; see the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import source no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FixPushDialog</name>
    <message>
        <source>Fix and Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product and tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers in Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer this is, among those that exist in Odoo. Crosswalk links them, so this and later invoices go to that partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal reference, for example CONSULTING-HOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax name as in Odoo, for example 19% VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo product and sales tax every invoice line of this Odoo system carries, as Odoo names them. Empty fields stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement&apos;s rate per hour. Its approved hours of %1 not yet invoiced are billed at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Odoo partner %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in Odoo: %2, partner %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer in Odoo matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::HeadlessSecrets</name>
    <message>
        <source>The Odoo secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staffing client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staffing password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache has no such system yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds the secret of the connection &quot;%1&quot; of this cache, whose address, database, login or client id differ from the profile&apos;s, so it is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keychain entry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the keychain, and the profile names no environment variable for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither in the environment variable %2 nor in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::HttpSimulatorServer</name>
    <message>
        <source>The simulator could not listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::HubSpotClient</name>
    <message>
        <source>No keychain is available for the HubSpot token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HubSpot access token is stored for this connection. Enter it in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlationId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body starts with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot rejected the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not accept the access token. Check the token in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused access to this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot token lacks the permission %1. Add the scope to the private app or service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot does not know this record or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot already has a record with this unique value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot reports the record is locked by another change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API quota is used up; syncing resumes after midnight in the account&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot asks to slow down; the request will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot is migrating this account; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not complete %1 (%2); trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::HubSpotConnectionTester</name>
    <message>
        <source>Reached HubSpot account %1 (%2, %3, data in %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its scopes cannot be read for this kind of token; a missing scope shows when a synchronisation needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token has every scope Crosswalk needs (%n scope(s) granted).</source>
        <translation>
            <numerusform>The token has every scope Crosswalk needs (%n scope granted).</numerusform>
            <numerusform>The token has every scope Crosswalk needs (%n scopes granted).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token lacks %1: add them to the private app and paste its new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::HubSpotObjectStore</name>
    <message>
        <source>limit must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid paging cursor &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object not found.  objectId are usually numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many filter groups (%1); the maximum is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many filters; at most %1 per group and %2 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter operator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search cannot page past %1 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property values were not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch needs between 1 and %1 inputs; %2 were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a unique-value property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get some %1 objects, they may be deleted or not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 with the value %2 for %3 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to find property %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A property needs a lowercase name and a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 unique-value properties per object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch needs between 1 and %1 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is associated with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::HubSpotRecordMapper</name>
    <message>
        <source>HubSpot company %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot company %1 has no readable modification date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot contact %1 has no readable modification date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot deal %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot deal %1 has no readable modification date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot deal %1 has an unreadable amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ImportCommand</name>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache table the rows go to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File source system the rows belong to; created when missing (default: the mapping source, else the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column feeding a field (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field identifying a row (repeatable; default: the id column, else a hash of the row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field separator of text files (a character or tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding: utf-8, utf-16, windows-1252 or auto (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet of a workbook (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the header, the first rows and the mapping; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping for this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the mapping saved for this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to import with --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the table with --table (%1), or a saved mapping with --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files cannot be imported into &quot;%1&quot;. Tables: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preview writes nothing, so it cannot --save-mapping; drop one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter is one character, or &quot;tab&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-16, windows-1252 or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 connection, not a file source; choose another --system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping is saved for %1: the system &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 imports into %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hash of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping into %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are identified by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mapping cannot import yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview only: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2 of &quot;%3&quot; (run %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the rows counted above are in the cache; the rest of the file was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or XLSX export into the cache (preview, mapping, refused rows by line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row, so nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into %2 of &quot;%3&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the cache&apos;s indexes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ImportMapping</name>
    <message>
        <source>Files cannot be imported into &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (mapped to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key field %1 has no column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ImportPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::IndexSuspension</name>
    <message>
        <source>The cache could not read its suspended indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not read its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache index %1 could not be built again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not update its suspended indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not count the rows of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not note a suspended index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache index %1 could not be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InfoCommand</name>
    <message>
        <source>Show the cache&apos;s path, schema version and rows per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s tables could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this build knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::IntegrationHealth</name>
    <message>
        <source>Up to 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InvoiceDraftReader</name>
    <message>
        <source>This outbox entry (%1) does not name a placement and month, so Crosswalk cannot tell what to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement %1 is no longer in the cache, so its invoice for %2 cannot be made. Pull the staffing system again, or resolve this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no partner in Odoo, so the invoice for %2 (%3) has no one to bill. Link the customer on the Unmatched page, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timesheet lines could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of %1 on %2 (%3) have no bill rate, so they cannot be invoiced. Correct the rate of the placement or the timesheet, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s links could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billable expenses could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expense %1 of %2 on %3 (%4) is in %5, but the placement bills in %6, so it cannot go on the invoice for %7. Correct the expense&apos;s currency in the staffing system, or resolve this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved hours or billable expenses of %1 are left to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InvoiceOverdueRule</name>
    <message>
        <source>Invoice overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posted customer invoice that still has an amount open after its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 was due on %2, %n day(s) ago; %3 is still open.</source>
        <translation>
            <numerusform>Invoice %1 was due on %2, %n day ago; %3 is still open.</numerusform>
            <numerusform>Invoice %1 was due on %2, %n days ago; %3 is still open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::InvoicePlanner</name>
    <message>
        <source>Unbilled time could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled expenses could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InvoicePusher</name>
    <message>
        <source>The product %1 for billed hours does not exist in Odoo, so no invoice line can be made. Create it in Odoo or choose another product, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales tax &quot;%1&quot; does not exist in Odoo, so the invoice lines cannot carry it. Create it in Odoo or choose another tax, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo answered the invoice import with %1 ids for %2 invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (timesheet %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be recorded in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoiced hours could not be marked in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices will be retried: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the invoice for %1 (%2, %3): %4 Correct the cause in Odoo or in Crosswalk, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused Crosswalk&apos;s login or rights, so the invoice for %1 (%2) was not created. Check the integration user and its API key, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo asked Crosswalk to slow down %1 times, so the invoice for %2 (%3) is still waiting. It is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the invoice for %2 (%3) was not created. Check that Odoo is up, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice for %1 (%2) could not be created in Odoo: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (expense %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoiced expenses could not be marked in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 for re-invoiced expenses does not exist in Odoo, so the expenses of %2 (%3) cannot go on an invoice. Create it in Odoo with the unit Units, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InvoiceStatePuller</name>
    <message>
        <source>The invoice state could not be saved in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InvoiceTotalMismatchRule</name>
    <message>
        <source>Invoice total differs from its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer invoice whose untaxed total differs from the value of the approved time and billable expenses it was made from (hours × bill rate, plus expenses) by more than one cent per timesheet line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Untaxed total %1; its %n timesheet line(s) and expenses come to %2.</source>
        <translation>
            <numerusform>Untaxed total %1; its %n timesheet line and expenses come to %2.</numerusform>
            <numerusform>Untaxed total %1; its %n timesheet lines and expenses come to %2.</numerusform>
        </translation>
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
        <source>The keychain refused access to the secret. Unlock the keychain (for example by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this connection, or the keychain is locked. Unlock the keychain, or enter the secret again under Settings, Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::KpiCommand</name>
    <message>
        <source>Figures as of DATE (YYYY-MM-DD, UTC); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend period in days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this business unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this cost center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only amounts in this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert totals into this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add utilisation, realisation and margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per breakdown (default 10, 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value: dates are YYYY-MM-DD, days and ids are positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* without %1: no exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled approved time by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n customer(s)</source>
        <translation>
            <numerusform>The %n customer</numerusform>
            <numerusform>All %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Open revenue exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed pushes by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk figures as of %1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard figures: unbilled time, exceptions, integration health, DSO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::KpiDirectory</name>
    <message>
        <source>%1 (%2)</source>
        <comment>placement title (its id in the staffing platform)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::KpiDrillDowns</name>
    <message>
        <source>Unbilled approved time as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled approved time of %1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled approved time, %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled approved time of %1, %2, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue exceptions open as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue exceptions of the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed pushes open as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers without a crosswalk link as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices open as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invoices dated in the %n days up to %1</source>
        <translation>
            <numerusform>Invoices dated in the %n day up to %1</numerusform>
            <numerusform>Invoices dated in the %n days up to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Successful syncs up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved time worked from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::KpiFilterOptions</name>
    <message>
        <source>The dashboard filters could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::KpiTiles</name>
    <message>
        <source>Unbilled value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, billable time not on an invoice, at its bill rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, billable hours not on an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unbilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the work date of the oldest unbilled approved time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue exceptions open or acknowledged, not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount at stake in the open revenue exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to other systems that failed and are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer records not linked in the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Days sales outstanding: receivables ÷ revenue invoiced in the last %n days × %n</source>
        <translation>
            <numerusform>Days sales outstanding: receivables ÷ revenue invoiced in the last %n day × %n</numerusform>
            <numerusform>Days sales outstanding: receivables ÷ revenue invoiced in the last %n days × %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::LoadPusher</name>
    <message>
        <source>Customer %1 has no partner in Odoo, so %2 cannot be set up there. Link the customer on the Unmatched page, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo answered the import of %1 with %2 ids for %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to Odoo: %2 new, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be retried: %1</source>
        <translation>
            <numerusform>%n row will be retried: %1</numerusform>
            <numerusform>%n rows will be retried: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in Odoo (%2), not written again: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>%1 — Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected systems unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: configured, not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No systems connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crosswalk %1&lt;/h3&gt;&lt;p&gt;An operations console for firms that run Odoo next to a CRM and a staffing platform: one customer across all systems, approved hours that reach invoices, and what is stuck on the way.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;br&gt;Settings: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MappingService</name>
    <message>
        <source>The crosswalk could not be updated in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the selection is already as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is no longer in the crosswalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two records to link together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Odoo system is configured; add one in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is already a partner in Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has a partner in Odoo; link instead of creating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating this customer in Odoo is queued already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is no longer in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were changed since (by a sync, a matching run or another person), so the decision can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were changed since (by a sync, a matching run or another person), so the decision can no longer be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n match(es)</source>
        <translation>
            <numerusform>Accept %n match</numerusform>
            <numerusform>Accept %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n match(es)</source>
        <translation>
            <numerusform>Reject %n match</numerusform>
            <numerusform>Reject %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n record(s)</source>
        <translation>
            <numerusform>Link %n record</numerusform>
            <numerusform>Link %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n record(s)</source>
        <translation>
            <numerusform>Split %n record</numerusform>
            <numerusform>Split %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n customers</source>
        <translation>
            <numerusform>Merge %n customers</numerusform>
            <numerusform>Merge %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as not a customer</source>
        <translation>
            <numerusform>Mark %n record as not a customer</numerusform>
            <numerusform>Mark %n records as not a customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as a customer</source>
        <translation>
            <numerusform>Mark %n record as a customer</numerusform>
            <numerusform>Mark %n records as customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Create customer in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MappingSnapshot</name>
    <message>
        <source>The customer links could not be written to the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer links could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has records linked since; it cannot be removed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MarginErosionRule</name>
    <message>
        <source>Pay raised, bill rate unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement&apos;s pay rate was raised while its bill rate stayed the same or went down, so the margin shrinks. The amount is the raise times the approved hours worked since, until the bill rate was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay rate raised from %1 to %2 on %3 while the bill rate stayed at %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MatchCli</name>
    <message>
        <source>Normalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a probability between 0 and 1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN (repeatable). FIELD is one of %1; prefix it with left. or right. to map one file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (ISO code) for phone numbers and addresses of records without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability from which pairs link automatically (default: the settings, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability from which pairs go to review (default: the settings, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review threshold must not exceed the auto threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default-country needs a two-letter ISO code such as DE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map needs FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map prefixes are left. and right., not &quot;%1.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MatchCommand</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the customers of two CSV files (left_id,right_id,score,decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an explanation column (JSON) to every link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required. Run crosswalkctl match --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 records: %3 automatic links, %4 for review (%5 pairs compared) in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MatchEngine</name>
    <message>
        <source>Matching was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MatchExplanation</name>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), weight %4: %5 | %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prior %1, total weight %2, probability %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MatchQueries</name>
    <message>
        <source>Value at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled approved time and open invoices of both records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sure (above the automatic threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that both records are the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled approved time and open invoices: they cannot be billed or chased in Odoo until the record is linked</source>
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
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest timesheet line, invoice or change of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best near miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most similar record of another system that is not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that the near miss is the same customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MatchRecordCsv</name>
    <message>
        <source>Unknown field &quot;%1&quot;; fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no id column. Name it with --map id=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the record has no id.</source>
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
    <name>cw::OdooBusinessRules</name>
    <message>
        <source>Timesheets must be created with an active employee in the selected companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot log timesheets on project %1 because timesheets are disabled for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task must belong to the project of the timesheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can not have two users with the same login!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot modify a posted entry of this journal. Reset it to draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot modify timesheets that are already invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot set an archived employee on existing timesheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete an entry which has been posted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete an item linked to a posted entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove a timesheet that has already been invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete a payment that is already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can not remove the admin user as it is used internally for resources created by Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Credit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (* %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft journal entries can be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &apos;Customer&apos; is required, please complete it to validate the Customer Invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to add a line before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft payment can be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID not found in the system: %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only posted/cancelled journal entries can be reset to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft journal entries can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some orders are not in a state requiring confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cancelled or sent quotations can be set back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooClient</name>
    <message>
        <source>This Odoo (%1) has no JSON-2 API; it arrived with Odoo 19. Use JSON-RPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the login. Check the user, and the password or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication returned no user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo needs a second factor for this user; use an API key with JSON-RPC instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session/authenticate returned uid null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Odoo at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Odoo %1 at %2 (%3), uid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] Odoo session expired; logging in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load() messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from Odoo needs a list of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search_read called without fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooConnectionSettings</name>
    <message>
        <source>Enter the address of the Odoo server, like https://example.odoo.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https address; plain http is only allowed for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Odoo user (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key or password of the Odoo user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo web sessions need the user&apos;s password; API keys only work with JSON-RPC or JSON-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s JSON-2 API needs an API key, not a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooConnectionTester</name>
    <message>
        <source>The secure connection to %1 failed: the certificate is not trusted or does not match the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Odoo server answered at %1. Check the address. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered, but it is not an Odoo server (or not its API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo at %1 has no database called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the user &quot;%1&quot; with this API key. Check that the key belongs to that user and has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the user &quot;%1&quot; with this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Odoo %1, database &quot;%2&quot;, as %3 (company %4). Crosswalk will use %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooDomain</name>
    <message>
        <source>Invalid domain term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 is syntactically not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid leaf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid field %1 on model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid domain %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooErrorMapper</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the login. Check the user, and the password or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not exist in Odoo any more; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo session expired and logging in again did not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo was busy with a conflicting change; the operation can be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not exist on this Odoo server. Check the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo cannot reach its database right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Odoo server does not offer the requested endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the API key. Check that it is valid and not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no Odoo endpoint %1. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 404, body starts with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not read the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 400: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooImporter</name>
    <message>
        <source>No matching record found for external id &apos;%1&apos; in field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching record found for database id &apos;%1&apos; in field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching record found for name &apos;%1&apos; in field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos; for boolean field &apos;%2&apos;, assuming &apos;yes&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not seem to be a number for field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not seem to be a valid date for field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value &apos;%1&apos; not found in selection field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; for model %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooMethodDispatcher</name>
    <message>
        <source>Private methods (such as &apos;%1.%2&apos;) cannot be called remotely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes from 1 to %2 positional arguments but %3 were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() got an unexpected keyword argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() got multiple values for argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method &apos;%1.%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() missing 1 required positional argument: &apos;ids&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() is a model method and takes no ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooOrm</name>
    <message>
        <source>Object %1 doesn&apos;t exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid &quot;order&quot; specified (%1). A valid &quot;order&quot; specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid field %1 on model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal for int() with base 10: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not convert string to float: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time data %1 does not match format &apos;%Y-%m-%d&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time data %1 does not match format &apos;%Y-%m-%d %H:%M:%S&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong value for %1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation cannot be completed: the record %1(%2,) referenced by %3.%4 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required value for the field &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create() values must be dictionaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid x2many command %1 for field %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooReadGroup</name>
    <message>
        <source>Invalid field &apos;%1&apos; on model &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_group() needs at least one groupby field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid field specification %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooSeeder</name>
    <message>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooStore</name>
    <message>
        <source>This file is not a saved Odoo simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved simulator plays Odoo %1, not Odoo %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the simulator state to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the simulator state from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator state in %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OdooVersion</name>
    <message>
        <source>The server answered, but not with Odoo&apos;s version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo reported a version Crosswalk cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OutboxPusher</name>
    <message>
        <source>The rows waiting for a customer could not be queued again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OutboxStore</name>
    <message>
        <source>The outbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox row could not be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox row could not be updated.</source>
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
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PairComparator</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT / registration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web / e-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing on one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaro-Winkler %1, token cosine %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same street, number missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same street, other number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PairComparisonView</name>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (linked to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a match in the list to compare its two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ↔  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 %. Left: %2. Right: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: prior %1 bits, total %2 bits (positive for the same customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weights: the matcher did not score this match (it came with the demo data), so the evidence shows similarities only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ParetoChart</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PartnerPlanner</name>
    <message>
        <source>The customers to create in Odoo could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PartnerPusher</name>
    <message>
        <source>The customer to create in Odoo (%1) has no CRM or staffing record with a name any more. Link it on the Unmatched page, or resolve this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer to create in Odoo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new Odoo partner could not be recorded in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new Odoo partner could not be linked to its customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 created in Odoo as partner %2; %n invoice(s) waiting for it queued again.</source>
        <translation>
            <numerusform>%1 created in Odoo as partner %2; %n invoice waiting for it queued again.</numerusform>
            <numerusform>%1 created in Odoo as partner %2; %n invoices waiting for it queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is partner %2 in Odoo already; %n invoice(s) waiting for it queued again.</source>
        <translation>
            <numerusform>%1 is partner %2 in Odoo already; %n invoice waiting for it queued again.</numerusform>
            <numerusform>%1 is partner %2 in Odoo already; %n invoices waiting for it queued again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so customer %2 was not created there and its invoices wait. It is retried automatically; check that Odoo is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused to create customer %1: %2 Correct the customer&apos;s data in the CRM or link it to an existing partner on the Unmatched page, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo answered the partner import with %1 ids for %2 partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PaymentWriter</name>
    <message>
        <source>The payment&apos;s customer could not be looked up in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paid invoice could not be looked up in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be saved in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment no longer in Odoo could not be removed from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments deleted in Odoo could not be removed from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PlacementPlanner</name>
    <message>
        <source>The placements to set up in Odoo could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PlacementPusher</name>
    <message>
        <source>The product %1 for billed hours does not exist in Odoo, so no sale order line can carry the bill rate. Create it in Odoo or choose another product, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement to set up in Odoo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement %1 is no longer in the cache, so its billing setup was not made in Odoo. Pull the staffing platform again, or resolve this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement %1 (%2) of %3 has no bill rate, so its sale order cannot carry one. Correct the rate of the placement, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement %1 (%2) of %3 has no consultant in the cache, so no employee can be set up in Odoo. Pull the staffing platform again, or resolve this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the billing setup of placement %2 (%3) was not made there. It is retried automatically; check that Odoo is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the billing setup of placement %1 (%2): %3 Correct the placement in the staffing platform, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ProjectPlanner</name>
    <message>
        <source>The projects to create in Odoo could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ProjectPusher</name>
    <message>
        <source>The deal of a project could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 is no longer in the cache, so its project was not created in Odoo. Pull the CRM again, or resolve this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the project of deal %2 was not created there. It is retried automatically; check that Odoo is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the project of deal %1: %2 Correct the deal in the CRM, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PullFlow</name>
    <message>
        <source>The systems could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM or staffing platform is configured to pull from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entities pulled from %3 systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pull of %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pull of %2 partly failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pull of %2 partly failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pull of %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pull of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PullRunner</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records could not be stored; see the events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PushFailureLog</name>
    <message>
        <source>The failed push could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed push could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by a later retry: the push went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed push could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RateMismatchRule</name>
    <message>
        <source>Bill rate differs from the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved time whose bill rate differs from the placement&apos;s bill rate in effect on the work date. The amount is the difference in value over all such time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1 on carry a bill rate of %2 where the placement&apos;s rate is %3.</source>
        <translation>
            <numerusform>%n line from %1 on carries a bill rate of %2 where the placement&apos;s rate is %3.</numerusform>
            <numerusform>%n lines from %1 on carry a bill rate of %2 where the placement&apos;s rate is %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::RecordUpserter</name>
    <message>
        <source>&quot;%1&quot; is not a table of cached records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not prepare a write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache table %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be removed from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache refused the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache refused the records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RefusedRowsModel</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ResolvePushDialog</name>
    <message>
        <source>Resolve Failed Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve %1 without sending it to Odoo. Crosswalk will not try it again. Say why, for the audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced by hand in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed in another period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not billable after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of another write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RetryingCall</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SandboxCommand</name>
    <message>
        <source>Port for the Odoo simulator (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo version to play: 16, 17, 18 or 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo data and of the faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults to inject, e.g. &quot;odoo:p_5xx=0.05,latency_ms=20&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the Odoo store from this file if it exists; save it there on exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox needs --odoo-port with a port number (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--odoo-version must be 16, 17, 18 or 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be a number between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch for SIGINT/SIGTERM; stop the sandbox with SIGKILL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for the CRM (HubSpot) simulator (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crm-port needs a port number (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve simulated Odoo, CRM and staffing APIs on this computer with demo data, until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for the staffing platform (Bullhorn) simulator (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a connection profile for crosswalkctl sync (no secrets in it) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--staffing-port needs a port number (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SettingsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systems Crosswalk reads from and writes to. Their secrets are kept in the system keychain, never in the cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Choose Add to connect Odoo, a CRM, a staffing platform or a file import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Name of the English language in English; keep it untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deutsch</source>
        <extracomment>Name of the German language in German; keep it untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Crosswalk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask pay rates and other personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;automatically from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer pairs scoring at least this are linked without review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to re&amp;view from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs from here up to the value above wait in the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stored secret is deleted from the keychain too, and the records cached from it are removed from the cache. Nothing changes in the system itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records cached from it are removed from the cache. Nothing changes in the system itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The connection “%2” was kept so that no secret is left behind in the keychain. Fix the keychain and remove the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or Excel export for the selected file import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ShortcutButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SqliteReader</name>
    <message>
        <source>A report query could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value could not be bound to a report query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report query failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::StaleFailedPushRule</name>
    <message>
        <source>Invoice push failing for days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice that could not be pushed to Odoo and is still failing several days after the first attempt (the number of days is a setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failing for %n day(s) (%1): %2</source>
        <translation>
            <numerusform>Failing for %n day (%1): %2</numerusform>
            <numerusform>Failing for %n days (%1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SyncCommand</name>
    <message>
        <source>Connection profile (JSON, no secrets) to sync with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs --profile FILE (write one with crosswalkctl sandbox --profile-out FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (read %3, created %4, updated %5, skipped %6, failed %7) %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the CRM and staffing platform into the cache, push approved time to Odoo as draft invoices and read invoice and payment state back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow to run: pull, customers, projects, placements, timesheets, expenses, invoices, payments or all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncCursorStore</name>
    <message>
        <source>The pull position of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull position of %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull position of %1 could not be reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncEngine</name>
    <message>
        <source>Not started: another sync is running on this cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncFlows</name>
    <message>
        <source>Customers to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals to Odoo projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved time to draft invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable expenses to invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice status from Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status from Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull from the CRM and the staffing platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown flow &quot;%1&quot;. Known flows: pull, customers, projects, placements, timesheets, expenses, invoices, payments, all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncLock</name>
    <message>
        <source>The sync lock %1 beside the cache cannot be written, so no sync can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync is running on this cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncOverview</name>
    <message>
        <source>The health of the connected systems could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pulls per entity could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connected system&apos;s health, the last pull of every kind of record, and every sync run with what it read, created, updated, skipped and failed. Select a run to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sync with Odoo, the CRM or the staffing platform will be listed here with its counts and outcome. Connect a system in Settings, then press Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every flow now; the arrow runs one flow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running sync; what is done stays done (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls by kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of the run started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Odoo connection to sync with. Add one in Settings &gt; Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Odoo key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo key could not be read from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished with problems; see the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open: the next call tests it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule while Crosswalk is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between runs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often %1 runs by itself while Crosswalk is open; at least %2 minutes, 0 for only when you press Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Odoo connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row when it last changed. The last one: %1</source>
        <translation>
            <numerusform>%n failure in a row when it last changed. The last one: %1</numerusform>
            <numerusform>%n failures in a row when it last changed. The last one: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest pull read %1 records: %2 new, %3 changed, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncRunLog</name>
    <message>
        <source>The sync run could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync run counts could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync event could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync run could not be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Crosswalk ended before this run did (closed, killed or crashed). The next sync checked in Odoo what it had left in flight, so nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted sync runs could not be closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncSchedule</name>
    <message>
        <source>The sync schedule could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync schedule could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync runs could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SyncWorker</name>
    <message>
        <source>The systems could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo system could not be added to the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: the sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning invoices from approved time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices planned from approved time (%2 placement-months unbilled, %3 already waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing draft invoices to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 invoices pushed, %2 left for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices in Odoo (%2 found there after an interruption), %3 need a person, %4 wait for a retry; %5 requests to Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading invoices from Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices read from Odoo, %2 changed in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning customers to create in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without an Odoo partner planned.</source>
        <translation>
            <numerusform>%n customer without an Odoo partner planned.</numerusform>
            <numerusform>%n customers without an Odoo partner planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating customers in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 customers created in Odoo, %2 left for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers created in Odoo, %2 found there already, %3 need a person, %4 wait for a retry; %5 invoices queued again; %6 requests to Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning invoices from billable expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices planned from billable expenses (%2 placement-months unbilled, %3 already waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning projects of won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning billing setups of placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) to create or update in Odoo planned.</source>
        <translation>
            <numerusform>%n project to create or update in Odoo planned.</numerusform>
            <numerusform>%n projects to create or update in Odoo planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement setup(s) to create or update in Odoo planned.</source>
        <translation>
            <numerusform>%n placement setup to create or update in Odoo planned.</numerusform>
            <numerusform>%n placement setups to create or update in Odoo planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing projects to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing billing setups to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 written to Odoo, %2 left for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created in Odoo, %2 updated, %3 need a person, %4 wait for a retry; %5 requests to Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices and %2 payments read from Odoo; %3 invoices changed, %4 payments new, %5 changed and %6 removed (deleted in Odoo) in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SystemCircuit</name>
    <message>
        <source>Odoo failed again and again until recently, so Crosswalk waits until %1 before it pushes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo keeps failing, so Crosswalk pauses pushing for %1 s before it tries again.</source>
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
<context>
    <name>cw::TableExporter</name>
    <message>
        <source>The list could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TablePage</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows containing every word typed here. Put a phrase in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching record(s)</source>
        <translation>
            <numerusform>%Ln matching record</numerusform>
            <numerusform>%Ln matching records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here contains “%1”. Check the spelling, use fewer words, or clear the filter to see every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list could not be loaded. %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln record to %1.</numerusform>
            <numerusform>Exported %Ln records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (Excel, LibreOffice)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown, in this order, as a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TabularFile</name>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not a text or spreadsheet export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TimeAfterEndRule</name>
    <message>
        <source>Time after the placement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved time worked after the end date of its placement, invoiced or not: either the placement was extended without updating its end date, or the time is booked on the wrong placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of approved time from %2 on, after the end date %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TimeWithoutCustomerLinkRule</name>
    <message>
        <source>Approved time of an unmapped customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, billable time not yet invoiced for a customer that is not linked in the crosswalk (or a placement that names no customer), so no Odoo customer can be invoiced for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of approved time since %2 is on a placement without a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of approved time since %2 waits for this customer to be linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TimeWithoutRateRule</name>
    <message>
        <source>Approved time without a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, billable time not yet invoiced whose placement has no bill rate for the work date, or that belongs to no placement. It cannot be invoiced until the placement has a rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of approved time on %2 belongs to no placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of approved time since %2 has no bill rate on its placement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::UnmatchedPage</name>
    <message>
        <source>Unmatched customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer records that are not linked to any customer in the crosswalk. Their approved hours and open invoices cannot be billed or chased in Odoo until they are linked, so the most valuable come first, each with the most similar record of another system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records with at least this much unbilled time and open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at stake from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to near miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the record to its best near miss (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the customer the record belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the creation of this customer as a partner in Odoo; the next sync pushes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected records as not a customer (test accounts, suppliers); they leave this list and matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unmatched records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer record that passes the filters belongs to a customer in the crosswalk. Records that matching cannot place with confidence appear here after a sync, with the value waiting on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records marked as not a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records marked &quot;Not a customer&quot; (test accounts, suppliers, prospects) are kept here and take no part in matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected records have no near miss; link them to a customer found by search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked %n record(s) to their near miss.</source>
        <translation>
            <numerusform>Linked %n record to its near miss.</numerusform>
            <numerusform>Linked %n records to their near misses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued: the next sync creates the customer in Odoo. Follow it on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n record(s) as not a customer.</source>
        <translation>
            <numerusform>Marked %n record as not a customer.</numerusform>
            <numerusform>Marked %n records as not a customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are customers again.</source>
        <translation>
            <numerusform>%n record is a customer again.</numerusform>
            <numerusform>%n records are customers again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::UnmatchedPaymentRule</name>
    <message>
        <source>Payment not matched to an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment received that is not allocated to any invoice, so the customer&apos;s open invoices look unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 received on %3 is not allocated to an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::XlsxReader</name>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is too large or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::XlsxSheetWriter</name>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worksheet holds at most %1 rows; export to CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
