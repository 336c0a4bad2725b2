<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was not accepted or has no credits left. Check your API key.</source>
        <translation>La clé d’API a été refusée ou n’a plus de crédits. Vérifiez votre clé d’API.</translation>
    </message>
    <message>
        <source>Your LinkedIn login has expired. Log in again.</source>
        <translation>Votre connexion à LinkedIn a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the login.</source>
        <translation>LinkedIn a refusé la connexion.</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the login: %1</source>
        <translation>LinkedIn a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many requests for now. Wait a minute, then try again.</source>
        <translation>Trop de requêtes pour le moment. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused the request. This is a bug in Linkup Inbox; please report it.</source>
        <translation>Le serveur a refusé la requête. C’est un bogue de Linkup Inbox&#xa0;; merci de le signaler.</translation>
    </message>
    <message>
        <source>The server refused the request (%1). This is a bug in Linkup Inbox; please report it.</source>
        <translation>Le serveur a refusé la requête (%1). C’est un bogue de Linkup Inbox&#xa0;; merci de le signaler.</translation>
    </message>
    <message>
        <source>The LinkupAPI server had a problem. Try again in a moment.</source>
        <translation>Le serveur LinkupAPI a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server took too long to send its answer, so Linkup Inbox stopped waiting. Try again later.</source>
        <translation>Le serveur a mis trop de temps à envoyer sa réponse&#xa0;: Linkup Inbox a cessé d’attendre. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent far more data than an answer can hold, so Linkup Inbox stopped reading it.</source>
        <translation>Le serveur a envoyé bien plus de données qu’une réponse ne peut en contenir&#xa0;: Linkup Inbox a cessé de la lire.</translation>
    </message>
    <message>
        <source>The server sent a reply that Linkup Inbox could not read.</source>
        <translation>Le serveur a envoyé une réponse que Linkup Inbox n’a pas pu lire.</translation>
    </message>
    <message>
        <source>The server keeps sending what is already shown; stopped to save credits.</source>
        <translation>Le serveur renvoie sans cesse ce qui est déjà affiché&#xa0;; arrêt pour économiser des crédits.</translation>
    </message>
    <message>
        <source>The server sent Linkup Inbox elsewhere (HTTP %1); it does not follow such redirects.</source>
        <translation>Le serveur a redirigé Linkup Inbox ailleurs (HTTP %1)&#xa0;; l’application ne suit pas ces redirections.</translation>
    </message>
    <message>
        <source>Not sent: this would pass your daily credit budget.</source>
        <translation>Non envoyé&#xa0;: cela dépasserait votre budget quotidien de crédits.</translation>
    </message>
</context>
<context>
    <name>AuthParser</name>
    <message>
        <source>LinkedIn ended this login attempt. Start again.</source>
        <translation>LinkedIn a mis fin à cette tentative de connexion. Recommencez.</translation>
    </message>
    <message>
        <source>That code did not work. Check the latest email from LinkedIn and try again.</source>
        <translation>Ce code n’a pas fonctionné. Vérifiez le dernier e-mail de LinkedIn et réessayez.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-mail ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Linkup Inbox: your LinkedIn inbox through LinkupAPI.
Credentials for a session come from LINKUP_API_KEY and LINKUP_LOGIN_TOKEN.</source>
        <translation>Linkup Inbox&#xa0;: votre messagerie LinkedIn via LinkupAPI.
