<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was not accepted or has no credits left. Check your API key.</source>
        <translation>La clave de API no se aceptó o ya no le quedan créditos. Revisa tu clave de API.</translation>
    </message>
    <message>
        <source>Your LinkedIn login has expired. Log in again.</source>
        <translation>Tu sesión de LinkedIn ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the login.</source>
        <translation>LinkedIn no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the login: %1</source>
        <translation>LinkedIn no aceptó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Too many requests for now. Wait a minute, then try again.</source>
        <translation>Demasiadas solicitudes por ahora. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused the request. This is a bug in Linkup Inbox; please report it.</source>
        <translation>El servidor rechazó la solicitud. Es un error de Linkup Inbox; por favor, infórmanos.</translation>
    </message>
    <message>
        <source>The server refused the request (%1). This is a bug in Linkup Inbox; please report it.</source>
        <translation>El servidor rechazó la solicitud (%1). Es un error de Linkup Inbox; por favor, infórmanos.</translation>
    </message>
    <message>
        <source>The LinkupAPI server had a problem. Try again in a moment.</source>
        <translation>El servidor de LinkupAPI tuvo un problema. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>No se pudo conectar con el servidor.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>No se pudo conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>El servidor no respondió a tiempo. Revisa tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server took too long to send its answer, so Linkup Inbox stopped waiting. Try again later.</source>
        <translation>El servidor tardó demasiado en enviar su respuesta, así que Linkup Inbox dejó de esperar. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server sent far more data than an answer can hold, so Linkup Inbox stopped reading it.</source>
        <translation>El servidor envió muchos más datos de los que cabe en una respuesta, así que Linkup Inbox dejó de leerla.</translation>
    </message>
    <message>
        <source>The server sent a reply that Linkup Inbox could not read.</source>
        <translation>El servidor envió una respuesta que Linkup Inbox no pudo leer.</translation>
    </message>
    <message>
        <source>The server keeps sending what is already shown; stopped to save credits.</source>
        <translation>El servidor sigue enviando lo que ya se muestra; se detuvo para ahorrar créditos.</translation>
    </message>
    <message>
        <source>The server sent Linkup Inbox elsewhere (HTTP %1); it does not follow such redirects.</source>
        <translation>El servidor redirigió Linkup Inbox a otro sitio (HTTP %1); la aplicación no sigue esas redirecciones.</translation>
    </message>
    <message>
        <source>Not sent: this would pass your daily credit budget.</source>
        <translation>No enviado: superaría tu presupuesto diario de créditos.</translation>
    </message>
</context>
<context>
    <name>AuthParser</name>
    <message>
        <source>LinkedIn ended this login attempt. Start again.</source>
        <translation>LinkedIn terminó este intento de inicio de sesión. Empieza de nuevo.</translation>
    </message>
    <message>
        <source>That code did not work. Check the latest email from LinkedIn and try again.</source>
        <translation>Ese código no funcionó. Revisa el último correo de LinkedIn y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo electrónico o contraseña incorrectos.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Linkup Inbox: your LinkedIn inbox through LinkupAPI.
Credentials for a session come from LINKUP_API_KEY and LINKUP_LOGIN_TOKEN.</source>
        <translation>Linkup Inbox: tus mensajes de LinkedIn a través de LinkupAPI.
