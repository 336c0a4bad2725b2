// classifyReply / parseRetryAfter / ApiError: how one HTTP attempt becomes an error value.

#include "api/apierror.h"
#include "api/replyclassifier.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

RawReply httpReply(int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    RawReply reply;
    reply.httpStatus = status;
    reply.body = body;
    reply.retryAfterHeader = retryAfter;
    return reply;
}

QByteArray errorBody(const QString &message)
{
    return R"({"status":"error","message":")" + message.toUtf8() + R"("})";
}

const QList<Kind> AllKinds = {Kind::None,          Kind::InvalidApiKey, Kind::LoginExpired,
                              Kind::LoginFailed,   Kind::RateLimited,   Kind::BadRequest,
                              Kind::ServerError,   Kind::NetworkError,  Kind::Timeout,
                              Kind::MalformedReply};

} // namespace

namespace QTest {
template <>
char *toString(const ApiError::Kind &kind)
{
    return qstrdup(ApiError::kindName(kind).toUtf8().constData());
}
} // namespace QTest

class TestReplyClassifier : public QObject
{
    Q_OBJECT

private slots:
    void success_data();
    void success();
    void v1ErrorWithHttp200_data();
    void v1ErrorWithHttp200();
    void messageFromOtherFields_data();
    void messageFromOtherFields();
    void httpErrorCodes_data();
    void httpErrorCodes();
    void malformedSuccessReply_data();
    void malformedSuccessReply();
    void timeout();
    void networkError();
    void worthRetryingOnlyFor5xxAndTransport_data();
    void worthRetryingOnlyFor5xxAndTransport();
    void rateLimitedReadsRetryAfter_data();
    void rateLimitedReadsRetryAfter();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void serverMessageTruncated();
    void hugeHostileBody();
    void everyKindHasMessageAndName();
    void describeIncludesServerText();
    void needsNewCredentials_data();
    void needsNewCredentials();
    void makeDefaults();
};

void TestReplyClassifier::success_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("inbox") << 200
                           << QByteArray(R"({"status":"success","data":{"conversations":[],)"
                                         R"("total_results":0,"next_cursor":null}})");
    QTest::newRow("login") << 200
                           << QByteArray(R"({"status":"success","login_token":"t","message":)"
                                         R"("Login successful"})");
    QTest::newRow("verification wanted")
            << 200
            << QByteArray(R"({"status":"success","message":"Check your email for )"
                          R"(verification code","email":"a@b.c"})");
    QTest::newRow("201") << 201 << QByteArray(R"({"status":"success","data":{}})");
    QTest::newRow("whitespace around") << 200 << QByteArray(" \n{\"status\":\"success\"}\n ");
}

void TestReplyClassifier::success()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);

    const ClassifiedReply result = classifyReply(httpReply(httpStatus, body));
    QCOMPARE(result.error.kind, Kind::None);
    QVERIFY(!result.error.isError());
    QVERIFY(result.error.message.isEmpty());
    QCOMPARE(result.httpStatus, httpStatus);
    QVERIFY(!result.worthRetrying);
    QCOMPARE(result.root.value(u"status").toString(), u"success"_s);
}