Les identifiants d’une session viennent de LINKUP_API_KEY et LINKUP_LOGIN_TOKEN.</translation>
    </message>
    <message>
        <source>Show the built-in demo inbox (no account needed).</source>
        <translation>Afficher la messagerie de démonstration intégrée (sans compte).</translation>
    </message>
    <message>
        <source>LinkupAPI address (https; http only for loopback).</source>
        <translation>Adresse de LinkupAPI (https&#xa0;; http uniquement en local).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Proxy country: %1.</source>
        <translation>Pays du proxy&#xa0;: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>country code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Tab to open: INBOX, INMAIL, JOB or UNREAD.</source>
        <translation>Onglet à ouvrir&#xa0;: INBOX (Messagerie), INMAIL, JOB (Emplois) ou UNREAD (Non lus).</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>tab name</comment>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Conversations per request, 10 to 25 (rounded to 10 or 20: the API bills per 10).</source>
        <translation>Conversations par requête, de 10 à 25 (arrondi à 10 ou 20&#xa0;: l’API facture par tranche de 10).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Language of this run, e.g. fr, de, es or en (default: the system&apos;s).</source>
        <translation>Langue de cette exécution, par exemple fr, de, es ou en (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>language code</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--demo uses its own server; leave out --api-base.</source>
        <translation>--demo utilise son propre serveur&#xa0;; retirez --api-base.</translation>
    </message>
    <message>
        <source>Unknown country “%1”. Use one of: %2.</source>
        <translation>Pays inconnu «&#xa0;%1&#xa0;». Utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown category “%1”. Use INBOX, INMAIL, JOB or UNREAD.</source>
        <translation>Catégorie inconnue «&#xa0;%1&#xa0;». Utilisez INBOX, INMAIL, JOB ou UNREAD.</translation>
    </message>
    <message>
        <source>--page-size needs a number from 10 to 25, not “%1”.</source>
        <translation>--page-size attend un nombre de 10 à 25, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Using a page size of %1: the API bills per started 10 results.</source>
        <translation>Taille de page utilisée&#xa0;: %1 (l’API facture chaque tranche de 10 résultats entamée).</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use a code such as fr, de, es or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;». Utilisez un code comme fr, de, es ou en.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Log in with my LinkedIn email and password</source>
        <translation>Me connecter avec mon e-mail et mon mot de passe LinkedIn</translation>
    </message>
    <message>
        <source>Use a login token I already have</source>
        <translation>Utiliser un jeton de connexion que j’ai déjà</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connect your account</source>
        <translation>Connecter votre compte</translation>
    </message>
    <message>
        <source>Your LinkupAPI key</source>
        <translation>Votre clé LinkupAPI</translation>
    </message>
    <message>
        <source>Linkup Inbox reads your inbox through LinkupAPI, with your LinkupAPI key.</source>
        <translation>Linkup Inbox lit votre messagerie via LinkupAPI, avec votre clé LinkupAPI.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy c&amp;ountry:</source>
        <translation>&amp;Pays du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login token:</source>
        <translation>&amp;Jeton de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Your password is sent once to LinkupAPI to log in to LinkedIn and is not stored anywhere.</source>
        <translation>Votre mot de passe est envoyé une seule fois à LinkupAPI pour vous connecter à LinkedIn&#xa0;; il n’est enregistré nulle part.</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>&amp;Code de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Your API key and login token will be kept in the system keychain.</source>
        <translation>Votre clé d’API et votre jeton de connexion seront conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available: your API key and login token will be kept only until you quit.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: votre clé d’API et votre jeton de connexion ne seront conservés que jusqu’à ce que vous quittiez l’application.</translation>
    </message>
    <message>
        <source>Logging in to LinkedIn…</source>
        <translation>Connexion à LinkedIn…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>LinkedIn sent a verification code to %1. Type it here.</source>
        <translation>LinkedIn a envoyé un code de vérification à %1. Saisissez-le ici.</translation>
    </message>
    <message>
        <source>Type your password again</source>
        <translation>Saisissez à nouveau votre mot de passe</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <source>&amp;Open Profile</source>
        <translation>&amp;Ouvrir le profil</translation>
    </message>
    <message>
        <source>Copy Profile &amp;Link</source>
        <translation>Copier le &amp;lien du profil</translation>
    </message>
    <message>
        <source>&amp;Copy Last Message</source>
        <translation>&amp;Copier le dernier message</translation>
    </message>
    <message>
        <source>This conversation has no profile link.</source>
        <translation>Cette conversation n’a pas de lien de profil.</translation>
    </message>
    <message>
        <source>Not opening “%1”: only https links to linkedin.com are opened.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas ouvert&#xa0;: seuls les liens https vers linkedin.com sont ouverts.</translation>
    </message>
    <message>
        <source>Could not open the browser.</source>
        <translation>Impossible d’ouvrir le navigateur.</translation>
    </message>
    <message>
        <source>Profile link copied</source>
        <translation>Lien du profil copié</translation>
    </message>
    <message>
        <source>Last message copied</source>
        <translation>Dernier message copié</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>You: </source>
        <translation>Vous&#xa0;: </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
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
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>No system keychain is available: your API key and login token will be kept only until you quit.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: votre clé d’API et votre jeton de connexion ne seront conservés que jusqu’à ce que vous quittiez l’application.</translation>
    </message>
</context>
<context>
    <name>CreditLedger</name>
    <message numerus="yes">
        <source>Not sent: this would pass your daily budget of %n credit(s) (%1 spent today). Spend Anyway allows it until tomorrow; Settings change the budget.</source>
        <translation>
            <numerusform>Non envoyé&#xa0;: cela dépasserait votre budget quotidien de %n crédit (%1 dépensés aujourd’hui). «&#xa0;Dépenser quand même&#xa0;» l’autorise jusqu’à demain&#xa0;; les Paramètres changent le budget.</numerusform>
            <numerusform>Non envoyé&#xa0;: cela dépasserait votre budget quotidien de %n crédits (%1 dépensés aujourd’hui). «&#xa0;Dépenser quand même&#xa0;» l’autorise jusqu’à demain&#xa0;; les Paramètres changent le budget.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditText</name>
    <message numerus="yes">
        <source>about %n credit(s) this session</source>
        <translation>
            <numerusform>environ %n crédit cette session</numerusform>
            <numerusform>environ %n crédits cette session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n since connected</source>
        <translation>
            <numerusform>%n depuis la connexion</numerusform>
            <numerusform>%n depuis la connexion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n today</source>
        <translation>
            <numerusform>%1 sur %n aujourd’hui</numerusform>
            <numerusform>%1 sur %n aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to LinkupAPI this session.</source>
        <translation>
            <numerusform>%n requête à LinkupAPI cette session.</numerusform>
            <numerusform>%n requêtes à LinkupAPI cette session.</numerusform>
        </translation>
    </message>
    <message>
        <source>LinkupAPI bills 1 credit for every 10 conversations or messages a list brings (a page of 20 costs 2), 1 for a message sent and 1 for a login step. Error answers cost 1 credit too; server errors and calls that got no answer cost nothing.</source>
        <translation>LinkupAPI facture 1 crédit par tranche de 10 conversations ou messages qu’une liste apporte (une page de 20 en coûte 2), 1 par message envoyé et 1 par étape de connexion. Les réponses d’erreur coûtent aussi 1 crédit&#xa0;; les erreurs du serveur et les appels restés sans réponse ne coûtent rien.</translation>
    </message>
    <message>
        <source>These are the app&apos;s estimates; LinkupAPI&apos;s dashboard has the bill.</source>
        <translation>Ce sont des estimations de l’application&#xa0;; le tableau de bord de LinkupAPI fait foi.</translation>
    </message>
    <message numerus="yes">
        <source>Daily budget: %n credit(s). A call that would pass it asks first.</source>
        <translation>
            <numerusform>Budget quotidien&#xa0;: %n crédit. Un appel qui le dépasserait demande d’abord.</numerusform>
            <numerusform>Budget quotidien&#xa0;: %n crédits. Un appel qui le dépasserait demande d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL du profil</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Wrote last</source>
        <translation>Dernier à écrire</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export Conversations</source>
        <translation>Exporter les conversations</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1</source>
        <translation>
            <numerusform>%n conversation exportée vers %1</numerusform>
            <numerusform>%n conversations exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be written to %1: %2</source>
        <translation>Impossible d’écrire les conversations dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Connect Your Account…</source>
        <translation>Connecter votre compte…</translation>
    </message>
    <message>
        <source>This is the demo inbox: its people and messages are made up.</source>
        <translation>Ceci est la messagerie de démonstration&#xa0;: ses contacts et ses messages sont fictifs.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Log In Again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Change API Key…</source>
        <translation>Changer de clé d’API…</translation>
    </message>
    <message>
        <source>Spend Anyway</source>
        <translation>Dépenser quand même</translation>
    </message>
</context>
<context>
    <name>InboxCategory</name>
    <message>
        <source>Inbox</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
</context>
<context>
    <name>InboxList</name>
    <message>
        <source>Waiting on Me</source>
        <translation>En attente de moi</translation>
    </message>
    <message>
        <source>Waiting on Them</source>
        <translation>En attente d’eux</translation>
    </message>
</context>
<context>
    <name>InboxSession</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>InboxSync</name>
    <message>
        <source>The server keeps sending conversations already shown; stopped to save credits.</source>
        <translation>Le serveur renvoie sans cesse des conversations déjà affichées&#xa0;; arrêt pour économiser des crédits.</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>%1 conversations</source>
        <translation>Conversations — %1</translation>
    </message>
    <message>
        <source>Loading more conversations</source>
        <translation>Chargement d’autres conversations</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message>
        <source>Load More from LinkedIn</source>
        <translation>En charger plus depuis LinkedIn</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations and their messages</source>
        <translation>
            <numerusform>%n résultat parmi %1 conversations enregistrées et leurs messages</numerusform>
            <numerusform>%n résultats parmi %1 conversations enregistrées et leurs messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations</source>
        <translation>
            <numerusform>%n résultat parmi %1 conversations enregistrées</numerusform>
            <numerusform>%n résultats parmi %1 conversations enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks LinkedIn for the next %n conversation(s): %1</source>
        <translation>
            <numerusform>Demande à LinkedIn %n conversation de plus&#xa0;: %1</numerusform>
            <numerusform>Demande à LinkedIn %n conversations de plus&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédit</numerusform>
            <numerusform>%n crédits</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing conversations from %1</source>
        <translation>Hors ligne — dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline — showing the saved conversations</source>
        <translation>Hors ligne — conversations enregistrées</translation>
    </message>
    <message>
        <source>There are newer conversations than a refresh brings in at once; some may be missing between them and the ones below.</source>
        <translation>Il y a plus de nouvelles conversations qu’une actualisation n’en apporte d’un coup&#xa0;; certaines peuvent manquer entre elles et celles du dessous.</translation>
    </message>
    <message>
        <source>Load Them</source>
        <translation>Les charger</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on you</source>
        <translation>
            <numerusform>%n conversation attend votre réponse</numerusform>
            <numerusform>%n conversations attendent votre réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on them</source>
        <translation>
            <numerusform>%n conversation attend leur réponse</numerusform>
            <numerusform>%n conversations attendent leur réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversation chargée</numerusform>
            <numerusform>%n conversations chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded, loading more…</source>
        <translation>
            <numerusform>%n conversation chargée, chargement de la suite…</numerusform>
            <numerusform>%n conversations chargées, chargement de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded; the next page could not be loaded</source>
        <translation>
            <numerusform>%n conversation chargée&#xa0;; la page suivante n’a pas pu être chargée</numerusform>
            <numerusform>%n conversations chargées&#xa0;; la page suivante n’a pas pu être chargée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n conversation(s) loaded: end of the list</source>
        <translation>
            <numerusform>%n conversation chargée&#xa0;: fin de la liste</numerusform>
            <numerusform>Les %n conversations sont chargées&#xa0;: fin de la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>No conversations in your inbox</source>
        <translation>Aucune conversation dans votre messagerie</translation>
    </message>
    <message>
        <source>No InMail conversations</source>
        <translation>Aucune conversation InMail</translation>
    </message>
    <message>
        <source>No job conversations</source>
        <translation>Aucune conversation liée à un emploi</translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation>Aucune conversation non lue</translation>
    </message>
    <message>
        <source>Nobody is waiting for your answer</source>
        <translation>Personne n’attend votre réponse</translation>
    </message>
    <message>
        <source>You are not waiting for anybody&apos;s answer</source>
        <translation>Vous n’attendez la réponse de personne</translation>
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
        <translation>Impossible de lire cette conversation&#xa0;: la réponse du serveur ne contient aucun message.</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Enter the email address and password of your LinkedIn account.</source>
        <translation>Saisissez l’adresse e-mail et le mot de passe de votre compte LinkedIn.</translation>
    </message>
    <message>
        <source>Enter the code from the email LinkedIn sent you.</source>
        <translation>Saisissez le code de l’e-mail que LinkedIn vous a envoyé.</translation>
    </message>
    <message>
        <source>Enter your LinkupAPI key before logging in to LinkedIn.</source>
        <translation>Saisissez votre clé LinkupAPI avant de vous connecter à LinkedIn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Linkup Inbox</source>
        <translation>Linkup Inbox</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>About Linkup Inbox</source>
        <translation>À propos de Linkup Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkup Inbox %1&lt;/h3&gt;&lt;p&gt;Your LinkedIn inbox through LinkupAPI, as a fast native app.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkup Inbox %1&lt;/h3&gt;&lt;p&gt;Votre messagerie LinkedIn via LinkupAPI, dans une application native et rapide.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>The server keeps sending messages already shown; stopped to save credits.</source>
        <translation>Le serveur renvoie sans cesse des messages déjà affichés&#xa0;; arrêt pour économiser des crédits.</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copier le &amp;lien</translation>
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
        <translation>Vous</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, sending</source>
        <translation>%1, %2, %3, envoi en cours</translation>
    </message>
    <message>
        <source>%1, %2, %3, sent</source>
        <translation>%1, %2, %3, envoyé</translation>
    </message>
    <message>
        <source>%1, %2, %3, not sent</source>
        <translation>%1, %2, %3, non envoyé</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Quit Linkup Inbox?</source>
        <translation>Quitter Linkup Inbox&#xa0;?</translation>
    </message>
    <message>
        <source>A message is still being sent. If you quit now, it may or may not arrive; its text stays as a draft of its conversation.</source>
        <translation>Un message est encore en cours d’envoi. Si vous quittez maintenant, il arrivera peut-être, peut-être pas&#xa0;; son texte reste en brouillon dans sa conversation.</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <source>&amp;Keep Sending</source>
        <translation>&amp;Continuer l’envoi</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many: LinkedIn takes up to %1.</source>
        <translation>
            <numerusform>%n caractère de trop&#xa0;: LinkedIn en accepte jusqu’à %1.</numerusform>
            <numerusform>%n caractères de trop&#xa0;: LinkedIn en accepte jusqu’à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too many</source>
        <translation>
            <numerusform>%n de trop</numerusform>
            <numerusform>%n de trop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the message before is sent.</source>
        <translation>Attendez que le message précédent soit envoyé.</translation>
    </message>
    <message>
        <source>Return or %1</source>
        <translation>Entrée ou %1</translation>
    </message>
    <message>
        <source>Send (%1): 1 credit</source>
        <translation>Envoyer (%1)&#xa0;: 1 crédit</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Write a reply…</source>
        <translation>Écrire une réponse…</translation>
    </message>
    <message>
        <source>This conversation names no profile to send a reply to.</source>
        <translation>Cette conversation n’indique aucun profil à qui répondre.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
</context>
<context>
    <name>ReplyEdit</name>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
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
        <translation>Sponsorisé</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Emploi</translation>
    </message>
    <message numerus="yes">
        <source>%n unread on LinkedIn, read here</source>
        <translation>
            <numerusform>%n non lu sur LinkedIn, lu ici</numerusform>
            <numerusform>%n non lus sur LinkedIn, lus ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>en attente depuis %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>reply draft</source>
        <translation>brouillon de réponse</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search names, headlines and messages</source>
        <translation>Rechercher des noms, des titres et des messages</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>All conversations: every stored conversation of every list, and the messages of every conversation read before</source>
        <translation>Toutes les conversations&#xa0;: chaque conversation enregistrée de chaque liste, et les messages de chaque conversation déjà lue</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Messagerie</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy &amp;country:</source>
        <translation>&amp;Pays du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>LinkupAPI reaches LinkedIn through a proxy in this country. Pick the one where you usually sign in to LinkedIn.</source>
        <translation>LinkupAPI accède à LinkedIn par un proxy situé dans ce pays. Choisissez celui d’où vous vous connectez habituellement à LinkedIn.</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh by itself:</source>
        <translation>&amp;Actualiser automatiquement&#xa0;:</translation>
    </message>
    <message>
        <source>When you come back to the window and the list is older than this, it asks for its first page again. F5 refreshes at any time.</source>
        <translation>Quand vous revenez à la fenêtre et que la liste est plus ancienne que cela, elle redemande sa première page. F5 actualise à tout moment.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Signing out removes your API key and login token from this computer. The settings stay.</source>
        <translation>La déconnexion supprime votre clé d’API et votre jeton de connexion de cet ordinateur. Les paramètres sont conservés.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>Adresse de l’AP&amp;I&#xa0;:</translation>
    </message>
    <message>
        <source>Empty for LinkupAPI&apos;s own address. Only https addresses are used, or http on this computer (for the demo server).</source>
        <translation>Vide pour l’adresse de LinkupAPI. Seules les adresses https sont utilisées, ou http sur cet ordinateur (pour le serveur de démonstration).</translation>
    </message>
    <message numerus="yes">
        <source>%1 conversations a page costs %n credit(s). LinkupAPI charges 1 credit for every 10 conversations.</source>
        <translation>
            <numerusform>Une page de %1 conversations coûte %n crédit. LinkupAPI facture 1 crédit par tranche de 10 conversations.</numerusform>
            <numerusform>Une page de %1 conversations coûte %n crédits. LinkupAPI facture 1 crédit par tranche de 10 conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (only F5)</source>
        <translation>Jamais (seulement F5)</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Après %n minute</numerusform>
            <numerusform>Après %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n credit(s) an hour</source>
        <translation>
            <numerusform>jusqu’à %n crédit par heure</numerusform>
            <numerusform>jusqu’à %n crédits par heure</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the API address</source>
        <translation>Effacer l’adresse de l’API</translation>
    </message>
    <message>
        <source>Re&amp;turn sends a reply</source>
        <translation>&amp;Entrée envoie la réponse</translation>
    </message>
    <message>
        <source>Show an icon in the s&amp;ystem tray</source>
        <translation>Afficher une icône dans la &amp;zone de notification</translation>
    </message>
    <message>
        <source>C&amp;losing the window keeps the app in the tray</source>
        <translation>&amp;Fermer la fenêtre garde l’application dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>Me &amp;notifier des nouveaux messages</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) a day</source>
        <translation>
            <numerusform>%n crédit par jour</numerusform>
            <numerusform>%n crédits par jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily &amp;budget:</source>
        <translation>&amp;Budget quotidien&#xa0;:</translation>
    </message>
    <message>
        <source>A call that would pass it is not sent until you choose Spend Anyway, which lifts the budget for the rest of the day.</source>
        <translation>Un appel qui le dépasserait n’est pas envoyé tant que vous ne choisissez pas «&#xa0;Dépenser quand même&#xa0;», qui lève le budget pour le reste de la journée.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Off: Ctrl+Return sends and Return starts a new line. On: Return sends and Shift+Return starts a new line. Each message costs 1 credit.</source>
        <translation>Désactivé&#xa0;: Ctrl+Entrée envoie et Entrée commence une nouvelle ligne. Activé&#xa0;: Entrée envoie et Maj+Entrée commence une nouvelle ligne. Chaque message coûte 1 crédit.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>The tray icon shows the unread count; its menu shows the window, refreshes and quits. Notifications name the sender of a new message a refresh found; clicking one opens the conversation.</source>
        <translation>L’icône de la zone de notification affiche le nombre de non lus&#xa0;; son menu affiche la fenêtre, actualise et quitte. Les notifications nomment l’expéditeur d’un nouveau message trouvé par une actualisation&#xa0;; un clic ouvre la conversation.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>In the list and the conversation</source>
        <translation>Dans la liste et la conversation</translation>
    </message>
    <message>
        <source>Previous or next conversation or message</source>
        <translation>Conversation ou message précédent ou suivant</translation>
    </message>
    <message>
        <source>A screen up or down</source>
        <translation>Un écran plus haut ou plus bas</translation>
    </message>
    <message>
        <source>First or last (End also loads more)</source>
        <translation>Premier ou dernier (Fin en charge aussi davantage)</translation>
    </message>
    <message>
        <source>Between the list and the conversation</source>
        <translation>Entre la liste et la conversation</translation>
    </message>
    <message>
        <source>Older messages (at the top of a conversation)</source>
        <translation>Messages plus anciens (en haut d’une conversation)</translation>
    </message>
    <message>
        <source>Copy the current message (in the conversation)</source>
        <translation>Copier le message courant (dans la conversation)</translation>
    </message>
    <message>
        <source>Open the conversation (narrow window)</source>
        <translation>Ouvrir la conversation (fenêtre étroite)</translation>
    </message>
    <message>
        <source>Back to the list (narrow window)</source>
        <translation>Retour à la liste (fenêtre étroite)</translation>
    </message>
    <message>
        <source>Send the reply (in the reply box; Return too when set so)</source>
        <translation>Envoyer la réponse (dans la zone de réponse&#xa0;; Entrée aussi si c’est réglé ainsi)</translation>
    </message>
    <message>
        <source>A new line in the reply</source>
        <translation>Une nouvelle ligne dans la réponse</translation>
    </message>
    <message>
        <source>Leave the reply box for the list, keeping the text</source>
        <translation>Quitter la zone de réponse pour la liste, en gardant le texte</translation>
    </message>
    <message>
        <source>Search (in the list)</source>
        <translation>Rechercher (dans la liste)</translation>
    </message>
    <message>
        <source>To the first match (in the search field)</source>
        <translation>Aller au premier résultat (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>End the search, back to the list</source>
        <translation>Terminer la recherche, retour à la liste</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>Linkup Inbox cannot save in %1, so this session keeps your conversations in memory only.</source>
        <translation>Linkup Inbox ne peut pas enregistrer dans %1&#xa0;: cette session garde vos conversations en mémoire seulement.</translation>
    </message>
    <message>
        <source>Your saved conversations could not be read, so Linkup Inbox set that file aside and starts afresh; they load again from LinkedIn.</source>
        <translation>Vos conversations enregistrées n’ont pas pu être lues&#xa0;: Linkup Inbox a mis ce fichier de côté et repart de zéro&#xa0;; elles se rechargent depuis LinkedIn.</translation>
    </message>
    <message>
        <source>Your saved conversations could not be read, so this session keeps them in memory only.</source>
        <translation>Vos conversations enregistrées n’ont pas pu être lues&#xa0;: cette session les garde en mémoire seulement.</translation>
    </message>
    <message>
        <source>Linkup Inbox cannot write to its saved inbox (the disk may be full), so new conversations are kept in memory until you quit.</source>
        <translation>Linkup Inbox ne peut pas écrire dans sa messagerie enregistrée (le disque est peut-être plein)&#xa0;: les nouvelles conversations restent en mémoire jusqu’à ce que vous quittiez l’application.</translation>
    </message>
    <message>
        <source>Some saved conversations could not be read.</source>
        <translation>Certaines conversations enregistrées n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <source>Open &amp;Profile</source>
        <translation>Ouvrir le &amp;profil</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>&amp;Load Messages</source>
        <translation>Charger les &amp;messages</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Sélectionnez une conversation pour la lire ici.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Chargement des messages…</translation>
    </message>
    <message>
        <source>A conversation&apos;s messages load when you pick it with a click or the arrow keys.</source>
        <translation>Les messages d’une conversation se chargent quand vous la choisissez d’un clic ou avec les flèches.</translation>
    </message>
    <message>
        <source>Loads the newest messages (1 credit)</source>
        <translation>Charge les messages les plus récents (1 crédit)</translation>
    </message>
    <message>
        <source>Loading older messages</source>
        <translation>Chargement des messages plus anciens</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wk</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n sem.</numerusform>
            <numerusform>%n sem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Hide Linkup Inbox</source>
        <translation>&amp;Masquer Linkup Inbox</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Show Linkup Inbox</source>
        <translation>Affi&amp;cher Linkup Inbox</translation>
    </message>
    <message numerus="yes">
        <source>Linkup Inbox — %n unread</source>
        <translation>
            <numerusform>Linkup Inbox — %n non lu</numerusform>
            <numerusform>Linkup Inbox — %n non lus</numerusform>
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
        <translation>Marquer comme &amp;traité</translation>
    </message>
    <message>
        <source>&amp;Undo Mark</source>
        <translation>&amp;Annuler le marquage</translation>
    </message>
    <message>
        <source>Pre&amp;vious Unread</source>
        <translation>Non lu &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;Waiting on Me</source>
        <translation>&amp;En attente de moi suivant</translation>
    </message>
    <message>
        <source>Marked as done: %1</source>
        <translation>Marqué comme traité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark undone</source>
        <translation>Marquage annulé</translation>
    </message>
    <message>
        <source>No more conversations of that kind in this list</source>
        <translation>Plus aucune conversation de ce type dans cette liste</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme l&amp;u</translation>
    </message>
    <message>
        <source>Mark as U&amp;nread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unread</source>
        <translation>Non lu &amp;suivant</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is allowed only for 127.0.0.1, ::1 and localhost): “%1”.</source>
        <translation>L’adresse de l’API doit utiliser https (http simple n’est permis que pour 127.0.0.1, ::1 et localhost)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Try the &amp;demo inbox</source>
        <translation>Essayer la messagerie de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Connect your account…</source>
        <translation>C&amp;onnecter votre compte…</translation>
    </message>
    <message>
        <source>Welcome to Linkup Inbox</source>
        <translation>Bienvenue dans Linkup Inbox</translation>
    </message>
    <message>
        <source>Your LinkedIn conversations in a fast desktop app, through LinkupAPI.
Connect your account with your LinkupAPI key and your LinkedIn login, or look around the demo inbox first: its people and messages are made up.</source>
        <translation>Vos conversations LinkedIn dans une application de bureau rapide, via LinkupAPI.
Connectez votre compte avec votre clé LinkupAPI et vos identifiants LinkedIn, ou découvrez d’abord la messagerie de démonstration&#xa0;: ses contacts et ses messages sont fictifs.</translation>
    </message>
    <message>
        <source>Your LinkedIn conversations in a fast desktop app, through LinkupAPI.
Connect your account with your LinkupAPI key and your LinkedIn login.</source>
        <translation>Vos conversations LinkedIn dans une application de bureau rapide, via LinkupAPI.
Connectez votre compte avec votre clé LinkupAPI et vos identifiants LinkedIn.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Export Conversations…</source>
        <translation>&amp;Exporter les conversations…</translation>
    </message>
    <message>
        <source>Co&amp;nnect Account…</source>
        <translation>Co&amp;nnecter un compte…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Linkup Inbox</source>
        <translation>À &amp;propos de Linkup Inbox</translation>
    </message>
    <message>
        <source>&amp;Newest First</source>
        <translation>Les plus &amp;récents d’abord</translation>
    </message>
    <message>
        <source>&amp;Unread First</source>
        <translation>Les &amp;non lus d’abord</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>Les plus &amp;anciens d’abord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
</context>
</TS>
