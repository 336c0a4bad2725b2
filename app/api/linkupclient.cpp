#include "linkupclient.h"

#include "inboxparser.h"
#include "messageparser.h"
#include "urlpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace {

int returnedResults(const QJsonObject &root)
{
    const QJsonObject data = root.value(u"data").toObject();
    for (const auto key : {u"conversations", u"messages"}) {
        const QJsonValue list = data.value(QStringView(key));
        if (list.isArray())
            return int(list.toArray().size());
    }
    return 0;
}

const QString LoginEndpoint = QStringLiteral("/auth/login");
const QString VerifyEndpoint = QStringLiteral("/auth/verify");

// A token longer than this is not a token but a broken or hostile reply.
constexpr int MaxLoginTokenLength = 8192;

// The one place that words auth failures: the classifier knows the kind, but only the
// endpoint tells whether the password or the code was wrong.
ApiError refineAuthError(const QString &endpoint, ApiError error)
{
    const bool verifying = endpoint == VerifyEndpoint;
    if (error.kind == ApiError::Kind::LoginExpired) {
        // On an auth call this cannot mean a stored token: the attempt itself lapsed.
        error.kind = ApiError::Kind::LoginFailed;
        error.message = LinkupClient::tr("LinkedIn ended this login attempt. Start again.");
    } else if (error.kind == ApiError::Kind::LoginFailed) {
        error.message = verifying
                ? LinkupClient::tr("That code did not work. Check the latest email from "
                                   "LinkedIn and try again.")
                : LinkupClient::tr("Wrong email or password.");
    }
    return error;
}

QString stringField(const QJsonObject &root, QStringView name)
{
    const QString value = root.value(name).toString();
    return value.isEmpty() ? root.value(u"data").toObject().value(name).toString() : value;
}

AuthResult authResultFrom(const QString &endpoint, const ClassifiedReply &reply,
                          const QString &sentEmail)
{
    AuthResult result;
    result.email = sentEmail;
    if (reply.error.isError()) {
        result.error = refineAuthError(endpoint, reply.error);
        return result;
    }
    const QString token = stringField(reply.root, u"login_token");
    if (!token.isEmpty() && token.size() <= MaxLoginTokenLength) {
        result.loginToken = token;
        return result;
    }
    // No token: the documented other answer asks for a code and names the address. The
    // wording may change, so an "email" field alone is enough to recognise it.
    const QString message = reply.root.value(u"message").toString();
    const QString email = stringField(reply.root, u"email").trimmed();
    const bool asksForCode = message.contains(u"code", Qt::CaseInsensitive)
            || message.contains(u"verif", Qt::CaseInsensitive) || !email.isEmpty();
    if (endpoint == LoginEndpoint && token.isEmpty() && asksForCode) {
        result.codeRequired = true;
        if (!email.isEmpty())
            result.email = email.left(320); // shown to the user; untrusted
        return result;
    }
    result.error = ApiError::make(ApiError::Kind::MalformedReply, message, reply.httpStatus);
    return result;
}

} // namespace

