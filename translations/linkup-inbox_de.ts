<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was not accepted or has no credits left. Check your API key.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert oder hat kein Guthaben mehr. Prüfen Sie Ihren API-Schlüssel.</translation>
    </message>
    <message>
        <source>Your LinkedIn login has expired. Log in again.</source>
        <translation>Ihre LinkedIn-Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the login.</source>
        <translation>LinkedIn hat die Anmeldung nicht akzeptiert.</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the login: %1</source>
        <translation>LinkedIn hat die Anmeldung nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Too many requests for now. Wait a minute, then try again.</source>
        <translation>Im Moment zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server refused the request. This is a bug in Linkup Inbox; please report it.</source>
        <translation>Der Server hat die Anfrage abgelehnt. Das ist ein Fehler in Linkup Inbox; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The server refused the request (%1). This is a bug in Linkup Inbox; please report it.</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1). Das ist ein Fehler in Linkup Inbox; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The LinkupAPI server had a problem. Try again in a moment.</source>
        <translation>Beim LinkupAPI-Server ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server took too long to send its answer, so Linkup Inbox stopped waiting. Try again later.</source>
        <translation>Der Server hat zu lange für seine Antwort gebraucht, daher wartet Linkup Inbox nicht länger. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent far more data than an answer can hold, so Linkup Inbox stopped reading it.</source>
        <translation>Der Server hat weit mehr Daten gesendet, als eine Antwort enthalten kann, daher liest Linkup Inbox nicht weiter.</translation>
    </message>
    <message>
        <source>The server sent a reply that Linkup Inbox could not read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Linkup Inbox nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The server keeps sending what is already shown; stopped to save credits.</source>
        <translation>Der Server sendet immer wieder, was schon angezeigt wird; angehalten, um Credits zu sparen.</translation>
    </message>
    <message>
        <source>The server sent Linkup Inbox elsewhere (HTTP %1); it does not follow such redirects.</source>
        <translation>Der Server hat Linkup Inbox anderswohin umgeleitet (HTTP %1); solchen Umleitungen folgt die App nicht.</translation>
    </message>
    <message>
        <source>Not sent: this would pass your daily credit budget.</source>
        <translation>Nicht gesendet: Das würde Ihr tägliches Credit-Budget überschreiten.</translation>
    </message>
</context>
<context>
    <name>AuthParser</name>
    <message>
        <source>LinkedIn ended this login attempt. Start again.</source>
        <translation>LinkedIn hat diesen Anmeldeversuch beendet. Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>That code did not work. Check the latest email from LinkedIn and try again.</source>
        <translation>Dieser Code hat nicht funktioniert. Prüfen Sie die neueste E-Mail von LinkedIn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-Mail-Adresse oder Passwort falsch.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Linkup Inbox: your LinkedIn inbox through LinkupAPI.
Credentials for a session come from LINKUP_API_KEY and LINKUP_LOGIN_TOKEN.</source>
        <translation>Linkup Inbox: Ihre LinkedIn-Nachrichten über LinkupAPI.
