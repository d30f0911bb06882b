<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>cw::AgeBucketChartModel</name>
    <message>
        <source>Hours (millions)</source>
        <translation>Stunden (Millionen)</translation>
    </message>
    <message>
        <source>Hours (thousands)</source>
        <translation>Stunden (Tausend)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Value (millions of %1)</source>
        <translation>Wert (Millionen %1)</translation>
    </message>
    <message>
        <source>Value (thousands of %1)</source>
        <translation>Wert (Tausend %1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2
%3 · %4 in %Ln line(s)</source>
        <translation>
            <numerusform>%1, %2
%3 · %4 in %Ln Zeile</numerusform>
            <numerusform>%1, %2
%3 · %4 in %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Without customer</source>
        <translation>Ohne Kunde</translation>
    </message>
</context>
<context>
    <name>cw::AgeBuckets</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
</context>
<context>
    <name>cw::Application</name>
    <message>
        <source>Operations console for Odoo, a CRM and a staffing platform.</source>
        <translation>Betriebskonsole für Odoo, ein CRM und eine Staffing-Plattform.</translation>
    </message>
    <message>
        <source>Use the cache file &lt;path&gt;.</source>
        <translation>Die Cache-Datei &lt;path&gt; verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Use the demo cache, filled with generated data on first use.</source>
        <translation>Den Demo-Cache verwenden, der beim ersten Start mit erzeugten Daten gefüllt wird.</translation>
    </message>
    <message>
        <source>Show the user interface in &lt;code&gt; (de, en).</source>
        <translation>Die Oberfläche in der Sprache &lt;code&gt; anzeigen (de, en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Keep preferences in the INI file &lt;file&gt;.</source>
        <translation>Einstellungen in der INI-Datei &lt;file&gt; speichern.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Crosswalk</translation>
    </message>
    <message>
        <source>The demo cache cannot be created in %1: %2.</source>
        <translation>Der Demo-Cache kann in %1 nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Generating demo data: customers, placements, timesheets and invoices in three systems…</source>
        <translation>Demodaten werden erzeugt: Kunden, Einsätze, Stundenzettel und Rechnungen in drei Systemen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Crosswalk demo</source>
        <translation>Crosswalk-Demo</translation>
    </message>
</context>
<context>
    <name>cw::AuditLog</name>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation>Die Änderung konnte nicht im Prüfprotokoll vermerkt werden.</translation>
    </message>
</context>
<context>
    <name>cw::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Who changed what, and when, with the values before and after. Entries cannot be changed or deleted.</source>
        <translation>Wer hat wann was geändert, mit den Werten davor und danach. Einträge können weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>The audit log is empty</source>
        <translation>Das Prüfprotokoll ist leer</translation>
    </message>
    <message>
        <source>Every change made in Crosswalk, by you or by a sync, is recorded here: links made or undone, connections changed, personal data revealed.</source>
        <translation>Jede Änderung in Crosswalk, ob von Ihnen oder durch eine Synchronisation, wird hier vermerkt: gesetzte oder aufgehobene Verknüpfungen, geänderte Verbindungen, eingeblendete personenbezogene Daten.</translation>
    </message>
</context>
<context>
    <name>cw::BulkWriter</name>
    <message>
        <source>The cache connection is not open.</source>
        <translation>Die Verbindung zum Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Preparing the bulk insert into %1 failed.</source>
        <translation>Das Vorbereiten des Masseneinfügens in %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The cache transaction on %1 failed.</source>
        <translation>Die Cache-Transaktion für %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>SQLite error %1: %2</source>
        <translation>SQLite-Fehler %1: %2</translation>
    </message>
    <message>
        <source>Writing rows into %1 failed.</source>
        <translation>Das Schreiben von Zeilen in %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>cw::BullhornClient</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>body starts with: %1</source>
        <translation>Antwort beginnt mit: %1</translation>
    </message>
    <message>
        <source>Bullhorn refused the sign-in grant (a spent or expired token).</source>
        <translation>Bullhorn hat die Anmeldeberechtigung abgelehnt (ein verbrauchtes oder abgelaufenes Token).</translation>
    </message>
    <message>
        <source>Bullhorn did not accept the OAuth client id or secret. Check them in Settings &gt; Connections.</source>
        <translation>Bullhorn hat die OAuth-Client-ID oder das Client-Geheimnis nicht akzeptiert. Prüfen Sie beides unter Einstellungen &gt; Verbindungen.</translation>
    </message>
    <message>
        <source>Bullhorn rejected the request: %1</source>
        <translation>Bullhorn hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The Bullhorn session expired or was refused.</source>
        <translation>Die Bullhorn-Sitzung ist abgelaufen oder wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The Bullhorn API user may not see this data.</source>
        <translation>Der Bullhorn-API-Benutzer darf diese Daten nicht sehen.</translation>
    </message>
    <message>
        <source>Bullhorn does not know this record or address.</source>
        <translation>Bullhorn kennt diesen Datensatz oder diese Adresse nicht.</translation>
    </message>
    <message>
        <source>Bullhorn received a call without a session token.</source>
        <translation>Bullhorn hat einen Aufruf ohne Sitzungstoken erhalten.</translation>
    </message>
    <message>
        <source>Bullhorn asks to slow down; the call will be retried later.</source>
        <translation>Bullhorn bittet darum, langsamer zu werden; der Aufruf wird später wiederholt.</translation>
    </message>
    <message>
        <source>Bullhorn failed to complete the call: %1</source>
        <translation>Bullhorn konnte den Aufruf nicht abschließen: %1</translation>
    </message>
    <message>
        <source>Bullhorn is down for maintenance; try again later.</source>
        <translation>Bullhorn ist wegen Wartungsarbeiten nicht verfügbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Bullhorn did not complete %1 (%2); trying again in %3 s.</source>
        <translation>Bullhorn hat %1 nicht abgeschlossen (%2); neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>No keychain is available for the Bullhorn credentials.</source>
        <translation>Für die Bullhorn-Zugangsdaten ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No Bullhorn client secret is stored for this connection. Enter it in Settings &gt; Connections.</source>
        <translation>Für diese Verbindung ist kein Bullhorn-Client-Geheimnis gespeichert. Geben Sie es unter Einstellungen &gt; Verbindungen ein.</translation>
    </message>
    <message>
        <source>No Bullhorn password is stored for the API user %1. Enter it in Settings &gt; Connections.</source>
        <translation>Für den API-Benutzer %1 ist kein Bullhorn-Passwort gespeichert. Geben Sie es unter Einstellungen &gt; Verbindungen ein.</translation>
    </message>
    <message>
        <source>Bullhorn did not accept the user name or password of the API user %1.</source>
        <translation>Bullhorn hat Benutzername oder Passwort des API-Benutzers %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>HTTP %1 without an authorization code</source>
        <translation>HTTP %1 ohne Autorisierungscode</translation>
    </message>
    <message>
        <source>Bullhorn refused the stored refresh token; signing in again.</source>
        <translation>Bullhorn hat das gespeicherte Refresh-Token abgelehnt; erneute Anmeldung.</translation>
    </message>
    <message>
        <source>Bullhorn&apos;s token answer lacks a token.</source>
        <translation>Der Token-Antwort von Bullhorn fehlt das Token.</translation>
    </message>
    <message>
        <source>The new Bullhorn refresh token could not be stored; the next sign-in will use the password.</source>
        <translation>Das neue Bullhorn-Refresh-Token konnte nicht gespeichert werden; die nächste Anmeldung verwendet das Passwort.</translation>
    </message>
    <message>
        <source>Bullhorn&apos;s login answer lacks BhRestToken or restUrl.</source>
        <translation>Der Anmeldeantwort von Bullhorn fehlt BhRestToken oder restUrl.</translation>
    </message>
    <message>
        <source>The Bullhorn session expired; signing in again.</source>
        <translation>Die Bullhorn-Sitzung ist abgelaufen; erneute Anmeldung.</translation>
    </message>
    <message>
        <source>Bullhorn refused the change: %1</source>
        <translation>Bullhorn hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Bullhorn&apos;s login host sent the sign-in of %1 on to an address that cannot be used.</source>
        <translation>Der Anmeldehost von Bullhorn hat die Anmeldung von %1 an eine unbrauchbare Adresse weitergeleitet.</translation>
    </message>
    <message>
        <source>HTTP %1 to %2 after %3 redirects</source>
        <translation>HTTP %1 an %2 nach %3 Weiterleitungen</translation>
    </message>
    <message>
        <source>Bullhorn&apos;s login host named no usable data centre for the API user %1.</source>
        <translation>Der Anmeldehost von Bullhorn hat für den API-Benutzer %1 kein verwendbares Rechenzentrum genannt.</translation>
    </message>
    <message>
        <source>oauthUrl &quot;%1&quot;, restUrl &quot;%2&quot;</source>
        <translation>oauthUrl „%1“, restUrl „%2“</translation>
    </message>
</context>
<context>
    <name>cw::BullhornConfig</name>
    <message>
        <source>Enter the REST login address of the Bullhorn data centre, for example https://rest-emea.bullhornstaffing.com/rest-services/login.</source>
        <translation>Geben Sie die REST-Anmeldeadresse des Bullhorn-Rechenzentrums ein, zum Beispiel https://rest-emea.bullhornstaffing.com/rest-services/login.</translation>
    </message>
    <message>
        <source>%1 is not a web address. Enter the REST login address starting with https://.</source>
        <translation>%1 ist keine Webadresse. Geben Sie die REST-Anmeldeadresse beginnend mit https:// ein.</translation>
    </message>
    <message>
        <source>Use https for %1. Unencrypted http is only allowed for this computer, such as the Crosswalk sandbox.</source>
        <translation>Verwenden Sie https für %1. Unverschlüsseltes http ist nur für diesen Computer erlaubt, etwa für die Crosswalk-Sandbox.</translation>
    </message>
    <message>
        <source>The Bullhorn login host on this computer named %1 as the data centre. Only addresses on this computer are used with it, so no password is sent there.</source>
        <translation>Der Bullhorn-Anmeldehost auf diesem Computer hat %1 als Rechenzentrum genannt. Mit ihm werden nur Adressen auf diesem Computer verwendet, daher wird kein Passwort dorthin gesendet.</translation>
    </message>
    <message>
        <source>The Bullhorn login host %1 named %2 as the data centre, which is not under %3. No password is sent there; check the login address of the connection.</source>
        <translation>Der Bullhorn-Anmeldehost %1 hat %2 als Rechenzentrum genannt, das nicht unter %3 liegt. Es wird kein Passwort dorthin gesendet; prüfen Sie die Anmeldeadresse der Verbindung.</translation>
    </message>
</context>
<context>
    <name>cw::BullhornConnectionTester</name>
    <message>
        <source>Time &amp; Expense and pay-and-bill data are visible.</source>
        <translation>Daten aus Time &amp; Expense und Pay-and-Bill-Daten sind sichtbar.</translation>
    </message>
    <message>
        <source>Time &amp; Expense data is visible; pay-and-bill data is not.</source>
        <translation>Daten aus Time &amp; Expense sind sichtbar, Pay-and-Bill-Daten nicht.</translation>
    </message>
    <message>
        <source>Pay-and-bill data is visible; Time &amp; Expense data is not.</source>
        <translation>Pay-and-Bill-Daten sind sichtbar, Daten aus Time &amp; Expense nicht.</translation>
    </message>
    <message>
        <source>Neither Time &amp; Expense nor pay-and-bill data is visible: import approved time from files.</source>
        <translation>Weder Daten aus Time &amp; Expense noch Pay-and-Bill-Daten sind sichtbar: Importieren Sie freigegebene Zeit aus Dateien.</translation>
    </message>
    <message>
        <source>an unnamed corporation</source>
        <translation>ein Unternehmen ohne Namen</translation>
    </message>
    <message>
        <source>Signed in to Bullhorn as %1 at %2 (%3): %4 client corporations and %5 placements. %6</source>
        <translation>Bei Bullhorn angemeldet als %1 bei %2 (%3): %4 Kundenunternehmen und %5 Einsätze. %6</translation>
    </message>
</context>
<context>
    <name>cw::BullhornEntityStore</name>
    <message>
        <source>Invalid field &apos;%1&apos; for entity %2.</source>
        <translation>Invalid field &apos;%1&apos; for entity %2.</translation>
    </message>
    <message>
        <source>Malformed fields parameter &quot;%1&quot;.</source>
        <translation>Malformed fields parameter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>fields=* is only allowed on meta calls.</source>
        <translation>fields=* is only allowed on meta calls.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid entity type.</source>
        <translation>&apos;%1&apos; is not a valid entity type.</translation>
    </message>
    <message>
        <source>Entity type %1 is not indexed for search; use /query.</source>
        <translation>Entity type %1 is not indexed for search; use /query.</translation>
    </message>
    <message>
        <source>Either the fields or the layout parameter is required.</source>
        <translation>Either the fields or the layout parameter is required.</translation>
    </message>
    <message>
        <source>start and count must not be negative.</source>
        <translation>start and count must not be negative.</translation>
    </message>
    <message>
        <source>Entity not found.</source>
        <translation>Entity not found.</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 cannot be changed.</translation>
    </message>
    <message>
        <source>externalID is longer than %1 characters.</source>
        <translation>externalID is longer than %1 characters.</translation>
    </message>
    <message>
        <source>name is required.</source>
        <translation>name is required.</translation>
    </message>
    <message>
        <source>error persisting an entity of type: %1</source>
        <translation>error persisting an entity of type: %1</translation>
    </message>
    <message>
        <source>Entities of type %1 cannot be deleted.</source>
        <translation>Entities of type %1 cannot be deleted.</translation>
    </message>
    <message>
        <source>Access to entity type %1 is not allowed for this user.</source>
        <translation>Der Zugriff auf den Entitätstyp %1 ist für diesen Benutzer nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>cw::BullhornFilter</name>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>Unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>A quoted value is never closed.</source>
        <translation>Ein Wert in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot;.</source>
        <translation>Unerwartetes Zeichen „%1“.</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot; but found &quot;%2&quot;.</source>
        <translation>„%1“ erwartet, aber „%2“ gefunden.</translation>
    </message>
    <message>
        <source>Expected a value but found &quot;%1&quot;.</source>
        <translation>Wert erwartet, aber „%1“ gefunden.</translation>
    </message>
    <message>
        <source>Expected a field name but found &quot;%1&quot;.</source>
        <translation>Feldname erwartet, aber „%1“ gefunden.</translation>
    </message>
    <message>
        <source>Expected NULL or EMPTY after IS.</source>
        <translation>Nach IS wird NULL oder EMPTY erwartet.</translation>
    </message>
    <message>
        <source>Expected a comparison after &quot;%1&quot;.</source>
        <translation>Nach „%1“ wird ein Vergleich erwartet.</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;.</source>
        <translation>Unbekannter Operator „%1“.</translation>
    </message>
    <message>
        <source>Expected field:value but found &quot;%1&quot;.</source>
        <translation>Feld:Wert erwartet, aber „%1“ gefunden.</translation>
    </message>
    <message>
        <source>Expected TO in a range.</source>
        <translation>In einem Bereich wird TO erwartet.</translation>
    </message>
</context>
<context>
    <name>cw::BullhornRecordMapper</name>
    <message>
        <source>Bullhorn %1 %2 has no readable dateLastModified.</source>
        <translation>Der Bullhorn-Datensatz %1 %2 hat kein lesbares dateLastModified.</translation>
    </message>
    <message>
        <source>Bullhorn client corporation %1 has no name.</source>
        <translation>Die Bullhorn-Kundenfirma %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Bullhorn candidate %1 has no name.</source>
        <translation>Der Bullhorn-Kandidat %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Bullhorn placement %1 has no start date.</source>
        <translation>Der Bullhorn-Einsatz %1 hat kein Startdatum.</translation>
    </message>
    <message>
        <source>Bullhorn time entry %1 has no day.</source>
        <translation>Der Bullhorn-Zeiteintrag %1 hat keinen Tag.</translation>
    </message>
    <message>
        <source>Bullhorn time entry %1 has negative hours but voids no entry.</source>
        <translation>Der Bullhorn-Zeiteintrag %1 hat negative Stunden, storniert aber keinen Eintrag.</translation>
    </message>
    <message>
        <source>Bullhorn expense entry %1 has no day.</source>
        <translation>Der Bullhorn-Spesenposten %1 hat keinen Tag.</translation>
    </message>
    <message>
        <source>Bullhorn expense entry %1 has no amount.</source>
        <translation>Der Bullhorn-Spesenposten %1 hat keinen Betrag.</translation>
    </message>
    <message>
        <source>Bullhorn bill master transaction %1 has no transaction date.</source>
        <translation>Die Bullhorn-Abrechnungsbuchung %1 hat kein Buchungsdatum.</translation>
    </message>
    <message>
        <source>Bullhorn bill master transaction %1 has negative hours but reverses no transaction.</source>
        <translation>Die Bullhorn-Abrechnungsbuchung %1 hat negative Stunden, storniert aber keine Buchung.</translation>
    </message>
    <message>
        <source>Bullhorn bill master transaction %1 has no amount.</source>
        <translation>Die Bullhorn-Abrechnungsbuchung %1 hat keinen Betrag.</translation>
    </message>
</context>
<context>
    <name>cw::CacheFileDialogs</name>
    <message>
        <source>Crosswalk caches (*.sqlite *.db);;All files (*)</source>
        <translation>Crosswalk-Caches (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Cache</source>
        <translation>Cache öffnen</translation>
    </message>
    <message>
        <source>Start a Fresh Cache</source>
        <translation>Neuen Cache anlegen</translation>
    </message>
    <message>
        <source>Choose a New Name</source>
        <translation>Neuen Namen wählen</translation>
    </message>
    <message>
        <source>%1 already exists. A fresh cache never replaces a file: choose a name that is not used yet.</source>
        <translation>%1 existiert bereits. Ein neuer Cache ersetzt nie eine vorhandene Datei: Wählen Sie einen Namen, der noch nicht vergeben ist.</translation>
    </message>
</context>
<context>
    <name>cw::CacheMatchJob</name>
    <message>
        <source>The matching results could not be written to the cache.</source>
        <translation>Die Abgleichsergebnisse konnten nicht in den Cache geschrieben werden.</translation>
    </message>
    <message>
        <source>Matching needs the customers of at least two systems; sync another system first.</source>
        <translation>Der Abgleich braucht die Kunden von mindestens zwei Systemen; synchronisieren Sie zuerst ein weiteres System.</translation>
    </message>
</context>
<context>
    <name>cw::CacheProblemDialog</name>
    <message>
        <source>Cache problem</source>
        <translation>Problem mit dem Cache</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Open Another Cache…</source>
        <translation>Anderen Cache öffnen…</translation>
    </message>
    <message>
        <source>Start a Fresh Cache…</source>
        <translation>Neuen Cache anlegen…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep the Current Cache</source>
        <translation>Aktuellen Cache behalten</translation>
    </message>
    <message>
        <source>The cache file is damaged</source>
        <translation>Die Cache-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>The cache is in use by another program</source>
        <translation>Der Cache wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>This cache was made by a newer version of Crosswalk</source>
        <translation>Dieser Cache stammt von einer neueren Crosswalk-Version</translation>
    </message>
    <message>
        <source>The cache could not be upgraded</source>
        <translation>Der Cache konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Crosswalk cannot read its cache</source>
        <translation>Crosswalk kann seinen Cache nicht lesen</translation>
    </message>
    <message>
        <source>Crosswalk cannot read this file: it is not a Crosswalk cache, or it was damaged, for example by a disk error or an interrupted copy. The file has been left exactly as it was. Open another cache, or start a fresh one and sync again to fill it from your systems.</source>
        <translation>Crosswalk kann diese Datei nicht lesen: Sie ist kein Crosswalk-Cache oder wurde beschädigt, etwa durch einen Datenträgerfehler oder einen abgebrochenen Kopiervorgang. Die Datei wurde unverändert gelassen. Öffnen Sie einen anderen Cache oder legen Sie einen neuen an und synchronisieren Sie erneut, um ihn aus Ihren Systemen zu füllen.</translation>
    </message>
    <message>
        <source>Another program is writing to this cache, perhaps a second Crosswalk window or crosswalkctl. Close it and try again, or open another cache.</source>
        <translation>Ein anderes Programm schreibt gerade in diesen Cache, vielleicht ein zweites Crosswalk-Fenster oder crosswalkctl. Schließen Sie es und versuchen Sie es erneut, oder öffnen Sie einen anderen Cache.</translation>
    </message>
    <message>
        <source>The file was written by a newer Crosswalk, which this version cannot read safely. Update Crosswalk to open it. The file has not been changed.</source>
        <translation>Die Datei wurde von einer neueren Crosswalk-Version geschrieben, die diese Version nicht sicher lesen kann. Aktualisieren Sie Crosswalk, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This version of Crosswalk needs to upgrade the cache, and the upgrade did not complete. Nothing was changed: the file is as it was before. Open another cache, or start a fresh one.</source>
        <translation>Diese Crosswalk-Version muss den Cache aktualisieren, und die Aktualisierung wurde nicht abgeschlossen. Es wurde nichts verändert: Die Datei ist wie zuvor. Öffnen Sie einen anderen Cache oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>The file cannot be opened: it may be read-only, or you may not have permission to read it. Nothing in the file was changed. Check its permissions, or open another cache.</source>
        <translation>Die Datei kann nicht geöffnet werden: Sie ist möglicherweise schreibgeschützt, oder Ihnen fehlt die Berechtigung, sie zu lesen. An der Datei wurde nichts verändert. Prüfen Sie die Berechtigungen oder öffnen Sie einen anderen Cache.</translation>
    </message>
</context>
<context>
    <name>cw::CacheTableModel</name>
    <message>
        <source>The list could not be read from the cache.</source>
        <translation>Die Liste konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>cw::CandidateDetails</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>The records of the match could not be read.</source>
        <translation>Die Datensätze des Treffers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The record is no longer in the cache.</source>
        <translation>Der Datensatz ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>The match could not be read from the cache.</source>
        <translation>Der Treffer konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The match is no longer in the cache.</source>
        <translation>Der Treffer ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>The near miss could not be read from the cache.</source>
        <translation>Der Beinahe-Treffer konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>Ähnlichkeit %1</translation>
    </message>
</context>
<context>
    <name>cw::CellFormatter</name>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 min</translation>
    </message>
</context>
<context>
    <name>cw::ChartCard</name>
    <message>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Dieses Diagramm als PNG-Bild, SVG-Zeichnung oder PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Diagramm unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>cw::ChartExporter</name>
    <message>
        <source>The chart could not be saved as %1: %2.</source>
        <translation>Das Diagramm konnte nicht als %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg or .pdf</source>
        <translation>der Dateiname muss auf .png, .svg oder .pdf enden</translation>
    </message>
</context>
<context>
    <name>cw::CircuitStore</name>
    <message>
        <source>The circuit breaker of the system could not be read.</source>
        <translation>Der Schutzschalter des Systems konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The circuit breaker of the system could not be saved.</source>
        <translation>Der Schutzschalter des Systems konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>cw::CommandLine</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionDialog</name>
    <message>
        <source>Private app &amp;token:</source>
        <translation>Private-App-&amp;Token:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>API &amp;key or password:</source>
        <translation>API-&amp;Schlüssel oder Passwort:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the private app token of the CRM.</source>
        <translation>Geben Sie das Private-App-Token des CRM ein.</translation>
    </message>
    <message>
        <source>Enter the OAuth client secret of the staffing platform.</source>
        <translation>Geben Sie das OAuth-Client-Geheimnis der Staffing-Plattform ein.</translation>
    </message>
    <message>
        <source>Enter the API key or password of the Odoo user.</source>
        <translation>Geben Sie den API-Schlüssel oder das Passwort des Odoo-Benutzers ein.</translation>
    </message>
    <message>
        <source>Enter the password of the staffing platform&apos;s API user.</source>
        <translation>Geben Sie das Passwort des API-Benutzers der Staffing-Plattform ein.</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>For example: Odoo production</source>
        <translation>Zum Beispiel: Odoo Produktion</translation>
    </message>
    <message>
        <source>Include in &amp;synchronisation</source>
        <translation>Bei der S&amp;ynchronisation berücksichtigen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>A&amp;dresse (URL):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>An&amp;meldename:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Sho&amp;w what I type</source>
        <translation>Eingabe an&amp;zeigen</translation>
    </message>
    <message>
        <source>File imports need no address and no secret: you choose the files each time you import.</source>
        <translation>Dateiimporte brauchen weder Adresse noch Geheimnis: Sie wählen die Dateien bei jedem Import.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain. Your keychain may ask you to unlock it.</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert. Der Schlüsselbund fragt eventuell, ob Sie ihn entsperren möchten.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API-Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain, never in the cache file.</source>
        <translation>Geheimnisse werden im Schlüsselbund des Systems gespeichert, nie in der Cache-Datei.</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain. Leave a field empty to keep the stored secret.</source>
        <translation>Geheimnisse werden im Schlüsselbund des Systems gespeichert. Lassen Sie ein Feld leer, um das gespeicherte Geheimnis zu behalten.</translation>
    </message>
    <message>
        <source>%1

The connection itself was saved. Fix the keychain and choose Save again, or enter the secret later with Edit.</source>
        <translation>%1

Die Verbindung selbst wurde gespeichert. Beheben Sie das Problem mit dem Schlüsselbund und wählen Sie erneut „Speichern“, oder geben Sie das Geheimnis später über „Bearbeiten“ ein.</translation>
    </message>
    <message>
        <source>Connect with these settings and report the server, database, user and company reached, without saving anything.</source>
        <translation>Mit diesen Einstellungen verbinden und Server, Datenbank, Benutzer und Unternehmen melden, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>&amp;OAuth address:</source>
        <translation>&amp;OAuth-Adresse:</translation>
    </message>
    <message>
        <source>Connect with this token and report the HubSpot account reached and the scopes the token has, without saving anything.</source>
        <translation>Mit diesem Token verbinden und das erreichte HubSpot-Konto sowie die Berechtigungen des Tokens melden, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <source>Sign in with these settings and report the data centre reached, the records the API user sees and whether Time &amp; Expense or pay-and-bill data is visible, without saving anything.</source>
        <translation>Mit diesen Einstellungen anmelden und das erreichte Rechenzentrum, die für den API-Benutzer sichtbaren Datensätze und die Sichtbarkeit von Time-&amp;-Expense- oder Pay-and-Bill-Daten melden, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <source>Testing this kind of connection is not available; Save stores the settings without contacting the system.</source>
        <translation>Für diese Art von Verbindung gibt es keinen Test; Speichern legt die Einstellungen ab, ohne das System zu kontaktieren.</translation>
    </message>
    <message>
        <source>&amp;REST login address:</source>
        <translation>&amp;REST-Anmeldeadresse:</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionProfile</name>
    <message>
        <source>The connection profile %1 cannot be read.</source>
        <translation>Das Verbindungsprofil %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The connection profile %1 is not a JSON object.</source>
        <translation>Das Verbindungsprofil %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a Crosswalk connection profile (format &quot;%1&quot; expected).</source>
        <translation>Dies ist kein Crosswalk-Verbindungsprofil (Format „%1“ erwartet).</translation>
    </message>
    <message>
        <source>The connection profile holds a secret (&quot;%1&quot;). Remove it: secrets belong in the keychain or in the environment variable the profile names.</source>
        <translation>Das Verbindungsprofil enthält ein Geheimnis („%1“). Entfernen Sie es: Geheimnisse gehören in den Schlüsselbund oder in die Umgebungsvariable, die das Profil nennt.</translation>
    </message>
    <message>
        <source>Unknown Odoo API &quot;%1&quot; in the profile (auto, jsonrpc, json2 or web_session).</source>
        <translation>Unbekannte Odoo-API „%1“ im Profil (auto, jsonrpc, json2 oder web_session).</translation>
    </message>
    <message>
        <source>The connection profile %1 cannot be written.</source>
        <translation>Das Verbindungsprofil %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown time_source &quot;%1&quot; for the staffing platform (time_and_expense or pay_and_bill).</source>
        <translation>Unbekannte time_source „%1“ für die Staffing-Plattform (time_and_expense oder pay_and_bill).</translation>
    </message>
</context>
<context>
    <name>cw::CredentialStore</name>
    <message>
        <source>No key was given for the secret.</source>
        <translation>Für das Geheimnis wurde kein Schlüssel angegeben.</translation>
    </message>
</context>
<context>
    <name>cw::CsvReader</name>
    <message>
        <source>The file is not valid UTF-8 text (line %1). Save it as UTF-8 and try again.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text (Zeile %1). Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>cw::CtlApp</name>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run crosswalkctl --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. crosswalkctl --help zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>There is no cache at %1. Give another one with --cache, or create one with demo-data.</source>
        <translation>Unter %1 gibt es keinen Cache. Geben Sie mit --cache einen anderen an oder legen Sie mit demo-data einen an.</translation>
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
        <translation>Aufruf: crosswalkctl [--cache PFAD] BEFEHL [Optionen]
Crosswalk auf der Kommandozeile: arbeitet mit demselben Cache wie die Desktop-Anwendung.

Globale Optionen:
  --cache PFAD   die Cache-Datei (Standard: CROSSWALK_CACHE, dann die Einstellungen, dann der Benutzerdatenordner)
  --profile DATEI das Verbindungsprofil für sync (JSON ohne Geheimnisse)
  -h, --help     diese Hilfe anzeigen; BEFEHL --help zeigt die Optionen eines Befehls
  -v, --version  die Version anzeigen

Befehle:
</translation>
    </message>
    <message>
        <source>Connection profile for commands that talk to the systems (sync).</source>
        <translation>Verbindungsprofil für Befehle, die mit den Systemen kommunizieren (sync).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
</context>
<context>
    <name>cw::CustomerPickerDialog</name>
    <message>
        <source>Link to customer</source>
        <translation>Mit Kunden verknüpfen</translation>
    </message>
    <message>
        <source>Find the customer that %1 belongs to. Search by any system&apos;s name for it.</source>
        <translation>Suchen Sie den Kunden, zu dem %1 gehört. Sie können nach dem Namen suchen, den ein beliebiges System für ihn führt.</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
</context>
<context>
    <name>cw::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers in the crosswalk</source>
        <translation>Kunden im Crosswalk</translation>
    </message>
    <message>
        <source>No customers in the crosswalk yet</source>
        <translation>Noch keine Kunden im Crosswalk</translation>
    </message>
    <message>
        <source>A customer appears here once the records your systems keep of it are linked. Matching links records that clearly belong together; the Unmatched page lists the rest. Connect your systems in Settings and sync to bring in their customers.</source>
        <translation>Ein Kunde erscheint hier, sobald die Datensätze Ihrer Systeme zu ihm verknüpft sind. Der Abgleich verknüpft Datensätze, die eindeutig zusammengehören; die Seite „Nicht zugeordnet“ listet den Rest. Verbinden Sie Ihre Systeme unter „Einstellungen“ und synchronisieren Sie, um ihre Kunden zu übernehmen.</translation>
    </message>
    <message>
        <source>All customer records</source>
        <translation>Alle Kundendatensätze</translation>
    </message>
    <message>
        <source>No customer records yet</source>
        <translation>Noch keine Kundendatensätze</translation>
    </message>
    <message>
        <source>The customers of every connected system appear here after its first sync, with the customer each one is linked to. Add Odoo, your CRM and your staffing platform in Settings.</source>
        <translation>Die Kunden jedes verbundenen Systems erscheinen hier nach dessen erster Synchronisation, jeweils mit dem Kunden, mit dem sie verknüpft sind. Fügen Sie Odoo, Ihr CRM und Ihre Staffing-Plattform unter „Einstellungen“ hinzu.</translation>
    </message>
    <message>
        <source>Reading records…</source>
        <translation>Datensätze werden gelesen…</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Wird indiziert…</translation>
    </message>
    <message>
        <source>Learning weights…</source>
        <translation>Gewichte werden gelernt…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation>Wird entschieden…</translation>
    </message>
    <message>
        <source>One customer across Odoo, the CRM and the staffing platform: the crosswalk links the record each system keeps to the customer it belongs to. Review the matches the matcher was not sure of; every decision can be undone.</source>
        <translation>Ein Kunde über Odoo, das CRM und die Staffing-Plattform hinweg: Der Crosswalk verknüpft den Datensatz, den jedes System führt, mit dem Kunden, zu dem er gehört. Prüfen Sie die Treffer, bei denen sich der Abgleich nicht sicher war; jede Entscheidung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Link the two records of each selected match</source>
        <translation>Die beiden Datensätze jedes ausgewählten Treffers verknüpfen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The selected matches are different customers</source>
        <translation>Die ausgewählten Treffer sind verschiedene Kunden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the selected customers into the first one</source>
        <translation>Die ausgewählten Kunden im ersten zusammenführen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>Move each selected record out of its customer into a customer of its own</source>
        <translation>Jeden ausgewählten Datensatz aus seinem Kunden in einen eigenen Kunden verschieben</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <source>Link the selected records together, or one record to a customer you search for</source>
        <translation>Die ausgewählten Datensätze miteinander verknüpfen oder einen Datensatz mit einem Kunden, nach dem Sie suchen</translation>
    </message>
    <message>
        <source>Matches at or above this score are sure: they link without review</source>
        <translation>Treffer mit mindestens diesem Wert gelten als sicher: Sie werden ohne Prüfung verknüpft</translation>
    </message>
    <message>
        <source>Matches at or above this score go to the review queue</source>
        <translation>Treffer mit mindestens diesem Wert kommen in die Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Match now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Match the customers of all systems again; decisions people made are kept</source>
        <translation>Die Kunden aller Systeme erneut abgleichen; von Personen getroffene Entscheidungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Sure from</source>
        <translation>Sicher ab</translation>
    </message>
    <message>
        <source>Review from</source>
        <translation>Prüfung ab</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>Matches the matcher is not sure of wait here, most value at stake first. Lower the review threshold to see less likely matches, or press Match now after a sync.</source>
        <translation>Treffer, bei denen sich der Abgleich nicht sicher ist, warten hier, der höchste gefährdete Wert zuerst. Senken Sie den Prüfschwellenwert, um weniger wahrscheinliche Treffer zu sehen, oder wählen Sie nach einer Synchronisation „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Decided matches</source>
        <translation>Entschiedene Treffer</translation>
    </message>
    <message>
        <source>No decisions yet</source>
        <translation>Noch keine Entscheidungen</translation>
    </message>
    <message>
        <source>Matches accepted or rejected on the review queue appear here.</source>
        <translation>In der Prüfwarteschlange angenommene oder abgelehnte Treffer erscheinen hier.</translation>
    </message>
    <message>
        <source>Select a match in the list to compare its two records.</source>
        <translation>Wählen Sie einen Treffer in der Liste aus, um seine beiden Datensätze zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n match(es).</source>
        <translation>
            <numerusform>%n Treffer angenommen.</numerusform>
            <numerusform>%n Treffer angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n match(es).</source>
        <translation>
            <numerusform>%n Treffer abgelehnt.</numerusform>
            <numerusform>%n Treffer abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n customers into one.</source>
        <translation>
            <numerusform>%n Kunden zu einem zusammengeführt.</numerusform>
            <numerusform>%n Kunden zu einem zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n record(s) out into customers of their own.</source>
        <translation>
            <numerusform>%n Datensatz in einen eigenen Kunden abgetrennt.</numerusform>
            <numerusform>%n Datensätze in jeweils eigene Kunden abgetrennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %n records into one customer.</source>
        <translation>
            <numerusform>%n Datensätze zu einem Kunden verknüpft.</numerusform>
            <numerusform>%n Datensätze zu einem Kunden verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sure, %2 to review</source>
        <translation>%1 sicher, %2 zu prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Matched %1 records: %2 new links, %3 new customers, %4 matches to review.</source>
        <translation>%1 Datensätze abgeglichen: %2 neue Verknüpfungen, %3 neue Kunden, %4 Treffer zu prüfen.</translation>
    </message>
</context>
<context>
    <name>cw::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>What needs attention, from the local cache.</source>
        <translation>Was Aufmerksamkeit braucht, aus dem lokalen Cache.</translation>
    </message>
    <message>
        <source>Unbilled value</source>
        <translation>Nicht abgerechneter Wert</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Nicht abgerechnete Stunden</translation>
    </message>
    <message>
        <source>Failed pushes</source>
        <translation>Fehlgeschlagene Übertragungen</translation>
    </message>
    <message>
        <source>Unmatched customers</source>
        <translation>Nicht zugeordnete Kunden</translation>
    </message>
    <message>
        <source>The dashboard could not be computed. %1 Press F5 to try again.</source>
        <translation>Das Dashboard konnte nicht berechnet werden. %1 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle Geschäftsbereiche</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>All cost centers</source>
        <translation>Alle Kostenstellen</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>All, converted</source>
        <translation>Alle, umgerechnet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>Save this dashboard as a printable one-page PDF report</source>
        <translation>Dieses Dashboard als druckbaren einseitigen PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Compute the figures again from the cache (F5)</source>
        <translation>Die Kennzahlen erneut aus dem Cache berechnen (F5)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Figures count everything dated on or before this day</source>
        <translation>Die Kennzahlen zählen alles, was auf diesen Tag oder früher datiert ist</translation>
    </message>
    <message>
        <source>7 days earlier</source>
        <translation>7 Tage früher</translation>
    </message>
    <message>
        <source>30 days earlier</source>
        <translation>30 Tage früher</translation>
    </message>
    <message>
        <source>90 days earlier</source>
        <translation>90 Tage früher</translation>
    </message>
    <message>
        <source>a year earlier</source>
        <translation>ein Jahr früher</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>The trend on each tile compares with the figures as of this earlier day</source>
        <translation>Der Trend auf jeder Kachel vergleicht mit den Kennzahlen zu diesem früheren Tag</translation>
    </message>
    <message>
        <source>One customer, with its records in every linked system (Alt+U)</source>
        <translation>Ein Kunde mit seinen Datensätzen in jedem verknüpften System (Alt+U)</translation>
    </message>
    <message>
        <source>Only amounts in one currency, unconverted; or every currency converted into the company currency</source>
        <translation>Nur Beträge in einer Währung, nicht umgerechnet; oder alle Währungen in die Unternehmenswährung umgerechnet</translation>
    </message>
    <message>
        <source>Show the whole business as of today</source>
        <translation>Das gesamte Geschäft zum heutigen Tag anzeigen</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Stichtag</translation>
    </message>
    <message>
        <source>co&amp;mpared with</source>
        <translation>ver&amp;glichen mit</translation>
    </message>
    <message>
        <source>Oldest unbilled work</source>
        <translation>Älteste nicht abgerechnete Arbeit</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Abweichungen</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Unbilled work by age</source>
        <translation>Nicht abgerechnete Arbeit nach Alter</translation>
    </message>
    <message>
        <source>Top customers; the older the work, the harder it is to bill. Click a bar for its lines.</source>
        <translation>Die wichtigsten Kunden; je älter die Arbeit, desto schwerer lässt sie sich abrechnen. Klicken Sie auf einen Balken, um seine Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Revenue exceptions by week</source>
        <translation>Umsatzabweichungen nach Woche</translation>
    </message>
    <message>
        <source>New cases per rule over the last 12 weeks, by the day their cause happened.</source>
        <translation>Neue Fälle pro Regel in den letzten 12 Wochen, nach dem Tag, an dem ihre Ursache eintrat.</translation>
    </message>
    <message>
        <source>Open list</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <source>Go to the Exceptions page to acknowledge, assign and resolve cases</source>
        <translation>Zur Seite „Abweichungen“ wechseln, um Fälle zur Kenntnis zu nehmen, zuzuweisen und zu lösen</translation>
    </message>
    <message>
        <source>Failed pushes by cause</source>
        <translation>Fehlgeschlagene Übertragungen nach Ursache</translation>
    </message>
    <message>
        <source>Open failed pushes, most frequent cause first, with the cumulative share.</source>
        <translation>Offene fehlgeschlagene Übertragungen, häufigste Ursache zuerst, mit kumuliertem Anteil.</translation>
    </message>
    <message>
        <source>Go to the Failed pushes page to fix and retry them</source>
        <translation>Zur Seite „Fehlgeschlagene Übertragungen“ wechseln, um sie zu beheben und erneut zu versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure for %1 to compare</source>
        <translation>Keine Kennzahl zum %1 für den Vergleich</translation>
    </message>
    <message>
        <source>= unchanged since %1</source>
        <translation>= unverändert seit %1</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 seit %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %) since %4</source>
        <translation>%1 %2 (%3 %) seit %4</translation>
    </message>
    <message>
        <source>Without %1: no exchange rate.</source>
        <translation>Ohne %1: kein Wechselkurs.</translation>
    </message>
    <message>
        <source>%1
Click to list the records behind this figure.</source>
        <translation>%1
Klicken Sie, um die Datensätze hinter dieser Kennzahl aufzulisten.</translation>
    </message>
    <message>
        <source>As of %1, compared with %2. Updated at %3.</source>
        <translation>Stichtag %1, verglichen mit %2. Aktualisiert um %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 never</source>
        <translation>%1 nie</translation>
    </message>
    <message>
        <source>No system is connected yet. Add one in Settings, or start Crosswalk with --demo to explore generated data.</source>
        <translation>Noch kein System verbunden. Fügen Sie unter „Einstellungen“ eines hinzu, oder starten Sie Crosswalk mit --demo, um erzeugte Daten zu erkunden.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Letzte erfolgreiche Synchronisation: %1</translation>
    </message>
    <message>
        <source>No approved time is waiting to be invoiced as of %1.</source>
        <translation>Zum %1 wartet keine freigegebene Zeit auf Abrechnung.</translation>
    </message>
    <message>
        <source>No revenue exceptions arose in the 12 weeks up to %1.</source>
        <translation>In den 12 Wochen bis %1 sind keine Umsatzabweichungen aufgetreten.</translation>
    </message>
    <message>
        <source>No open failed pushes: every write reached Odoo.</source>
        <translation>Keine offenen fehlgeschlagenen Übertragungen: Jeder Schreibvorgang hat Odoo erreicht.</translation>
    </message>
    <message>
        <source>Save dashboard report</source>
        <translation>Dashboard-Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the dashboard report to %1.</source>
        <translation>Dashboard-Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Crosswalk dashboard</source>
        <translation>Crosswalk-Dashboard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to show for this filter.</source>
        <translation>Für diesen Filter gibt es nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>cw::DashboardReport</name>
    <message>
        <source>Printed %1 from the local cache. %2</source>
        <translation>Gedruckt am %1 aus dem lokalen Cache. %2</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2.</source>
        <translation>Der Bericht konnte nicht als %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>cw::Database</name>
    <message>
        <source>The cache file %1 cannot be read: %2.</source>
        <translation>Die Cache-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Crosswalk cache: it is not an SQLite database or its header is damaged.</source>
        <translation>Die Datei %1 ist kein Crosswalk-Cache: Sie ist keine SQLite-Datenbank, oder ihr Kopf ist beschädigt.</translation>
    </message>
    <message>
        <source>The cache file %1 is read-only. Crosswalk needs to write to its cache.</source>
        <translation>Die Cache-Datei %1 ist schreibgeschützt. Crosswalk muss in seinen Cache schreiben können.</translation>
    </message>
    <message>
        <source>A cache statement failed.</source>
        <translation>Eine Cache-Anweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>SQLite error %1: %2</source>
        <translation>SQLite-Fehler %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 for the cache cannot be created.</source>
        <translation>Der Ordner %1 für den Cache kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be opened.</source>
        <translation>Die Cache-Datei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The cache file %1 is locked by another program.</source>
        <translation>Die Cache-Datei %1 ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged and cannot be read.</source>
        <translation>Die Cache-Datei %1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be switched to WAL mode.</source>
        <translation>Die Cache-Datei %1 kann nicht in den WAL-Modus geschaltet werden.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged: its schema version cannot be read.</source>
        <translation>Die Cache-Datei %1 ist beschädigt: Ihre Schemaversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Crosswalk (schema %2; this version knows up to %3). Update Crosswalk or open another cache.</source>
        <translation>Die Cache-Datei %1 wurde von einer neueren Crosswalk-Version geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Crosswalk oder öffnen Sie einen anderen Cache.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be upgraded to schema %2; it was left as it was.</source>
        <translation>Die Cache-Datei %1 konnte nicht auf Schema %2 aktualisiert werden; sie blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>cw::DecisionBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz verknüpft.</numerusform>
            <numerusform>%n Datensätze verknüpft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::DedupeCommand</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Find duplicate customers in one CSV file (id,cluster_id)</source>
        <translation>Doppelte Kunden in einer CSV-Datei finden (id,cluster_id)</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>A.csv</source>
        <translation>A.csv</translation>
    </message>
    <message>
        <source>Where to write the clusters.</source>
        <translation>Wohin die Cluster geschrieben werden.</translation>
    </message>
    <message>
        <source>C.csv</source>
        <translation>C.csv</translation>
    </message>
    <message>
        <source>--%1 is required. Run crosswalkctl dedupe --help for the options.</source>
        <translation>--%1 ist erforderlich. crosswalkctl dedupe --help zeigt die Optionen.</translation>
    </message>
    <message>
        <source>%1 records form %2 customers (%3 records are duplicates) in %4 s.</source>
        <translation>%1 Datensätze ergeben %2 Kunden (%3 Datensätze sind Dubletten) in %4 s.</translation>
    </message>
</context>
<context>
    <name>cw::DemoCacheWriter</name>
    <message>
        <source>The cache could not be checked before writing demo data.</source>
        <translation>Der Cache konnte vor dem Schreiben der Demodaten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The cache %1 already holds data (table %2). Demo data goes into an empty cache; choose a new cache file.</source>
        <translation>Der Cache %1 enthält bereits Daten (Tabelle %2). Demodaten kommen nur in einen leeren Cache; wählen Sie eine neue Cache-Datei.</translation>
    </message>
    <message>
        <source>Writing demo data was cancelled; the cache holds part of it.</source>
        <translation>Das Schreiben der Demodaten wurde abgebrochen; der Cache enthält einen Teil davon.</translation>
    </message>
</context>
<context>
    <name>cw::DemoDataCommand</name>
    <message>
        <source>Number of real-world customers (default 200).</source>
        <translation>Anzahl realer Kunden (Standard 200).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>anzahl</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation>Startwert; derselbe Startwert ergibt dieselben Daten (Standard 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>zahl</translation>
    </message>
    <message>
        <source>Date the data is as of, YYYY-MM-DD (default: derived from the seed).</source>
        <translation>Stichtag der Daten, JJJJ-MM-TT (Standard: aus dem Startwert abgeleitet).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to %1.</source>
        <translation>--customers muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation>--as-of muss ein Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>%1 rows in %2 s, %3 rows/s</source>
        <translation>%1 Zeilen in %2 s, %3 Zeilen/s</translation>
    </message>
    <message>
        <source>Fill an empty cache with deterministic demo data</source>
        <translation>Einen leeren Cache mit reproduzierbaren Demodaten füllen</translation>
    </message>
    <message>
        <source>Writing demo data for %1 customers (seed %2, as of %3) into %4</source>
        <translation>Demodaten für %1 Kunden (Startwert %2, Stichtag %3) werden in %4 geschrieben</translation>
    </message>
    <message>
        <source>Writing: %1 %</source>
        <translation>Schreiben: %1 %</translation>
    </message>
</context>
<context>
    <name>cw::DemoDataGenerator</name>
    <message>
        <source>The number of customers must be between 1 and %1; %2 was given.</source>
        <translation>Die Anzahl der Kunden muss zwischen 1 und %1 liegen; angegeben wurde %2.</translation>
    </message>
</context>
<context>
    <name>cw::DemoOperationsBuilder</name>
    <message>
        <source>Customer %1 has no partner in Odoo, so the invoice for %2 (%3) has no one to bill. Link the customer on the Unmatched page, then retry.</source>
        <translation>Kunde %1 hat keinen Partner in Odoo, daher hat die Rechnung für %2 (%3) keinen Empfänger. Verknüpfen Sie den Kunden auf der Seite „Nicht zugeordnet“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Accounting has closed %1 in Odoo (lock date %2), so the invoice for %3 cannot be dated in it. Ask accounting to reopen the period or bill the hours in the next open month.</source>
        <translation>Die Buchhaltung hat %1 in Odoo abgeschlossen (Sperrdatum %2), daher kann die Rechnung für %3 nicht in diesem Zeitraum datiert werden. Bitten Sie die Buchhaltung, den Zeitraum wieder zu öffnen, oder rechnen Sie die Stunden im nächsten offenen Monat ab.</translation>
    </message>
    <message>
        <source>Odoo rejects the VAT number %1 of %2 as invalid, so the invoice for %3 cannot be posted. Correct the VAT number on the customer in Odoo, then retry.</source>
        <translation>Odoo weist die USt-IdNr. %1 von %2 als ungültig zurück, daher kann die Rechnung für %3 nicht gebucht werden. Korrigieren Sie die USt-IdNr. beim Kunden in Odoo und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Odoo refused the integration user&apos;s API key. Renew the key in Odoo (Preferences, Account Security), store it in Crosswalk&apos;s connection settings, then retry.</source>
        <translation>Odoo hat den API-Schlüssel des Integrationsbenutzers abgelehnt. Erneuern Sie den Schlüssel in Odoo (Einstellungen, Kontosicherheit), hinterlegen Sie ihn in den Verbindungseinstellungen von Crosswalk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The integration user may not create invoices in Odoo. Give it the Billing or Accounting role in Odoo, then retry.</source>
        <translation>Der Integrationsbenutzer darf in Odoo keine Rechnungen anlegen. Geben Sie ihm in Odoo die Rolle „Abrechnung“ oder „Buchhaltung“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the invoice for %2 (%3) was not created. Check that Odoo is up, then retry.</source>
        <translation>Odoo war nach %1 Versuchen nicht erreichbar, daher wurde die Rechnung für %2 (%3) nicht angelegt. Prüfen Sie, ob Odoo läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Pulling companies changed since the last run.</source>
        <translation>Seit dem letzten Lauf geänderte Firmen werden abgerufen.</translation>
    </message>
    <message>
        <source>The staffing platform asked Crosswalk to slow down; waited 1 second and continued.</source>
        <translation>Die Staffing-Plattform hat Crosswalk gebeten, langsamer zu werden; nach 1 Sekunde Wartezeit ging es weiter.</translation>
    </message>
    <message>
        <source>Invoice and payment states are up to date.</source>
        <translation>Rechnungs- und Zahlungsstatus sind aktuell.</translation>
    </message>
    <message>
        <source>%1 invoices could not be created in Odoo; see Failed pushes.</source>
        <translation>%1 Rechnungen konnten in Odoo nicht angelegt werden; siehe „Fehlgeschlagene Übertragungen“.</translation>
    </message>
</context>
<context>
    <name>cw::DoubleBilledRule</name>
    <message>
        <source>Hours invoiced twice</source>
        <translation>Doppelt abgerechnete Stunden</translation>
    </message>
    <message>
        <source>Time of one placement and day that appears on two customer invoices that are not cancelled, or one timesheet line (same external id) invoiced from two systems. The later invoice is the exception; the amount is the value of the time it bills again.</source>
        <translation>Zeit eines Einsatzes und Tages, die auf zwei nicht stornierten Kundenrechnungen steht, oder ein Zeiteintrag (gleiche externe ID), der aus zwei Systemen abgerechnet wurde. Die spätere Rechnung ist die Abweichung; der Betrag ist der Wert der Zeit, die sie erneut abrechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet line(s) on this invoice were already invoiced on %1.</source>
        <translation>
            <numerusform>%n Zeiteintrag auf dieser Rechnung wurde bereits auf %1 abgerechnet.</numerusform>
            <numerusform>%n Zeiteinträge auf dieser Rechnung wurden bereits auf %1 abgerechnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::DrillDownDialog</name>
    <message>
        <source>The records behind this figure of the dashboard, as of %1.</source>
        <translation>Die Datensätze hinter dieser Kennzahl des Dashboards, Stand %1.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Keine Datensätze</translation>
    </message>
    <message>
        <source>Nothing lies behind this figure any more: the cache changed since the dashboard was computed. Refresh the dashboard with F5.</source>
        <translation>Hinter dieser Kennzahl liegt nichts mehr: Der Cache hat sich geändert, seit das Dashboard berechnet wurde. Aktualisieren Sie das Dashboard mit F5.</translation>
    </message>
</context>
<context>
    <name>cw::DrillDownQuery</name>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Bill rate</source>
        <translation>Verrechnungssatz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hours × bill rate</source>
        <translation>Stunden × Verrechnungssatz</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>Arbeitsdatum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Amount at stake</source>
        <translation>Gefährdeter Betrag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals aufgetreten</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aufgetreten</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>Gelesene Datensätze</translation>
    </message>
</context>
<context>
    <name>cw::Error</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cw::ExceptionLifecycle</name>
    <message>
        <source>Revenue exception %1 does not exist.</source>
        <translation>Die Umsatzabweichung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Revenue exception %1 could not be changed.</source>
        <translation>Die Umsatzabweichung %1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Say why the exception is acknowledged.</source>
        <translation>Geben Sie an, warum die Abweichung zur Kenntnis genommen wird.</translation>
    </message>
    <message>
        <source>A resolved exception cannot be acknowledged; reopen it first.</source>
        <translation>Eine gelöste Abweichung kann nicht zur Kenntnis genommen werden; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>A resolved exception cannot be assigned; reopen it first.</source>
        <translation>Eine gelöste Abweichung kann nicht zugewiesen werden; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>Say how the exception was resolved.</source>
        <translation>Geben Sie an, wie die Abweichung gelöst wurde.</translation>
    </message>
    <message>
        <source>The exception is already resolved.</source>
        <translation>Die Abweichung ist bereits gelöst.</translation>
    </message>
    <message>
        <source>The exception is already open.</source>
        <translation>Die Abweichung ist bereits offen.</translation>
    </message>
</context>
<context>
    <name>cw::ExceptionRule</name>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cw::ExceptionRunner</name>
    <message>
        <source>The stored revenue exceptions could not be read.</source>
        <translation>Die gespeicherten Umsatzabweichungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A revenue exception could not be stored.</source>
        <translation>Eine Umsatzabweichung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A revenue exception could not be updated.</source>
        <translation>Eine Umsatzabweichung konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>A revenue exception could not be resolved.</source>
        <translation>Eine Umsatzabweichung konnte nicht gelöst werden.</translation>
    </message>
</context>
<context>
    <name>cw::ExceptionTrendModel</name>
    <message numerus="yes">
        <source>%1
Week of %2: %Ln exception(s)</source>
        <translation>
            <numerusform>%1
Woche vom %2: %Ln Abweichung</numerusform>
            <numerusform>%1
Woche vom %2: %Ln Abweichungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ExceptionsPage</name>
    <message>
        <source>Revenue exceptions</source>
        <translation>Umsatzabweichungen</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Ungelöst</translation>
    </message>
    <message>
        <source>No open revenue exceptions</source>
        <translation>Keine offenen Umsatzabweichungen</translation>
    </message>
    <message>
        <source>All, including resolved</source>
        <translation>Alle, auch gelöste</translation>
    </message>
    <message>
        <source>No revenue exceptions</source>
        <translation>Keine Umsatzabweichungen</translation>
    </message>
    <message>
        <source>No revenue has been at risk so far. Exceptions and how they were resolved will be kept here.</source>
        <translation>Bisher war kein Umsatz gefährdet. Abweichungen und wie sie gelöst wurden, werden hier aufbewahrt.</translation>
    </message>
    <message>
        <source>The revenue rule the case breaks</source>
        <translation>Die Umsatzregel, gegen die der Fall verstößt</translation>
    </message>
    <message>
        <source>Revenue at risk: approved hours not invoiced, rates that differ between systems, invoices paid late. Largest amounts first. Acknowledge, assign or resolve the selected cases; every change is kept in the audit log.</source>
        <translation>Gefährdeter Umsatz: nicht abgerechnete freigegebene Stunden, zwischen den Systemen abweichende Sätze, verspätet bezahlte Rechnungen. Größte Beträge zuerst. Nehmen Sie die ausgewählten Fälle zur Kenntnis, weisen Sie sie zu oder lösen Sie sie; jede Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>When the cache shows revenue at risk, such as approved hours not on an invoice or a bill rate that differs from the placement, it appears here with the amount at stake and its owner. Press Run rules now to check the cache again.</source>
        <translation>Zeigt der Cache gefährdeten Umsatz, etwa freigegebene Stunden ohne Rechnung oder einen Verrechnungssatz, der vom Einsatz abweicht, erscheint er hier mit dem gefährdeten Betrag und dem Zuständigen. Wählen Sie „Regeln jetzt ausführen“, um den Cache erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Zur Kenntnis nehmen…</translation>
    </message>
    <message>
        <source>Note that the selected cases are known, with a reason</source>
        <translation>Vermerken, dass die ausgewählten Fälle bekannt sind, mit Begründung</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Give the selected cases an owner</source>
        <translation>Den ausgewählten Fällen einen Zuständigen zuweisen</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Close the selected cases, with a reason</source>
        <translation>Die ausgewählten Fälle mit Begründung schließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Open the selected cases again</source>
        <translation>Die ausgewählten Fälle wieder öffnen</translation>
    </message>
    <message>
        <source>Run rules now</source>
        <translation>Regeln jetzt ausführen</translation>
    </message>
    <message>
        <source>Check the whole cache against every revenue rule as of today</source>
        <translation>Den gesamten Cache zum heutigen Tag gegen jede Umsatzregel prüfen</translation>
    </message>
    <message>
        <source>desktop user</source>
        <translation>Desktop-Benutzer</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis nehmen</translation>
    </message>
    <message numerus="yes">
        <source>Why is this known and acceptable for now? (%Ln case(s))</source>
        <translation>
            <numerusform>Warum ist dieser Fall bekannt und vorerst akzeptabel? (%Ln Fall)</numerusform>
            <numerusform>Warum sind diese Fälle bekannt und vorerst akzeptabel? (%Ln Fälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged %1 case(s).</source>
        <translation>Zur Kenntnis genommene Fälle: %1.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %Ln case(s) (empty to unassign):</source>
        <translation>
            <numerusform>Zuständig für %Ln Fall (leer lassen, um die Zuweisung aufzuheben):</numerusform>
            <numerusform>Zuständig für %Ln Fälle (leer lassen, um die Zuweisung aufzuheben):</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned %1 case(s).</source>
        <translation>Zugewiesene Fälle: %1.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message numerus="yes">
        <source>How was it resolved? (%Ln case(s))</source>
        <translation>
            <numerusform>Wie wurde der Fall gelöst? (%Ln Fall)</numerusform>
            <numerusform>Wie wurden die Fälle gelöst? (%Ln Fälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1 case(s).</source>
        <translation>Gelöste Fälle: %1.</translation>
    </message>
    <message>
        <source>Reopened %1 case(s).</source>
        <translation>Wieder geöffnete Fälle: %1.</translation>
    </message>
    <message>
        <source>Running rules…</source>
        <translation>Regeln werden ausgeführt…</translation>
    </message>
    <message>
        <source>Rules did not run</source>
        <translation>Regeln nicht ausgeführt</translation>
    </message>
    <message>
        <source>Rules checked: %1 cases hold, %2 new, %3 reopened, %4 cleared by themselves.</source>
        <translation>Regeln geprüft: %1 Fälle bestehen weiter, %2 neu, %3 wieder geöffnet, %4 von selbst erledigt.</translation>
    </message>
    <message>
        <source>Selected cases:</source>
        <translation>Ausgewählte Fälle:</translation>
    </message>
</context>
<context>
    <name>cw::FailedCommand</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aufgetreten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>%n failed push(es)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Übertragung</numerusform>
            <numerusform>%n fehlgeschlagene Übertragungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to retry: exactly one of --all, --id N or --category NAME.</source>
        <translation>Geben Sie an, was wiederholt werden soll: genau eines von --all, --id N oder --category NAME.</translation>
    </message>
    <message>
        <source>--id takes the number of a failed push.</source>
        <translation>--id erwartet die Nummer einer fehlgeschlagenen Übertragung.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) queued again; the next sync pushes them.</source>
        <translation>
            <numerusform>%n Schreibvorgang erneut eingereiht; die nächste Synchronisation überträgt ihn.</numerusform>
            <numerusform>%n Schreibvorgänge erneut eingereiht; die nächste Synchronisation überträgt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve needs --id N and --reason TEXT.</source>
        <translation>resolve braucht --id N und --reason TEXT.</translation>
    </message>
    <message>
        <source>Failed push %1 resolved.</source>
        <translation>Fehlgeschlagene Übertragung %1 gelöst.</translation>
    </message>
    <message>
        <source>List, retry or resolve failed pushes to Odoo</source>
        <translation>Fehlgeschlagene Übertragungen nach Odoo auflisten, wiederholen oder lösen</translation>
    </message>
    <message>
        <source>failed list [--all] [--category NAME] [--json]
failed retry (--all | --id N | --category NAME)
failed resolve --id N --reason TEXT</source>
        <translation>failed list [--all] [--category NAME] [--json]
failed retry (--all | --id N | --category NAME)
failed resolve --id N --reason TEXT</translation>
    </message>
    <message>
        <source>list, retry or resolve</source>
        <translation>list, retry oder resolve</translation>
    </message>
    <message>
        <source>list: include resolved ones; retry: every open failed push.</source>
        <translation>list: auch gelöste einbeziehen; retry: jede offene fehlgeschlagene Übertragung.</translation>
    </message>
    <message>
        <source>The failed push&apos;s number.</source>
        <translation>Die Nummer der fehlgeschlagenen Übertragung.</translation>
    </message>
    <message>
        <source>Only this category (mapping, validation, auth, network, ...).</source>
        <translation>Nur diese Kategorie (mapping, validation, auth, network, ...).</translation>
    </message>
    <message>
        <source>Why the failed push is resolved without a retry.</source>
        <translation>Warum die fehlgeschlagene Übertragung ohne Wiederholung gelöst wird.</translation>
    </message>
    <message>
        <source>list: print JSON instead of text.</source>
        <translation>list: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Say list, retry or resolve. Run crosswalkctl failed --help for the options.</source>
        <translation>Geben Sie list, retry oder resolve an. crosswalkctl failed --help zeigt die Optionen.</translation>
    </message>
</context>
<context>
    <name>cw::FailedPushActions</name>
    <message>
        <source>The write to retry could not be read from the cache.</source>
        <translation>Der zu wiederholende Schreibvorgang konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The write could not be queued again.</source>
        <translation>Der Schreibvorgang konnte nicht erneut eingereiht werden.</translation>
    </message>
    <message>
        <source>Failed push %1 is already resolved (%2).</source>
        <translation>Die fehlgeschlagene Übertragung %1 ist bereits gelöst (%2).</translation>
    </message>
    <message>
        <source>Say why the failed push is resolved without retrying it.</source>
        <translation>Geben Sie an, warum die fehlgeschlagene Übertragung ohne Wiederholung gelöst wird.</translation>
    </message>
    <message>
        <source>The failed push could not be resolved.</source>
        <translation>Die fehlgeschlagene Übertragung konnte nicht gelöst werden.</translation>
    </message>
    <message>
        <source>The write could not be stopped.</source>
        <translation>Der Schreibvorgang konnte nicht angehalten werden.</translation>
    </message>
    <message>
        <source>Failed push %1 does not name the placement it was made from.</source>
        <translation>Die fehlgeschlagene Übertragung %1 nennt nicht den Einsatz, aus dem sie entstanden ist.</translation>
    </message>
    <message>
        <source>The placement could not be read from the cache.</source>
        <translation>Der Einsatz konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>Placement %1 of failed push %2 is not in the cache.</source>
        <translation>Einsatz %1 der fehlgeschlagenen Übertragung %2 ist nicht im Cache.</translation>
    </message>
    <message>
        <source>More than one system has a placement %1; the failed push does not say which.</source>
        <translation>Mehr als ein System hat einen Einsatz %1; die fehlgeschlagene Übertragung gibt nicht an, welches.</translation>
    </message>
    <message>
        <source>The placement of failed push %1 has no customer.</source>
        <translation>Der Einsatz der fehlgeschlagenen Übertragung %1 hat keinen Kunden.</translation>
    </message>
    <message>
        <source>Customer record %1 is not in the cache.</source>
        <translation>Der Kundendatensatz %1 ist nicht im Cache.</translation>
    </message>
    <message>
        <source>The customer&apos;s link could not be read.</source>
        <translation>Die Verknüpfung des Kunden konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The customer could not be linked.</source>
        <translation>Der Kunde konnte nicht verknüpft werden.</translation>
    </message>
    <message>
        <source>The write of this failed push is no longer in the outbox.</source>
        <translation>Der Schreibvorgang dieser fehlgeschlagenen Übertragung ist nicht mehr in der Ausgangswarteschlange.</translation>
    </message>
    <message>
        <source>The write could not be changed.</source>
        <translation>Der Schreibvorgang konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The customer could not be read from the cache.</source>
        <translation>Der Kunde konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>Customer %1 has no record in Odoo, so its invoices would still have no one to bill. Choose a customer that exists in Odoo.</source>
        <translation>Kunde %1 hat keinen Datensatz in Odoo, daher hätten seine Rechnungen weiterhin keinen Empfänger. Wählen Sie einen Kunden, der in Odoo existiert.</translation>
    </message>
    <message>
        <source>The bill rate must be more than zero.</source>
        <translation>Der Verrechnungssatz muss größer als null sein.</translation>
    </message>
    <message>
        <source>The bill rate could not be changed.</source>
        <translation>Der Verrechnungssatz konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The bill rate of the hours could not be changed.</source>
        <translation>Der Verrechnungssatz der Stunden konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Choose a product, a tax, or both.</source>
        <translation>Wählen Sie ein Produkt, eine Steuer oder beides.</translation>
    </message>
    <message>
        <source>The Odoo system of failed push %1 is not configured any more.</source>
        <translation>Das Odoo-System der fehlgeschlagenen Übertragung %1 ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>The product and tax could not be stored.</source>
        <translation>Produkt und Steuer konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>cw::FailedPushCause</name>
    <message>
        <source>Customer not mapped</source>
        <translation>Kunde nicht zugeordnet</translation>
    </message>
    <message>
        <source>Period locked</source>
        <translation>Zeitraum gesperrt</translation>
    </message>
    <message>
        <source>VAT number invalid</source>
        <translation>USt-IdNr. ungültig</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Missing access right</source>
        <translation>Zugriffsrecht fehlt</translation>
    </message>
    <message>
        <source>Product missing</source>
        <translation>Produkt fehlt</translation>
    </message>
    <message>
        <source>Tax missing</source>
        <translation>Steuer fehlt</translation>
    </message>
    <message>
        <source>Bill rate missing or wrong</source>
        <translation>Verrechnungssatz fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>Odoo unreachable</source>
        <translation>Odoo nicht erreichbar</translation>
    </message>
    <message>
        <source>Odoo unavailable</source>
        <translation>Odoo nicht verfügbar</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Product or tax missing</source>
        <translation>Produkt oder Steuer fehlt</translation>
    </message>
    <message>
        <source>Link customer…</source>
        <translation>Kunden verknüpfen…</translation>
    </message>
    <message>
        <source>Choose product and tax…</source>
        <translation>Produkt und Steuer wählen…</translation>
    </message>
    <message>
        <source>Correct bill rate…</source>
        <translation>Verrechnungssatz korrigieren…</translation>
    </message>
    <message>
        <source>Expense in another currency</source>
        <translation>Auslage in anderer Währung</translation>
    </message>
</context>
<context>
    <name>cw::FailedPushDetail</name>
    <message>
        <source>Select a failed push to see what Odoo said, the records it was made from and what to do about it.</source>
        <translation>Wählen Sie eine fehlgeschlagene Übertragung aus, um zu sehen, was Odoo gemeldet hat, aus welchen Datensätzen sie entstanden ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>Odoo&apos;s message</source>
        <translation>Meldung von Odoo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What Odoo said</source>
        <translation>Was Odoo gemeldet hat</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Entstanden aus</translation>
    </message>
    <message>
        <source>Failed push %1</source>
        <translation>Fehlgeschlagene Übertragung %1</translation>
    </message>
    <message>
        <source>Failed push %1 to %2</source>
        <translation>Fehlgeschlagene Übertragung %1 nach %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>%n-mal aufgetreten</numerusform>
            <numerusform>%n-mal aufgetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>erstmals %1, zuletzt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open failure(s) with this cause</source>
        <translation>
            <numerusform>%n offener Fehler mit dieser Ursache</numerusform>
            <numerusform>%n offene Fehler mit dieser Ursache</numerusform>
        </translation>
    </message>
    <message>
        <source>queued again: the next sync sends it</source>
        <translation>erneut eingereiht: wird bei der nächsten Synchronisation gesendet</translation>
    </message>
    <message>
        <source>(Odoo was not asked: the problem was found in Crosswalk.)</source>
        <translation>(Odoo wurde nicht gefragt: Das Problem wurde in Crosswalk festgestellt.)</translation>
    </message>
    <message>
        <source>Resolved by a later retry on %1.</source>
        <translation>Durch einen späteren Neuversuch am %1 gelöst.</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation>Gelöst von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Timesheet lines</source>
        <translation>Zeiteinträge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>cw::FailedPushParetoModel</name>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln open failed push(es)
%2 % of all open failed pushes up to here</source>
        <translation>
            <numerusform>%1: %Ln offene fehlgeschlagene Übertragung
%2 % aller offenen fehlgeschlagenen Übertragungen bis hier</numerusform>
            <numerusform>%1: %Ln offene fehlgeschlagene Übertragungen
%2 % aller offenen fehlgeschlagenen Übertragungen bis hier</numerusform>
        </translation>
    </message>
    <message>
        <source>Open failed pushes</source>
        <translation>Offene fehlgeschlagene Übertragungen</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
</context>
<context>
    <name>cw::FailedPushQueries</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What went wrong, in words</source>
        <translation>Was schiefgegangen ist, in Worten</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Days since the failure was first seen</source>
        <translation>Tage seit dem ersten Auftreten des Fehlers</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open, resolved by a person, or resolved by a later retry</source>
        <translation>Offen, von einer Person gelöst oder durch einen späteren Neuversuch gelöst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Resolved by a later retry</source>
        <translation>Durch späteren Neuversuch gelöst</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>How many times Crosswalk tried to write it</source>
        <translation>Wie oft Crosswalk den Schreibvorgang versucht hat</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>How many times the same failure was seen</source>
        <translation>Wie oft derselbe Fehler aufgetreten ist</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals aufgetreten</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aufgetreten</translation>
    </message>
    <message>
        <source>Odoo message</source>
        <translation>Odoo-Meldung</translation>
    </message>
    <message>
        <source>The error text Odoo returned, as it sent it</source>
        <translation>Der Fehlertext, den Odoo zurückgegeben hat, unverändert</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Open failed pushes with this cause</source>
        <translation>Offene fehlgeschlagene Übertragungen mit dieser Ursache</translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation>Letzte Meldung</translation>
    </message>
</context>
<context>
    <name>cw::FailedPushStore</name>
    <message>
        <source>The failed push could not be read from the cache.</source>
        <translation>Die fehlgeschlagene Übertragung konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>There is no failed push %1.</source>
        <translation>Es gibt keine fehlgeschlagene Übertragung %1.</translation>
    </message>
    <message>
        <source>The failed pushes could not be read from the cache.</source>
        <translation>Die fehlgeschlagenen Übertragungen konnten nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The failed pushes could not be grouped.</source>
        <translation>Die fehlgeschlagenen Übertragungen konnten nicht gruppiert werden.</translation>
    </message>
    <message>
        <source>The customers could not be read from the cache.</source>
        <translation>Die Kunden konnten nicht aus dem Cache gelesen werden.</translation>
    </message>
</context>
<context>
    <name>cw::FailedPushesPage</name>
    <message>
        <source>Failed pushes</source>
        <translation>Fehlgeschlagene Übertragungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No failed pushes</source>
        <translation>Keine fehlgeschlagenen Übertragungen</translation>
    </message>
    <message>
        <source>Nothing has failed</source>
        <translation>Nichts ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was queued: those writes are already queued, being sent, sent or resolved.</source>
        <translation>Nichts wurde eingereiht: Diese Schreibvorgänge sind bereits eingereiht, werden gerade gesendet, wurden gesendet oder sind gelöst.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) queued again; the next sync sends them.</source>
        <translation>
            <numerusform>%n Schreibvorgang erneut eingereiht; die nächste Synchronisation sendet ihn.</numerusform>
            <numerusform>%n Schreibvorgänge erneut eingereiht; die nächste Synchronisation sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed pushes shown could not be read.</source>
        <translation>Die angezeigten fehlgeschlagenen Übertragungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Writes to Odoo that did not go through: the reason in plain words, what Odoo said, and how often. Fix the cause and retry, or resolve with a reason; every action is kept in the audit log.</source>
        <translation>Schreibvorgänge nach Odoo, die nicht durchgegangen sind: der Grund in klaren Worten, was Odoo gemeldet hat und wie oft. Beheben Sie die Ursache und versuchen Sie es erneut, oder lösen Sie den Fehler mit einer Begründung; jede Aktion wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>When an invoice or customer cannot be written to Odoo, it appears here with the reason, what Odoo said, and what to do about it.</source>
        <translation>Kann eine Rechnung oder ein Kunde nicht nach Odoo geschrieben werden, erscheint der Vorgang hier mit dem Grund, der Meldung von Odoo und dem, was zu tun ist.</translation>
    </message>
    <message>
        <source>Open, grouped by cause</source>
        <translation>Offen, nach Ursache gruppiert</translation>
    </message>
    <message>
        <source>Open failures with the same cause are counted together here, so one fix can retry them all.</source>
        <translation>Offene Fehler mit derselben Ursache werden hier zusammengefasst, sodass sich nach einer Korrektur alle erneut versuchen lassen.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Noch nichts gelöst</translation>
    </message>
    <message>
        <source>Failures resolved by a person, with the reason, and those a later retry fixed (“Resolved by a later retry”) are kept here.</source>
        <translation>Von einer Person gelöste Fehler mit Begründung sowie solche, die ein späterer Neuversuch behoben hat („Durch späteren Neuversuch gelöst“), werden hier aufbewahrt.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every write to Odoo has gone through so far. Failures and how they were resolved will be kept here.</source>
        <translation>Bisher ist jeder Schreibvorgang nach Odoo durchgegangen. Fehler und wie sie gelöst wurden, werden hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send the selected writes to Odoo again at the next sync</source>
        <translation>Die ausgewählten Schreibvorgänge bei der nächsten Synchronisation erneut an Odoo senden</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Alle erneut versuchen</translation>
    </message>
    <message>
        <source>Retry every failure shown, or every failure of one category</source>
        <translation>Jeden angezeigten Fehler oder jeden Fehler einer Kategorie erneut versuchen</translation>
    </message>
    <message>
        <source>Fix and retry…</source>
        <translation>Beheben und erneut versuchen…</translation>
    </message>
    <message>
        <source>Link the customer, correct the bill rate or choose the product and tax, then retry</source>
        <translation>Den Kunden verknüpfen, den Verrechnungssatz korrigieren oder Produkt und Steuer wählen, dann erneut versuchen</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Close the selected failures without sending them, with a reason</source>
        <translation>Die ausgewählten Fehler mit Begründung schließen, ohne sie zu senden</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>Alle angezeigten</translation>
    </message>
    <message>
        <source>All open of category “%1” (%2)</source>
        <translation>Alle offenen der Kategorie „%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n write(s) again…</source>
        <translation>
            <numerusform>%n Schreibvorgang wird erneut eingereiht…</numerusform>
            <numerusform>%n Schreibvorgänge werden erneut eingereiht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing every write shown again…</source>
        <translation>Alle angezeigten Schreibvorgänge werden erneut eingereiht…</translation>
    </message>
    <message>
        <source>Queuing the writes of one category again…</source>
        <translation>Die Schreibvorgänge einer Kategorie werden erneut eingereiht…</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird gelöst…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed push(es) resolved; they will not be sent.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Übertragung gelöst; sie wird nicht gesendet.</numerusform>
            <numerusform>%n fehlgeschlagene Übertragungen gelöst; sie werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linking the customer…</source>
        <translation>Kunde wird verknüpft…</translation>
    </message>
    <message>
        <source>Customer linked; the invoice is queued again for the next sync.</source>
        <translation>Kunde verknüpft; die Rechnung ist für die nächste Synchronisation erneut eingereiht.</translation>
    </message>
    <message>
        <source>Correcting the bill rate…</source>
        <translation>Verrechnungssatz wird korrigiert…</translation>
    </message>
    <message>
        <source>Bill rate corrected; the invoice is queued again for the next sync.</source>
        <translation>Verrechnungssatz korrigiert; die Rechnung ist für die nächste Synchronisation erneut eingereiht.</translation>
    </message>
    <message>
        <source>Storing the product and tax…</source>
        <translation>Produkt und Steuer werden gespeichert…</translation>
    </message>
    <message>
        <source>Product and tax stored for every invoice to this Odoo; this one is queued again.</source>
        <translation>Produkt und Steuer für jede Rechnung an dieses Odoo gespeichert; diese Rechnung ist erneut eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed push(es)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Übertragung</numerusform>
            <numerusform>%n fehlgeschlagene Übertragungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the write for %1, %2</source>
        <translation>den Schreibvorgang für %1, %2</translation>
    </message>
</context>
<context>
    <name>cw::FaultSpec</name>
    <message>
        <source>Unknown fault option &quot;%1&quot;.</source>
        <translation>Unbekannte Fehleroption „%1“.</translation>
    </message>
    <message>
        <source>known options: %1</source>
        <translation>bekannte Optionen: %1</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a probability between 0 and 1, not &quot;%2&quot;.</source>
        <translation>Die Fehleroption „%1“ braucht eine Wahrscheinlichkeit zwischen 0 und 1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Fault option &quot;%1&quot; needs a whole number of zero or more, not &quot;%2&quot;.</source>
        <translation>Die Fehleroption „%1“ braucht eine ganze Zahl von null oder mehr, nicht „%2“.</translation>
    </message>
    <message>
        <source>The fault probabilities add up to more than 1 in &quot;%1&quot;.</source>
        <translation>Die Fehlerwahrscheinlichkeiten in „%1“ ergeben zusammen mehr als 1.</translation>
    </message>
    <message>
        <source>Fault part &quot;%1&quot; must start with a system name and a colon, as in &quot;odoo:p_5xx=0.1&quot;.</source>
        <translation>Der Fehlerteil „%1“ muss mit einem Systemnamen und einem Doppelpunkt beginnen, etwa „odoo:p_5xx=0.1“.</translation>
    </message>
    <message>
        <source>Faults for &quot;%1&quot; are given twice.</source>
        <translation>Fehler für „%1“ sind doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>cw::FellegiSunterModel</name>
    <message>
        <source>The matching model has no valid match share (lambda).</source>
        <translation>Das Abgleichsmodell hat keinen gültigen Trefferanteil (Lambda).</translation>
    </message>
    <message>
        <source>The matching model needs %1 levels for the field %2.</source>
        <translation>Das Abgleichsmodell braucht %1 Stufen für das Feld %2.</translation>
    </message>
</context>
<context>
    <name>cw::FileImportDialog</name>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>pipes</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>Import an&amp;halten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Name of the new source, e.g. Payroll</source>
        <translation>Name der neuen Quelle, z. B. Lohnabrechnung</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) export</source>
        <translation>Ein CSV- oder Excel-Export (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>The ISO currency code of the amounts when the file has no currency column</source>
        <translation>Der ISO-Währungscode der Beträge, wenn die Datei keine Währungsspalte hat</translation>
    </message>
    <message>
        <source>The connection whose ids the file uses for placements, customers or consultants (a placement id from the staffing platform)</source>
        <translation>Die Verbindung, deren IDs die Datei für Einsätze, Kunden oder Berater verwendet (z. B. eine Einsatz-ID aus der Staffing-Plattform)</translation>
    </message>
    <message>
        <source>Currenc&amp;y if none:</source>
        <translation>&amp;Währung, falls keine:</translation>
    </message>
    <message>
        <source>Ids &amp;refer to:</source>
        <translation>IDs &amp;verweisen auf:</translation>
    </message>
    <message>
        <source>Import in&amp;to:</source>
        <translation>Importieren i&amp;n:</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Choose the column that feeds each field. Fields marked * are required; tick Key for the fields that identify a row.</source>
        <translation>Wählen Sie für jedes Feld die Spalte, die es füllt. Mit * markierte Felder sind Pflichtfelder; kreuzen Sie „Schlüssel“ bei den Feldern an, die eine Zeile kennzeichnen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Export Refused Rows…</source>
        <translation>Abgelehnte Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Another File</source>
        <translation>&amp;Andere Datei importieren</translation>
    </message>
    <message>
        <source>New file source</source>
        <translation>Neue Dateiquelle</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exporte (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row, so nothing can be imported.</source>
        <translation>%1 ist leer: Es gibt keine Kopfzeile, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: choose another encoding, or Detect.</source>
        <translation>Die Datei kann nicht als %1 gelesen werden: Wählen Sie eine andere Zeichenkodierung oder „Erkennen“.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>Text (CSV), %1 (%2), fields separated by %3</source>
        <translation>Text (CSV), %1 (%2), Felder getrennt durch %3</translation>
    </message>
    <message>
        <source>Required: rows without a value are refused.</source>
        <translation>Pflichtfeld: Zeilen ohne Wert werden abgelehnt.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1 (nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>%1 identifies a row</source>
        <translation>%1 kennzeichnet eine Zeile</translation>
    </message>
    <message>
        <source>this source</source>
        <translation>diese Quelle</translation>
    </message>
    <message>
        <source>No key: rows are identified by a hash of all their cells, so a row with any changed cell is imported as a new record.</source>
        <translation>Kein Schlüssel: Zeilen werden durch einen Hash aller ihrer Zellen gekennzeichnet, daher wird eine Zeile mit einer geänderten Zelle als neuer Datensatz importiert.</translation>
    </message>
    <message>
        <source>Rows are identified by %1: importing a changed row updates its record.</source>
        <translation>Zeilen werden durch %1 gekennzeichnet: Der Import einer geänderten Zeile aktualisiert ihren Datensatz.</translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>Choose a file to see its first rows as they will be imported.</source>
        <translation>Wählen Sie eine Datei, um ihre ersten Zeilen so zu sehen, wie sie importiert werden.</translation>
    </message>
    <message>
        <source>Nothing to preview: the file cannot be read.</source>
        <translation>Keine Vorschau möglich: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This mapping cannot import yet: %1</source>
        <translation>Mit dieser Zuordnung ist noch kein Import möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 rows would be refused; see Problem.</source>
        <translation>
            <numerusform>%n der ersten %1 Zeilen würde abgelehnt; siehe „Problem“.</numerusform>
            <numerusform>%n der ersten %1 Zeilen würden abgelehnt; siehe „Problem“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>%n Zeile vom Anfang der Datei, so wie sie importiert wird.</numerusform>
            <numerusform>Die ersten %n Zeilen, so wie sie importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Stopping after the current row…</source>
        <translation>Wird nach der aktuellen Zeile angehalten…</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>%1 Zeilen gelesen…</translation>
    </message>
    <message>
        <source>The import stopped: %1 Rows committed before the problem stay in the cache.</source>
        <translation>Der Import wurde abgebrochen: %1 Die vor dem Problem übernommenen Zeilen bleiben im Cache.</translation>
    </message>
    <message>
        <source>Import of “%1” stopped: the rows counted below are in the cache; the rest of the file was not read.</source>
        <translation>Import von „%1“ angehalten: Die unten gezählten Zeilen sind im Cache; der Rest der Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1” imported into %2 of “%3”.</source>
        <translation>„%1“ in %2 von „%3“ importiert.</translation>
    </message>
    <message>
        <source>&amp;Refused rows: correct them in the file and import it again (the rows already imported stay as they are).</source>
        <translation>Abgelehnte Zei&amp;len: Korrigieren Sie sie in der Datei und importieren Sie die Datei erneut (bereits importierte Zeilen bleiben unverändert).</translation>
    </message>
    <message>
        <source>No row was refused.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused rows.csv</source>
        <translation>%1 abgelehnte Zeilen.csv</translation>
    </message>
    <message>
        <source>Export Refused Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Building the cache&apos;s indexes…</source>
        <translation>Die Indizes des Caches werden aufgebaut…</translation>
    </message>
</context>
<context>
    <name>cw::FileImporter</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not %3.</source>
        <translation>%1 „%2“ ist ungültig: erwartet wird %3.</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>ein Betrag</translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation>eine Stundenzahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>approved, submitted or rejected</source>
        <translation>genehmigt, eingereicht oder abgelehnt</translation>
    </message>
    <message>
        <source>active, archived or prospect</source>
        <translation>aktiv, archiviert oder Interessent</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2.</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile aber nur %2.</translation>
    </message>
    <message>
        <source>%1 has no column.</source>
        <translation>%1 ist keine Spalte zugeordnet.</translation>
    </message>
    <message>
        <source>The key %1 is empty.</source>
        <translation>Der Schlüssel %1 ist leer.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows could not be imported; see the events.</source>
        <translation>%1 von %2 Zeilen konnten nicht importiert werden; siehe Ereignisse.</translation>
    </message>
    <message>
        <source>The import mapping could not be saved.</source>
        <translation>Die Importzuordnung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The import source no longer exists.</source>
        <translation>Die Importquelle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The import mapping could not be read.</source>
        <translation>Die Importzuordnung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No mapping is saved for %1.</source>
        <translation>Für %1 ist keine Zuordnung gespeichert.</translation>
    </message>
</context>
<context>
    <name>cw::FixPushDialog</name>
    <message>
        <source>Fix and Retry</source>
        <translation>Beheben und erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Link customer</source>
        <translation>&amp;Kunde verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Bill rate</source>
        <translation>&amp;Verrechnungssatz</translation>
    </message>
    <message>
        <source>&amp;Product and tax</source>
        <translation>&amp;Produkt und Steuer</translation>
    </message>
    <message>
        <source>Search customers in Odoo…</source>
        <translation>Kunden in Odoo suchen…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Customers in Odoo</source>
        <translation>Kunden in Odoo</translation>
    </message>
    <message>
        <source>Choose the customer this is, among those that exist in Odoo. Crosswalk links them, so this and later invoices go to that partner.</source>
        <translation>Wählen Sie unter den in Odoo vorhandenen Kunden den passenden aus. Crosswalk verknüpft beide, sodass diese und spätere Rechnungen an diesen Partner gehen.</translation>
    </message>
    <message>
        <source>Internal reference, for example CONSULTING-HOUR</source>
        <translation>Interne Referenz, zum Beispiel CONSULTING-HOUR</translation>
    </message>
    <message>
        <source>Tax name as in Odoo, for example 19% VAT</source>
        <translation>Steuername wie in Odoo, zum Beispiel 19% USt.</translation>
    </message>
    <message>
        <source>The Odoo product and sales tax every invoice line of this Odoo system carries, as Odoo names them. Empty fields stay as they are.</source>
        <translation>Das Odoo-Produkt und die Umsatzsteuer, die jede Rechnungszeile dieses Odoo-Systems trägt, so wie Odoo sie benennt. Leere Felder bleiben unverändert.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>Pro&amp;dukt:</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>&amp;Steuer:</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <source> %1 per hour</source>
        <translation> %1 pro Stunde</translation>
    </message>
    <message>
        <source>Enter the rate</source>
        <translation>Satz eingeben</translation>
    </message>
    <message>
        <source>The placement&apos;s rate per hour. Its approved hours of %1 not yet invoiced are billed at it.</source>
        <translation>Der Stundensatz des Einsatzes. Seine noch nicht abgerechneten freigegebenen Stunden aus %1 werden zu diesem Satz abgerechnet.</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Satz:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>%1 (Odoo partner %2)</source>
        <translation>%1 (Odoo-Partner %2)</translation>
    </message>
    <message>
        <source>%1 (in Odoo: %2, partner %3)</source>
        <translation>%1 (in Odoo: %2, Partner %3)</translation>
    </message>
    <message>
        <source>No customer in Odoo matches “%1”.</source>
        <translation>Kein Kunde in Odoo passt zu „%1“.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow the list.</source>
        <translation>Die ersten %1 Treffer; geben Sie mehr ein, um die Liste einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::HeadlessSecrets</name>
    <message>
        <source>The Odoo secret</source>
        <translation>Das Odoo-Geheimnis</translation>
    </message>
    <message>
        <source>The CRM token</source>
        <translation>Das CRM-Token</translation>
    </message>
    <message>
        <source>The staffing client secret</source>
        <translation>Das Client-Secret der Staffing-Plattform</translation>
    </message>
    <message>
        <source>The staffing password</source>
        <translation>Das Passwort der Staffing-Plattform</translation>
    </message>
    <message>
        <source>This cache has no such system yet.</source>
        <translation>Dieser Cache hat noch kein solches System.</translation>
    </message>
    <message>
        <source>The keychain holds the secret of the connection &quot;%1&quot; of this cache, whose address, database, login or client id differ from the profile&apos;s, so it is not sent there.</source>
        <translation>Der Schlüsselbund enthält das Geheimnis der Verbindung „%1“ dieses Caches, deren Adresse, Datenbank, Anmeldung oder Client-ID von denen des Profils abweichen; daher wird es nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Its keychain entry is empty.</source>
        <translation>Sein Eintrag im Schlüsselbund ist leer.</translation>
    </message>
    <message>
        <source>%1 is not in the keychain, and the profile names no environment variable for it.</source>
        <translation>%1 ist nicht im Schlüsselbund, und das Profil nennt keine Umgebungsvariable dafür.</translation>
    </message>
    <message>
        <source>%1 is neither in the environment variable %2 nor in the keychain.</source>
        <translation>%1 ist weder in der Umgebungsvariablen %2 noch im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>cw::HttpSimulatorServer</name>
    <message>
        <source>The simulator could not listen on port %1.</source>
        <translation>Der Simulator konnte nicht auf Port %1 lauschen.</translation>
    </message>
</context>
<context>
    <name>cw::HubSpotClient</name>
    <message>
        <source>No keychain is available for the HubSpot token.</source>
        <translation>Für das HubSpot-Token ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No HubSpot access token is stored for this connection. Enter it in Settings &gt; Connections.</source>
        <translation>Für diese Verbindung ist kein HubSpot-Zugriffstoken gespeichert. Geben Sie es unter Einstellungen &gt; Verbindungen ein.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>correlationId %1</source>
        <translation>correlationId %1</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>missing scopes: %1</source>
        <translation>fehlende Scopes: %1</translation>
    </message>
    <message>
        <source>body starts with: %1</source>
        <translation>Antwort beginnt mit: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the data: %1</source>
        <translation>HubSpot hat die Daten abgelehnt: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>HubSpot did not accept the access token. Check the token in Settings &gt; Connections.</source>
        <translation>HubSpot hat das Zugriffstoken nicht akzeptiert. Prüfen Sie das Token unter Einstellungen &gt; Verbindungen.</translation>
    </message>
    <message>
        <source>HubSpot refused access to this data.</source>
        <translation>HubSpot hat den Zugriff auf diese Daten verweigert.</translation>
    </message>
    <message>
        <source>The HubSpot token lacks the permission %1. Add the scope to the private app or service key.</source>
        <translation>Dem HubSpot-Token fehlt die Berechtigung %1. Fügen Sie den Scope der privaten App oder dem Dienstschlüssel hinzu.</translation>
    </message>
    <message>
        <source>HubSpot does not know this record or address.</source>
        <translation>HubSpot kennt diesen Datensatz oder diese Adresse nicht.</translation>
    </message>
    <message>
        <source>HubSpot already has a record with this unique value.</source>
        <translation>HubSpot hat bereits einen Datensatz mit diesem eindeutigen Wert.</translation>
    </message>
    <message>
        <source>HubSpot reports the record is locked by another change.</source>
        <translation>HubSpot meldet, dass der Datensatz durch eine andere Änderung gesperrt ist.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API quota is used up; syncing resumes after midnight in the account&apos;s time zone.</source>
        <translation>Das tägliche API-Kontingent von HubSpot ist aufgebraucht; die Synchronisation geht nach Mitternacht in der Zeitzone des Kontos weiter.</translation>
    </message>
    <message>
        <source>HubSpot asks to slow down; the request will be retried later.</source>
        <translation>HubSpot bittet darum, langsamer zu werden; die Anfrage wird später wiederholt.</translation>
    </message>
    <message>
        <source>HubSpot is migrating this account; try again later.</source>
        <translation>HubSpot migriert dieses Konto gerade; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>HubSpot did not complete %1 (%2); trying again in %3 s.</source>
        <translation>HubSpot hat %1 nicht abgeschlossen (%2); neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
</context>
<context>
    <name>cw::HubSpotConnectionTester</name>
    <message>
        <source>Reached HubSpot account %1 (%2, %3, data in %4).</source>
        <translation>HubSpot-Konto %1 erreicht (%2, %3, Daten in %4).</translation>
    </message>
    <message>
        <source>Its scopes cannot be read for this kind of token; a missing scope shows when a synchronisation needs it.</source>
        <translation>Die Berechtigungen lassen sich für diese Art von Token nicht lesen; eine fehlende Berechtigung zeigt sich, wenn eine Synchronisierung sie braucht.</translation>
    </message>
    <message numerus="yes">
        <source>The token has every scope Crosswalk needs (%n scope(s) granted).</source>
        <translation>
            <numerusform>Das Token hat jede Berechtigung, die Crosswalk braucht (%n Berechtigung erteilt).</numerusform>
            <numerusform>Das Token hat jede Berechtigung, die Crosswalk braucht (%n Berechtigungen erteilt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token lacks %1: add them to the private app and paste its new token.</source>
        <translation>Dem Token fehlt %1: Fügen Sie diese der privaten App hinzu und fügen Sie ihr neues Token ein.</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
</context>
<context>
    <name>cw::HubSpotObjectStore</name>
    <message>
        <source>limit must be between 1 and %1</source>
        <translation>limit must be between 1 and %1</translation>
    </message>
    <message>
        <source>Invalid paging cursor &quot;%1&quot;.</source>
        <translation>Invalid paging cursor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Object not found.  objectId are usually numeric.</source>
        <translation>Object not found.  objectId are usually numeric.</translation>
    </message>
    <message>
        <source>Too many filter groups (%1); the maximum is %2.</source>
        <translation>Too many filter groups (%1); the maximum is %2.</translation>
    </message>
    <message>
        <source>Too many filters; at most %1 per group and %2 in total.</source>
        <translation>Too many filters; at most %1 per group and %2 in total.</translation>
    </message>
    <message>
        <source>Unknown filter operator &quot;%1&quot;.</source>
        <translation>Unknown filter operator &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>after must be a number.</source>
        <translation>after must be a number.</translation>
    </message>
    <message>
        <source>The search cannot page past %1 results.</source>
        <translation>The search cannot page past %1 results.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; does not exist</source>
        <translation>Property &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>Property values were not valid</source>
        <translation>Property values were not valid</translation>
    </message>
    <message>
        <source>A batch needs between 1 and %1 inputs; %2 were sent.</source>
        <translation>A batch needs between 1 and %1 inputs; %2 were sent.</translation>
    </message>
    <message>
        <source>%1 is not a unique-value property.</source>
        <translation>%1 is not a unique-value property.</translation>
    </message>
    <message>
        <source>Could not get some %1 objects, they may be deleted or not exist.</source>
        <translation>Could not get some %1 objects, they may be deleted or not exist.</translation>
    </message>
    <message>
        <source>Object not found: %1</source>
        <translation>Object not found: %1</translation>
    </message>
    <message>
        <source>A %1 with the value %2 for %3 already exists.</source>
        <translation>A %1 with the value %2 for %3 already exists.</translation>
    </message>
    <message>
        <source>No pipelines for %1.</source>
        <translation>No pipelines for %1.</translation>
    </message>
    <message>
        <source>Unable to find property %1 for %2.</source>
        <translation>Unable to find property %1 for %2.</translation>
    </message>
    <message>
        <source>A property needs a lowercase name and a label.</source>
        <translation>A property needs a lowercase name and a label.</translation>
    </message>
    <message>
        <source>Property named &apos;%1&apos; already exists.</source>
        <translation>Property named &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <source>At most 10 unique-value properties per object.</source>
        <translation>At most 10 unique-value properties per object.</translation>
    </message>
    <message>
        <source>A batch needs between 1 and %1 inputs.</source>
        <translation>A batch needs between 1 and %1 inputs.</translation>
    </message>
    <message>
        <source>No %1 is associated with %2.</source>
        <translation>No %1 is associated with %2.</translation>
    </message>
</context>
<context>
    <name>cw::HubSpotRecordMapper</name>
    <message>
        <source>HubSpot company %1 has no name.</source>
        <translation>Die HubSpot-Firma %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>HubSpot company %1 has no readable modification date.</source>
        <translation>Die HubSpot-Firma %1 hat kein lesbares Änderungsdatum.</translation>
    </message>
    <message>
        <source>HubSpot contact %1 has no readable modification date.</source>
        <translation>Der HubSpot-Kontakt %1 hat kein lesbares Änderungsdatum.</translation>
    </message>
    <message>
        <source>HubSpot deal %1 has no name.</source>
        <translation>Der HubSpot-Deal %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>HubSpot deal %1 has no readable modification date.</source>
        <translation>Der HubSpot-Deal %1 hat kein lesbares Änderungsdatum.</translation>
    </message>
    <message>
        <source>HubSpot deal %1 has an unreadable amount.</source>
        <translation>Der HubSpot-Deal %1 hat einen unlesbaren Betrag.</translation>
    </message>
</context>
<context>
    <name>cw::ImportCommand</name>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation>Die zu importierende CSV- oder XLSX-Datei.</translation>
    </message>
    <message>
        <source>Cache table the rows go to: %1.</source>
        <translation>Cache-Tabelle, in die die Zeilen gehen: %1.</translation>
    </message>
    <message>
        <source>File source system the rows belong to; created when missing (default: the mapping source, else the file&apos;s name).</source>
        <translation>Dateiquellsystem, zu dem die Zeilen gehören; wird angelegt, wenn es fehlt (Standard: die Zuordnungsquelle, sonst der Dateiname).</translation>
    </message>
    <message>
        <source>Column feeding a field (repeatable).</source>
        <translation>Spalte, die ein Feld füllt (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Field identifying a row (repeatable; default: the id column, else a hash of the row).</source>
        <translation>Feld, das eine Zeile kennzeichnet (mehrfach möglich; Standard: die ID-Spalte, sonst ein Hash der Zeile).</translation>
    </message>
    <message>
        <source>Field separator of text files (a character or tab).</source>
        <translation>Feldtrenner von Textdateien (ein Zeichen oder tab).</translation>
    </message>
    <message>
        <source>Text encoding: utf-8, utf-16, windows-1252 or auto (default).</source>
        <translation>Textkodierung: utf-8, utf-16, windows-1252 oder auto (Standard).</translation>
    </message>
    <message>
        <source>Worksheet of a workbook (default: the first).</source>
        <translation>Tabellenblatt einer Arbeitsmappe (Standard: das erste).</translation>
    </message>
    <message>
        <source>Show the header, the first rows and the mapping; write nothing.</source>
        <translation>Kopfzeile, die ersten Zeilen und die Zuordnung zeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Save the mapping for this source.</source>
        <translation>Die Zuordnung für diese Quelle speichern.</translation>
    </message>
    <message>
        <source>Start from the mapping saved for this source.</source>
        <translation>Von der für diese Quelle gespeicherten Zuordnung ausgehen.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Name the file to import with --file.</source>
        <translation>Nennen Sie die zu importierende Datei mit --file.</translation>
    </message>
    <message>
        <source>Name the table with --table (%1), or a saved mapping with --mapping.</source>
        <translation>Nennen Sie die Tabelle mit --table (%1) oder eine gespeicherte Zuordnung mit --mapping.</translation>
    </message>
    <message>
        <source>Files cannot be imported into &quot;%1&quot;. Tables: %2.</source>
        <translation>In „%1“ können keine Dateien importiert werden. Tabellen: %2.</translation>
    </message>
    <message>
        <source>--preview writes nothing, so it cannot --save-mapping; drop one of them.</source>
        <translation>--preview schreibt nichts und kann daher nicht --save-mapping; lassen Sie eines von beiden weg.</translation>
    </message>
    <message>
        <source>The delimiter is one character, or &quot;tab&quot;.</source>
        <translation>Der Trenner ist ein Zeichen oder „tab“.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-16, windows-1252 or auto.</source>
        <translation>Unbekannte Kodierung „%1“: Verwenden Sie utf-8, utf-16, windows-1252 oder auto.</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation>--map erwartet FELD=SPALTE, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 connection, not a file source; choose another --system.</source>
        <translation>„%1“ ist eine %2-Verbindung, keine Dateiquelle; wählen Sie ein anderes --system.</translation>
    </message>
    <message>
        <source>No mapping is saved for %1: the system &quot;%2&quot; does not exist.</source>
        <translation>Für %1 ist keine Zuordnung gespeichert: Das System „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>The mapping %1 imports into %2, not %3.</source>
        <translation>Die Zuordnung %1 importiert in %2, nicht in %3.</translation>
    </message>
    <message>
        <source>a hash of the row</source>
        <translation>einen Hash der Zeile</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Kopfzeile: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Mapping into %1:</source>
        <translation>Zuordnung in %1:</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(keine Spalte)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Rows are identified by %1.</source>
        <translation>Zeilen werden gekennzeichnet durch %1.</translation>
    </message>
    <message>
        <source>This mapping cannot import yet: %1</source>
        <translation>Mit dieser Zuordnung ist noch kein Import möglich: %1</translation>
    </message>
    <message>
        <source>Preview only: nothing was written.</source>
        <translation>Nur Vorschau: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2 of &quot;%3&quot; (run %4)</source>
        <translation>%1 in %2 von „%3“ importiert (Lauf %4)</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>Zeilen gelesen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled: the rows counted above are in the cache; the rest of the file was not read.</source>
        <translation>Abgebrochen: Die oben gezählten Zeilen sind im Cache; der Rest der Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX export into the cache (preview, mapping, refused rows by line)</source>
        <translation>Einen CSV- oder XLSX-Export in den Cache importieren (Vorschau, Zuordnung, abgelehnte Zeilen nach Zeilennummer)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row, so nothing can be imported.</source>
        <translation>%1 ist leer: Es gibt keine Kopfzeile, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Importing %1 into %2 of &quot;%3&quot;…</source>
        <translation>%1 wird in %2 von „%3“ importiert …</translation>
    </message>
    <message>
        <source>building the cache&apos;s indexes</source>
        <translation>Indizes des Caches werden aufgebaut</translation>
    </message>
</context>
<context>
    <name>cw::ImportMapping</name>
    <message>
        <source>Files cannot be imported into &quot;%1&quot;.</source>
        <translation>In „%1“ können keine Dateien importiert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>„%1“ ist kein Feld von %2.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (mapped to %2).</source>
        <translation>Die Datei hat keine Spalte „%1“ (zugeordnet zu %2).</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>Wählen Sie die Spalte, die %1 enthält.</translation>
    </message>
    <message>
        <source>The key field %1 has no column.</source>
        <translation>Dem Schlüsselfeld %1 ist keine Spalte zugeordnet.</translation>
    </message>
</context>
<context>
    <name>cw::ImportPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Zeiteinträge</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Auslagen</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Bill rate</source>
        <translation>Verrechnungssatz</translation>
    </message>
    <message>
        <source>Pay rate</source>
        <translation>Vergütungssatz</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>Arbeitsdatum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Expense date</source>
        <translation>Auslagendatum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>cw::IndexSuspension</name>
    <message>
        <source>The cache could not read its suspended indexes.</source>
        <translation>Der Cache konnte seine ausgesetzten Indizes nicht lesen.</translation>
    </message>
    <message>
        <source>The cache could not read its schema.</source>
        <translation>Der Cache konnte sein Schema nicht lesen.</translation>
    </message>
    <message>
        <source>The cache index %1 could not be built again.</source>
        <translation>Der Cache-Index %1 konnte nicht neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>The cache could not update its suspended indexes.</source>
        <translation>Der Cache konnte seine ausgesetzten Indizes nicht aktualisieren.</translation>
    </message>
    <message>
        <source>The cache could not count the rows of %1.</source>
        <translation>Der Cache konnte die Zeilen von %1 nicht zählen.</translation>
    </message>
    <message>
        <source>The cache could not note a suspended index.</source>
        <translation>Der Cache konnte einen ausgesetzten Index nicht vermerken.</translation>
    </message>
    <message>
        <source>The cache index %1 could not be dropped.</source>
        <translation>Der Cache-Index %1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>cw::InfoCommand</name>
    <message>
        <source>Show the cache&apos;s path, schema version and rows per table</source>
        <translation>Pfad, Schemaversion und Zeilen pro Tabelle des Caches anzeigen</translation>
    </message>
    <message>
        <source>The cache&apos;s tables could not be listed.</source>
        <translation>Die Tabellen des Caches konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Size: %1 MB</source>
        <translation>Größe: %1 MB</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build knows up to %2)</source>
        <translation>Schemaversion: %1 (dieser Build kennt bis %2)</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Zeilen pro Tabelle:</translation>
    </message>
    <message>
        <source>Table %1 could not be counted.</source>
        <translation>Die Zeilen der Tabelle %1 konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>cw::IntegrationHealth</name>
    <message>
        <source>Up to 1 day</source>
        <translation>Bis 1 Tag</translation>
    </message>
    <message>
        <source>2–7 days</source>
        <translation>2–7 Tage</translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation>8–30 Tage</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>Über 30 Tage</translation>
    </message>
</context>
<context>
    <name>cw::InvoiceDraftReader</name>
    <message>
        <source>This outbox entry (%1) does not name a placement and month, so Crosswalk cannot tell what to invoice.</source>
        <translation>Dieser Eintrag der Ausgangswarteschlange (%1) nennt keinen Einsatz und Monat, daher kann Crosswalk nicht erkennen, was abzurechnen ist.</translation>
    </message>
    <message>
        <source>The placement could not be read.</source>
        <translation>Der Einsatz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Placement %1 is no longer in the cache, so its invoice for %2 cannot be made. Pull the staffing system again, or resolve this entry.</source>
        <translation>Einsatz %1 ist nicht mehr im Cache, daher kann seine Rechnung für %2 nicht erstellt werden. Rufen Sie die Daten der Staffing-Plattform erneut ab oder lösen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>Customer %1 has no partner in Odoo, so the invoice for %2 (%3) has no one to bill. Link the customer on the Unmatched page, then retry.</source>
        <translation>Kunde %1 hat keinen Partner in Odoo, daher hat die Rechnung für %2 (%3) keinen Empfänger. Verknüpfen Sie den Kunden auf der Seite „Nicht zugeordnet“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The timesheet lines could not be read.</source>
        <translation>Die Zeiteinträge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The hours of %1 on %2 (%3) have no bill rate, so they cannot be invoiced. Correct the rate of the placement or the timesheet, then retry.</source>
        <translation>Die Stunden von %1 am %2 (%3) haben keinen Verrechnungssatz und können daher nicht abgerechnet werden. Korrigieren Sie den Satz des Einsatzes oder des Stundenzettels und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The customer&apos;s links could not be read.</source>
        <translation>Die Verknüpfungen des Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The billable expenses could not be read.</source>
        <translation>Die abrechenbaren Auslagen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The expense %1 of %2 on %3 (%4) is in %5, but the placement bills in %6, so it cannot go on the invoice for %7. Correct the expense&apos;s currency in the staffing system, or resolve this entry.</source>
        <translation>Die Auslage %1 von %2 am %3 (%4) ist in %5, der Einsatz wird aber in %6 abgerechnet, daher kann sie nicht auf die Rechnung für %7. Korrigieren Sie die Währung der Auslage in der Staffing-Plattform oder lösen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>No approved hours or billable expenses of %1 are left to invoice.</source>
        <translation>Für %1 sind keine freigegebenen Stunden oder abrechenbaren Auslagen mehr abzurechnen.</translation>
    </message>
</context>
<context>
    <name>cw::InvoiceOverdueRule</name>
    <message>
        <source>Invoice overdue</source>
        <translation>Rechnung überfällig</translation>
    </message>
    <message>
        <source>A posted customer invoice that still has an amount open after its due date.</source>
        <translation>Eine gebuchte Kundenrechnung, bei der nach dem Fälligkeitsdatum noch ein Betrag offen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 was due on %2, %n day(s) ago; %3 is still open.</source>
        <translation>
            <numerusform>Rechnung %1 war am %2 fällig, vor %n Tag; %3 sind noch offen.</numerusform>
            <numerusform>Rechnung %1 war am %2 fällig, vor %n Tagen; %3 sind noch offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::InvoicePlanner</name>
    <message>
        <source>Unbilled time could not be read.</source>
        <translation>Nicht abgerechnete Zeit konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Die Ausgangswarteschlange konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An invoice could not be planned.</source>
        <translation>Eine Rechnung konnte nicht geplant werden.</translation>
    </message>
    <message>
        <source>Unbilled expenses could not be read.</source>
        <translation>Nicht abgerechnete Auslagen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>cw::InvoicePusher</name>
    <message>
        <source>The product %1 for billed hours does not exist in Odoo, so no invoice line can be made. Create it in Odoo or choose another product, then retry.</source>
        <translation>Das Produkt %1 für abgerechnete Stunden existiert in Odoo nicht, daher kann keine Rechnungszeile erstellt werden. Legen Sie es in Odoo an oder wählen Sie ein anderes Produkt und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sales tax &quot;%1&quot; does not exist in Odoo, so the invoice lines cannot carry it. Create it in Odoo or choose another tax, then retry.</source>
        <translation>Die Umsatzsteuer „%1“ existiert in Odoo nicht, daher können die Rechnungszeilen sie nicht tragen. Legen Sie sie in Odoo an oder wählen Sie eine andere Steuer und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Placement %1, %2</source>
        <translation>Einsatz %1, %2</translation>
    </message>
    <message>
        <source>Odoo answered the invoice import with %1 ids for %2 invoices.</source>
        <translation>Odoo hat den Rechnungsimport mit %1 IDs für %2 Rechnungen beantwortet.</translation>
    </message>
    <message>
        <source>%1 %2 (timesheet %3)</source>
        <translation>%1 %2 (Stundenzettel %3)</translation>
    </message>
    <message>
        <source>The invoice could not be recorded in the cache.</source>
        <translation>Die Rechnung konnte nicht im Cache vermerkt werden.</translation>
    </message>
    <message>
        <source>The invoiced hours could not be marked in the cache.</source>
        <translation>Die abgerechneten Stunden konnten im Cache nicht markiert werden.</translation>
    </message>
    <message>
        <source>%1 invoices will be retried: %2</source>
        <translation>%1 Rechnungen werden erneut versucht: %2</translation>
    </message>
    <message>
        <source>Odoo refused the invoice for %1 (%2, %3): %4 Correct the cause in Odoo or in Crosswalk, then retry.</source>
        <translation>Odoo hat die Rechnung für %1 (%2, %3) abgelehnt: %4 Beheben Sie die Ursache in Odoo oder in Crosswalk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Odoo refused Crosswalk&apos;s login or rights, so the invoice for %1 (%2) was not created. Check the integration user and its API key, then retry.</source>
        <translation>Odoo hat die Anmeldung oder die Rechte von Crosswalk abgelehnt, daher wurde die Rechnung für %1 (%2) nicht angelegt. Prüfen Sie den Integrationsbenutzer und seinen API-Schlüssel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Odoo asked Crosswalk to slow down %1 times, so the invoice for %2 (%3) is still waiting. It is retried automatically.</source>
        <translation>Odoo hat Crosswalk %1-mal gebeten, langsamer zu werden, daher wartet die Rechnung für %2 (%3) noch. Sie wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the invoice for %2 (%3) was not created. Check that Odoo is up, then retry.</source>
        <translation>Odoo war nach %1 Versuchen nicht erreichbar, daher wurde die Rechnung für %2 (%3) nicht angelegt. Prüfen Sie, ob Odoo läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The invoice for %1 (%2) could not be created in Odoo: %3</source>
        <translation>Die Rechnung für %1 (%2) konnte in Odoo nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 (expense %4)</source>
        <translation>%1 %2: %3 (Auslage %4)</translation>
    </message>
    <message>
        <source>The invoiced expenses could not be marked in the cache.</source>
        <translation>Die abgerechneten Auslagen konnten im Cache nicht markiert werden.</translation>
    </message>
    <message>
        <source>The product %1 for re-invoiced expenses does not exist in Odoo, so the expenses of %2 (%3) cannot go on an invoice. Create it in Odoo with the unit Units, then retry.</source>
        <translation>Das Produkt %1 für weiterberechnete Auslagen gibt es in Odoo nicht, daher können die Auslagen von %2 (%3) auf keine Rechnung. Legen Sie es in Odoo mit der Einheit „Einheiten“ an und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>cw::InvoiceStatePuller</name>
    <message>
        <source>The invoice state could not be saved in the cache.</source>
        <translation>Der Rechnungsstatus konnte nicht im Cache gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>cw::InvoiceTotalMismatchRule</name>
    <message>
        <source>Invoice total differs from its time</source>
        <translation>Rechnungssumme weicht von der Zeit ab</translation>
    </message>
    <message>
        <source>A customer invoice whose untaxed total differs from the value of the approved time and billable expenses it was made from (hours × bill rate, plus expenses) by more than one cent per timesheet line.</source>
        <translation>Eine Kundenrechnung, deren Nettosumme um mehr als einen Cent pro Zeiteintrag vom Wert der freigegebenen Zeit und abrechenbaren Auslagen abweicht, aus denen sie erstellt wurde (Stunden × Verrechnungssatz plus Auslagen).</translation>
    </message>
    <message numerus="yes">
        <source>Untaxed total %1; its %n timesheet line(s) and expenses come to %2.</source>
        <translation>
            <numerusform>Nettosumme %1; ihr %n Zeiteintrag und die Auslagen ergeben %2.</numerusform>
            <numerusform>Nettosumme %1; ihre %n Zeiteinträge und Auslagen ergeben %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available: install and start a Secret Service provider such as GNOME Keyring or KWallet.</source>
        <translation>Kein Schlüsselbund verfügbar: Installieren und starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Crosswalk cannot store secrets.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Crosswalk keine Geheimnisse speichern.</translation>
    </message>
    <message>
        <source>QtKeychain error %1 for %2: %3</source>
        <translation>QtKeychain-Fehler %1 für %2: %3</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret. Unlock the keychain (for example by logging in again) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Geheimnis verweigert. Entsperren Sie den Schlüsselbund (zum Beispiel durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret.</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen.</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this connection, or the keychain is locked. Unlock the keychain, or enter the secret again under Settings, Connections.</source>
        <translation>Für diese Verbindung ist kein Geheimnis im Schlüsselbund gespeichert, oder der Schlüsselbund ist gesperrt. Entsperren Sie den Schlüsselbund oder geben Sie das Geheimnis unter Einstellungen, Verbindungen erneut ein.</translation>
    </message>
</context>
<context>
    <name>cw::KpiCommand</name>
    <message>
        <source>Figures as of DATE (YYYY-MM-DD, UTC); default today.</source>
        <translation>Kennzahlen zum Stichtag DATE (JJJJ-MM-TT, UTC); Standard: heute.</translation>
    </message>
    <message>
        <source>Trend period in days (default 30).</source>
        <translation>Trendzeitraum in Tagen (Standard 30).</translation>
    </message>
    <message>
        <source>Only this customer id (repeatable).</source>
        <translation>Nur diese Kunden-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>Only this business unit.</source>
        <translation>Nur dieser Geschäftsbereich.</translation>
    </message>
    <message>
        <source>Only this cost center.</source>
        <translation>Nur diese Kostenstelle.</translation>
    </message>
    <message>
        <source>Only amounts in this currency.</source>
        <translation>Nur Beträge in dieser Währung.</translation>
    </message>
    <message>
        <source>Convert totals into this currency.</source>
        <translation>Summen in diese Währung umrechnen.</translation>
    </message>
    <message>
        <source>Add utilisation, realisation and margin.</source>
        <translation>Auslastung, Realisierungsgrad und Marge hinzufügen.</translation>
    </message>
    <message>
        <source>Rows per breakdown (default 10, 0 for all).</source>
        <translation>Zeilen pro Aufschlüsselung (Standard 10, 0 für alle).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Invalid value: dates are YYYY-MM-DD, days and ids are positive numbers.</source>
        <translation>Ungültiger Wert: Datumsangaben haben die Form JJJJ-MM-TT, Tage und IDs sind positive Zahlen.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>* without %1: no exchange rate</source>
        <translation>* ohne %1: kein Wechselkurs</translation>
    </message>
    <message>
        <source>Unbilled approved time by age</source>
        <translation>Nicht abgerechnete freigegebene Zeit nach Alter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message numerus="yes">
        <source>All %n customer(s)</source>
        <translation>
            <numerusform>Alle %n Kunden</numerusform>
            <numerusform>Alle %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open revenue exceptions</source>
        <translation>Offene Umsatzabweichungen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Failed pushes by category</source>
        <translation>Fehlgeschlagene Übertragungen nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Finance, %1 to %2</source>
        <translation>Finanzen, %1 bis %2</translation>
    </message>
    <message>
        <source>Billable utilisation</source>
        <translation>Abrechenbare Auslastung</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisierungsgrad</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Direct cost</source>
        <translation>Direkte Kosten</translation>
    </message>
    <message>
        <source>Crosswalk figures as of %1, compared with %2</source>
        <translation>Crosswalk-Kennzahlen zum %1, verglichen mit %2</translation>
    </message>
    <message>
        <source>Totals in %1</source>
        <translation>Summen in %1</translation>
    </message>
    <message>
        <source>Print the dashboard figures: unbilled time, exceptions, integration health, DSO</source>
        <translation>Die Kennzahlen des Dashboards ausgeben: nicht abgerechnete Zeit, Abweichungen, Integrationszustand, DSO</translation>
    </message>
</context>
<context>
    <name>cw::KpiDirectory</name>
    <message>
        <source>%1 (%2)</source>
        <comment>placement title (its id in the staffing platform)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cw::KpiDrillDowns</name>
    <message>
        <source>Unbilled approved time as of %1</source>
        <translation>Nicht abgerechnete freigegebene Zeit zum %1</translation>
    </message>
    <message>
        <source>Unbilled approved time of %1 as of %2</source>
        <translation>Nicht abgerechnete freigegebene Zeit von %1 zum %2</translation>
    </message>
    <message>
        <source>Unbilled approved time, %1, as of %2</source>
        <translation>Nicht abgerechnete freigegebene Zeit, %1, zum %2</translation>
    </message>
    <message>
        <source>Unbilled approved time of %1, %2, as of %3</source>
        <translation>Nicht abgerechnete freigegebene Zeit von %1, %2, zum %3</translation>
    </message>
    <message>
        <source>Revenue exceptions open as of %1</source>
        <translation>Offene Umsatzabweichungen zum %1</translation>
    </message>
    <message>
        <source>Revenue exceptions of the week of %1</source>
        <translation>Umsatzabweichungen der Woche vom %1</translation>
    </message>
    <message>
        <source>Failed pushes open as of %1</source>
        <translation>Offene fehlgeschlagene Übertragungen zum %1</translation>
    </message>
    <message>
        <source>Customers without a crosswalk link as of %1</source>
        <translation>Kunden ohne Crosswalk-Verknüpfung zum %1</translation>
    </message>
    <message>
        <source>Invoices open as of %1</source>
        <translation>Offene Rechnungen zum %1</translation>
    </message>
    <message numerus="yes">
        <source>Invoices dated in the %n days up to %1</source>
        <translation>
            <numerusform>Rechnungen des letzten %n Tages bis %1</numerusform>
            <numerusform>Rechnungen der letzten %n Tage bis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Successful syncs up to %1</source>
        <translation>Erfolgreiche Synchronisationen bis %1</translation>
    </message>
    <message>
        <source>Approved time worked from %1 to %2</source>
        <translation>Freigegebene Arbeitszeit vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>cw::KpiFilterOptions</name>
    <message>
        <source>The dashboard filters could not be read from the cache.</source>
        <translation>Die Dashboard-Filter konnten nicht aus dem Cache gelesen werden.</translation>
    </message>
</context>
<context>
    <name>cw::KpiTiles</name>
    <message>
        <source>Unbilled value</source>
        <translation>Nicht abgerechneter Wert</translation>
    </message>
    <message>
        <source>Approved, billable time not on an invoice, at its bill rates</source>
        <translation>Freigegebene, abrechenbare Zeit ohne Rechnung, zu ihren Verrechnungssätzen</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Nicht abgerechnete Stunden</translation>
    </message>
    <message>
        <source>Approved, billable hours not on an invoice</source>
        <translation>Freigegebene, abrechenbare Stunden ohne Rechnung</translation>
    </message>
    <message>
        <source>Oldest unbilled</source>
        <translation>Älteste nicht abgerechnete</translation>
    </message>
    <message>
        <source>Days since the work date of the oldest unbilled approved time</source>
        <translation>Tage seit dem Arbeitsdatum der ältesten nicht abgerechneten freigegebenen Zeit</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Abweichungen</translation>
    </message>
    <message>
        <source>Revenue exceptions open or acknowledged, not resolved</source>
        <translation>Offene oder zur Kenntnis genommene, nicht gelöste Umsatzabweichungen</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Amount at stake in the open revenue exceptions</source>
        <translation>Gefährdeter Betrag in den offenen Umsatzabweichungen</translation>
    </message>
    <message>
        <source>Failed pushes</source>
        <translation>Fehlgeschlagene Übertragungen</translation>
    </message>
    <message>
        <source>Writes to other systems that failed and are open</source>
        <translation>Fehlgeschlagene, offene Schreibvorgänge in andere Systeme</translation>
    </message>
    <message>
        <source>Unmatched customers</source>
        <translation>Nicht zugeordnete Kunden</translation>
    </message>
    <message>
        <source>Customer records not linked in the crosswalk</source>
        <translation>Kundendatensätze ohne Verknüpfung im Crosswalk</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message numerus="yes">
        <source>Days sales outstanding: receivables ÷ revenue invoiced in the last %n days × %n</source>
        <translation>
            <numerusform>Forderungslaufzeit (DSO): Forderungen ÷ abgerechneter Umsatz des letzten %n Tages × %n</numerusform>
            <numerusform>Forderungslaufzeit (DSO): Forderungen ÷ abgerechneter Umsatz der letzten %n Tage × %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::LoadPusher</name>
    <message>
        <source>Customer %1 has no partner in Odoo, so %2 cannot be set up there. Link the customer on the Unmatched page, then retry.</source>
        <translation>Kunde %1 hat keinen Partner in Odoo, daher kann %2 dort nicht eingerichtet werden. Verknüpfen Sie den Kunden auf der Seite „Nicht zugeordnet“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Die Ausgangswarteschlange konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Odoo answered the import of %1 with %2 ids for %3 rows.</source>
        <translation>Odoo hat den Import von %1 mit %2 IDs für %3 Zeilen beantwortet.</translation>
    </message>
    <message>
        <source>The outbox could not be updated.</source>
        <translation>Die Ausgangswarteschlange konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>%1 written to Odoo: %2 new, %3 updated.</source>
        <translation>%1 nach Odoo geschrieben: %2 neu, %3 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be retried: %1</source>
        <translation>
            <numerusform>%n Zeile wird erneut versucht: %1</numerusform>
            <numerusform>%n Zeilen werden erneut versucht: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in Odoo (%2), not written again: %3</source>
        <translation>%1 in Odoo gefunden (%2), nicht erneut geschrieben: %3</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>%1 — Crosswalk</source>
        <translation>%1 — Crosswalk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Failed pushes</source>
        <translation>Fehlgeschlagene Übertragungen</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Cache…</source>
        <translation>Cache ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Cache…</source>
        <translation>&amp;Neuer Cache…</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter List</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Crosswalk</source>
        <translation>Ü&amp;ber Crosswalk</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Connected systems unknown</source>
        <translation>Verbundene Systeme unbekannt</translation>
    </message>
    <message>
        <source>%1: configured, not tested</source>
        <translation>%1: eingerichtet, nicht getestet</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: deaktiviert</translation>
    </message>
    <message>
        <source>No systems connected</source>
        <translation>Keine Systeme verbunden</translation>
    </message>
    <message>
        <source>About Crosswalk</source>
        <translation>Über Crosswalk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crosswalk %1&lt;/h3&gt;&lt;p&gt;An operations console for firms that run Odoo next to a CRM and a staffing platform: one customer across all systems, approved hours that reach invoices, and what is stuck on the way.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;br&gt;Settings: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crosswalk %1&lt;/h3&gt;&lt;p&gt;Eine Betriebskonsole für Unternehmen, die Odoo neben einem CRM und einer Staffing-Plattform nutzen: ein Kunde über alle Systeme hinweg, freigegebene Stunden, die auf Rechnungen ankommen, und was unterwegs hängen bleibt.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;br&gt;Einstellungen: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>cw::MappingService</name>
    <message>
        <source>The crosswalk could not be updated in the cache.</source>
        <translation>Der Crosswalk konnte im Cache nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Nothing changed: the selection is already as asked.</source>
        <translation>Nichts geändert: Die Auswahl entspricht bereits dem Gewünschten.</translation>
    </message>
    <message>
        <source>Customer %1 is no longer in the crosswalk.</source>
        <translation>Kunde %1 ist nicht mehr im Crosswalk.</translation>
    </message>
    <message>
        <source>Choose at least two records to link together.</source>
        <translation>Wählen Sie mindestens zwei Datensätze zum Verknüpfen.</translation>
    </message>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation>Wählen Sie mindestens zwei Kunden zum Zusammenführen.</translation>
    </message>
    <message>
        <source>No Odoo system is configured; add one in Settings first.</source>
        <translation>Kein Odoo-System eingerichtet; fügen Sie zuerst unter „Einstellungen“ eines hinzu.</translation>
    </message>
    <message>
        <source>The record is no longer in the cache.</source>
        <translation>Der Datensatz ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>This record is already a partner in Odoo.</source>
        <translation>Dieser Datensatz ist bereits ein Partner in Odoo.</translation>
    </message>
    <message>
        <source>This customer already has a partner in Odoo; link instead of creating one.</source>
        <translation>Dieser Kunde hat bereits einen Partner in Odoo; verknüpfen Sie ihn, statt einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Creating this customer in Odoo is queued already.</source>
        <translation>Das Anlegen dieses Kunden in Odoo ist bereits eingereiht.</translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation>Es gibt keine Entscheidung, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>There is no decision to redo.</source>
        <translation>Es gibt keine Entscheidung, die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>The decision is no longer in the audit log.</source>
        <translation>Die Entscheidung ist nicht mehr im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>These records were changed since (by a sync, a matching run or another person), so the decision can no longer be undone.</source>
        <translation>Diese Datensätze wurden seitdem geändert (durch eine Synchronisation, einen Abgleichslauf oder eine andere Person), daher kann die Entscheidung nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>These records were changed since (by a sync, a matching run or another person), so the decision can no longer be redone.</source>
        <translation>Diese Datensätze wurden seitdem geändert (durch eine Synchronisation, einen Abgleichslauf oder eine andere Person), daher kann die Entscheidung nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n match(es)</source>
        <translation>
            <numerusform>%n Treffer annehmen</numerusform>
            <numerusform>%n Treffer annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n match(es)</source>
        <translation>
            <numerusform>%n Treffer ablehnen</numerusform>
            <numerusform>%n Treffer ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz verknüpfen</numerusform>
            <numerusform>%n Datensätze verknüpfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz abtrennen</numerusform>
            <numerusform>%n Datensätze abtrennen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n customers</source>
        <translation>
            <numerusform>%n Kunden zusammenführen</numerusform>
            <numerusform>%n Kunden zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as not a customer</source>
        <translation>
            <numerusform>%n Datensatz als „Kein Kunde“ markieren</numerusform>
            <numerusform>%n Datensätze als „Kein Kunde“ markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as a customer</source>
        <translation>
            <numerusform>%n Datensatz als Kunde markieren</numerusform>
            <numerusform>%n Datensätze als Kunden markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Create customer in Odoo</source>
        <translation>Kunden in Odoo anlegen</translation>
    </message>
</context>
<context>
    <name>cw::MappingSnapshot</name>
    <message>
        <source>The customer links could not be written to the cache.</source>
        <translation>Die Kundenverknüpfungen konnten nicht in den Cache geschrieben werden.</translation>
    </message>
    <message>
        <source>The customer links could not be read from the cache.</source>
        <translation>Die Kundenverknüpfungen konnten nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>Customer %1 has records linked since; it cannot be removed again.</source>
        <translation>Mit Kunde %1 wurden seitdem Datensätze verknüpft; er kann nicht wieder entfernt werden.</translation>
    </message>
</context>
<context>
    <name>cw::MarginErosionRule</name>
    <message>
        <source>Pay raised, bill rate unchanged</source>
        <translation>Vergütung erhöht, Verrechnungssatz unverändert</translation>
    </message>
    <message>
        <source>A placement&apos;s pay rate was raised while its bill rate stayed the same or went down, so the margin shrinks. The amount is the raise times the approved hours worked since, until the bill rate was raised.</source>
        <translation>Der Vergütungssatz eines Einsatzes wurde erhöht, während sein Verrechnungssatz gleich blieb oder sank, sodass die Marge schrumpft. Der Betrag ist die Erhöhung mal die seither gearbeiteten freigegebenen Stunden, bis der Verrechnungssatz angehoben wurde.</translation>
    </message>
    <message>
        <source>Pay rate raised from %1 to %2 on %3 while the bill rate stayed at %4.</source>
        <translation>Vergütungssatz am %3 von %1 auf %2 erhöht, während der Verrechnungssatz bei %4 blieb.</translation>
    </message>
</context>
<context>
    <name>cw::MatchCli</name>
    <message>
        <source>Normalising</source>
        <translation>Normalisieren</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizieren</translation>
    </message>
    <message>
        <source>Estimating weights</source>
        <translation>Gewichte schätzen</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>--%1 needs a probability between 0 and 1, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Wahrscheinlichkeit zwischen 0 und 1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN (repeatable). FIELD is one of %1; prefix it with left. or right. to map one file only.</source>
        <translation>FELD aus SPALTE lesen (wiederholbar). FELD ist eines von %1; mit vorangestelltem left. oder right. wird nur eine Datei zugeordnet.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FELD=SPALTE</translation>
    </message>
    <message>
        <source>Country (ISO code) for phone numbers and addresses of records without one.</source>
        <translation>Land (ISO-Code) für Telefonnummern und Adressen von Datensätzen ohne Land.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>Probability from which pairs link automatically (default: the settings, %1).</source>
        <translation>Wahrscheinlichkeit, ab der Paare automatisch verknüpft werden (Standard: aus den Einstellungen, %1).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Probability from which pairs go to review (default: the settings, %1).</source>
        <translation>Wahrscheinlichkeit, ab der Paare zur Prüfung gehen (Standard: aus den Einstellungen, %1).</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Arbeitsthreads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The review threshold must not exceed the auto threshold.</source>
        <translation>Der Prüfschwellenwert darf den Schwellenwert für automatisches Verknüpfen nicht überschreiten.</translation>
    </message>
    <message>
        <source>--default-country needs a two-letter ISO code such as DE, not &quot;%1&quot;.</source>
        <translation>--default-country erwartet einen zweibuchstabigen ISO-Code wie DE, nicht „%1“.</translation>
    </message>
    <message>
        <source>--threads needs a positive number.</source>
        <translation>--threads erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--map needs FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation>--map erwartet FELD=SPALTE, nicht „%1“.</translation>
    </message>
    <message>
        <source>--map prefixes are left. and right., not &quot;%1.&quot;.</source>
        <translation>Präfixe für --map sind left. und right., nicht „%1.“.</translation>
    </message>
</context>
<context>
    <name>cw::MatchCommand</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Link the customers of two CSV files (left_id,right_id,score,decision)</source>
        <translation>Die Kunden zweier CSV-Dateien verknüpfen (left_id,right_id,score,decision)</translation>
    </message>
    <message>
        <source>The first CSV file.</source>
        <translation>Die erste CSV-Datei.</translation>
    </message>
    <message>
        <source>A.csv</source>
        <translation>A.csv</translation>
    </message>
    <message>
        <source>The second CSV file.</source>
        <translation>Die zweite CSV-Datei.</translation>
    </message>
    <message>
        <source>B.csv</source>
        <translation>B.csv</translation>
    </message>
    <message>
        <source>Where to write the links.</source>
        <translation>Wohin die Verknüpfungen geschrieben werden.</translation>
    </message>
    <message>
        <source>M.csv</source>
        <translation>M.csv</translation>
    </message>
    <message>
        <source>Add an explanation column (JSON) to every link.</source>
        <translation>Jeder Verknüpfung eine Erläuterungsspalte (JSON) hinzufügen.</translation>
    </message>
    <message>
        <source>--%1 is required. Run crosswalkctl match --help for the options.</source>
        <translation>--%1 ist erforderlich. crosswalkctl match --help zeigt die Optionen.</translation>
    </message>
    <message>
        <source>%1 x %2 records: %3 automatic links, %4 for review (%5 pairs compared) in %6 s.</source>
        <translation>%1 x %2 Datensätze: %3 automatische Verknüpfungen, %4 zur Prüfung (%5 Paare verglichen) in %6 s.</translation>
    </message>
</context>
<context>
    <name>cw::MatchEngine</name>
    <message>
        <source>Matching was cancelled.</source>
        <translation>Der Abgleich wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cw::MatchExplanation</name>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>partly agrees</source>
        <translation>stimmt teilweise überein</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>stimmt nicht überein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1: %2 (%3), weight %4: %5 | %6</source>
        <translation>%1: %2 (%3), Gewicht %4: %5 | %6</translation>
    </message>
    <message>
        <source>prior %1, total weight %2, probability %3</source>
        <translation>A-priori %1, Gesamtgewicht %2, Wahrscheinlichkeit %3</translation>
    </message>
</context>
<context>
    <name>cw::MatchQueries</name>
    <message>
        <source>Value at stake</source>
        <translation>Gefährdeter Wert</translation>
    </message>
    <message>
        <source>Unbilled approved time and open invoices of both records</source>
        <translation>Nicht abgerechnete freigegebene Zeit und offene Rechnungen beider Datensätze</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Sure (above the automatic threshold)</source>
        <translation>Sicher (über dem Schwellenwert für automatisches Verknüpfen)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>Bewertung %</translation>
    </message>
    <message>
        <source>Probability that both records are the same customer</source>
        <translation>Wahrscheinlichkeit, dass beide Datensätze derselbe Kunde sind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Möglicher Treffer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Unbilled approved time and open invoices: they cannot be billed or chased in Odoo until the record is linked</source>
        <translation>Nicht abgerechnete freigegebene Zeit und offene Rechnungen: Sie können in Odoo erst abgerechnet bzw. gemahnt werden, wenn der Datensatz verknüpft ist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Latest timesheet line, invoice or change of the record</source>
        <translation>Letzter Zeiteintrag, letzte Rechnung oder letzte Änderung des Datensatzes</translation>
    </message>
    <message>
        <source>Best near miss</source>
        <translation>Bester Beinahe-Treffer</translation>
    </message>
    <message>
        <source>The most similar record of another system that is not rejected</source>
        <translation>Der ähnlichste nicht abgelehnte Datensatz eines anderen Systems</translation>
    </message>
    <message>
        <source>Probability that the near miss is the same customer</source>
        <translation>Wahrscheinlichkeit, dass der Beinahe-Treffer derselbe Kunde ist</translation>
    </message>
</context>
<context>
    <name>cw::MatchRecordCsv</name>
    <message>
        <source>Unknown field &quot;%1&quot;; fields are: %2.</source>
        <translation>Unbekanntes Feld „%1“; verfügbare Felder: %2.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation>Es gibt keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>There is no id column. Name it with --map id=COLUMN.</source>
        <translation>Es gibt keine ID-Spalte. Benennen Sie sie mit --map id=SPALTE.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row.</source>
        <translation>%1 ist leer: Eine Kopfzeile ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: the record has no id.</source>
        <translation>%1, Zeile %2: Der Datensatz hat keine ID.</translation>
    </message>
</context>
<context>
    <name>cw::MemoryCredentialStore</name>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>cw::NetworkJob</name>
    <message>
        <source>The address %1 is not allowed: use https, or http only for this computer.</source>
        <translation>Die Adresse %1 ist nicht erlaubt: Verwenden Sie https, oder http nur für diesen Computer.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not JSON. Is the address that of the API?</source>
        <translation>%1 hat eine Antwort gesendet, die kein JSON ist. Ist das die Adresse der API?</translation>
    </message>
    <message>
        <source>HTTP %1, Content-Type &quot;%2&quot;, body starts with: %3</source>
        <translation>HTTP %1, Content-Type „%2“, Antwort beginnt mit: %3</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. If this was a change, it may or may not have been saved.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. War dies eine Änderung, wurde sie möglicherweise gespeichert, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>no complete response after %1 ms</source>
        <translation>keine vollständige Antwort nach %1 ms</translation>
    </message>
    <message>
        <source>Could not connect to %1 at %2: the connection was refused.</source>
        <translation>Keine Verbindung zu %1 unter %2: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer arrived. If this was a change, it may or may not have been saved.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort eintraf. War dies eine Änderung, wurde sie möglicherweise gespeichert, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Bei der Verbindung zu %1 ist eine Zeitüberschreitung aufgetreten.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted or does not match.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig oder passt nicht.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>, Retry-After %1 s</source>
        <translation>, Retry-After %1 s</translation>
    </message>
    <message>
        <source>, body starts with: %1</source>
        <translation>, Antwort beginnt mit: %1</translation>
    </message>
    <message>
        <source>%1 refused the credentials or the access.</source>
        <translation>%1 hat die Zugangsdaten oder den Zugriff abgelehnt.</translation>
    </message>
    <message>
        <source>%1 does not know the requested address or record.</source>
        <translation>%1 kennt die angefragte Adresse oder den Datensatz nicht.</translation>
    </message>
    <message>
        <source>%1 gave up waiting for the request.</source>
        <translation>%1 hat das Warten auf die Anfrage aufgegeben.</translation>
    </message>
    <message>
        <source>%1 reported a conflicting change.</source>
        <translation>%1 hat eine widersprüchliche Änderung gemeldet.</translation>
    </message>
    <message>
        <source>%1 asks to slow down; the request will be retried later.</source>
        <translation>%1 bittet darum, langsamer zu werden; die Anfrage wird später wiederholt.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP %2).</source>
        <translation>%1 ist vorübergehend nicht verfügbar (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 failed with an internal error (HTTP %2).</source>
        <translation>%1 ist mit einem internen Fehler gescheitert (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>cw::OdooBusinessRules</name>
    <message>
        <source>Timesheets must be created with an active employee in the selected companies.</source>
        <translation>Timesheets must be created with an active employee in the selected companies.</translation>
    </message>
    <message>
        <source>You cannot log timesheets on project %1 because timesheets are disabled for it.</source>
        <translation>You cannot log timesheets on project %1 because timesheets are disabled for it.</translation>
    </message>
    <message>
        <source>The task must belong to the project of the timesheet.</source>
        <translation>The task must belong to the project of the timesheet.</translation>
    </message>
    <message>
        <source>You can not have two users with the same login!</source>
        <translation>You can not have two users with the same login!</translation>
    </message>
    <message>
        <source>You cannot modify a posted entry of this journal. Reset it to draft first.</source>
        <translation>You cannot modify a posted entry of this journal. Reset it to draft first.</translation>
    </message>
    <message>
        <source>You cannot modify timesheets that are already invoiced.</source>
        <translation>You cannot modify timesheets that are already invoiced.</translation>
    </message>
    <message>
        <source>You cannot set an archived employee on existing timesheets.</source>
        <translation>You cannot set an archived employee on existing timesheets.</translation>
    </message>
    <message>
        <source>You cannot delete an entry which has been posted once.</source>
        <translation>You cannot delete an entry which has been posted once.</translation>
    </message>
    <message>
        <source>You cannot delete an item linked to a posted entry.</source>
        <translation>You cannot delete an item linked to a posted entry.</translation>
    </message>
    <message>
        <source>You cannot remove a timesheet that has already been invoiced.</source>
        <translation>You cannot remove a timesheet that has already been invoiced.</translation>
    </message>
    <message>
        <source>You cannot delete a payment that is already posted.</source>
        <translation>You cannot delete a payment that is already posted.</translation>
    </message>
    <message>
        <source>You can not remove the admin user as it is used internally for resources created by Odoo.</source>
        <translation>You can not remove the admin user as it is used internally for resources created by Odoo.</translation>
    </message>
    <message>
        <source>Draft Invoice</source>
        <translation>Draft Invoice</translation>
    </message>
    <message>
        <source>Draft Credit Note</source>
        <translation>Draft Credit Note</translation>
    </message>
    <message>
        <source>Draft Bill</source>
        <translation>Draft Bill</translation>
    </message>
    <message>
        <source>Draft Entry</source>
        <translation>Draft Entry</translation>
    </message>
    <message>
        <source>%1 (* %2)</source>
        <translation>%1 (* %2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Only draft journal entries can be posted.</source>
        <translation>Only draft journal entries can be posted.</translation>
    </message>
    <message>
        <source>The field &apos;Customer&apos; is required, please complete it to validate the Customer Invoice.</source>
        <translation>The field &apos;Customer&apos; is required, please complete it to validate the Customer Invoice.</translation>
    </message>
    <message>
        <source>You need to add a line before posting.</source>
        <translation>You need to add a line before posting.</translation>
    </message>
    <message>
        <source>Only a draft payment can be posted.</source>
        <translation>Only a draft payment can be posted.</translation>
    </message>
    <message>
        <source>External ID not found in the system: %1.%2</source>
        <translation>External ID not found in the system: %1.%2</translation>
    </message>
    <message>
        <source>Only posted/cancelled journal entries can be reset to draft.</source>
        <translation>Only posted/cancelled journal entries can be reset to draft.</translation>
    </message>
    <message>
        <source>Only draft journal entries can be cancelled.</source>
        <translation>Only draft journal entries can be cancelled.</translation>
    </message>
    <message>
        <source>Some orders are not in a state requiring confirmation.</source>
        <translation>Some orders are not in a state requiring confirmation.</translation>
    </message>
    <message>
        <source>Only cancelled or sent quotations can be set back to draft.</source>
        <translation>Only cancelled or sent quotations can be set back to draft.</translation>
    </message>
</context>
<context>
    <name>cw::OdooClient</name>
    <message>
        <source>This Odoo (%1) has no JSON-2 API; it arrived with Odoo 19. Use JSON-RPC.</source>
        <translation>Dieses Odoo (%1) hat keine JSON-2-API; sie kam mit Odoo 19. Verwenden Sie JSON-RPC.</translation>
    </message>
    <message>
        <source>Odoo refused the login. Check the user, and the password or API key.</source>
        <translation>Odoo hat die Anmeldung abgelehnt. Prüfen Sie den Benutzer sowie das Passwort oder den API-Schlüssel.</translation>
    </message>
    <message>
        <source>authentication returned no user id</source>
        <translation>die Anmeldung lieferte keine Benutzer-ID</translation>
    </message>
    <message>
        <source>Odoo needs a second factor for this user; use an API key with JSON-RPC instead.</source>
        <translation>Odoo verlangt für diesen Benutzer einen zweiten Faktor; verwenden Sie stattdessen einen API-Schlüssel mit JSON-RPC.</translation>
    </message>
    <message>
        <source>session/authenticate returned uid null</source>
        <translation>session/authenticate lieferte uid null</translation>
    </message>
    <message>
        <source>Connecting to Odoo at %1 failed: %2</source>
        <translation>Die Verbindung zu Odoo unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connected to Odoo %1 at %2 (%3), uid %4</source>
        <translation>Verbunden mit Odoo %1 unter %2 (%3), uid %4</translation>
    </message>
    <message>
        <source>[%1] Odoo session expired; logging in again</source>
        <translation>[%1] Odoo-Sitzung abgelaufen; erneute Anmeldung</translation>
    </message>
    <message>
        <source>Odoo refused the import.</source>
        <translation>Odoo hat den Import abgelehnt.</translation>
    </message>
    <message>
        <source>load() messages: %1</source>
        <translation>Meldungen von load(): %1</translation>
    </message>
    <message>
        <source>Reading from Odoo needs a list of fields.</source>
        <translation>Zum Lesen aus Odoo wird eine Liste von Feldern benötigt.</translation>
    </message>
    <message>
        <source>search_read called without fields</source>
        <translation>search_read ohne Felder aufgerufen</translation>
    </message>
</context>
<context>
    <name>cw::OdooConnectionSettings</name>
    <message>
        <source>Enter the address of the Odoo server, like https://example.odoo.com.</source>
        <translation>Geben Sie die Adresse des Odoo-Servers ein, etwa https://example.odoo.com.</translation>
    </message>
    <message>
        <source>Use an https address; plain http is only allowed for this computer.</source>
        <translation>Verwenden Sie eine https-Adresse; einfaches http ist nur für diesen Computer erlaubt.</translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database.</source>
        <translation>Geben Sie den Namen der Odoo-Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the Odoo user (login).</source>
        <translation>Geben Sie den Odoo-Benutzer (Anmeldename) ein.</translation>
    </message>
    <message>
        <source>Enter the API key or password of the Odoo user.</source>
        <translation>Geben Sie den API-Schlüssel oder das Passwort des Odoo-Benutzers ein.</translation>
    </message>
    <message>
        <source>Odoo web sessions need the user&apos;s password; API keys only work with JSON-RPC or JSON-2.</source>
        <translation>Odoo-Websitzungen brauchen das Passwort des Benutzers; API-Schlüssel funktionieren nur mit JSON-RPC oder JSON-2.</translation>
    </message>
    <message>
        <source>Odoo&apos;s JSON-2 API needs an API key, not a password.</source>
        <translation>Die JSON-2-API von Odoo braucht einen API-Schlüssel, kein Passwort.</translation>
    </message>
    <message>
        <source>JSON-2</source>
        <translation>JSON-2</translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation>JSON-RPC</translation>
    </message>
    <message>
        <source>web session</source>
        <translation>Websitzung</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
</context>
<context>
    <name>cw::OdooConnectionTester</name>
    <message>
        <source>The secure connection to %1 failed: the certificate is not trusted or does not match the address.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig oder passt nicht zur Adresse.</translation>
    </message>
    <message>
        <source>No Odoo server answered at %1. Check the address. (%2)</source>
        <translation>Unter %1 hat kein Odoo-Server geantwortet. Prüfen Sie die Adresse. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 answered, but it is not an Odoo server (or not its API).</source>
        <translation>Der Server unter %1 hat geantwortet, ist aber kein Odoo-Server (oder nicht dessen API).</translation>
    </message>
    <message>
        <source>Odoo at %1 has no database called &quot;%2&quot;.</source>
        <translation>Odoo unter %1 hat keine Datenbank namens „%2“.</translation>
    </message>
    <message>
        <source>Odoo refused the user &quot;%1&quot; with this API key. Check that the key belongs to that user and has not expired.</source>
        <translation>Odoo hat den Benutzer „%1“ mit diesem API-Schlüssel abgelehnt. Prüfen Sie, ob der Schlüssel zu diesem Benutzer gehört und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>Odoo refused the user &quot;%1&quot; with this password.</source>
        <translation>Odoo hat den Benutzer „%1“ mit diesem Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Odoo at %1 did not answer in time.</source>
        <translation>Odoo unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Connected to Odoo %1, database &quot;%2&quot;, as %3 (company %4). Crosswalk will use %5.</source>
        <translation>Verbunden mit Odoo %1, Datenbank „%2“, als %3 (Unternehmen %4). Crosswalk verwendet %5.</translation>
    </message>
</context>
<context>
    <name>cw::OdooDomain</name>
    <message>
        <source>Invalid domain term %1</source>
        <translation>Invalid domain term %1</translation>
    </message>
    <message>
        <source>Domain %1 is syntactically not correct.</source>
        <translation>Domain %1 is syntactically not correct.</translation>
    </message>
    <message>
        <source>Invalid leaf %1</source>
        <translation>Invalid leaf %1</translation>
    </message>
    <message>
        <source>Invalid field %1 on model %2</source>
        <translation>Invalid field %1 on model %2</translation>
    </message>
    <message>
        <source>Invalid domain %1</source>
        <translation>Invalid domain %1</translation>
    </message>
</context>
<context>
    <name>cw::OdooErrorMapper</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Odoo refused the login. Check the user, and the password or API key.</source>
        <translation>Odoo hat die Anmeldung abgelehnt. Prüfen Sie den Benutzer sowie das Passwort oder den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Odoo refused access: %1</source>
        <translation>Odoo hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The record does not exist in Odoo any more; it may have been deleted.</source>
        <translation>Der Datensatz existiert in Odoo nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The Odoo session expired and logging in again did not help.</source>
        <translation>Die Odoo-Sitzung ist abgelaufen, und eine erneute Anmeldung hat nicht geholfen.</translation>
    </message>
    <message>
        <source>Odoo was busy with a conflicting change; the operation can be tried again.</source>
        <translation>Odoo war mit einer widersprüchlichen Änderung beschäftigt; der Vorgang kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>The database does not exist on this Odoo server. Check the database name.</source>
        <translation>Die Datenbank existiert auf diesem Odoo-Server nicht. Prüfen Sie den Datenbanknamen.</translation>
    </message>
    <message>
        <source>Odoo cannot reach its database right now.</source>
        <translation>Odoo kann seine Datenbank gerade nicht erreichen.</translation>
    </message>
    <message>
        <source>This Odoo server does not offer the requested endpoint.</source>
        <translation>Dieser Odoo-Server bietet den angefragten Endpunkt nicht an.</translation>
    </message>
    <message>
        <source>Odoo rejected the request: %1</source>
        <translation>Odoo hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>JSON-RPC error code %1</source>
        <translation>JSON-RPC-Fehlercode %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Odoo refused the API key. Check that it is valid and not expired.</source>
        <translation>Odoo hat den API-Schlüssel abgelehnt. Prüfen Sie, ob er gültig und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>HTTP 401: %1</source>
        <translation>HTTP 401: %1</translation>
    </message>
    <message>
        <source>This server has no Odoo endpoint %1. Check the address.</source>
        <translation>Dieser Server hat keinen Odoo-Endpunkt %1. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>HTTP 404, body starts with: %1</source>
        <translation>HTTP 404, Antwort beginnt mit: %1</translation>
    </message>
    <message>
        <source>Odoo could not read the request.</source>
        <translation>Odoo konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>HTTP 400: %1</source>
        <translation>HTTP 400: %1</translation>
    </message>
</context>
<context>
    <name>cw::OdooImporter</name>
    <message>
        <source>No matching record found for external id &apos;%1&apos; in field &apos;%2&apos;</source>
        <translation>No matching record found for external id &apos;%1&apos; in field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No matching record found for database id &apos;%1&apos; in field &apos;%2&apos;</source>
        <translation>No matching record found for database id &apos;%1&apos; in field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No matching record found for name &apos;%1&apos; in field &apos;%2&apos;</source>
        <translation>No matching record found for name &apos;%1&apos; in field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos; for boolean field &apos;%2&apos;, assuming &apos;yes&apos;</source>
        <translation>Unknown value &apos;%1&apos; for boolean field &apos;%2&apos;, assuming &apos;yes&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not seem to be a number for field &apos;%2&apos;</source>
        <translation>&apos;%1&apos; does not seem to be a number for field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not seem to be a valid date for field &apos;%2&apos;</source>
        <translation>&apos;%1&apos; does not seem to be a valid date for field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Value &apos;%1&apos; not found in selection field &apos;%2&apos;</source>
        <translation>Value &apos;%1&apos; not found in selection field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; for model %2</source>
        <translation>Unknown field &apos;%1&apos; for model %2</translation>
    </message>
</context>
<context>
    <name>cw::OdooMethodDispatcher</name>
    <message>
        <source>Private methods (such as &apos;%1.%2&apos;) cannot be called remotely.</source>
        <translation>Private methods (such as &apos;%1.%2&apos;) cannot be called remotely.</translation>
    </message>
    <message>
        <source>%1() takes from 1 to %2 positional arguments but %3 were given</source>
        <translation>%1() takes from 1 to %2 positional arguments but %3 were given</translation>
    </message>
    <message>
        <source>%1() got an unexpected keyword argument &apos;%2&apos;</source>
        <translation>%1() got an unexpected keyword argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1() got multiple values for argument &apos;%2&apos;</source>
        <translation>%1() got multiple values for argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The method &apos;%1.%2&apos; does not exist</source>
        <translation>The method &apos;%1.%2&apos; does not exist</translation>
    </message>
    <message>
        <source>%1() missing 1 required positional argument: &apos;ids&apos;</source>
        <translation>%1() missing 1 required positional argument: &apos;ids&apos;</translation>
    </message>
    <message>
        <source>%1() is a model method and takes no ids</source>
        <translation>%1() is a model method and takes no ids</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>cw::OdooOrm</name>
    <message>
        <source>Object %1 doesn&apos;t exist</source>
        <translation>Object %1 doesn&apos;t exist</translation>
    </message>
    <message>
        <source>Invalid &quot;order&quot; specified (%1). A valid &quot;order&quot; specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)</source>
        <translation>Invalid &quot;order&quot; specified (%1). A valid &quot;order&quot; specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)</translation>
    </message>
    <message>
        <source>Invalid field %1 on model %2</source>
        <translation>Invalid field %1 on model %2</translation>
    </message>
    <message>
        <source>invalid literal for int() with base 10: %1</source>
        <translation>invalid literal for int() with base 10: %1</translation>
    </message>
    <message>
        <source>could not convert string to float: %1</source>
        <translation>could not convert string to float: %1</translation>
    </message>
    <message>
        <source>time data %1 does not match format &apos;%Y-%m-%d&apos;</source>
        <translation>time data %1 does not match format &apos;%Y-%m-%d&apos;</translation>
    </message>
    <message>
        <source>time data %1 does not match format &apos;%Y-%m-%d %H:%M:%S&apos;</source>
        <translation>time data %1 does not match format &apos;%Y-%m-%d %H:%M:%S&apos;</translation>
    </message>
    <message>
        <source>Wrong value for %1.%2: %3</source>
        <translation>Wrong value for %1.%2: %3</translation>
    </message>
    <message>
        <source>The operation cannot be completed: the record %1(%2,) referenced by %3.%4 does not exist.</source>
        <translation>The operation cannot be completed: the record %1(%2,) referenced by %3.%4 does not exist.</translation>
    </message>
    <message>
        <source>Missing required value for the field &apos;%1&apos; (%2)</source>
        <translation>Missing required value for the field &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>create() values must be dictionaries</source>
        <translation>create() values must be dictionaries</translation>
    </message>
    <message>
        <source>Invalid x2many command %1 for field %2.%3</source>
        <translation>Invalid x2many command %1 for field %2.%3</translation>
    </message>
</context>
<context>
    <name>cw::OdooReadGroup</name>
    <message>
        <source>Invalid field &apos;%1&apos; on model &apos;%2&apos;</source>
        <translation>Invalid field &apos;%1&apos; on model &apos;%2&apos;</translation>
    </message>
    <message>
        <source>read_group() needs at least one groupby field</source>
        <translation>read_group() needs at least one groupby field</translation>
    </message>
    <message>
        <source>Invalid field specification %1</source>
        <translation>Invalid field specification %1</translation>
    </message>
</context>
<context>
    <name>cw::OdooSeeder</name>
    <message>
        <source>VAT %1</source>
        <translation>USt. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>cw::OdooStore</name>
    <message>
        <source>This file is not a saved Odoo simulator.</source>
        <translation>Diese Datei ist kein gespeicherter Odoo-Simulator.</translation>
    </message>
    <message>
        <source>The saved simulator plays Odoo %1, not Odoo %2.</source>
        <translation>Der gespeicherte Simulator spielt Odoo %1, nicht Odoo %2.</translation>
    </message>
    <message>
        <source>Cannot write the simulator state to %1.</source>
        <translation>Der Zustand des Simulators kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read the simulator state from %1.</source>
        <translation>Der Zustand des Simulators kann nicht aus %1 gelesen werden.</translation>
    </message>
    <message>
        <source>The simulator state in %1 is damaged.</source>
        <translation>Der Zustand des Simulators in %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>cw::OdooVersion</name>
    <message>
        <source>The server answered, but not with Odoo&apos;s version information.</source>
        <translation>Der Server hat geantwortet, aber nicht mit den Versionsangaben von Odoo.</translation>
    </message>
    <message>
        <source>Odoo reported a version Crosswalk cannot read: %1</source>
        <translation>Odoo hat eine Version gemeldet, die Crosswalk nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>cw::OutboxPusher</name>
    <message>
        <source>The rows waiting for a customer could not be queued again.</source>
        <translation>Die Zeilen, die auf einen Kunden warten, konnten nicht erneut eingereiht werden.</translation>
    </message>
</context>
<context>
    <name>cw::OutboxStore</name>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Die Ausgangswarteschlange konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An outbox row could not be claimed.</source>
        <translation>Eine Zeile der Ausgangswarteschlange konnte nicht reserviert werden.</translation>
    </message>
    <message>
        <source>The outbox row could not be updated.</source>
        <translation>Die Zeile der Ausgangswarteschlange konnte nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>cw::PageQueries</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>The list of systems could not be read from the cache.</source>
        <translation>Die Liste der Systeme konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Staffing platform</source>
        <translation>Staffing-Plattform</translation>
    </message>
    <message>
        <source>File import</source>
        <translation>Dateiimport</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name of the linked record in %1 (%2)</source>
        <translation>Name des verknüpften Datensatzes in %1 (%2)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Customer records linked to this customer, across all systems</source>
        <translation>Mit diesem Kunden verknüpfte Kundendatensätze, über alle Systeme</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Nicht abgerechnete Stunden</translation>
    </message>
    <message>
        <source>Approved, billable hours not yet on an invoice</source>
        <translation>Freigegebene, abrechenbare Stunden, die noch auf keiner Rechnung stehen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Linked automatically</source>
        <translation>Automatisch verknüpft</translation>
    </message>
    <message>
        <source>Linked after review</source>
        <translation>Nach Prüfung verknüpft</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
    <message>
        <source>Linked by import</source>
        <translation>Durch Import verknüpft</translation>
    </message>
    <message>
        <source>Whether the record is part of the crosswalk, and how the link was made</source>
        <translation>Ob der Datensatz Teil des Crosswalks ist und wie die Verknüpfung entstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Days since the exception occurred</source>
        <translation>Tage seit dem Auftreten der Abweichung</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Amount at stake</source>
        <translation>Gefährdeter Betrag</translation>
    </message>
    <message>
        <source>Revenue that is missing, late or at risk because of this exception</source>
        <translation>Umsatz, der wegen dieser Abweichung fehlt, sich verspätet oder gefährdet ist</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>cw::PairComparator</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>VAT / registration id</source>
        <translation>USt-IdNr. / Registernummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web / e-mail domain</source>
        <translation>Web-/E-Mail-Domain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>missing on one side</source>
        <translation>fehlt auf einer Seite</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>Jaro-Winkler %1, token cosine %2</source>
        <translation>Jaro-Winkler %1, Token-Kosinus %2</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>same family</source>
        <translation>gleiche Familie</translation>
    </message>
    <message>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <source>same number</source>
        <translation>gleiche Nummer</translation>
    </message>
    <message>
        <source>same switchboard</source>
        <translation>gleiche Zentrale</translation>
    </message>
    <message>
        <source>same postcode</source>
        <translation>gleiche Postleitzahl</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>gleicher Ort</translation>
    </message>
    <message>
        <source>different place</source>
        <translation>anderer Ort</translation>
    </message>
    <message>
        <source>place missing</source>
        <translation>Ort fehlt</translation>
    </message>
    <message>
        <source>same street and number</source>
        <translation>gleiche Straße und Hausnummer</translation>
    </message>
    <message>
        <source>same street, number missing</source>
        <translation>gleiche Straße, Hausnummer fehlt</translation>
    </message>
    <message>
        <source>same street, other number</source>
        <translation>gleiche Straße, andere Hausnummer</translation>
    </message>
    <message>
        <source>other street</source>
        <translation>andere Straße</translation>
    </message>
    <message>
        <source>street missing</source>
        <translation>Straße fehlt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cw::PairComparisonView</name>
    <message>
        <source>Agree</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <source>Partly agree</source>
        <translation>Stimmt teilweise überein</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Stimmt nicht überein</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Weicht ab</translation>
    </message>
    <message>
        <source>%1 (not linked)</source>
        <translation>%1 (nicht verknüpft)</translation>
    </message>
    <message>
        <source>%1 (linked to %2)</source>
        <translation>%1 (verknüpft mit %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Möglicher Treffer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Weight (bits)</source>
        <translation>Gewicht (Bit)</translation>
    </message>
    <message>
        <source>Comparison of the two records</source>
        <translation>Vergleich der beiden Datensätze</translation>
    </message>
    <message>
        <source>Select a match in the list to compare its two records.</source>
        <translation>Wählen Sie einen Treffer in der Liste aus, um seine beiden Datensätze zu vergleichen.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>%1  ↔  %2</source>
        <translation>%1  ↔  %2</translation>
    </message>
    <message>
        <source>Score %1 %. Left: %2. Right: %3.</source>
        <translation>Bewertung %1 %. Links: %2. Rechts: %3.</translation>
    </message>
    <message>
        <source>Evidence: prior %1 bits, total %2 bits (positive for the same customer).</source>
        <translation>Evidenz: A-priori %1 Bit, gesamt %2 Bit (positiv spricht für denselben Kunden).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No weights: the matcher did not score this match (it came with the demo data), so the evidence shows similarities only.</source>
        <translation>Keine Gewichte: Der Abgleich hat diese Zuordnung nicht bewertet (sie stammt aus den Demodaten), daher zeigen die Belege nur Ähnlichkeiten.</translation>
    </message>
</context>
<context>
    <name>cw::ParetoChart</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
</context>
<context>
    <name>cw::PartnerPlanner</name>
    <message>
        <source>The customers to create in Odoo could not be planned.</source>
        <translation>Die in Odoo anzulegenden Kunden konnten nicht geplant werden.</translation>
    </message>
</context>
<context>
    <name>cw::PartnerPusher</name>
    <message>
        <source>The customer to create in Odoo (%1) has no CRM or staffing record with a name any more. Link it on the Unmatched page, or resolve this entry.</source>
        <translation>Der in Odoo anzulegende Kunde (%1) hat keinen Datensatz mit Namen im CRM oder in der Staffing-Plattform mehr. Verknüpfen Sie ihn auf der Seite „Nicht zugeordnet“ oder lösen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>The customer to create in Odoo could not be read.</source>
        <translation>Der in Odoo anzulegende Kunde konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The new Odoo partner could not be recorded in the cache.</source>
        <translation>Der neue Odoo-Partner konnte nicht im Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>The new Odoo partner could not be linked to its customer.</source>
        <translation>Der neue Odoo-Partner konnte nicht mit seinem Kunden verknüpft werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 created in Odoo as partner %2; %n invoice(s) waiting for it queued again.</source>
        <translation>
            <numerusform>%1 in Odoo als Partner %2 angelegt; %n wartende Rechnung erneut eingereiht.</numerusform>
            <numerusform>%1 in Odoo als Partner %2 angelegt; %n wartende Rechnungen erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is partner %2 in Odoo already; %n invoice(s) waiting for it queued again.</source>
        <translation>
            <numerusform>%1 ist in Odoo bereits Partner %2; %n wartende Rechnung erneut eingereiht.</numerusform>
            <numerusform>%1 ist in Odoo bereits Partner %2; %n wartende Rechnungen erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be retried: %1</source>
        <translation>Wird erneut versucht: %1</translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so customer %2 was not created there and its invoices wait. It is retried automatically; check that Odoo is up.</source>
        <translation>Odoo war nach %1 Versuchen nicht erreichbar, daher wurde Kunde %2 dort nicht angelegt und seine Rechnungen warten. Es wird automatisch erneut versucht; prüfen Sie, ob Odoo läuft.</translation>
    </message>
    <message>
        <source>Odoo refused to create customer %1: %2 Correct the customer&apos;s data in the CRM or link it to an existing partner on the Unmatched page, then retry.</source>
        <translation>Odoo hat das Anlegen von Kunde %1 abgelehnt: %2 Korrigieren Sie die Kundendaten im CRM oder verknüpfen Sie ihn auf der Seite „Nicht zugeordnet“ mit einem bestehenden Partner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Odoo answered the partner import with %1 ids for %2 partners.</source>
        <translation>Odoo hat den Partnerimport mit %1 IDs für %2 Partner beantwortet.</translation>
    </message>
</context>
<context>
    <name>cw::PaymentWriter</name>
    <message>
        <source>The payment&apos;s customer could not be looked up in the cache.</source>
        <translation>Der Kunde der Zahlung konnte im Cache nicht gefunden werden.</translation>
    </message>
    <message>
        <source>The paid invoice could not be looked up in the cache.</source>
        <translation>Die bezahlte Rechnung konnte im Cache nicht gefunden werden.</translation>
    </message>
    <message>
        <source>The payment could not be read from the cache.</source>
        <translation>Die Zahlung konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The payment could not be saved in the cache.</source>
        <translation>Die Zahlung konnte nicht im Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>A payment no longer in Odoo could not be removed from the cache.</source>
        <translation>Eine Zahlung, die es in Odoo nicht mehr gibt, konnte nicht aus dem Cache entfernt werden.</translation>
    </message>
    <message>
        <source>Payments deleted in Odoo could not be removed from the cache.</source>
        <translation>In Odoo gelöschte Zahlungen konnten nicht aus dem Cache entfernt werden.</translation>
    </message>
</context>
<context>
    <name>cw::PlacementPlanner</name>
    <message>
        <source>The placements to set up in Odoo could not be planned.</source>
        <translation>Die in Odoo einzurichtenden Einsätze konnten nicht geplant werden.</translation>
    </message>
</context>
<context>
    <name>cw::PlacementPusher</name>
    <message>
        <source>The product %1 for billed hours does not exist in Odoo, so no sale order line can carry the bill rate. Create it in Odoo or choose another product, then retry.</source>
        <translation>Das Produkt %1 für abgerechnete Stunden existiert in Odoo nicht, daher kann keine Verkaufsauftragszeile den Verrechnungssatz tragen. Legen Sie es in Odoo an oder wählen Sie ein anderes Produkt und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The placement to set up in Odoo could not be read.</source>
        <translation>Der in Odoo einzurichtende Einsatz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Placement %1 is no longer in the cache, so its billing setup was not made in Odoo. Pull the staffing platform again, or resolve this entry.</source>
        <translation>Einsatz %1 ist nicht mehr im Cache, daher wurde seine Abrechnungseinrichtung in Odoo nicht vorgenommen. Rufen Sie die Daten der Staffing-Plattform erneut ab oder lösen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>placement %1 (%2)</source>
        <translation>Einsatz %1 (%2)</translation>
    </message>
    <message>
        <source>Placement %1 (%2) of %3 has no bill rate, so its sale order cannot carry one. Correct the rate of the placement, then retry.</source>
        <translation>Einsatz %1 (%2) von %3 hat keinen Verrechnungssatz, daher kann sein Verkaufsauftrag keinen tragen. Korrigieren Sie den Satz des Einsatzes und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Placement %1 (%2) of %3 has no consultant in the cache, so no employee can be set up in Odoo. Pull the staffing platform again, or resolve this entry.</source>
        <translation>Einsatz %1 (%2) von %3 hat keinen Berater im Cache, daher kann in Odoo kein Mitarbeiter eingerichtet werden. Rufen Sie die Daten der Staffing-Plattform erneut ab oder lösen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the billing setup of placement %2 (%3) was not made there. It is retried automatically; check that Odoo is up.</source>
        <translation>Odoo war nach %1 Versuchen nicht erreichbar, daher wurde die Abrechnungseinrichtung von Einsatz %2 (%3) dort nicht vorgenommen. Es wird automatisch erneut versucht; prüfen Sie, ob Odoo läuft.</translation>
    </message>
    <message>
        <source>Odoo refused the billing setup of placement %1 (%2): %3 Correct the placement in the staffing platform, then retry.</source>
        <translation>Odoo hat die Abrechnungseinrichtung von Einsatz %1 (%2) abgelehnt: %3 Korrigieren Sie den Einsatz in der Staffing-Plattform und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectPlanner</name>
    <message>
        <source>The projects to create in Odoo could not be planned.</source>
        <translation>Die in Odoo anzulegenden Projekte konnten nicht geplant werden.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectPusher</name>
    <message>
        <source>The deal of a project could not be read.</source>
        <translation>Der Deal eines Projekts konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Deal %1 is no longer in the cache, so its project was not created in Odoo. Pull the CRM again, or resolve this entry.</source>
        <translation>Deal %1 ist nicht mehr im Cache, daher wurde sein Projekt in Odoo nicht angelegt. Rufen Sie die Daten des CRM erneut ab oder lösen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>the project of deal %1</source>
        <translation>das Projekt von Deal %1</translation>
    </message>
    <message>
        <source>Odoo could not be reached after %1 attempts, so the project of deal %2 was not created there. It is retried automatically; check that Odoo is up.</source>
        <translation>Odoo war nach %1 Versuchen nicht erreichbar, daher wurde das Projekt von Deal %2 dort nicht angelegt. Es wird automatisch erneut versucht; prüfen Sie, ob Odoo läuft.</translation>
    </message>
    <message>
        <source>Odoo refused the project of deal %1: %2 Correct the deal in the CRM, then retry.</source>
        <translation>Odoo hat das Projekt von Deal %1 abgelehnt: %2 Korrigieren Sie den Deal im CRM und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>cw::PullFlow</name>
    <message>
        <source>The systems could not be read.</source>
        <translation>Die Systeme konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Pulling %1 from %2</source>
        <translation>%1 wird aus %2 abgerufen</translation>
    </message>
    <message>
        <source>No CRM or staffing platform is configured to pull from.</source>
        <translation>Es ist kein CRM und keine Staffing-Plattform zum Abrufen eingerichtet.</translation>
    </message>
    <message>
        <source>%1 of %2 entities pulled from %3 systems.</source>
        <translation>%1 von %2 Entitäten aus %3 Systemen abgerufen.</translation>
    </message>
    <message>
        <source>%1: the pull of %2 was cancelled.</source>
        <translation>%1: Der Abruf von %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the pull of %2 partly failed.</source>
        <translation>%1: Der Abruf von %2 ist teilweise fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: the pull of %2 partly failed: %3</source>
        <translation>%1: Der Abruf von %2 ist teilweise fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: the pull of %2 failed.</source>
        <translation>%1: Der Abruf von %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: the pull of %2 failed: %3</source>
        <translation>%1: Der Abruf von %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>cw::PullRunner</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 records could not be stored; see the events.</source>
        <translation>%1 von %2 Datensätzen konnten nicht gespeichert werden; siehe Ereignisse.</translation>
    </message>
</context>
<context>
    <name>cw::PushFailureLog</name>
    <message>
        <source>The failed push could not be recorded.</source>
        <translation>Die fehlgeschlagene Übertragung konnte nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>The failed push could not be read.</source>
        <translation>Die fehlgeschlagene Übertragung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Fixed by a later retry: the push went through.</source>
        <translation>Durch einen späteren Neuversuch behoben: Die Übertragung ist durchgegangen.</translation>
    </message>
    <message>
        <source>The failed push could not be resolved.</source>
        <translation>Die fehlgeschlagene Übertragung konnte nicht gelöst werden.</translation>
    </message>
</context>
<context>
    <name>cw::RateMismatchRule</name>
    <message>
        <source>Bill rate differs from the placement</source>
        <translation>Verrechnungssatz weicht vom Einsatz ab</translation>
    </message>
    <message>
        <source>Approved time whose bill rate differs from the placement&apos;s bill rate in effect on the work date. The amount is the difference in value over all such time.</source>
        <translation>Freigegebene Zeit, deren Verrechnungssatz von dem am Arbeitsdatum gültigen Verrechnungssatz des Einsatzes abweicht. Der Betrag ist die Wertdifferenz über all diese Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1 on carry a bill rate of %2 where the placement&apos;s rate is %3.</source>
        <translation>
            <numerusform>%n Zeile ab %1 hat einen Verrechnungssatz von %2, der Satz des Einsatzes ist aber %3.</numerusform>
            <numerusform>%n Zeilen ab %1 haben einen Verrechnungssatz von %2, der Satz des Einsatzes ist aber %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::RecordUpserter</name>
    <message>
        <source>&quot;%1&quot; is not a table of cached records.</source>
        <translation>„%1“ ist keine Tabelle zwischengespeicherter Datensätze.</translation>
    </message>
    <message>
        <source>The cache connection is not open.</source>
        <translation>Die Verbindung zum Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The cache could not prepare a write to %1.</source>
        <translation>Der Cache konnte keinen Schreibvorgang in %1 vorbereiten.</translation>
    </message>
    <message>
        <source>The cache could not be read.</source>
        <translation>Der Cache konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The cache table %1 has no column %2.</source>
        <translation>Die Cache-Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>The record could not be removed from the cache.</source>
        <translation>Der Datensatz konnte nicht aus dem Cache entfernt werden.</translation>
    </message>
    <message>
        <source>The cache refused the record.</source>
        <translation>Der Cache hat den Datensatz abgelehnt.</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>Der Datensatz hat keine ID.</translation>
    </message>
    <message>
        <source>The cache refused the records.</source>
        <translation>Der Cache hat die Datensätze abgelehnt.</translation>
    </message>
</context>
<context>
    <name>cw::RefusedRowsModel</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>cw::ResolvePushDialog</name>
    <message>
        <source>Resolve Failed Push</source>
        <translation>Fehlgeschlagene Übertragung lösen</translation>
    </message>
    <message>
        <source>Resolve %1 without sending it to Odoo. Crosswalk will not try it again. Say why, for the audit log:</source>
        <translation>Lösen Sie %1 ohne Senden an Odoo. Crosswalk unternimmt keinen weiteren Versuch. Geben Sie für das Prüfprotokoll den Grund an:</translation>
    </message>
    <message>
        <source>Invoiced by hand in Odoo</source>
        <translation>In Odoo von Hand abgerechnet</translation>
    </message>
    <message>
        <source>Billed in another period</source>
        <translation>In einem anderen Zeitraum abgerechnet</translation>
    </message>
    <message>
        <source>Not billable after all</source>
        <translation>Doch nicht abrechenbar</translation>
    </message>
    <message>
        <source>Duplicate of another write</source>
        <translation>Duplikat eines anderen Schreibvorgangs</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>cw::RetryingCall</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cw::SandboxCommand</name>
    <message>
        <source>Port for the Odoo simulator (0 picks a free one).</source>
        <translation>Port für den Odoo-Simulator (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Odoo version to play: 16, 17, 18 or 19.</source>
        <translation>Zu spielende Odoo-Version: 16, 17, 18 oder 19.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Seed of the demo data and of the faults.</source>
        <translation>Startwert der Demodaten und der Fehler.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>startwert</translation>
    </message>
    <message>
        <source>Number of demo customers.</source>
        <translation>Anzahl der Demokunden.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>anzahl</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. &quot;odoo:p_5xx=0.05,latency_ms=20&quot;.</source>
        <translation>Einzuspeisende Fehler, z. B. „odoo:p_5xx=0.05,latency_ms=20“.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spez</translation>
    </message>
    <message>
        <source>Load the Odoo store from this file if it exists; save it there on exit.</source>
        <translation>Den Odoo-Datenbestand aus dieser Datei laden, falls sie existiert; beim Beenden dort speichern.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>sandbox needs --odoo-port with a port number (0 picks a free one).</source>
        <translation>sandbox braucht --odoo-port mit einer Portnummer (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>--odoo-version must be 16, 17, 18 or 19.</source>
        <translation>--odoo-version muss 16, 17, 18 oder 19 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--customers must be a number between 1 and %1.</source>
        <translation>--customers muss eine Zahl zwischen 1 und %1 sein.</translation>
    </message>
    <message>
        <source>Cannot watch for SIGINT/SIGTERM; stop the sandbox with SIGKILL.</source>
        <translation>SIGINT/SIGTERM können nicht überwacht werden; beenden Sie die Sandbox mit SIGKILL.</translation>
    </message>
    <message>
        <source>Port for the CRM (HubSpot) simulator (0 picks a free one).</source>
        <translation>Port für den CRM-Simulator (HubSpot) (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>--crm-port needs a port number (0 picks a free one).</source>
        <translation>--crm-port erwartet eine Portnummer (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Serve simulated Odoo, CRM and staffing APIs on this computer with demo data, until stopped</source>
        <translation>Simulierte Odoo-, CRM- und Staffing-APIs mit Demodaten auf diesem Computer bereitstellen, bis sie beendet werden</translation>
    </message>
    <message>
        <source>Port for the staffing platform (Bullhorn) simulator (0 picks a free one).</source>
        <translation>Port für den Simulator der Staffing-Plattform (Bullhorn) (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Write a connection profile for crosswalkctl sync (no secrets in it) to this file.</source>
        <translation>Ein Verbindungsprofil für crosswalkctl sync (ohne Geheimnisse) in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>--staffing-port needs a port number (0 picks a free one).</source>
        <translation>--staffing-port erwartet eine Portnummer (0 wählt einen freien).</translation>
    </message>
</context>
<context>
    <name>cw::SettingsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>The systems Crosswalk reads from and writes to. Their secrets are kept in the system keychain, never in the cache file.</source>
        <translation>Die Systeme, aus denen Crosswalk liest und in die es schreibt. Ihre Geheimnisse liegen im Schlüsselbund des Systems, nie in der Cache-Datei.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>No connections yet. Choose Add to connect Odoo, a CRM, a staffing platform or a file import.</source>
        <translation>Noch keine Verbindungen. Wählen Sie „Hinzufügen“, um Odoo, ein CRM, eine Staffing-Plattform oder einen Dateiimport zu verbinden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Name of the English language in English; keep it untranslated.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <extracomment>Name of the German language in German; keep it untranslated.</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect when Crosswalk next starts.</source>
        <translation>Wird beim nächsten Start von Crosswalk wirksam.</translation>
    </message>
    <message>
        <source>&amp;Mask pay rates and other personal data</source>
        <translation>Vergütungssätze und andere personenbezogene Daten &amp;maskieren</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Link &amp;automatically from:</source>
        <translation>&amp;Automatisch verknüpfen ab:</translation>
    </message>
    <message>
        <source>Customer pairs scoring at least this are linked without review.</source>
        <translation>Kundenpaare mit mindestens diesem Wert werden ohne Prüfung verknüpft.</translation>
    </message>
    <message>
        <source>Send to re&amp;view from:</source>
        <translation>Zur &amp;Prüfung ab:</translation>
    </message>
    <message>
        <source>Pairs from here up to the value above wait in the review queue.</source>
        <translation>Paare ab hier bis zum Wert darüber warten in der Prüfwarteschlange.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Cache file:</source>
        <translation>&amp;Cache-Datei:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its stored secret is deleted from the keychain too, and the records cached from it are removed from the cache. Nothing changes in the system itself.</source>
        <translation>Ihr gespeichertes Geheimnis wird ebenfalls aus dem Schlüsselbund gelöscht, und die aus ihr zwischengespeicherten Datensätze werden aus dem Cache entfernt. Im System selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>The records cached from it are removed from the cache. Nothing changes in the system itself.</source>
        <translation>Die aus ihr zwischengespeicherten Datensätze werden aus dem Cache entfernt. Im System selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1

The connection “%2” was kept so that no secret is left behind in the keychain. Fix the keychain and remove the connection again.</source>
        <translation>%1

Die Verbindung „%2“ wurde behalten, damit kein Geheimnis im Schlüsselbund zurückbleibt. Beheben Sie das Problem mit dem Schlüsselbund und entfernen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a CSV or Excel export for the selected file import</source>
        <translation>Einen CSV- oder Excel-Export für den ausgewählten Dateiimport importieren</translation>
    </message>
    <message>
        <source>Import File…</source>
        <translation>Datei importieren…</translation>
    </message>
</context>
<context>
    <name>cw::ShortcutButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cw::SqliteReader</name>
    <message>
        <source>A report query could not be prepared.</source>
        <translation>Eine Berichtsabfrage konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>A value could not be bound to a report query.</source>
        <translation>Ein Wert konnte nicht an eine Berichtsabfrage gebunden werden.</translation>
    </message>
    <message>
        <source>A report query failed.</source>
        <translation>Eine Berichtsabfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
</context>
<context>
    <name>cw::StaleFailedPushRule</name>
    <message>
        <source>Invoice push failing for days</source>
        <translation>Rechnungsübertragung scheitert seit Tagen</translation>
    </message>
    <message>
        <source>An invoice that could not be pushed to Odoo and is still failing several days after the first attempt (the number of days is a setting).</source>
        <translation>Eine Rechnung, die nicht nach Odoo übertragen werden konnte und mehrere Tage nach dem ersten Versuch noch immer scheitert (die Anzahl der Tage ist einstellbar).</translation>
    </message>
    <message numerus="yes">
        <source>Failing for %n day(s) (%1): %2</source>
        <translation>
            <numerusform>Scheitert seit %n Tag (%1): %2</numerusform>
            <numerusform>Scheitert seit %n Tagen (%1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::SyncCommand</name>
    <message>
        <source>Connection profile (JSON, no secrets) to sync with.</source>
        <translation>Verbindungsprofil (JSON, ohne Geheimnisse) für die Synchronisation.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>sync needs --profile FILE (write one with crosswalkctl sandbox --profile-out FILE).</source>
        <translation>sync braucht --profile DATEI (erzeugen Sie eines mit crosswalkctl sandbox --profile-out DATEI).</translation>
    </message>
    <message>
        <source>No flow given.</source>
        <translation>Kein Ablauf angegeben.</translation>
    </message>
    <message>
        <source>%1: %2 (read %3, created %4, updated %5, skipped %6, failed %7) %8</source>
        <translation>%1: %2 (gelesen %3, angelegt %4, aktualisiert %5, übersprungen %6, fehlgeschlagen %7) %8</translation>
    </message>
    <message>
        <source>Pull the CRM and staffing platform into the cache, push approved time to Odoo as draft invoices and read invoice and payment state back</source>
        <translation>CRM und Staffing-Plattform in den Cache abrufen, genehmigte Zeit als Rechnungsentwürfe an Odoo übertragen und Rechnungs- und Zahlungsstatus zurücklesen</translation>
    </message>
    <message>
        <source>Flow to run: pull, customers, projects, placements, timesheets, expenses, invoices, payments or all.</source>
        <translation>Auszuführender Ablauf: pull, customers, projects, placements, timesheets, expenses, invoices, payments oder all.</translation>
    </message>
</context>
<context>
    <name>cw::SyncCursorStore</name>
    <message>
        <source>The pull position of %1 could not be read.</source>
        <translation>Die Abrufposition von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pull position of %1 could not be saved.</source>
        <translation>Die Abrufposition von %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The pull position of %1 could not be reset.</source>
        <translation>Die Abrufposition von %1 konnte nicht zurückgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>cw::SyncEngine</name>
    <message>
        <source>Not started: another sync is running on this cache.</source>
        <translation>Nicht gestartet: Auf diesem Cache läuft bereits eine andere Synchronisation.</translation>
    </message>
</context>
<context>
    <name>cw::SyncFlows</name>
    <message>
        <source>Customers to Odoo</source>
        <translation>Kunden nach Odoo</translation>
    </message>
    <message>
        <source>Won deals to Odoo projects</source>
        <translation>Gewonnene Deals zu Odoo-Projekten</translation>
    </message>
    <message>
        <source>Placements to Odoo</source>
        <translation>Einsätze nach Odoo</translation>
    </message>
    <message>
        <source>Approved time to draft invoices</source>
        <translation>Freigegebene Zeit zu Rechnungsentwürfen</translation>
    </message>
    <message>
        <source>Billable expenses to invoices</source>
        <translation>Abrechenbare Auslagen zu Rechnungen</translation>
    </message>
    <message>
        <source>Invoice status from Odoo</source>
        <translation>Rechnungsstatus aus Odoo</translation>
    </message>
    <message>
        <source>Payment status from Odoo</source>
        <translation>Zahlungsstatus aus Odoo</translation>
    </message>
    <message>
        <source>Pull from the CRM and the staffing platform</source>
        <translation>Abruf aus dem CRM und der Staffing-Plattform</translation>
    </message>
    <message>
        <source>Unknown flow &quot;%1&quot;. Known flows: pull, customers, projects, placements, timesheets, expenses, invoices, payments, all.</source>
        <translation>Unbekannter Ablauf „%1“. Bekannte Abläufe: pull, customers, projects, placements, timesheets, expenses, invoices, payments, all.</translation>
    </message>
</context>
<context>
    <name>cw::SyncLock</name>
    <message>
        <source>The sync lock %1 beside the cache cannot be written, so no sync can start.</source>
        <translation>Die Synchronisationssperre %1 neben dem Cache kann nicht geschrieben werden, daher kann keine Synchronisation starten.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>process %1 since %2</source>
        <translation>Prozess %1 seit %2</translation>
    </message>
    <message>
        <source>process %1 on %2 since %3</source>
        <translation>Prozess %1 auf %2 seit %3</translation>
    </message>
    <message>
        <source>Another sync is running on this cache (%1).</source>
        <translation>Auf diesem Cache läuft bereits eine andere Synchronisation (%1).</translation>
    </message>
</context>
<context>
    <name>cw::SyncOverview</name>
    <message>
        <source>The health of the connected systems could not be read.</source>
        <translation>Der Zustand der verbundenen Systeme konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pulls per entity could not be read.</source>
        <translation>Die Abrufe pro Objektart konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>cw::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>No sync has run yet</source>
        <translation>Noch keine Synchronisation gelaufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Each connected system&apos;s health, the last pull of every kind of record, and every sync run with what it read, created, updated, skipped and failed. Select a run to see its log.</source>
        <translation>Der Zustand jedes verbundenen Systems, der letzte Abruf jeder Datensatzart und jeder Synchronisationslauf mit dem, was er gelesen, angelegt, aktualisiert und übersprungen hat und was fehlgeschlagen ist. Wählen Sie einen Lauf aus, um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Each sync with Odoo, the CRM or the staffing platform will be listed here with its counts and outcome. Connect a system in Settings, then press Sync now.</source>
        <translation>Jede Synchronisation mit Odoo, dem CRM oder der Staffing-Plattform wird hier mit ihren Zahlen und ihrem Ergebnis aufgeführt. Verbinden Sie unter „Einstellungen“ ein System und wählen Sie dann „Jetzt synchronisieren“.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Run every flow now; the arrow runs one flow (%1)</source>
        <translation>Jetzt alle Abläufe ausführen; der Pfeil führt einen einzelnen Ablauf aus (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running sync; what is done stays done (Esc)</source>
        <translation>Die laufende Synchronisation anhalten; bereits Erledigtes bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Pulls by kind of record</source>
        <translation>Abrufe nach Datensatzart</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Select a run to see its log.</source>
        <translation>Wählen Sie einen Lauf aus, um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>Log of the run started %1</source>
        <translation>Protokoll des Laufs, gestartet %1</translation>
    </message>
    <message>
        <source>There is no Odoo connection to sync with. Add one in Settings &gt; Connections.</source>
        <translation>Es gibt keine Odoo-Verbindung für die Synchronisation. Fügen Sie unter Einstellungen &gt; Verbindungen eine hinzu.</translation>
    </message>
    <message>
        <source>Reading the Odoo key from the keychain…</source>
        <translation>Der Odoo-Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The Odoo key could not be read from the keychain. %1</source>
        <translation>Der Odoo-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation>Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisation abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync finished with problems; see the Sync page.</source>
        <translation>Synchronisation mit Problemen abgeschlossen; siehe Seite „Synchronisation“.</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Offen bis %1</translation>
    </message>
    <message>
        <source>Half-open: the next call tests it</source>
        <translation>Halb offen: Der nächste Aufruf prüft ihn</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Schedule while Crosswalk is open</source>
        <translation>Zeitplan, solange Crosswalk geöffnet ist</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Sync schedule</source>
        <translation>Synchronisierungsplan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>when asked</source>
        <translation>auf Anforderung</translation>
    </message>
    <message>
        <source>Minutes between runs of %1</source>
        <translation>Minuten zwischen den Läufen von %1</translation>
    </message>
    <message>
        <source>How often %1 runs by itself while Crosswalk is open; at least %2 minutes, 0 for only when you press Sync now</source>
        <translation>Wie oft %1 von selbst läuft, solange Crosswalk geöffnet ist; mindestens %2 Minuten, 0 nur, wenn Sie „Jetzt synchronisieren“ drücken</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no Odoo connection</source>
        <translation>keine Odoo-Verbindung</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row when it last changed. The last one: %1</source>
        <translation>
            <numerusform>%n Fehler in Folge bei der letzten Änderung. Der letzte: %1</numerusform>
            <numerusform>%n Fehler in Folge bei der letzten Änderung. Der letzte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keiner erfasst</translation>
    </message>
    <message>
        <source>The latest pull read %1 records: %2 new, %3 changed, %4 failed.</source>
        <translation>Der letzte Abruf hat %1 Datensätze gelesen: %2 neu, %3 geändert, %4 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>cw::SyncRunLog</name>
    <message>
        <source>The sync run could not be recorded.</source>
        <translation>Der Synchronisationslauf konnte nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>The sync run counts could not be saved.</source>
        <translation>Die Zahlen des Synchronisationslaufs konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The sync event could not be recorded.</source>
        <translation>Das Synchronisationsereignis konnte nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>The sync run could not be closed.</source>
        <translation>Der Synchronisationslauf konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Interrupted: Crosswalk ended before this run did (closed, killed or crashed). The next sync checked in Odoo what it had left in flight, so nothing is sent twice.</source>
        <translation>Unterbrochen: Crosswalk wurde vor diesem Lauf beendet (geschlossen, abgebrochen oder abgestürzt). Die nächste Synchronisierung hat in Odoo geprüft, was noch unterwegs war, daher wird nichts doppelt gesendet.</translation>
    </message>
    <message>
        <source>The interrupted sync runs could not be closed.</source>
        <translation>Die unterbrochenen Synchronisierungsläufe konnten nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>cw::SyncSchedule</name>
    <message>
        <source>The sync schedule could not be read.</source>
        <translation>Der Synchronisierungsplan konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The sync schedule could not be saved.</source>
        <translation>Der Synchronisierungsplan konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The last sync runs could not be read.</source>
        <translation>Die letzten Synchronisierungsläufe konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>cw::SyncWorker</name>
    <message>
        <source>The systems could not be read.</source>
        <translation>Die Systeme konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Odoo system could not be added to the cache.</source>
        <translation>Das Odoo-System konnte nicht zum Cache hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Not started: the sync was cancelled.</source>
        <translation>Nicht gestartet: Die Synchronisation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Planning invoices from approved time</source>
        <translation>Rechnungen aus freigegebener Zeit werden geplant</translation>
    </message>
    <message>
        <source>%1 invoices planned from approved time (%2 placement-months unbilled, %3 already waiting).</source>
        <translation>%1 Rechnungen aus freigegebener Zeit geplant (%2 Einsatzmonate nicht abgerechnet, %3 warten bereits).</translation>
    </message>
    <message>
        <source>Pushing draft invoices to Odoo</source>
        <translation>Rechnungsentwürfe werden nach Odoo übertragen</translation>
    </message>
    <message>
        <source>Cancelled: %1 invoices pushed, %2 left for the next run.</source>
        <translation>Abgebrochen: %1 Rechnungen übertragen, %2 bleiben für den nächsten Lauf.</translation>
    </message>
    <message>
        <source>%1 invoices in Odoo (%2 found there after an interruption), %3 need a person, %4 wait for a retry; %5 requests to Odoo.</source>
        <translation>%1 Rechnungen in Odoo (%2 davon nach einer Unterbrechung dort vorgefunden), %3 brauchen eine Person, %4 warten auf einen Neuversuch; %5 Anfragen an Odoo.</translation>
    </message>
    <message>
        <source>Reading invoices from Odoo</source>
        <translation>Rechnungen werden aus Odoo gelesen</translation>
    </message>
    <message>
        <source>%1 invoices read from Odoo, %2 changed in the cache.</source>
        <translation>%1 Rechnungen aus Odoo gelesen, %2 im Cache geändert.</translation>
    </message>
    <message>
        <source>Planning customers to create in Odoo</source>
        <translation>Anzulegende Kunden für Odoo werden geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without an Odoo partner planned.</source>
        <translation>
            <numerusform>%n Kunde ohne Odoo-Partner geplant.</numerusform>
            <numerusform>%n Kunden ohne Odoo-Partner geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating customers in Odoo</source>
        <translation>Kunden werden in Odoo angelegt</translation>
    </message>
    <message>
        <source>Cancelled: %1 customers created in Odoo, %2 left for the next run.</source>
        <translation>Abgebrochen: %1 Kunden in Odoo angelegt, %2 für den nächsten Lauf übrig.</translation>
    </message>
    <message>
        <source>%1 customers created in Odoo, %2 found there already, %3 need a person, %4 wait for a retry; %5 invoices queued again; %6 requests to Odoo.</source>
        <translation>%1 Kunden in Odoo angelegt, %2 dort bereits vorhanden, %3 brauchen eine Person, %4 warten auf einen erneuten Versuch; %5 Rechnungen erneut eingereiht; %6 Anfragen an Odoo.</translation>
    </message>
    <message>
        <source>Planning invoices from billable expenses</source>
        <translation>Rechnungen aus abrechenbaren Auslagen werden geplant</translation>
    </message>
    <message>
        <source>%1 invoices planned from billable expenses (%2 placement-months unbilled, %3 already waiting).</source>
        <translation>%1 Rechnungen aus abrechenbaren Auslagen geplant (%2 Einsatzmonate nicht abgerechnet, %3 warten bereits).</translation>
    </message>
    <message>
        <source>Planning projects of won deals</source>
        <translation>Projekte aus gewonnenen Deals werden geplant</translation>
    </message>
    <message>
        <source>Planning billing setups of placements</source>
        <translation>Abrechnungseinrichtungen von Einsätzen werden geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) to create or update in Odoo planned.</source>
        <translation>
            <numerusform>%n Projekt zum Anlegen oder Aktualisieren in Odoo geplant.</numerusform>
            <numerusform>%n Projekte zum Anlegen oder Aktualisieren in Odoo geplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement setup(s) to create or update in Odoo planned.</source>
        <translation>
            <numerusform>%n Einsatzeinrichtung zum Anlegen oder Aktualisieren in Odoo geplant.</numerusform>
            <numerusform>%n Einsatzeinrichtungen zum Anlegen oder Aktualisieren in Odoo geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing projects to Odoo</source>
        <translation>Projekte werden nach Odoo geschrieben</translation>
    </message>
    <message>
        <source>Writing billing setups to Odoo</source>
        <translation>Abrechnungseinrichtungen werden nach Odoo geschrieben</translation>
    </message>
    <message>
        <source>Cancelled: %1 written to Odoo, %2 left for the next run.</source>
        <translation>Abgebrochen: %1 nach Odoo geschrieben, %2 bleiben für den nächsten Lauf.</translation>
    </message>
    <message>
        <source>%1 created in Odoo, %2 updated, %3 need a person, %4 wait for a retry; %5 requests to Odoo.</source>
        <translation>%1 in Odoo angelegt, %2 aktualisiert, %3 brauchen eine Person, %4 warten auf einen Neuversuch; %5 Anfragen an Odoo.</translation>
    </message>
    <message>
        <source>%1 invoices and %2 payments read from Odoo; %3 invoices changed, %4 payments new, %5 changed and %6 removed (deleted in Odoo) in the cache.</source>
        <translation>%1 Rechnungen und %2 Zahlungen aus Odoo gelesen; im Cache %3 Rechnungen geändert, %4 Zahlungen neu, %5 geändert und %6 entfernt (in Odoo gelöscht).</translation>
    </message>
</context>
<context>
    <name>cw::SystemCircuit</name>
    <message>
        <source>Odoo failed again and again until recently, so Crosswalk waits until %1 before it pushes again.</source>
        <translation>Odoo ist bis vor Kurzem immer wieder fehlgeschlagen, daher wartet Crosswalk bis %1, bevor es wieder überträgt.</translation>
    </message>
    <message>
        <source>Odoo keeps failing, so Crosswalk pauses pushing for %1 s before it tries again.</source>
        <translation>Odoo schlägt weiterhin fehl, daher pausiert Crosswalk die Übertragung %1 s, bevor es erneut versucht.</translation>
    </message>
</context>
<context>
    <name>cw::SystemConfig</name>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>CRM (HubSpot)</source>
        <translation>CRM (HubSpot)</translation>
    </message>
    <message>
        <source>Staffing platform (Bullhorn)</source>
        <translation>Staffing-Plattform (Bullhorn)</translation>
    </message>
    <message>
        <source>File import</source>
        <translation>Dateiimport</translation>
    </message>
</context>
<context>
    <name>cw::SystemRepository</name>
    <message>
        <source>The cache holds a system of unknown kind.</source>
        <translation>Der Cache enthält ein System unbekannter Art.</translation>
    </message>
    <message>
        <source>The connection could not be read from the cache.</source>
        <translation>Die Verbindung konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The connection no longer exists; it may have been removed meanwhile.</source>
        <translation>Die Verbindung existiert nicht mehr; sie wurde möglicherweise inzwischen entfernt.</translation>
    </message>
    <message>
        <source>system id %1</source>
        <translation>System-ID %1</translation>
    </message>
    <message>
        <source>Enter the address (URL) of %1.</source>
        <translation>Geben Sie die Adresse (URL) von %1 ein.</translation>
    </message>
    <message>
        <source>%1 is not a web address. Enter an address starting with https://, for example https://example.com.</source>
        <translation>%1 ist keine Webadresse. Geben Sie eine Adresse ein, die mit https:// beginnt, zum Beispiel https://example.com.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address. Enter them in the login and secret fields, which keep the secret in the keychain.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Adresse. Geben Sie sie in die Felder für Anmeldename und Geheimnis ein, die das Geheimnis im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <source>Use https for %1. Unencrypted http is only allowed for this computer (localhost, 127.0.0.1 or ::1), such as the Crosswalk sandbox.</source>
        <translation>Verwenden Sie https für %1. Unverschlüsseltes http ist nur für diesen Computer erlaubt (localhost, 127.0.0.1 oder ::1), etwa für die Crosswalk-Sandbox.</translation>
    </message>
    <message>
        <source>The connections could not be read from the cache.</source>
        <translation>Die Verbindungen konnten nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The connection could not be saved in the cache.</source>
        <translation>Die Verbindung konnte nicht im Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>The kind of a connection cannot be changed. Add a new connection instead.</source>
        <translation>Die Art einer Verbindung kann nicht geändert werden. Fügen Sie stattdessen eine neue Verbindung hinzu.</translation>
    </message>
    <message>
        <source>The connection could not be removed from the cache.</source>
        <translation>Die Verbindung konnte nicht aus dem Cache entfernt werden.</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database.</source>
        <translation>Geben Sie den Namen der Odoo-Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the login of the user Crosswalk signs in as.</source>
        <translation>Geben Sie den Anmeldenamen des Benutzers ein, als der sich Crosswalk anmeldet.</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID issued for the staffing platform.</source>
        <translation>Geben Sie die für die Staffing-Plattform ausgestellte OAuth-Client-ID ein.</translation>
    </message>
    <message>
        <source>The connection could not be checked against the cache.</source>
        <translation>Die Verbindung konnte nicht mit dem Cache abgeglichen werden.</translation>
    </message>
    <message>
        <source>A connection named %1 already exists. Choose another name.</source>
        <translation>Eine Verbindung namens %1 existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>cw::TableExporter</name>
    <message>
        <source>The list could not be read from the cache.</source>
        <translation>Die Liste konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>cw::TablePage</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only rows containing every word typed here. Put a phrase in double quotes.</source>
        <translation>Nur Zeilen anzeigen, die jedes hier eingegebene Wort enthalten. Setzen Sie eine Wortgruppe in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching record(s)</source>
        <translation>
            <numerusform>%Ln passender Datensatz</numerusform>
            <numerusform>%Ln passende Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching records</source>
        <translation>Keine passenden Datensätze</translation>
    </message>
    <message>
        <source>Nothing here contains “%1”. Check the spelling, use fewer words, or clear the filter to see every record.</source>
        <translation>Nichts hier enthält „%1“. Prüfen Sie die Schreibweise, verwenden Sie weniger Wörter oder leeren Sie den Filter, um alle Datensätze zu sehen.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>This list could not be loaded. %1 Press F5 to try again.</source>
        <translation>Diese Liste konnte nicht geladen werden. %1 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%Ln Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV file (Excel, LibreOffice)…</source>
        <translation>CSV-Datei (Excel, LibreOffice)…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel-Arbeitsmappe (.xlsx)…</translation>
    </message>
    <message>
        <source>Save the rows shown, in this order, as a CSV file or an Excel workbook</source>
        <translation>Die angezeigten Zeilen in dieser Reihenfolge als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>cw::TabularFile</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not a text or spreadsheet export.</source>
        <translation>%1 sieht wie eine Binärdatei aus, nicht wie ein Text- oder Tabellenexport.</translation>
    </message>
</context>
<context>
    <name>cw::TimeAfterEndRule</name>
    <message>
        <source>Time after the placement ended</source>
        <translation>Zeit nach Ende des Einsatzes</translation>
    </message>
    <message>
        <source>Approved time worked after the end date of its placement, invoiced or not: either the placement was extended without updating its end date, or the time is booked on the wrong placement.</source>
        <translation>Freigegebene Zeit, die nach dem Enddatum ihres Einsatzes gearbeitet wurde, ob abgerechnet oder nicht: Entweder wurde der Einsatz verlängert, ohne das Enddatum anzupassen, oder die Zeit ist auf den falschen Einsatz gebucht.</translation>
    </message>
    <message>
        <source>%1 of approved time from %2 on, after the end date %3.</source>
        <translation>%1 freigegebene Zeit ab %2, nach dem Enddatum %3.</translation>
    </message>
</context>
<context>
    <name>cw::TimeWithoutCustomerLinkRule</name>
    <message>
        <source>Approved time of an unmapped customer</source>
        <translation>Freigegebene Zeit eines nicht zugeordneten Kunden</translation>
    </message>
    <message>
        <source>Approved, billable time not yet invoiced for a customer that is not linked in the crosswalk (or a placement that names no customer), so no Odoo customer can be invoiced for it.</source>
        <translation>Freigegebene, abrechenbare, noch nicht abgerechnete Zeit für einen Kunden, der im Crosswalk nicht verknüpft ist (oder für einen Einsatz ohne Kunden), sodass dafür kein Odoo-Kunde eine Rechnung erhalten kann.</translation>
    </message>
    <message>
        <source>%1 of approved time since %2 is on a placement without a customer.</source>
        <translation>%1 freigegebene Zeit seit %2 liegt auf einem Einsatz ohne Kunden.</translation>
    </message>
    <message>
        <source>%1 of approved time since %2 waits for this customer to be linked.</source>
        <translation>%1 freigegebene Zeit seit %2 wartet darauf, dass dieser Kunde verknüpft wird.</translation>
    </message>
</context>
<context>
    <name>cw::TimeWithoutRateRule</name>
    <message>
        <source>Approved time without a rate</source>
        <translation>Freigegebene Zeit ohne Satz</translation>
    </message>
    <message>
        <source>Approved, billable time not yet invoiced whose placement has no bill rate for the work date, or that belongs to no placement. It cannot be invoiced until the placement has a rate.</source>
        <translation>Freigegebene, abrechenbare, noch nicht abgerechnete Zeit, deren Einsatz für das Arbeitsdatum keinen Verrechnungssatz hat oder die zu keinem Einsatz gehört. Sie kann erst abgerechnet werden, wenn der Einsatz einen Satz hat.</translation>
    </message>
    <message>
        <source>%1 of approved time on %2 belongs to no placement.</source>
        <translation>%1 freigegebene Zeit am %2 gehört zu keinem Einsatz.</translation>
    </message>
    <message>
        <source>%1 of approved time since %2 has no bill rate on its placement.</source>
        <translation>%1 freigegebene Zeit seit %2 hat keinen Verrechnungssatz auf ihrem Einsatz.</translation>
    </message>
</context>
<context>
    <name>cw::UnmatchedPage</name>
    <message>
        <source>Unmatched customers</source>
        <translation>Nicht zugeordnete Kunden</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Customer records that are not linked to any customer in the crosswalk. Their approved hours and open invoices cannot be billed or chased in Odoo until they are linked, so the most valuable come first, each with the most similar record of another system.</source>
        <translation>Kundendatensätze, die mit keinem Kunden im Crosswalk verknüpft sind. Ihre freigegebenen Stunden und offenen Rechnungen können in Odoo erst abgerechnet bzw. gemahnt werden, wenn sie verknüpft sind; daher stehen die wertvollsten oben, jeweils mit dem ähnlichsten Datensatz eines anderen Systems.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>Beliebiger Wert</translation>
    </message>
    <message>
        <source>Only records with at least this much unbilled time and open invoices</source>
        <translation>Nur Datensätze mit mindestens diesem Wert an nicht abgerechneter Zeit und offenen Rechnungen</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Letzte Aktivität:</translation>
    </message>
    <message>
        <source>Value at stake from:</source>
        <translation>Gefährdeter Wert ab:</translation>
    </message>
    <message>
        <source>Link to near miss</source>
        <translation>Mit Beinahe-Treffer verknüpfen</translation>
    </message>
    <message>
        <source>Link the record to its best near miss (Enter)</source>
        <translation>Den Datensatz mit seinem besten Beinahe-Treffer verknüpfen (Enter)</translation>
    </message>
    <message>
        <source>Link to customer…</source>
        <translation>Mit Kunden verknüpfen…</translation>
    </message>
    <message>
        <source>Search for the customer the record belongs to</source>
        <translation>Nach dem Kunden suchen, zu dem der Datensatz gehört</translation>
    </message>
    <message>
        <source>Create in Odoo</source>
        <translation>In Odoo anlegen</translation>
    </message>
    <message>
        <source>Queue the creation of this customer as a partner in Odoo; the next sync pushes it</source>
        <translation>Das Anlegen dieses Kunden als Partner in Odoo einreihen; die nächste Synchronisation überträgt ihn</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Mark the selected records as not a customer (test accounts, suppliers); they leave this list and matching</source>
        <translation>Die ausgewählten Datensätze als „Kein Kunde“ markieren (Testkonten, Lieferanten); sie verlassen diese Liste und den Abgleich</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>No unmatched records here</source>
        <translation>Keine nicht zugeordneten Datensätze</translation>
    </message>
    <message>
        <source>Every customer record that passes the filters belongs to a customer in the crosswalk. Records that matching cannot place with confidence appear here after a sync, with the value waiting on them.</source>
        <translation>Jeder Kundendatensatz, der den Filtern entspricht, gehört zu einem Kunden im Crosswalk. Datensätze, die der Abgleich nicht sicher zuordnen kann, erscheinen hier nach einer Synchronisation, zusammen mit dem Wert, der an ihnen hängt.</translation>
    </message>
    <message>
        <source>No records marked as not a customer</source>
        <translation>Keine Datensätze als „Kein Kunde“ markiert</translation>
    </message>
    <message>
        <source>Records marked &quot;Not a customer&quot; (test accounts, suppliers, prospects) are kept here and take no part in matching.</source>
        <translation>Als „Kein Kunde“ markierte Datensätze (Testkonten, Lieferanten, Interessenten) werden hier aufbewahrt und nehmen nicht am Abgleich teil.</translation>
    </message>
    <message>
        <source>Is a customer</source>
        <translation>Ist ein Kunde</translation>
    </message>
    <message>
        <source>The selected records have no near miss; link them to a customer found by search.</source>
        <translation>Die ausgewählten Datensätze haben keinen Beinahe-Treffer; verknüpfen Sie sie mit einem Kunden, den Sie über die Suche finden.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n record(s) to their near miss.</source>
        <translation>
            <numerusform>%n Datensatz mit seinem Beinahe-Treffer verknüpft.</numerusform>
            <numerusform>%n Datensätze mit ihren Beinahe-Treffern verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued: the next sync creates the customer in Odoo. Follow it on the Sync page.</source>
        <translation>Eingereiht: Die nächste Synchronisation legt den Kunden in Odoo an. Verfolgen Sie den Vorgang auf der Seite „Synchronisation“.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n record(s) as not a customer.</source>
        <translation>
            <numerusform>%n Datensatz als „Kein Kunde“ markiert.</numerusform>
            <numerusform>%n Datensätze als „Kein Kunde“ markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are customers again.</source>
        <translation>
            <numerusform>%n Datensatz ist wieder ein Kunde.</numerusform>
            <numerusform>%n Datensätze sind wieder Kunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::UnmatchedPaymentRule</name>
    <message>
        <source>Payment not matched to an invoice</source>
        <translation>Zahlung keiner Rechnung zugeordnet</translation>
    </message>
    <message>
        <source>A payment received that is not allocated to any invoice, so the customer&apos;s open invoices look unpaid.</source>
        <translation>Ein Zahlungseingang, der keiner Rechnung zugeordnet ist, sodass die offenen Rechnungen des Kunden unbezahlt erscheinen.</translation>
    </message>
    <message>
        <source>Payment %1 of %2 received on %3 is not allocated to an invoice.</source>
        <translation>Die Zahlung %1 über %2 vom %3 ist keiner Rechnung zugeordnet.</translation>
    </message>
</context>
<context>
    <name>cw::XlsxReader</name>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>%1 ist keine lesbare Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>der Teil %1 fehlt</translation>
    </message>
    <message>
        <source>the part %1 is too large or unreadable</source>
        <translation>der Teil %1 ist zu groß oder nicht lesbar</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation>der Teil %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>der Teil %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>die Arbeitsmappe hat kein Tabellenblatt</translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation>kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>The workbook has no sheet called %1.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt namens %1.</translation>
    </message>
</context>
<context>
    <name>cw::XlsxSheetWriter</name>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>a worksheet holds at most %1 rows; export to CSV instead</source>
        <translation>ein Tabellenblatt fasst höchstens %1 Zeilen; exportieren Sie stattdessen als CSV</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>die fertige Datei konnte nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
</TS>