LinkupClient::LinkupClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_apiBase(defaultApiBase())
{
    // A redirect could carry the API key to another host; the API never redirects.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl LinkupClient::defaultApiBase()
{
    return QUrl(QStringLiteral("https://api.linkupapi.com/v1"));
}

QString LinkupClient::setApiBase(const QUrl &base)
{
    QString problem = UrlPolicy::apiBaseProblem(base);
    if (problem.isEmpty())
        m_apiBase = base;
    return problem;
}

void LinkupClient::setCredentials(const QString &apiKey, const QString &loginToken)
{
    m_apiKey = apiKey;
    m_loginToken = loginToken;
}

bool LinkupClient::hasCredentials() const
{
    return !m_apiKey.isEmpty() && !m_loginToken.isEmpty();
}

QByteArray LinkupClient::inboxRequestBody(const InboxQuery &query, const QString &loginToken)
{
    QJsonObject body{
            {QStringLiteral("login_token"), loginToken},
            {QStringLiteral("country"), query.country},
            {QStringLiteral("total_results"), query.totalResults},
            {QStringLiteral("category"), query.category},
    };
    if (!query.cursor.isEmpty())
        body.insert(QStringLiteral("next_cursor"), query.cursor);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiCall *LinkupClient::fetchInbox(const InboxQuery &query, QObject *context, InboxCallback onDone)
{
    ApiCall *call = post(QStringLiteral("/messages/inbox"), inboxRequestBody(query, m_loginToken),
                         query.totalResults, m_policy);
    connect(call, &ApiCall::finished, context, [call, onDone = std::move(onDone)] {
        InboxResult result;
        result.error = call->reply().error;
        if (!result.error.isError()) {
            result.page = InboxParser::parsePage(call->reply().root.value(u"data").toObject());
            if (result.page.skippedEntries > 0)
                qCDebug(lcApi) << "skipped" << result.page.skippedEntries
                               << "inbox entries without an object or id";
        }
        onDone(result);
    });
    call->start();
    return call;
}

QByteArray LinkupClient::conversationRequestBody(const ConversationQuery &query,
                                                 const QString &loginToken)
{
    QJsonObject body{
            {QStringLiteral("login_token"), loginToken},
            {QStringLiteral("country"), query.country},
            {QStringLiteral("total_results"), query.totalResults},
            {QStringLiteral("conversation_id"), query.conversationId},
    };
    if (!query.cursor.isEmpty())
        body.insert(QStringLiteral("cursor"), query.cursor);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiCall *LinkupClient::fetchConversation(const ConversationQuery &query, QObject *context,
                                         ConversationCallback onDone)
{
    ApiCall *call =
            post(QStringLiteral("/messages/conversation"),
                 conversationRequestBody(query, m_loginToken), query.totalResults, m_policy);
    connect(call, &ApiCall::finished, context, [call, onDone = std::move(onDone)] {
        ConversationResult result;
        result.error = call->reply().error;
        if (!result.error.isError()) {
            result.page = MessageParser::parsePage(call->reply().root.value(u"data").toObject());
            if (result.page.skippedEntries > 0)
                qCDebug(lcApi) << "skipped" << result.page.skippedEntries
                               << "conversation entries without an object or content";
        }
        onDone(result);
    });
    call->start();
    return call;
}

QByteArray LinkupClient::loginRequestBody(const QString &email, const QString &password,
                                          const QString &country)
{
    const QJsonObject body{
            {QStringLiteral("email"), email},
            {QStringLiteral("password"), password},
            {QStringLiteral("country"), country},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray LinkupClient::verifyRequestBody(const QString &email, const QString &code,
                                           const QString &country)
{
    const QJsonObject body{
            {QStringLiteral("email"), email},
            {QStringLiteral("code"), code},
            {QStringLiteral("country"), country},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiCall *LinkupClient::login(const QString &email, const QString &password, const QString &country,
                             QObject *context, AuthCallback onDone)
{
    return postAuth(LoginEndpoint, loginRequestBody(email, password, country), email, context,
                    std::move(onDone));
}

ApiCall *LinkupClient::verify(const QString &email, const QString &code, const QString &country,
                              QObject *context, AuthCallback onDone)
{
    return postAuth(VerifyEndpoint, verifyRequestBody(email, code, country), email, context,
                    std::move(onDone));
}

ApiCall *LinkupClient::postAuth(const QString &endpoint, const QByteArray &body,
                                const QString &email, QObject *context, AuthCallback onDone)
{
    // No retry at all, not even after a 5xx or a dropped connection: a second login can
    // mail a second code or look like an attack to LinkedIn. With no retry ApiCall also
    // lets go of the body (password or code) as soon as it is sent.
    CallPolicy policy = m_policy;
    policy.maxRetries = 0;
    ApiCall *call = post(endpoint, body, 0, policy);
    connect(call, &ApiCall::finished, context, [call, endpoint, email, onDone = std::move(onDone)] {
        onDone(authResultFrom(endpoint, call->reply(), email));
    });
    call->start();
    return call;
}

ApiCall *LinkupClient::post(const QString &endpoint, const QByteArray &body, int resultsRequested,
                            const CallPolicy &policy)
{
    QUrl url = m_apiBase;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + endpoint);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("x-api-key", m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");

    auto *call = new ApiCall(m_network, request, body, policy, this);
    connect(call, &ApiCall::attemptFinished, this,
            [this, endpoint, resultsRequested](const ClassifiedReply &reply) {
                ApiUsageRecord record;
                record.endpoint = endpoint;
                record.resultsRequested = resultsRequested;
                record.resultsReturned = returnedResults(reply.root);
                record.httpStatus = reply.httpStatus;
                record.errorKind = reply.error.kind;
                emit attemptFinished(record);
            });
    return call;
}