void TestReplyClassifier::v1ErrorWithHttp200_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<Kind>("kind");

    // Every text of the error table in LINKUP_API.md, as v1 sends it with HTTP 200.
    QTest::newRow("Bad parameter") << u"Bad parameter"_s << Kind::BadRequest;
    QTest::newRow("Required fields are missing")
            << u"Required fields are missing"_s << Kind::BadRequest;
    QTest::newRow("total_results must be greater than 0")
            << u"total_results must be greater than 0"_s << Kind::BadRequest;
    QTest::newRow("Invalid API key or insufficient credits")
            << u"Invalid API key or insufficient credits"_s << Kind::InvalidApiKey;
    QTest::newRow("Bad username or password") << u"Bad username or password"_s << Kind::LoginFailed;
    QTest::newRow("Verification failed") << u"Verification failed"_s << Kind::LoginFailed;
    QTest::newRow("Session expired") << u"Session expired"_s << Kind::LoginExpired;
    QTest::newRow("LinkedIn token expired") << u"LinkedIn token expired"_s << Kind::LoginExpired;
    QTest::newRow("LinkedIn Rate limit exceeded")
            << u"LinkedIn Rate limit exceeded"_s << Kind::RateLimited;
    QTest::newRow("API Rate limit exceeded") << u"API Rate limit exceeded"_s << Kind::RateLimited;
    QTest::newRow("LinkedIn API error occurred")
            << u"LinkedIn API error occurred"_s << Kind::ServerError;
    QTest::newRow("An error occurred while processing your request")
            << u"An error occurred while processing your request"_s << Kind::ServerError;
    // Case does not matter; unknown texts are the server's problem.
    QTest::newRow("upper case") << u"SESSION EXPIRED"_s << Kind::LoginExpired;
    QTest::newRow("unknown text") << u"Something odd happened"_s << Kind::ServerError;
    QTest::newRow("empty message") << QString() << Kind::ServerError;
}

void TestReplyClassifier::v1ErrorWithHttp200()
{
    QFETCH(QString, message);
    QFETCH(Kind, kind);

    const ClassifiedReply result = classifyReply(httpReply(200, errorBody(message)));
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.serverMessage, message);
    QCOMPARE(result.error.httpStatus, 200);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(!result.error.message.isEmpty());
    // v1 bills these answers: never retried by itself, whatever the text says.
    QVERIFY(!result.worthRetrying);
    QCOMPARE(result.root.value(u"status").toString(), u"error"_s);
}

void TestReplyClassifier::messageFromOtherFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("data string, no message")
            << QByteArray(R"({"status":"error","data":"Session expired"})") << u"Session expired"_s
            << Kind::LoginExpired;
    QTest::newRow("data string, empty message")
            << QByteArray(R"({"status":"error","message":"","data":"Bad parameter"})")
            << u"Bad parameter"_s << Kind::BadRequest;
    QTest::newRow("data string, message not a string")
            << QByteArray(R"({"status":"error","message":42,"data":"API Rate limit exceeded"})")
            << u"API Rate limit exceeded"_s << Kind::RateLimited;
    QTest::newRow("message wins over data") << QByteArray(
            R"({"status":"error","message":"Session expired","data":"Bad parameter"})")
                                            << u"Session expired"_s << Kind::LoginExpired;
    QTest::newRow("error field") << QByteArray(
            R"({"status":"error","error":"Invalid API key or insufficient credits"})")
                                 << u"Invalid API key or insufficient credits"_s
                                 << Kind::InvalidApiKey;
    QTest::newRow("data object: no text")
            << QByteArray(R"({"status":"error","data":{"message":"Session expired"}})") << QString()
            << Kind::ServerError;
    QTest::newRow("message null") << QByteArray(R"({"status":"error","message":null})") << QString()
                                  << Kind::ServerError;
    QTest::newRow("message array") << QByteArray(R"({"status":"error","message":["x"]})")
                                   << QString() << Kind::ServerError;
}

void TestReplyClassifier::messageFromOtherFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, serverMessage);
    QFETCH(Kind, kind);

    const ClassifiedReply result = classifyReply(httpReply(200, body));
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.serverMessage, serverMessage);
    QVERIFY(!result.worthRetrying);
}