Las credenciales de una sesión vienen de LINKUP_API_KEY y LINKUP_LOGIN_TOKEN.</translation>
    </message>
    <message>
        <source>Show the built-in demo inbox (no account needed).</source>
        <translation>Mostrar los mensajes de demostración integrados (sin cuenta).</translation>
    </message>
    <message>
        <source>LinkupAPI address (https; http only for loopback).</source>
        <translation>Dirección de LinkupAPI (https; http solo en este equipo).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Proxy country: %1.</source>
        <translation>País del proxy: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>country code</comment>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Tab to open: INBOX, INMAIL, JOB or UNREAD.</source>
        <translation>Pestaña que abrir: INBOX (Mensajes), INMAIL, JOB (Empleos) o UNREAD (No leídos).</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>tab name</comment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Conversations per request, 10 to 25 (rounded to 10 or 20: the API bills per 10).</source>
        <translation>Conversaciones por solicitud, de 10 a 25 (se redondea a 10 o 20: la API cobra por cada 10).</translation>
    </message>
    <message>
        <source>N</source>
        <comment>a number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Language of this run, e.g. fr, de, es or en (default: the system&apos;s).</source>
        <translation>Idioma de esta ejecución, p. ej. fr, de, es o en (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <comment>language code</comment>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--demo uses its own server; leave out --api-base.</source>
        <translation>--demo usa su propio servidor; quita --api-base.</translation>
    </message>
    <message>
        <source>Unknown country “%1”. Use one of: %2.</source>
        <translation>País desconocido «%1». Usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unknown category “%1”. Use INBOX, INMAIL, JOB or UNREAD.</source>
        <translation>Categoría desconocida «%1». Usa INBOX, INMAIL, JOB o UNREAD.</translation>
    </message>
    <message>
        <source>--page-size needs a number from 10 to 25, not “%1”.</source>
        <translation>--page-size necesita un número de 10 a 25, no «%1».</translation>
    </message>
    <message>
        <source>Using a page size of %1: the API bills per started 10 results.</source>
        <translation>Se usa un tamaño de página de %1: la API cobra por cada grupo de 10 resultados empezado.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use a code such as fr, de, es or en.</source>
        <translation>Idioma desconocido «%1». Usa un código como fr, de, es o en.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribiste</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Log in with my LinkedIn email and password</source>
        <translation>Iniciar sesión con mi correo y mi contraseña de LinkedIn</translation>
    </message>
    <message>
        <source>Use a login token I already have</source>
        <translation>Usar un token de inicio de sesión que ya tengo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect your account</source>
        <translation>Conecta tu cuenta</translation>
    </message>
    <message>
        <source>Your LinkupAPI key</source>
        <translation>Tu clave de LinkupAPI</translation>
    </message>
    <message>
        <source>Linkup Inbox reads your inbox through LinkupAPI, with your LinkupAPI key.</source>
        <translation>Linkup Inbox lee tus mensajes a través de LinkupAPI, con tu clave de LinkupAPI.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Proxy c&amp;ountry:</source>
        <translation>&amp;País del proxy:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Login token:</source>
        <translation>&amp;Token de inicio de sesión:</translation>
    </message>
    <message>
        <source>Your password is sent once to LinkupAPI to log in to LinkedIn and is not stored anywhere.</source>
        <translation>Tu contraseña se envía una sola vez a LinkupAPI para iniciar sesión en LinkedIn y no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>&amp;Código de verificación:</translation>
    </message>
    <message>
        <source>Your API key and login token will be kept in the system keychain.</source>
        <translation>Tu clave de API y tu token de inicio de sesión se guardarán en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available: your API key and login token will be kept only until you quit.</source>
        <translation>No hay ningún llavero del sistema disponible: tu clave de API y tu token de inicio de sesión solo se conservarán hasta que salgas.</translation>
    </message>
    <message>
        <source>Logging in to LinkedIn…</source>
        <translation>Iniciando sesión en LinkedIn…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>LinkedIn sent a verification code to %1. Type it here.</source>
        <translation>LinkedIn envió un código de verificación a %1. Escríbelo aquí.</translation>
    </message>
    <message>
        <source>Type your password again</source>
        <translation>Vuelve a escribir tu contraseña</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <source>&amp;Open Profile</source>
        <translation>Abrir &amp;perfil</translation>
    </message>
    <message>
        <source>Copy Profile &amp;Link</source>
        <translation>Copiar &amp;enlace del perfil</translation>
    </message>
    <message>
        <source>&amp;Copy Last Message</source>
        <translation>&amp;Copiar último mensaje</translation>
    </message>
    <message>
        <source>This conversation has no profile link.</source>
        <translation>Esta conversación no tiene enlace de perfil.</translation>
    </message>
    <message>
        <source>Not opening “%1”: only https links to linkedin.com are opened.</source>
        <translation>No se abre «%1»: solo se abren enlaces https a linkedin.com.</translation>
    </message>
    <message>
        <source>Could not open the browser.</source>
        <translation>No se pudo abrir el navegador.</translation>
    </message>
    <message>
        <source>Profile link copied</source>
        <translation>Enlace del perfil copiado</translation>
    </message>
    <message>
        <source>Last message copied</source>
        <translation>Último mensaje copiado</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>You: </source>
        <translation>Tú: </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
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
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>No system keychain is available: your API key and login token will be kept only until you quit.</source>
        <translation>No hay ningún llavero del sistema disponible: tu clave de API y tu token de inicio de sesión solo se conservarán hasta que salgas.</translation>
    </message>
</context>
<context>
    <name>CreditLedger</name>
    <message numerus="yes">
        <source>Not sent: this would pass your daily budget of %n credit(s) (%1 spent today). Spend Anyway allows it until tomorrow; Settings change the budget.</source>
        <translation>
            <numerusform>No enviado: superaría tu presupuesto diario de %n crédito (%1 gastados hoy). «Gastar de todos modos» lo permite hasta mañana; en Configuración se cambia el presupuesto.</numerusform>
            <numerusform>No enviado: superaría tu presupuesto diario de %n créditos (%1 gastados hoy). «Gastar de todos modos» lo permite hasta mañana; en Configuración se cambia el presupuesto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditText</name>
    <message numerus="yes">
        <source>about %n credit(s) this session</source>
        <translation>
            <numerusform>unos %n crédito en esta sesión</numerusform>
            <numerusform>unos %n créditos en esta sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n since connected</source>
        <translation>
            <numerusform>%n desde la conexión</numerusform>
            <numerusform>%n desde la conexión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n today</source>
        <translation>
            <numerusform>%1 de %n hoy</numerusform>
            <numerusform>%1 de %n hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to LinkupAPI this session.</source>
        <translation>
            <numerusform>%n solicitud a LinkupAPI en esta sesión.</numerusform>
            <numerusform>%n solicitudes a LinkupAPI en esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>LinkupAPI bills 1 credit for every 10 conversations or messages a list brings (a page of 20 costs 2), 1 for a message sent and 1 for a login step. Error answers cost 1 credit too; server errors and calls that got no answer cost nothing.</source>
        <translation>LinkupAPI cobra 1 crédito por cada 10 conversaciones o mensajes que trae una lista (una página de 20 cuesta 2), 1 por mensaje enviado y 1 por paso de inicio de sesión. Las respuestas de error también cuestan 1 crédito; los errores del servidor y las llamadas sin respuesta no cuestan nada.</translation>
    </message>
    <message>
        <source>These are the app&apos;s estimates; LinkupAPI&apos;s dashboard has the bill.</source>
        <translation>Son estimaciones de la aplicación; la factura está en el panel de LinkupAPI.</translation>
    </message>
    <message numerus="yes">
        <source>Daily budget: %n credit(s). A call that would pass it asks first.</source>
        <translation>
            <numerusform>Presupuesto diario: %n crédito. Una llamada que lo supere pregunta antes.</numerusform>
            <numerusform>Presupuesto diario: %n créditos. Una llamada que lo supere pregunta antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL del perfil</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Wrote last</source>
        <translation>Último en escribir</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export Conversations</source>
        <translation>Exportar conversaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1</source>
        <translation>
            <numerusform>%n conversación exportada a %1</numerusform>
            <numerusform>%n conversaciones exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be written to %1: %2</source>
        <translation>No se pudieron escribir las conversaciones en %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Connect Your Account…</source>
        <translation>Conecta tu cuenta…</translation>
    </message>
    <message>
        <source>This is the demo inbox: its people and messages are made up.</source>
        <translation>Estos son los mensajes de demostración: sus personas y mensajes son inventados.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Log In Again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Change API Key…</source>
        <translation>Cambiar clave de API…</translation>
    </message>
    <message>
        <source>Spend Anyway</source>
        <translation>Gastar de todos modos</translation>
    </message>
</context>
<context>
    <name>InboxCategory</name>
    <message>
        <source>Inbox</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
</context>
<context>
    <name>InboxList</name>
    <message>
        <source>Waiting on Me</source>
        <translation>Esperan mi respuesta</translation>
    </message>
    <message>
        <source>Waiting on Them</source>
        <translation>Espero su respuesta</translation>
    </message>
</context>
<context>
    <name>InboxSession</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>InboxSync</name>
    <message>
        <source>The server keeps sending conversations already shown; stopped to save credits.</source>
        <translation>El servidor sigue enviando conversaciones que ya se muestran; se detuvo para ahorrar créditos.</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>%1 conversations</source>
        <translation>Conversaciones: %1</translation>
    </message>
    <message>
        <source>Loading more conversations</source>
        <translation>Cargando más conversaciones</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Cargando conversaciones…</translation>
    </message>
    <message>
        <source>Load More from LinkedIn</source>
        <translation>Cargar más de LinkedIn</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations and their messages</source>
        <translation>
            <numerusform>%n resultado entre %1 conversaciones guardadas y sus mensajes</numerusform>
            <numerusform>%n resultados entre %1 conversaciones guardadas y sus mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations</source>
        <translation>
            <numerusform>%n resultado entre %1 conversaciones guardadas</numerusform>
            <numerusform>%n resultados entre %1 conversaciones guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks LinkedIn for the next %n conversation(s): %1</source>
        <translation>
            <numerusform>Pide a LinkedIn %n conversación más: %1</numerusform>
            <numerusform>Pide a LinkedIn %n conversaciones más: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédito</numerusform>
            <numerusform>%n créditos</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing conversations from %1</source>
        <translation>Sin conexión — última actualización: %1</translation>
    </message>
    <message>
        <source>Offline — showing the saved conversations</source>
        <translation>Sin conexión: conversaciones guardadas</translation>
    </message>
    <message>
        <source>There are newer conversations than a refresh brings in at once; some may be missing between them and the ones below.</source>
        <translation>Hay más conversaciones nuevas de las que trae una actualización de una vez; puede que falten algunas entre ellas y las de abajo.</translation>
    </message>
    <message>
        <source>Load Them</source>
        <translation>Cargarlas</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on you</source>
        <translation>
            <numerusform>%n conversación espera tu respuesta</numerusform>
            <numerusform>%n conversaciones esperan tu respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on them</source>
        <translation>
            <numerusform>%n conversación espera su respuesta</numerusform>
            <numerusform>%n conversaciones esperan su respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversación cargada</numerusform>
            <numerusform>%n conversaciones cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded, loading more…</source>
        <translation>
            <numerusform>%n conversación cargada, cargando más…</numerusform>
            <numerusform>%n conversaciones cargadas, cargando más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded; the next page could not be loaded</source>
        <translation>
            <numerusform>%n conversación cargada; no se pudo cargar la página siguiente</numerusform>
            <numerusform>%n conversaciones cargadas; no se pudo cargar la página siguiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n conversation(s) loaded: end of the list</source>
        <translation>
            <numerusform>%n conversación cargada: fin de la lista</numerusform>
            <numerusform>Las %n conversaciones cargadas: fin de la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>No conversations in your inbox</source>
        <translation>No hay conversaciones en tus mensajes</translation>
    </message>
    <message>
        <source>No InMail conversations</source>
        <translation>No hay conversaciones InMail</translation>
    </message>
    <message>
        <source>No job conversations</source>
        <translation>No hay conversaciones de empleo</translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation>No hay conversaciones sin leer</translation>
    </message>
    <message>
        <source>Nobody is waiting for your answer</source>
        <translation>Nadie espera tu respuesta</translation>
    </message>
    <message>
        <source>You are not waiting for anybody&apos;s answer</source>
        <translation>No esperas la respuesta de nadie</translation>
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
        <translation>No se pudo leer esta conversación: la respuesta del servidor no contiene mensajes.</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Enter the email address and password of your LinkedIn account.</source>
        <translation>Escribe el correo electrónico y la contraseña de tu cuenta de LinkedIn.</translation>
    </message>
    <message>
        <source>Enter the code from the email LinkedIn sent you.</source>
        <translation>Escribe el código del correo que te envió LinkedIn.</translation>
    </message>
    <message>
        <source>Enter your LinkupAPI key before logging in to LinkedIn.</source>
        <translation>Escribe tu clave de LinkupAPI antes de iniciar sesión en LinkedIn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>No se pudo iniciar el servidor de demostración.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conectar</translation>
    </message>
    <message>
        <source>Linkup Inbox</source>
        <translation>Linkup Inbox</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>About Linkup Inbox</source>
        <translation>Acerca de Linkup Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkup Inbox %1&lt;/h3&gt;&lt;p&gt;Your LinkedIn inbox through LinkupAPI, as a fast native app.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkup Inbox %1&lt;/h3&gt;&lt;p&gt;Tus mensajes de LinkedIn a través de LinkupAPI, en una aplicación nativa y rápida.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>The server keeps sending messages already shown; stopped to save credits.</source>
        <translation>El servidor sigue enviando mensajes que ya se muestran; se detuvo para ahorrar créditos.</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;enlace</translation>
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
        <translation>Tú</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Remitente desconocido</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, sending</source>
        <translation>%1, %2, %3, enviando</translation>
    </message>
    <message>
        <source>%1, %2, %3, sent</source>
        <translation>%1, %2, %3, enviado</translation>
    </message>
    <message>
        <source>%1, %2, %3, not sent</source>
        <translation>%1, %2, %3, no enviado</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Quit Linkup Inbox?</source>
        <translation>¿Salir de Linkup Inbox?</translation>
    </message>
    <message>
        <source>A message is still being sent. If you quit now, it may or may not arrive; its text stays as a draft of its conversation.</source>
        <translation>Todavía se está enviando un mensaje. Si sales ahora, puede que llegue o puede que no; su texto queda como borrador de su conversación.</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep Sending</source>
        <translation>Seguir &amp;enviando</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many: LinkedIn takes up to %1.</source>
        <translation>
            <numerusform>Sobra %n carácter: LinkedIn admite hasta %1.</numerusform>
            <numerusform>Sobran %n caracteres: LinkedIn admite hasta %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too many</source>
        <translation>
            <numerusform>sobra %n</numerusform>
            <numerusform>sobran %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the message before is sent.</source>
        <translation>Espera a que se envíe el mensaje anterior.</translation>
    </message>
    <message>
        <source>Return or %1</source>
        <translation>Intro o %1</translation>
    </message>
    <message>
        <source>Send (%1): 1 credit</source>
        <translation>Enviar (%1): 1 crédito</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Write a reply…</source>
        <translation>Escribe una respuesta…</translation>
    </message>
    <message>
        <source>This conversation names no profile to send a reply to.</source>
        <translation>Esta conversación no indica ningún perfil al que responder.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
</context>
<context>
    <name>ReplyEdit</name>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
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
        <translation>Promocionado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Empleo</translation>
    </message>
    <message numerus="yes">
        <source>%n unread on LinkedIn, read here</source>
        <translation>
            <numerusform>%n sin leer en LinkedIn, leído aquí</numerusform>
            <numerusform>%n sin leer en LinkedIn, leídos aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>esperando desde hace %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>reply draft</source>
        <translation>borrador de respuesta</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search names, headlines and messages</source>
        <translation>Buscar nombres, titulares y mensajes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>All conversations: every stored conversation of every list, and the messages of every conversation read before</source>
        <translation>Todas las conversaciones: cada conversación guardada de cada lista y los mensajes de cada conversación ya leída</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy &amp;country:</source>
        <translation>&amp;País del proxy:</translation>
    </message>
    <message>
        <source>LinkupAPI reaches LinkedIn through a proxy in this country. Pick the one where you usually sign in to LinkedIn.</source>
        <translation>LinkupAPI llega a LinkedIn a través de un proxy en este país. Elige aquel desde el que sueles iniciar sesión en LinkedIn.</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Refresh by itself:</source>
        <translation>Actualizar &amp;automáticamente:</translation>
    </message>
    <message>
        <source>When you come back to the window and the list is older than this, it asks for its first page again. F5 refreshes at any time.</source>
        <translation>Cuando vuelves a la ventana y la lista es más antigua que esto, vuelve a pedir su primera página. F5 actualiza en cualquier momento.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Signing out removes your API key and login token from this computer. The settings stay.</source>
        <translation>Al cerrar sesión se quitan tu clave de API y tu token de inicio de sesión de este equipo. La configuración se mantiene.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Empty for LinkupAPI&apos;s own address. Only https addresses are used, or http on this computer (for the demo server).</source>
        <translation>Vacío para la dirección propia de LinkupAPI. Solo se usan direcciones https, o http en este equipo (para el servidor de demostración).</translation>
    </message>
    <message numerus="yes">
        <source>%1 conversations a page costs %n credit(s). LinkupAPI charges 1 credit for every 10 conversations.</source>
        <translation>
            <numerusform>Una página de %1 conversaciones cuesta %n crédito. LinkupAPI cobra 1 crédito por cada 10 conversaciones.</numerusform>
            <numerusform>Una página de %1 conversaciones cuesta %n créditos. LinkupAPI cobra 1 crédito por cada 10 conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (only F5)</source>
        <translation>Nunca (solo F5)</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Tras %n minuto</numerusform>
            <numerusform>Tras %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n credit(s) an hour</source>
        <translation>
            <numerusform>hasta %n crédito por hora</numerusform>
            <numerusform>hasta %n créditos por hora</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the API address</source>
        <translation>Borrar la dirección de la API</translation>
    </message>
    <message>
        <source>Re&amp;turn sends a reply</source>
        <translation>&amp;Intro envía la respuesta</translation>
    </message>
    <message>
        <source>Show an icon in the s&amp;ystem tray</source>
        <translation>Mostrar un icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>C&amp;losing the window keeps the app in the tray</source>
        <translation>Al &amp;cerrar la ventana, la aplicación sigue en la bandeja</translation>
    </message>
    <message>
        <source>&amp;Notify me of new messages</source>
        <translation>Avisarme de &amp;nuevos mensajes</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) a day</source>
        <translation>
            <numerusform>%n crédito al día</numerusform>
            <numerusform>%n créditos al día</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily &amp;budget:</source>
        <translation>Presupuesto diari&amp;o:</translation>
    </message>
    <message>
        <source>A call that would pass it is not sent until you choose Spend Anyway, which lifts the budget for the rest of the day.</source>
        <translation>Una llamada que lo supere no se envía hasta que eliges «Gastar de todos modos», que levanta el presupuesto durante el resto del día.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Off: Ctrl+Return sends and Return starts a new line. On: Return sends and Shift+Return starts a new line. Each message costs 1 credit.</source>
        <translation>Desactivado: Ctrl+Intro envía e Intro empieza una línea nueva. Activado: Intro envía y Mayús+Intro empieza una línea nueva. Cada mensaje cuesta 1 crédito.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>The tray icon shows the unread count; its menu shows the window, refreshes and quits. Notifications name the sender of a new message a refresh found; clicking one opens the conversation.</source>
        <translation>El icono de la bandeja muestra el número de no leídos; su menú muestra la ventana, actualiza y sale. Las notificaciones nombran al remitente de un mensaje nuevo encontrado al actualizar; al hacer clic se abre la conversación.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>In the list and the conversation</source>
        <translation>En la lista y la conversación</translation>
    </message>
    <message>
        <source>Previous or next conversation or message</source>
        <translation>Conversación o mensaje anterior o siguiente</translation>
    </message>
    <message>
        <source>A screen up or down</source>
        <translation>Una pantalla arriba o abajo</translation>
    </message>
    <message>
        <source>First or last (End also loads more)</source>
        <translation>Primero o último (Fin también carga más)</translation>
    </message>
    <message>
        <source>Between the list and the conversation</source>
        <translation>Entre la lista y la conversación</translation>
    </message>
    <message>
        <source>Older messages (at the top of a conversation)</source>
        <translation>Mensajes más antiguos (al principio de una conversación)</translation>
    </message>
    <message>
        <source>Copy the current message (in the conversation)</source>
        <translation>Copiar el mensaje actual (en la conversación)</translation>
    </message>
    <message>
        <source>Open the conversation (narrow window)</source>
        <translation>Abrir la conversación (ventana estrecha)</translation>
    </message>
    <message>
        <source>Back to the list (narrow window)</source>
        <translation>Volver a la lista (ventana estrecha)</translation>
    </message>
    <message>
        <source>Send the reply (in the reply box; Return too when set so)</source>
        <translation>Enviar la respuesta (en el cuadro de respuesta; también Intro si está configurado así)</translation>
    </message>
    <message>
        <source>A new line in the reply</source>
        <translation>Una línea nueva en la respuesta</translation>
    </message>
    <message>
        <source>Leave the reply box for the list, keeping the text</source>
        <translation>Salir del cuadro de respuesta a la lista, conservando el texto</translation>
    </message>
    <message>
        <source>Search (in the list)</source>
        <translation>Buscar (en la lista)</translation>
    </message>
    <message>
        <source>To the first match (in the search field)</source>
        <translation>Ir al primer resultado (en el campo de búsqueda)</translation>
    </message>
    <message>
        <source>End the search, back to the list</source>
        <translation>Terminar la búsqueda, volver a la lista</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>Linkup Inbox cannot save in %1, so this session keeps your conversations in memory only.</source>
        <translation>Linkup Inbox no puede guardar en %1, así que esta sesión conserva tus conversaciones solo en memoria.</translation>
    </message>
    <message>
        <source>Your saved conversations could not be read, so Linkup Inbox set that file aside and starts afresh; they load again from LinkedIn.</source>
        <translation>No se pudieron leer tus conversaciones guardadas, así que Linkup Inbox apartó ese archivo y empieza de cero; se vuelven a cargar desde LinkedIn.</translation>
    </message>
    <message>
        <source>Your saved conversations could not be read, so this session keeps them in memory only.</source>
        <translation>No se pudieron leer tus conversaciones guardadas, así que esta sesión las conserva solo en memoria.</translation>
    </message>
    <message>
        <source>Linkup Inbox cannot write to its saved inbox (the disk may be full), so new conversations are kept in memory until you quit.</source>
        <translation>Linkup Inbox no puede escribir en sus mensajes guardados (puede que el disco esté lleno), así que las conversaciones nuevas se conservan en memoria hasta que salgas.</translation>
    </message>
    <message>
        <source>Some saved conversations could not be read.</source>
        <translation>No se pudieron leer algunas conversaciones guardadas.</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <source>Open &amp;Profile</source>
        <translation>Abrir &amp;perfil</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>&amp;Load Messages</source>
        <translation>Cargar &amp;mensajes</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Volver a la lista (Esc)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Selecciona una conversación para leerla aquí.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Cargando mensajes…</translation>
    </message>
    <message>
        <source>A conversation&apos;s messages load when you pick it with a click or the arrow keys.</source>
        <translation>Los mensajes de una conversación se cargan cuando la eliges con un clic o con las teclas de flecha.</translation>
    </message>
    <message>
        <source>Loads the newest messages (1 credit)</source>
        <translation>Carga los mensajes más recientes (1 crédito)</translation>
    </message>
    <message>
        <source>Loading older messages</source>
        <translation>Cargando mensajes más antiguos</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
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
        <translation>&amp;Ocultar Linkup Inbox</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Show Linkup Inbox</source>
        <translation>&amp;Mostrar Linkup Inbox</translation>
    </message>
    <message numerus="yes">
        <source>Linkup Inbox — %n unread</source>
        <translation>
            <numerusform>Linkup Inbox — %n sin leer</numerusform>
            <numerusform>Linkup Inbox — %n sin leer</numerusform>
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
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>&amp;Undo Mark</source>
        <translation>&amp;Deshacer marca</translation>
    </message>
    <message>
        <source>Pre&amp;vious Unread</source>
        <translation>&amp;Anterior no leída</translation>
    </message>
    <message>
        <source>Next &amp;Waiting on Me</source>
        <translation>Siguiente que &amp;espera mi respuesta</translation>
    </message>
    <message>
        <source>Marked as done: %1</source>
        <translation>Marcada como hecha: %1</translation>
    </message>
    <message>
        <source>Mark undone</source>
        <translation>Marca deshecha</translation>
    </message>
    <message>
        <source>No more conversations of that kind in this list</source>
        <translation>No hay más conversaciones de ese tipo en esta lista</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leída</translation>
    </message>
    <message>
        <source>Mark as U&amp;nread</source>
        <translation>Marcar como &amp;no leída</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unread</source>
        <translation>&amp;Siguiente no leída</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>«%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is allowed only for 127.0.0.1, ::1 and localhost): “%1”.</source>
        <translation>La dirección de la API debe usar https (http sin cifrar solo se permite para 127.0.0.1, ::1 y localhost): «%1».</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Try the &amp;demo inbox</source>
        <translation>Probar los mensajes de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Connect your account…</source>
        <translation>Co&amp;necta tu cuenta…</translation>
    </message>
    <message>
        <source>Welcome to Linkup Inbox</source>
        <translation>Te damos la bienvenida a Linkup Inbox</translation>
    </message>
    <message>
        <source>Your LinkedIn conversations in a fast desktop app, through LinkupAPI.