Die Zugangsdaten einer Sitzung kommen aus LINKUP_API_KEY und LINKUP_LOGIN_TOKEN.</translation>
    </message>
    <message>
        <source>Show the built-in demo inbox (no account needed).</source>
        <translation>Das eingebaute Demo-Postfach zeigen (kein Konto nötig).</translation>
    </message>
    <message>
        <source>LinkupAPI address (https; http only for loopback).</source>
        <translation>Adresse von LinkupAPI (https; http nur für diesen Rechner).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Proxy country: %1.</source>
        <translation>Land des Proxys: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>country code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Tab to open: INBOX, INMAIL, JOB or UNREAD.</source>
        <translation>Zu öffnender Tab: INBOX (Nachrichten), INMAIL, JOB (Jobs) oder UNREAD (Ungelesen).</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>tab name</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Conversations per request, 10 to 25 (rounded to 10 or 20: the API bills per 10).</source>
        <translation>Unterhaltungen pro Anfrage, 10 bis 25 (gerundet auf 10 oder 20: die API rechnet pro 10 ab).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Language of this run, e.g. fr, de, es or en (default: the system&apos;s).</source>
        <translation>Sprache dieses Aufrufs, z. B. fr, de, es oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--demo uses its own server; leave out --api-base.</source>
        <translation>--demo verwendet einen eigenen Server; lassen Sie --api-base weg.</translation>
    </message>
    <message>
        <source>Unknown country “%1”. Use one of: %2.</source>
        <translation>Unbekanntes Land „%1“. Verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Unknown category “%1”. Use INBOX, INMAIL, JOB or UNREAD.</source>
        <translation>Unbekannte Kategorie „%1“. Verwenden Sie INBOX, INMAIL, JOB oder UNREAD.</translation>
    </message>
    <message>
        <source>--page-size needs a number from 10 to 25, not “%1”.</source>
        <translation>--page-size erwartet eine Zahl von 10 bis 25, nicht „%1“.</translation>
    </message>
    <message>
        <source>Using a page size of %1: the API bills per started 10 results.</source>
        <translation>Seitengröße %1 wird verwendet: Die API rechnet je angefangene 10 Ergebnisse ab.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use a code such as fr, de, es or en.</source>
        <translation>Unbekannte Sprache „%1“. Verwenden Sie einen Code wie fr, de, es oder en.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Log in with my LinkedIn email and password</source>
        <translation>Mit meiner LinkedIn-E-Mail-Adresse und meinem Passwort anmelden</translation>
    </message>
    <message>
        <source>Use a login token I already have</source>
        <translation>Ein vorhandenes Login-Token verwenden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect your account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Your LinkupAPI key</source>
        <translation>Ihr LinkupAPI-Schlüssel</translation>
    </message>
    <message>
        <source>Linkup Inbox reads your inbox through LinkupAPI, with your LinkupAPI key.</source>
        <translation>Linkup Inbox liest Ihre Nachrichten über LinkupAPI, mit Ihrem LinkupAPI-Schlüssel.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Proxy c&amp;ountry:</source>
        <translation>Proxy-&amp;Land:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Login token:</source>
        <translation>Login-&amp;Token:</translation>
    </message>
    <message>
        <source>Your password is sent once to LinkupAPI to log in to LinkedIn and is not stored anywhere.</source>
        <translation>Ihr Passwort wird einmal an LinkupAPI gesendet, um Sie bei LinkedIn anzumelden, und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>Bestätigungs&amp;code:</translation>
    </message>
    <message>
        <source>Your API key and login token will be kept in the system keychain.</source>
        <translation>Ihr API-Schlüssel und Ihr Login-Token werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available: your API key and login token will be kept only until you quit.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Ihr API-Schlüssel und Ihr Login-Token werden nur bis zum Beenden aufbewahrt.</translation>
    </message>
    <message>
        <source>Logging in to LinkedIn…</source>
        <translation>Anmeldung bei LinkedIn…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>LinkedIn sent a verification code to %1. Type it here.</source>
        <translation>LinkedIn hat einen Bestätigungscode an %1 gesendet. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Type your password again</source>
        <translation>Geben Sie Ihr Passwort erneut ein</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <source>&amp;Open Profile</source>
        <translation>&amp;Profil öffnen</translation>
    </message>
    <message>
        <source>Copy Profile &amp;Link</source>
        <translation>Profil&amp;link kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Last Message</source>
        <translation>Letzte &amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>This conversation has no profile link.</source>
        <translation>Diese Unterhaltung hat keinen Profillink.</translation>
    </message>
    <message>
        <source>Not opening “%1”: only https links to linkedin.com are opened.</source>
        <translation>„%1“ wird nicht geöffnet: Nur https-Links zu linkedin.com werden geöffnet.</translation>
    </message>
    <message>
        <source>Could not open the browser.</source>
        <translation>Der Browser konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Profile link copied</source>
        <translation>Profillink kopiert</translation>
    </message>
    <message>
        <source>Last message copied</source>
        <translation>Letzte Nachricht kopiert</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>You: </source>
        <translation>Sie: </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (API code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>No system keychain is available: your API key and login token will be kept only until you quit.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Ihr API-Schlüssel und Ihr Login-Token werden nur bis zum Beenden aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CreditLedger</name>
    <message numerus="yes">
        <source>Not sent: this would pass your daily budget of %n credit(s) (%1 spent today). Spend Anyway allows it until tomorrow; Settings change the budget.</source>
        <translation>
            <numerusform>Nicht gesendet: Das würde Ihr Tagesbudget von %n Credit überschreiten (heute %1 verbraucht). „Trotzdem ausgeben“ erlaubt es bis morgen; in den Einstellungen ändern Sie das Budget.</numerusform>
            <numerusform>Nicht gesendet: Das würde Ihr Tagesbudget von %n Credits überschreiten (heute %1 verbraucht). „Trotzdem ausgeben“ erlaubt es bis morgen; in den Einstellungen ändern Sie das Budget.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditText</name>
    <message numerus="yes">
        <source>about %n credit(s) this session</source>
        <translation>
            <numerusform>etwa %n Credit in dieser Sitzung</numerusform>
            <numerusform>etwa %n Credits in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n since connected</source>
        <translation>
            <numerusform>%n seit der Verbindung</numerusform>
            <numerusform>%n seit der Verbindung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n today</source>
        <translation>
            <numerusform>heute %1 von %n</numerusform>
            <numerusform>heute %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to LinkupAPI this session.</source>
        <translation>
            <numerusform>%n Anfrage an LinkupAPI in dieser Sitzung.</numerusform>
            <numerusform>%n Anfragen an LinkupAPI in dieser Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>LinkupAPI bills 1 credit for every 10 conversations or messages a list brings (a page of 20 costs 2), 1 for a message sent and 1 for a login step. Error answers cost 1 credit too; server errors and calls that got no answer cost nothing.</source>
        <translation>LinkupAPI berechnet 1 Credit je 10 Unterhaltungen oder Nachrichten, die eine Liste holt (eine Seite mit 20 kostet 2), 1 je gesendete Nachricht und 1 je Anmeldeschritt. Fehlerantworten kosten ebenfalls 1 Credit; Serverfehler und Aufrufe ohne Antwort kosten nichts.</translation>
    </message>
    <message>
        <source>These are the app&apos;s estimates; LinkupAPI&apos;s dashboard has the bill.</source>
        <translation>Das sind Schätzungen der App; maßgeblich ist das Dashboard von LinkupAPI.</translation>
    </message>
    <message numerus="yes">
        <source>Daily budget: %n credit(s). A call that would pass it asks first.</source>
        <translation>
            <numerusform>Tagesbudget: %n Credit. Ein Aufruf, der es überschreiten würde, fragt zuerst.</numerusform>
            <numerusform>Tagesbudget: %n Credits. Ein Aufruf, der es überschreiten würde, fragt zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Wrote last</source>
        <translation>Zuletzt geschrieben von</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export Conversations</source>
        <translation>Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1</source>
        <translation>
            <numerusform>%n Unterhaltung nach %1 exportiert</numerusform>
            <numerusform>%n Unterhaltungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be written to %1: %2</source>
        <translation>Die Unterhaltungen konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Connect Your Account…</source>
        <translation>Konto verbinden…</translation>
    </message>
    <message>
        <source>This is the demo inbox: its people and messages are made up.</source>
        <translation>Dies ist das Demo-Postfach: Personen und Nachrichten darin sind erfunden.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Log In Again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Change API Key…</source>
        <translation>API-Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Spend Anyway</source>
        <translation>Trotzdem ausgeben</translation>
    </message>
</context>
<context>
    <name>InboxCategory</name>
    <message>
        <source>Inbox</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>InboxList</name>
    <message>
        <source>Waiting on Me</source>
        <translation>Warten auf mich</translation>
    </message>
    <message>
        <source>Waiting on Them</source>
        <translation>Warten auf Antwort</translation>
    </message>
</context>
<context>
    <name>InboxSession</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>InboxSync</name>
    <message>
        <source>The server keeps sending conversations already shown; stopped to save credits.</source>
        <translation>Der Server sendet immer wieder Unterhaltungen, die schon angezeigt werden; angehalten, um Credits zu sparen.</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>%1 conversations</source>
        <translation>Unterhaltungen – %1</translation>
    </message>
    <message>
        <source>Loading more conversations</source>
        <translation>Weitere Unterhaltungen werden geladen</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen…</translation>
    </message>
    <message>
        <source>Load More from LinkedIn</source>
        <translation>Mehr von LinkedIn laden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations and their messages</source>
        <translation>
            <numerusform>%n Treffer in %1 gespeicherten Unterhaltungen und ihren Nachrichten</numerusform>
            <numerusform>%n Treffer in %1 gespeicherten Unterhaltungen und ihren Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations</source>
        <translation>
            <numerusform>%n Treffer in %1 gespeicherten Unterhaltungen</numerusform>
            <numerusform>%n Treffer in %1 gespeicherten Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks LinkedIn for the next %n conversation(s): %1</source>
        <translation>
            <numerusform>Fragt LinkedIn nach %n weiteren Unterhaltung: %1</numerusform>
            <numerusform>Fragt LinkedIn nach %n weiteren Unterhaltungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing conversations from %1</source>
        <translation>Offline – zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>Offline — showing the saved conversations</source>
        <translation>Offline – gespeicherte Unterhaltungen</translation>
    </message>
    <message>
        <source>There are newer conversations than a refresh brings in at once; some may be missing between them and the ones below.</source>
        <translation>Es gibt mehr neue Unterhaltungen, als eine Aktualisierung auf einmal holt; zwischen ihnen und den folgenden können einige fehlen.</translation>
    </message>
    <message>
        <source>Load Them</source>
        <translation>Laden</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on you</source>
        <translation>
            <numerusform>%n Unterhaltung wartet auf Sie</numerusform>
            <numerusform>%n Unterhaltungen warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on them</source>
        <translation>
            <numerusform>%n Unterhaltung wartet auf Antwort</numerusform>
            <numerusform>%n Unterhaltungen warten auf Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n Unterhaltung geladen</numerusform>
            <numerusform>%n Unterhaltungen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded, loading more…</source>
        <translation>
            <numerusform>%n Unterhaltung geladen, weitere werden geladen…</numerusform>
            <numerusform>%n Unterhaltungen geladen, weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded; the next page could not be loaded</source>
        <translation>
            <numerusform>%n Unterhaltung geladen; die nächste Seite konnte nicht geladen werden</numerusform>
            <numerusform>%n Unterhaltungen geladen; die nächste Seite konnte nicht geladen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n conversation(s) loaded: end of the list</source>
        <translation>
            <numerusform>%n Unterhaltung geladen: Ende der Liste</numerusform>
            <numerusform>Alle %n Unterhaltungen geladen: Ende der Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>No conversations in your inbox</source>
        <translation>Keine Unterhaltungen in Ihren Nachrichten</translation>
    </message>
    <message>
        <source>No InMail conversations</source>
        <translation>Keine InMail-Unterhaltungen</translation>
    </message>
    <message>
        <source>No job conversations</source>
        <translation>Keine Unterhaltungen zu Jobs</translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation>Keine ungelesenen Unterhaltungen</translation>
    </message>
    <message>
        <source>Nobody is waiting for your answer</source>
        <translation>Niemand wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>You are not waiting for anybody&apos;s answer</source>
        <translation>Sie warten auf keine Antwort</translation>
    </message>
</context>
<context>
    <name>InboxTabs</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LinkupClient</name>
    <message>
        <source>This conversation could not be read: the server&apos;s answer holds no messages.</source>
        <translation>Diese Unterhaltung konnte nicht gelesen werden: Die Antwort des Servers enthält keine Nachrichten.</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Enter the email address and password of your LinkedIn account.</source>
        <translation>Geben Sie die E-Mail-Adresse und das Passwort Ihres LinkedIn-Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the code from the email LinkedIn sent you.</source>
        <translation>Geben Sie den Code aus der E-Mail ein, die LinkedIn Ihnen gesendet hat.</translation>
    </message>
    <message>
        <source>Enter your LinkupAPI key before logging in to LinkedIn.</source>
        <translation>Geben Sie Ihren LinkupAPI-Schlüssel ein, bevor Sie sich bei LinkedIn anmelden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>Der Demo-Server konnte nicht starten.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Linkup Inbox</source>
        <translation>Linkup Inbox</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>About Linkup Inbox</source>
        <translation>Über Linkup Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkup Inbox %1&lt;/h3&gt;&lt;p&gt;Your LinkedIn inbox through LinkupAPI, as a fast native app.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkup Inbox %1&lt;/h3&gt;&lt;p&gt;Ihre LinkedIn-Nachrichten über LinkupAPI, als schnelle native App.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>The server keeps sending messages already shown; stopped to save credits.</source>
        <translation>Der Server sendet immer wieder Nachrichten, die schon angezeigt werden; angehalten, um Credits zu sparen.</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
</context>
<context>
    <name>MessageRow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, sending</source>
        <translation>%1, %2, %3, wird gesendet</translation>
    </message>
    <message>
        <source>%1, %2, %3, sent</source>
        <translation>%1, %2, %3, gesendet</translation>
    </message>
    <message>
        <source>%1, %2, %3, not sent</source>
        <translation>%1, %2, %3, nicht gesendet</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Quit Linkup Inbox?</source>
        <translation>Linkup Inbox beenden?</translation>
    </message>
    <message>
        <source>A message is still being sent. If you quit now, it may or may not arrive; its text stays as a draft of its conversation.</source>
        <translation>Eine Nachricht wird noch gesendet. Wenn Sie jetzt beenden, kommt sie vielleicht an, vielleicht nicht; ihr Text bleibt als Entwurf in ihrer Unterhaltung.</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Sending</source>
        <translation>&amp;Weiter senden</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many: LinkedIn takes up to %1.</source>
        <translation>
            <numerusform>%n Zeichen zu viel: LinkedIn nimmt bis zu %1.</numerusform>
            <numerusform>%n Zeichen zu viel: LinkedIn nimmt bis zu %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too many</source>
        <translation>
            <numerusform>%n zu viel</numerusform>
            <numerusform>%n zu viel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>noch %n</numerusform>
            <numerusform>noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the message before is sent.</source>
        <translation>Warten Sie, bis die vorige Nachricht gesendet ist.</translation>
    </message>
    <message>
        <source>Return or %1</source>
        <translation>Eingabetaste oder %1</translation>
    </message>
    <message>
        <source>Send (%1): 1 credit</source>
        <translation>Senden (%1): 1 Credit</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Write a reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <source>This conversation names no profile to send a reply to.</source>
        <translation>Diese Unterhaltung nennt kein Profil, an das die Antwort gehen kann.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
</context>
<context>
    <name>ReplyEdit</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>RowAccessibleText</name>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>Sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message numerus="yes">
        <source>%n unread on LinkedIn, read here</source>
        <translation>
            <numerusform>%n ungelesen auf LinkedIn, hier gelesen</numerusform>
            <numerusform>%n ungelesen auf LinkedIn, hier gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>reply draft</source>
        <translation>Antwortentwurf</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search names, headlines and messages</source>
        <translation>Namen, Überschriften und Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <source>All conversations: every stored conversation of every list, and the messages of every conversation read before</source>
        <translation>Alle Unterhaltungen: jede gespeicherte Unterhaltung jeder Liste und die Nachrichten jeder bereits gelesenen Unterhaltung</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy &amp;country:</source>
        <translation>Proxy-&amp;Land:</translation>
    </message>
    <message>
        <source>LinkupAPI reaches LinkedIn through a proxy in this country. Pick the one where you usually sign in to LinkedIn.</source>
        <translation>LinkupAPI erreicht LinkedIn über einen Proxy in diesem Land. Wählen Sie das Land, in dem Sie sich gewöhnlich bei LinkedIn anmelden.</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;Refresh by itself:</source>
        <translation>Automatisch a&amp;ktualisieren:</translation>
    </message>
    <message>
        <source>When you come back to the window and the list is older than this, it asks for its first page again. F5 refreshes at any time.</source>
        <translation>Wenn Sie zum Fenster zurückkehren und die Liste älter ist, fragt sie ihre erste Seite erneut ab. F5 aktualisiert jederzeit.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Signing out removes your API key and login token from this computer. The settings stay.</source>
        <translation>Beim Abmelden werden Ihr API-Schlüssel und Ihr Login-Token von diesem Computer entfernt. Die Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Empty for LinkupAPI&apos;s own address. Only https addresses are used, or http on this computer (for the demo server).</source>
        <translation>Leer für die Adresse von LinkupAPI selbst. Nur https-Adressen werden verwendet, oder http auf diesem Computer (für den Demo-Server).</translation>
    </message>
    <message numerus="yes">
        <source>%1 conversations a page costs %n credit(s). LinkupAPI charges 1 credit for every 10 conversations.</source>
        <translation>
            <numerusform>Eine Seite mit %1 Unterhaltungen kostet %n Credit. LinkupAPI berechnet 1 Credit je 10 Unterhaltungen.</numerusform>
            <numerusform>Eine Seite mit %1 Unterhaltungen kostet %n Credits. LinkupAPI berechnet 1 Credit je 10 Unterhaltungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (only F5)</source>
        <translation>Nie (nur F5)</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Nach %n Minute</numerusform>
            <numerusform>Nach %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n credit(s) an hour</source>
        <translation>
            <numerusform>bis zu %n Credit pro Stunde</numerusform>
            <numerusform>bis zu %n Credits pro Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the API address</source>
        <translation>API-Adresse löschen</translation>
    </message>
    <message>
        <source>Re&amp;turn sends a reply</source>
        <translation>&amp;Eingabetaste sendet die Antwort</translation>
    </message>
    <message>
        <source>Show an icon in the s&amp;ystem tray</source>
        <translation>Symbol im Info&amp;bereich anzeigen</translation>
    </message>
    <message>
        <source>C&amp;losing the window keeps the app in the tray</source>
        <translation>Beim S&amp;chließen des Fensters bleibt die App im Infobereich</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>Bei neuen Nachrichten be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) a day</source>
        <translation>
            <numerusform>%n Credit pro Tag</numerusform>
            <numerusform>%n Credits pro Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily &amp;budget:</source>
        <translation>&amp;Tagesbudget:</translation>
    </message>
    <message>
        <source>A call that would pass it is not sent until you choose Spend Anyway, which lifts the budget for the rest of the day.</source>
        <translation>Ein Aufruf, der es überschreiten würde, wird erst gesendet, wenn Sie „Trotzdem ausgeben“ wählen; das hebt das Budget für den Rest des Tages auf.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Off: Ctrl+Return sends and Return starts a new line. On: Return sends and Shift+Return starts a new line. Each message costs 1 credit.</source>
        <translation>Aus: Strg+Eingabetaste sendet, die Eingabetaste beginnt eine neue Zeile. Ein: Die Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile. Jede Nachricht kostet 1 Credit.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>The tray icon shows the unread count; its menu shows the window, refreshes and quits. Notifications name the sender of a new message a refresh found; clicking one opens the conversation.</source>
        <translation>Das Symbol im Infobereich zeigt die Zahl der ungelesenen Nachrichten; sein Menü zeigt das Fenster, aktualisiert und beendet. Benachrichtigungen nennen den Absender einer neuen Nachricht, die eine Aktualisierung gefunden hat; ein Klick öffnet die Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>In the list and the conversation</source>
        <translation>In der Liste und der Unterhaltung</translation>
    </message>
    <message>
        <source>Previous or next conversation or message</source>
        <translation>Vorherige oder nächste Unterhaltung oder Nachricht</translation>
    </message>
    <message>
        <source>A screen up or down</source>
        <translation>Eine Bildschirmseite nach oben oder unten</translation>
    </message>
    <message>
        <source>First or last (End also loads more)</source>
        <translation>Erste oder letzte (Ende lädt auch weitere)</translation>
    </message>
    <message>
        <source>Between the list and the conversation</source>
        <translation>Zwischen Liste und Unterhaltung wechseln</translation>
    </message>
    <message>
        <source>Older messages (at the top of a conversation)</source>
        <translation>Ältere Nachrichten (oben in einer Unterhaltung)</translation>
    </message>
    <message>
        <source>Copy the current message (in the conversation)</source>
        <translation>Aktuelle Nachricht kopieren (in der Unterhaltung)</translation>
    </message>
    <message>
        <source>Open the conversation (narrow window)</source>
        <translation>Unterhaltung öffnen (schmales Fenster)</translation>
    </message>
    <message>
        <source>Back to the list (narrow window)</source>
        <translation>Zurück zur Liste (schmales Fenster)</translation>
    </message>
    <message>
        <source>Send the reply (in the reply box; Return too when set so)</source>
        <translation>Antwort senden (im Antwortfeld; auch die Eingabetaste, wenn so eingestellt)</translation>
    </message>
    <message>
        <source>A new line in the reply</source>
        <translation>Eine neue Zeile in der Antwort</translation>
    </message>
    <message>
        <source>Leave the reply box for the list, keeping the text</source>
        <translation>Vom Antwortfeld zur Liste, der Text bleibt</translation>
    </message>
    <message>
        <source>Search (in the list)</source>
        <translation>Suchen (in der Liste)</translation>
    </message>
    <message>
        <source>To the first match (in the search field)</source>
        <translation>Zum ersten Treffer (im Suchfeld)</translation>
    </message>
    <message>
        <source>End the search, back to the list</source>
        <translation>Suche beenden, zurück zur Liste</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>Linkup Inbox cannot save in %1, so this session keeps your conversations in memory only.</source>
        <translation>Linkup Inbox kann nicht in %1 speichern, daher behält diese Sitzung Ihre Unterhaltungen nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Your saved conversations could not be read, so Linkup Inbox set that file aside and starts afresh; they load again from LinkedIn.</source>
        <translation>Ihre gespeicherten Unterhaltungen konnten nicht gelesen werden, daher hat Linkup Inbox die Datei beiseitegelegt und beginnt neu; sie werden erneut von LinkedIn geladen.</translation>
    </message>
    <message>
        <source>Your saved conversations could not be read, so this session keeps them in memory only.</source>
        <translation>Ihre gespeicherten Unterhaltungen konnten nicht gelesen werden, daher behält diese Sitzung sie nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Linkup Inbox cannot write to its saved inbox (the disk may be full), so new conversations are kept in memory until you quit.</source>
        <translation>Linkup Inbox kann nicht in sein gespeichertes Postfach schreiben (vielleicht ist der Datenträger voll), daher bleiben neue Unterhaltungen bis zum Beenden im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Some saved conversations could not be read.</source>
        <translation>Einige gespeicherte Unterhaltungen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <source>Open &amp;Profile</source>
        <translation>&amp;Profil öffnen</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>&amp;Load Messages</source>
        <translation>Nachrichten &amp;laden</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Wählen Sie eine Unterhaltung, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>A conversation&apos;s messages load when you pick it with a click or the arrow keys.</source>
        <translation>Die Nachrichten einer Unterhaltung werden geladen, wenn Sie sie per Klick oder mit den Pfeiltasten wählen.</translation>
    </message>
    <message>
        <source>Loads the newest messages (1 credit)</source>
        <translation>Lädt die neuesten Nachrichten (1 Credit)</translation>
    </message>
    <message>
        <source>Loading older messages</source>
        <translation>Ältere Nachrichten werden geladen</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wk</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n Wo.</numerusform>
            <numerusform>%n Wo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Hide Linkup Inbox</source>
        <translation>Linkup Inbox &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show Linkup Inbox</source>
        <translation>Linkup Inbox an&amp;zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Linkup Inbox — %n unread</source>
        <translation>
            <numerusform>Linkup Inbox – %n ungelesen</numerusform>
            <numerusform>Linkup Inbox – %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkup Inbox</source>
        <translation>Linkup Inbox</translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Undo Mark</source>
        <translation>Markierung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Pre&amp;vious Unread</source>
        <translation>&amp;Vorherige ungelesene</translation>
    </message>
    <message>
        <source>Next &amp;Waiting on Me</source>
        <translation>Nächste, die auf &amp;mich wartet</translation>
    </message>
    <message>
        <source>Marked as done: %1</source>
        <translation>Als erledigt markiert: %1</translation>
    </message>
    <message>
        <source>Mark undone</source>
        <translation>Markierung rückgängig gemacht</translation>
    </message>
    <message>
        <source>No more conversations of that kind in this list</source>
        <translation>Keine weiteren Unterhaltungen dieser Art in dieser Liste</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as U&amp;nread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unread</source>
        <translation>&amp;Nächste ungelesene</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is allowed only for 127.0.0.1, ::1 and localhost): “%1”.</source>
        <translation>Die API-Adresse muss https verwenden (einfaches http ist nur für 127.0.0.1, ::1 und localhost erlaubt): „%1“.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Try the &amp;demo inbox</source>
        <translation>Demo-Postfach aus&amp;probieren</translation>
    </message>
    <message>
        <source>&amp;Connect your account…</source>
        <translation>Konto &amp;verbinden…</translation>
    </message>
    <message>
        <source>Welcome to Linkup Inbox</source>
        <translation>Willkommen bei Linkup Inbox</translation>
    </message>
    <message>
        <source>Your LinkedIn conversations in a fast desktop app, through LinkupAPI.