void TestReplyClassifier::httpErrorCodes_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("worthRetrying");

    const QByteArray html = "<html><body><h1>Error</h1></body></html>";
    const QByteArray empty;

    // v1 codes with the texts of the error table.
    QTest::newRow("400 bad parameter")
            << 400 << errorBody(u"Bad parameter"_s) << Kind::BadRequest << false;
    QTest::newRow("400 html") << 400 << html << Kind::BadRequest << false;
    QTest::newRow("401 invalid key")
            << 401 << errorBody(u"Invalid API key or insufficient credits"_s) << Kind::InvalidApiKey
            << false;
    QTest::newRow("401 bad password")
            << 401 << errorBody(u"Bad username or password"_s) << Kind::LoginFailed << false;
    QTest::newRow("401 verification failed")
            << 401 << errorBody(u"Verification failed"_s) << Kind::LoginFailed << false;
    QTest::newRow("401 session expired")
            << 401 << errorBody(u"Session expired"_s) << Kind::LoginExpired << false;
    QTest::newRow("401 no text") << 401 << QByteArray(R"({"status":"error"})")
                                 << Kind::InvalidApiKey << false;
    QTest::newRow("401 html") << 401 << html << Kind::InvalidApiKey << false;
    QTest::newRow("401 empty") << 401 << empty << Kind::InvalidApiKey << false;
    QTest::newRow("403 token expired")
            << 403 << errorBody(u"LinkedIn token expired"_s) << Kind::LoginExpired << false;
    QTest::newRow("403 no text") << 403 << QByteArray("{}") << Kind::LoginExpired << false;
    QTest::newRow("403 html") << 403 << html << Kind::LoginExpired << false;
    QTest::newRow("429 linkedin") << 429 << errorBody(u"LinkedIn Rate limit exceeded"_s)
                                  << Kind::RateLimited << false;
    QTest::newRow("429 api") << 429 << errorBody(u"API Rate limit exceeded"_s) << Kind::RateLimited
                             << false;
    QTest::newRow("429 plain text")
            << 429 << QByteArray("Too Many Requests") << Kind::RateLimited << false;
    QTest::newRow("500 linkedin api error")
            << 500 << errorBody(u"LinkedIn API error occurred"_s) << Kind::ServerError << true;
    QTest::newRow("500 processing")
            << 500 << errorBody(u"An error occurred while processing your request"_s)
            << Kind::ServerError << true;
    QTest::newRow("500 html") << 500 << html << Kind::ServerError << true;
    QTest::newRow("500 empty") << 500 << empty << Kind::ServerError << true;
    QTest::newRow("502 html") << 502 << html << Kind::ServerError << true;
    QTest::newRow("503 json") << 503 << QByteArray(R"({"status":"error","message":"down"})")
                              << Kind::ServerError << true;
    QTest::newRow("503 html") << 503 << html << Kind::ServerError << true;
    QTest::newRow("504 empty") << 504 << empty << Kind::ServerError << true;
    QTest::newRow("404 html") << 404 << html << Kind::BadRequest << false;
    QTest::newRow("413 empty") << 413 << empty << Kind::BadRequest << false;
    // A non-2xx code is an error even when the body claims success.
    QTest::newRow("500 claiming success")
            << 500 << QByteArray(R"({"status":"success","data":{}})") << Kind::ServerError << true;
    QTest::newRow("401 claiming success")
            << 401 << QByteArray(R"({"status":"success"})") << Kind::InvalidApiKey << false;

    // v2 codes.
    QTest::newRow("v2 402 credits") << 402 << QByteArray(R"({"error":"Insufficient credits"})")
                                    << Kind::InvalidApiKey << false;
    QTest::newRow("v2 402 no body") << 402 << empty << Kind::InvalidApiKey << false;
    QTest::newRow("v2 403 invalid key")
            << 403 << QByteArray(R"({"status":"error","message":"Invalid API key"})")
            << Kind::InvalidApiKey << false;
    QTest::newRow("v2 403 invalid key, error field")
            << 403 << QByteArray(R"({"error":"Invalid API key"})") << Kind::InvalidApiKey << false;
    QTest::newRow("v2 429") << 429 << QByteArray(R"({"error":"Too many requests"})")
                            << Kind::RateLimited << false;
}

void TestReplyClassifier::httpErrorCodes()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(bool, worthRetrying);

    const ClassifiedReply result = classifyReply(httpReply(httpStatus, body));
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.worthRetrying, worthRetrying);
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.error.httpStatus, httpStatus);
    QVERIFY(!result.error.message.isEmpty());
}

