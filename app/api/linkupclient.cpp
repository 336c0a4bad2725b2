#include "linkupclient.h"

#include "inboxparser.h"
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
    const QString problem = UrlPolicy::apiBaseProblem(base);
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
                         query.totalResults);
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

ApiCall *LinkupClient::post(const QString &endpoint, const QByteArray &body, int resultsRequested)
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

    auto *call = new ApiCall(m_network, request, body, m_policy, this);
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