Connect your account with your LinkupAPI key and your LinkedIn login, or look around the demo inbox first: its people and messages are made up.</source>
        <translation>Tus conversaciones de LinkedIn en una aplicación de escritorio rápida, a través de LinkupAPI.
Conecta tu cuenta con tu clave de LinkupAPI y tu inicio de sesión de LinkedIn, o echa antes un vistazo a los mensajes de demostración: sus personas y mensajes son inventados.</translation>
    </message>
    <message>
        <source>Your LinkedIn conversations in a fast desktop app, through LinkupAPI.
Connect your account with your LinkupAPI key and your LinkedIn login.</source>
        <translation>Tus conversaciones de LinkedIn en una aplicación de escritorio rápida, a través de LinkupAPI.
Conecta tu cuenta con tu clave de LinkupAPI y tu inicio de sesión de LinkedIn.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Export Conversations…</source>
        <translation>E&amp;xportar conversaciones…</translation>
    </message>
    <message>
        <source>Co&amp;nnect Account…</source>
        <translation>Co&amp;nectar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Linkup Inbox</source>
        <translation>Acerca &amp;de Linkup Inbox</translation>
    </message>
    <message>
        <source>&amp;Newest First</source>
        <translation>Más &amp;recientes primero</translation>
    </message>
    <message>
        <source>&amp;Unread First</source>
        <translation>&amp;No leídas primero</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>Más &amp;antiguas primero</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Ordenar</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
</context>
</TS>