void TestReplyClassifier::malformedSuccessReply_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>Service Unavailable</html>");
    QTest::newRow("plain text") << QByteArray("OK");
    QTest::newRow("truncated json") << QByteArray(R"({"status":"success","data":{"conversa)");
    QTest::newRow("trailing garbage") << QByteArray(R"({"status":"success"} x)");
    QTest::newRow("json array") << QByteArray(R"([{"status":"success"}])");
    QTest::newRow("json string") << QByteArray(R"("success")");
    QTest::newRow("json number") << QByteArray("42");
    QTest::newRow("json null") << QByteArray("null");
    QTest::newRow("object without status") << QByteArray(R"({"data":{"conversations":[]}})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("status not a string") << QByteArray(R"({"status":true})");
    QTest::newRow("status unknown") << QByteArray(R"({"status":"pending"})");
    QTest::newRow("status wrong case") << QByteArray(R"({"status":"Success"})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    QTest::newRow("utf-16 bom") << QByteArray("\xff\xfe{\0}\0", 6);
}

void TestReplyClassifier::malformedSuccessReply()
{
    QFETCH(QByteArray, body);

    const ClassifiedReply result = classifyReply(httpReply(200, body));
    QCOMPARE(result.error.kind, Kind::MalformedReply);
    QCOMPARE(result.error.httpStatus, 200);
    QVERIFY(!result.worthRetrying);
    QVERIFY(!result.error.message.isEmpty());
}

void TestReplyClassifier::timeout()
{
    RawReply reply;
    reply.timedOut = true;
    reply.transportFailed = true;
    reply.transportError = u"Operation canceled"_s;
    ClassifiedReply result = classifyReply(reply);
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY(!result.error.message.isEmpty());
    // The silence may hide a request the server did (and billed): not retried by itself.
    QVERIFY(!result.worthRetrying);

    // Timed out after the status line arrived: still a timeout, whatever the partial body.
    reply.httpStatus = 200;
    reply.body = R"({"status":"succ)";
    result = classifyReply(reply);
    QCOMPARE(result.error.kind, Kind::Timeout);
}

void TestReplyClassifier::networkError()
{
    RawReply reply;
    reply.transportFailed = true;
    reply.transportError = u"Connection refused"_s;
    const ClassifiedReply result = classifyReply(reply);
    QCOMPARE(result.error.kind, Kind::NetworkError);
    QVERIFY(result.worthRetrying);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.error.httpStatus, 0);
    QCOMPARE(result.error.serverMessage, u"Connection refused"_s);
    QVERIFY(result.error.message.contains(u"Connection refused"_s));

    // No HTTP answer and no description: still a network error, with a message.
    const ClassifiedReply bare = classifyReply(RawReply());
    QCOMPARE(bare.error.kind, Kind::NetworkError);
    QVERIFY(bare.worthRetrying);
    QVERIFY(!bare.error.message.isEmpty());
}

void TestReplyClassifier::worthRetryingOnlyFor5xxAndTransport_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("worthRetrying");

    // Past 599 is no HTTP status at all (fuzz_classify found them retried).
    for (int status : {400, 401, 402, 403, 404, 408, 409, 422, 429, 499, 600, 999, 2560}) {
        QTest::addRow("%d json", status) << status << errorBody(u"Session expired"_s) << false;
        QTest::addRow("%d text", status) << status << QByteArray("nope") << false;
    }
    for (int status : {500, 501, 502, 503, 504, 599}) {
        QTest::addRow("%d json", status) << status << errorBody(u"Bad parameter"_s) << true;
        QTest::addRow("%d text", status) << status << QByteArray("oops") << true;
    }
    // v1 errors inside HTTP 200, even the "server" ones: billed, so never automatic.
    QTest::newRow("200 server text") << 200 << errorBody(u"LinkedIn API error occurred"_s) << false;
    QTest::newRow("200 rate limit") << 200 << errorBody(u"API Rate limit exceeded"_s) << false;
    QTest::newRow("200 malformed") << 200 << QByteArray("<html>") << false;
    QTest::newRow("200 success") << 200 << QByteArray(R"({"status":"success"})") << false;
}