Connect your account with your LinkupAPI key and your LinkedIn login, or look around the demo inbox first: its people and messages are made up.</source>
        <translation>Ihre LinkedIn-Unterhaltungen in einer schnellen Desktop-App, über LinkupAPI.
Verbinden Sie Ihr Konto mit Ihrem LinkupAPI-Schlüssel und Ihrer LinkedIn-Anmeldung, oder sehen Sie sich zuerst das Demo-Postfach an: Personen und Nachrichten darin sind erfunden.</translation>
    </message>
    <message>
        <source>Your LinkedIn conversations in a fast desktop app, through LinkupAPI.
Connect your account with your LinkupAPI key and your LinkedIn login.</source>
        <translation>Ihre LinkedIn-Unterhaltungen in einer schnellen Desktop-App, über LinkupAPI.
Verbinden Sie Ihr Konto mit Ihrem LinkupAPI-Schlüssel und Ihrer LinkedIn-Anmeldung.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Export Conversations…</source>
        <translation>Unterhaltungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Co&amp;nnect Account…</source>
        <translation>Konto &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Linkup Inbox</source>
        <translation>Ü&amp;ber Linkup Inbox</translation>
    </message>
    <message>
        <source>&amp;Newest First</source>
        <translation>&amp;Neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Unread First</source>
        <translation>&amp;Ungelesene zuerst</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>Ä&amp;lteste zuerst</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>Sor&amp;tieren</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Ant&amp;worten</translation>
    </message>
</context>
</TS>
