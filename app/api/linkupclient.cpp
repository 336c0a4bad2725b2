#include "linkupclient.h"

#include "billing.h"
#include "inboxparser.h"
#include "messageparser.h"
#include "urlpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace {

// What a list call returned, for the credit meter: never more than was asked for (a
// page of more is cut to that size and a real server bills no more than it was asked).
// A call that asks for no list (a send, a login) returns none, whatever its answer
// holds, and is billed as one.
int returnedResults(const QJsonObject &root, int requested)
{
    if (requested <= 0)
        return 0;
    const QJsonObject data = root.value(u"data").toObject();
    for (const auto key : {u"conversations", u"messages"}) {
        const QJsonValue list = data.value(QStringView(key));
        if (list.isArray()) {
            const int size = int(list.toArray().size());
            return qMin(size, requested);
        }
    }
    return 0;
}

// The "data" object of a success, or an error when the reply is not of that shape.
bool pageData(ClassifiedReply &reply, bool (*hasShape)(const QJsonObject &),
              const QString &shapeError, QJsonObject *data)
{
    const QJsonValue value = reply.root.value(u"data");
    if (value.isObject() && hasShape(value.toObject())) {
        *data = value.toObject();
        return true;
    }
    reply.error = ApiError::make(ApiError::Kind::MalformedReply, {}, reply.httpStatus);
    if (!shapeError.isEmpty())
        reply.error.message = shapeError;
    return false;
}

template <typename Page>
void logDropped(const Page &page, const char *what)
{
    if (page.skippedEntries > 0)
        qCDebug(lcApi) << "skipped" << page.skippedEntries << what << "without content or id";
    if (page.ignoredEntries > 0)
        qCWarning(lcApi) << "ignored" << page.ignoredEntries << what
                         << "beyond the number asked for";
}

} // namespace

LinkupClient::LinkupClient(QObject *parent)
    : LinkupClient(new QNetworkAccessManager, parent)
{
    m_network->setParent(this);
    // A redirect could carry the API key to another host; the API never redirects.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

LinkupClient::LinkupClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_apiBase(defaultApiBase())
{
}

LinkupClient *LinkupClient::sibling(QObject *parent) const
{
    auto *client = new LinkupClient(m_network, parent);
    client->m_apiBase = m_apiBase;
    client->m_policy = m_policy;
    return client;
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
    call->setDecoder([max = query.totalResults](ClassifiedReply &reply) -> std::any {
        QJsonObject data;
        if (!pageData(reply, &InboxParser::hasPageShape, {}, &data))
            return {};
        InboxPage page = InboxParser::parsePage(data, max);
        logDropped(page, "inbox entries");
        return page;
    });
    connect(call, &ApiCall::finished, context, [call, onDone = std::move(onDone)] {
        InboxResult result;
        result.error = call->reply().error;
        if (!result.error.isError())
            result.page = std::any_cast<InboxPage>(call->decoded());
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
    call->setDecoder([max = query.totalResults](ClassifiedReply &reply) -> std::any {
        QJsonObject data;
        if (!pageData(reply, &MessageParser::hasPageShape,
                      tr("This conversation could not be read: the server's answer holds no "
                         "messages."),
                      &data))
            return {};
        MessagePage page = MessageParser::parsePage(data, max);
        logDropped(page, "messages");
        return page;
    });
    connect(call, &ApiCall::finished, context, [call, onDone = std::move(onDone)] {
        ConversationResult result;
        result.error = call->reply().error;
        if (!result.error.isError())
            result.page = std::any_cast<MessagePage>(call->decoded());
        onDone(result);
    });
    call->start();
    return call;
}

QByteArray LinkupClient::sendRequestBody(const SendQuery &query, const QString &loginToken)
{
    const QJsonObject body{
            {QStringLiteral("login_token"), loginToken},
            {QStringLiteral("country"), query.country},
            {QStringLiteral("linkedin_url"), query.recipient.toString(QUrl::FullyEncoded)},
            {QStringLiteral("message_text"), query.text},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiCall *LinkupClient::sendMessage(const SendQuery &query, QObject *context, SendCallback onDone)
{
    CallPolicy policy = m_policy;
    policy.maxRetries = 0;
    // No results are asked for: the credit meter bills the attempt as 1 credit (an
    // answer of any status but 5xx), which is what a message costs.
    ApiCall *call = post(QStringLiteral("/messages/send-message"),
                         sendRequestBody(query, m_loginToken), 0, policy);
    connect(call, &ApiCall::finished, context, [call, onDone = std::move(onDone)] {
        SendResult result;
        result.error = call->reply().error;
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
    return postAuth(AuthParser::Endpoint::Login, loginRequestBody(email, password, country), email,
                    context, std::move(onDone));
}

ApiCall *LinkupClient::verify(const QString &email, const QString &code, const QString &country,
                              QObject *context, AuthCallback onDone)
{
    return postAuth(AuthParser::Endpoint::Verify, verifyRequestBody(email, code, country), email,
                    context, std::move(onDone));
}

ApiCall *LinkupClient::postAuth(AuthParser::Endpoint endpoint, const QByteArray &body,
                                const QString &email, QObject *context, AuthCallback onDone)
{
    // No retry at all, not even after a 5xx or a dropped connection: a second login can
    // mail a second code or look like an attack to LinkedIn. With no retry ApiCall also
    // lets go of the body (password or code) as soon as it is sent.
    CallPolicy policy = m_policy;
    policy.maxRetries = 0;
    const QString path = endpoint == AuthParser::Endpoint::Verify ? QStringLiteral("/auth/verify")
                                                                  : QStringLiteral("/auth/login");
    ApiCall *call = post(path, body, 0, policy, Spending::Unchecked);
    call->setDecoder([endpoint, email](ClassifiedReply &reply) -> std::any {
        return AuthParser::parse(endpoint, reply, email);
    });
    connect(call, &ApiCall::finished, context, [call, endpoint, email, onDone = std::move(onDone)] {
        // An error reply is not decoded: word it here, the same way.
        onDone(call->decoded().has_value() ? std::any_cast<AuthResult>(call->decoded())
                                           : AuthParser::parse(endpoint, call->reply(), email));
    });
    call->start();
    return call;
}

ApiCall *LinkupClient::post(const QString &endpoint, const QByteArray &body, int resultsRequested,
                            const CallPolicy &policy, Spending spending)
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
    // The most it can cost (a full page; 1 for a message): asked before, not after.
    const int estimate = resultsRequested > 0 ? Billing::creditsForResults(resultsRequested) : 1;
    if (spending == Spending::Checked && m_spendCheck) {
        if (const QString reason = m_spendCheck(endpoint, estimate); !reason.isEmpty()) {
            ApiError refusal = ApiError::make(ApiError::Kind::OverBudget);
            refusal.message = reason;
            call->setRefusal(refusal);
            return call;
        }
    }
    connect(call, &ApiCall::attemptFinished, this,
            [this, endpoint, resultsRequested](const ClassifiedReply &reply) {
                ApiUsageRecord record;
                record.endpoint = endpoint;
                record.resultsRequested = resultsRequested;
                record.resultsReturned = returnedResults(reply.root, resultsRequested);
                record.httpStatus = reply.httpStatus;
                record.errorKind = reply.error.kind;
                emit attemptFinished(record);
            });
    return call;
}