void TestReplyClassifier::worthRetryingOnlyFor5xxAndTransport()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(bool, worthRetrying);
    QCOMPARE(classifyReply(httpReply(httpStatus, body)).worthRetrying, worthRetrying);
}

void TestReplyClassifier::rateLimitedReadsRetryAfter_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("retryAfter");

    const QByteArray limited = errorBody(u"API Rate limit exceeded"_s);
    QTest::newRow("429 with seconds") << 429 << limited << QByteArray("30") << 30;
    QTest::newRow("429 without header") << 429 << limited << QByteArray() << -1;
    QTest::newRow("429 garbage header") << 429 << limited << QByteArray("soon") << -1;
    QTest::newRow("429 huge header") << 429 << limited << QByteArray("86400") << 600;
    QTest::newRow("200 with seconds") << 200 << limited << QByteArray("5") << 5;
    QTest::newRow("not rate limited: ignored")
            << 401 << errorBody(u"Session expired"_s) << QByteArray("30") << -1;
}

void TestReplyClassifier::rateLimitedReadsRetryAfter()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(int, retryAfter);

    const ClassifiedReply result = classifyReply(httpReply(httpStatus, body, header));
    QCOMPARE(result.error.retryAfterSeconds, retryAfter);
}

void TestReplyClassifier::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");

    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("blank") << QByteArray("   ") << -1;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("seconds with spaces") << QByteArray("  42 \t") << 42;
    QTest::newRow("leading zeros") << QByteArray("007") << 7;
    QTest::newRow("cap exactly") << QByteArray("600") << 600;
    QTest::newRow("over the cap") << QByteArray("601") << 600;
    QTest::newRow("a day") << QByteArray("86400") << 600;
    QTest::newRow("beyond int") << QByteArray("99999999999") << 600;
    QTest::newRow("beyond any integer") << QByteArray("99999999999999999999999999999") << 600;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("negative huge") << QByteArray("-99999999999") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("hex") << QByteArray("0x10") << -1;
    QTest::newRow("unit") << QByteArray("30s") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("binary") << QByteArray("\x01\xff", 2) << -1;
    // "now" is Wed, 21 Oct 2015 07:27:00 GMT in the test.
    QTest::newRow("http-date in a minute") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 60;
    QTest::newRow("http-date numeric zone") << QByteArray("Wed, 21 Oct 2015 09:28:00 +0200") << 60;
    QTest::newRow("http-date now") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
    QTest::newRow("http-date in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << 0;
    QTest::newRow("http-date far ahead") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << 600;
    QTest::newRow("http-date invalid day") << QByteArray("Wed, 41 Oct 2015 07:28:00 GMT") << -1;
    QTest::newRow("http-date garbage") << QByteArray("Wed, 21 Foo 2015 07:28:00 GMT") << -1;
}

void TestReplyClassifier::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);

    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27), Qt::UTC);
    QCOMPARE(::parseRetryAfter(header, now), expected);
}

void TestReplyClassifier::serverMessageTruncated()
{
    const QString longText = u"Bad parameter "_s + QString(5000, u'x');
    const ClassifiedReply result = classifyReply(httpReply(200, errorBody(longText)));
    QCOMPARE(result.error.kind, Kind::BadRequest);
    QCOMPARE(result.error.serverMessage.size(), 300);
    QCOMPARE(result.error.serverMessage, longText.left(300));
    QVERIFY(result.error.message.size() < 1000);

    const QString exact(300, u'y');
    QCOMPARE(ApiError::make(Kind::BadRequest, exact).serverMessage, exact);
    QCOMPARE(ApiError::make(Kind::BadRequest, exact + u'z').serverMessage, exact);

    // A surrogate pair across the cut is dropped whole, not split (found by fuzz_classify).
    const QString pairAtCut = QString(299, u'y') + u"\U0001F600"_s + u'z';
    QCOMPARE(ApiError::make(Kind::BadRequest, pairAtCut).serverMessage, QString(299, u'y'));
    const QString pairBeforeCut = QString(298, u'y') + u"\U0001F600"_s + u'z';
    QCOMPARE(ApiError::make(Kind::BadRequest, pairBeforeCut).serverMessage,
             pairBeforeCut.left(300));
}

