<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