void TestReplyClassifier::hugeHostileBody()
{
    // A 1 MB message full of markup and controls: classified, and bounded in the error.
    QString hostile;
    while (hostile.size() < 1000000)
        hostile += u"<b>Session expired</b>\\n\\u202e"_s;
    const ClassifiedReply result = classifyReply(httpReply(401, errorBody(hostile)));
    QCOMPARE(result.error.kind, Kind::LoginExpired);
    QCOMPARE(result.error.serverMessage.size(), 300);
    QVERIFY(result.error.serverMessage.startsWith(u"<b>Session expired</b>\n\u202E"_s));
}

void TestReplyClassifier::everyKindHasMessageAndName()
{
    QSet<QString> names;
    for (Kind kind : AllKinds) {
        const QString name = ApiError::kindName(kind);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(int(kind))));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);

        const ApiError bare = ApiError::make(kind);
        const ApiError withText = ApiError::make(kind, u"server said no"_s, 418);
        QCOMPARE(bare.kind, kind);
        QCOMPARE(withText.httpStatus, 418);
        QCOMPARE(withText.serverMessage, u"server said no"_s);
        if (kind == Kind::None) {
            QVERIFY(bare.message.isEmpty());
            QVERIFY(!bare.isError());
        } else {
            QVERIFY2(!bare.message.isEmpty(), qPrintable(name));
            QVERIFY2(!withText.message.isEmpty(), qPrintable(name));
            QVERIFY(bare.isError());
            QCOMPARE(bare.message, ApiError::describe(kind, QString()));
        }
    }
    QCOMPARE(names.size(), AllKinds.size());
    // Translated messages differ per kind, so the user can tell them apart.
    QSet<QString> messages;
    for (Kind kind : AllKinds) {
        if (kind != Kind::None)
            messages.insert(ApiError::describe(kind, QString()));
    }
    QCOMPARE(messages.size(), AllKinds.size() - 1);
}

void TestReplyClassifier::describeIncludesServerText()
{
    QVERIFY(ApiError::describe(Kind::LoginFailed, u"Bad username or password"_s)
                    .contains(u"Bad username or password"_s));
    QVERIFY(ApiError::describe(Kind::BadRequest, u"Bad parameter"_s).contains(u"Bad parameter"_s));
    QVERIFY(ApiError::describe(Kind::NetworkError, u"Host not found"_s)
                    .contains(u"Host not found"_s));
    // Server text with %1-like sequences must not be re-substituted.
    QVERIFY(ApiError::describe(Kind::BadRequest, u"%1 %2"_s).contains(u"%1 %2"_s));
}

void TestReplyClassifier::needsNewCredentials_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("needsNew");

    for (Kind kind : AllKinds) {
        const bool needsNew = kind == Kind::InvalidApiKey || kind == Kind::LoginExpired;
        QTest::newRow(qPrintable(ApiError::kindName(kind))) << kind << needsNew;
    }
}

void TestReplyClassifier::needsNewCredentials()
{
    QFETCH(Kind, kind);
    QFETCH(bool, needsNew);
    QCOMPARE(ApiError::make(kind).needsNewCredentials(), needsNew);
}

void TestReplyClassifier::makeDefaults()
{
    const ApiError none;
    QCOMPARE(none.kind, Kind::None);
    QVERIFY(!none.isError());
    QCOMPARE(none.retryAfterSeconds, -1);
    QCOMPARE(none.httpStatus, 0);
    QCOMPARE(ApiError::make(Kind::RateLimited).retryAfterSeconds, -1);
}

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
