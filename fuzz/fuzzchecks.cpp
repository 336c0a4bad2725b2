#include "fuzzchecks.h"

#include "api/authparser.h"
#include "api/inboxparser.h"
#include "api/jsonfields.h"
#include "api/messageparser.h"
#include "api/replyclassifier.h"
#include "api/urltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace FuzzChecks {

namespace {

using Kind = ApiError::Kind;
namespace Limits = JsonFields::Limits;

// Bounds the code promises (replyclassifier.cpp, jsonfields.cpp); restated so that a
// change there has to be a change here too.
constexpr int MaxRetryAfterSeconds = 600;
constexpr int MaxCount = 1000000;
constexpr qint64 MaxTimeMs = 253402300799000; // the end of the year 9999
// A translated sentence around at most Limits::ServerText characters of server text.
constexpr int MaxErrorMessage = 1000;

// Collects the first violated invariant. The description is built only on failure, so
// the checks cost little per input (the fuzzers run them hundreds of thousands of times).
class Checker
{
public:
    bool ok() const { return m_violation.isEmpty(); }
    QString violation() const { return m_violation; }

    // Where the next checks look: a part of the reply and, for list entries, its index.
    void at(const char *where, qsizetype index = -1)
    {
        m_where = where;
        m_index = index;
    }

    // Records the failure when `holds` is false; returns `holds`.
    bool expect(bool holds, const char *what, const char *field = nullptr)
    {
        if (!holds && ok()) {
            m_violation = QString::fromUtf8(m_where);
            if (m_index >= 0)
                m_violation += u" entry "_s + QString::number(m_index);
            if (field)
                m_violation += u" "_s + QString::fromUtf8(field);
            m_violation += u": "_s + QString::fromUtf8(what);
        }
        return holds;
    }

private:
    QString m_violation;
    const char *m_where = "";
    qsizetype m_index = -1;
};

int byteAt(const QByteArray &input, qsizetype i)
{
    return i < input.size() ? int(quint8(input.at(i))) : 0;
}

QJsonObject objectOf(const QByteArray &body, bool *isObject)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *isObject = error.error == QJsonParseError::NoError && document.isObject();
    return *isObject ? document.object() : QJsonObject();
}

// text as ApiError keeps server text: whole up to ServerText, else its first ServerText
// code units, one fewer when the cut would split a surrogate pair.
bool isServerTextOf(const QString &kept, const QString &text)
{
    if (text.size() <= Limits::ServerText)
        return kept == text;
    const bool pairAtCut = text.at(Limits::ServerText - 1).isHighSurrogate()
            && text.at(Limits::ServerText).isLowSurrogate();
    return kept == QStringView(text).left(Limits::ServerText - (pairAtCut ? 1 : 0));
}

// What the server said, by the contract: "message", else "data", else "error" (strings).
QString serverTextOf(const QJsonObject &root)
{
    const QJsonValue message = root.value(u"message");
    if (message.isString() && !message.toString().isEmpty())
        return message.toString();
    for (const auto key : {u"data", u"error"}) {
        const QJsonValue value = root.value(QStringView(key));
        if (value.isString())
            return value.toString();
    }
    return {};
}

// A JsonFields::string() value: the reply's string when it fits its limit, else a prefix
// of it ended by an ellipsis, within the limit, never splitting a surrogate pair;
// empty when the reply had no string there.
void expectCapped(Checker &c, const QString &parsed, const QJsonValue &raw, int limit,
                  const char *field)
{
    if (!raw.isString()) {
        c.expect(parsed.isEmpty(), "not a string in the reply, yet not empty", field);
        return;
    }
    const QString text = raw.toString();
    if (!c.expect(parsed.size() <= limit, "longer than its limit", field))
        return;
    if (text.size() <= limit) {
        c.expect(parsed == text, "changed although within its limit", field);
        return;
    }
    if (!c.expect(parsed.endsWith(QChar(0x2026)), "cut without an ellipsis", field))
        return;
    const QStringView kept = QStringView(parsed).chopped(1);
    c.expect(QStringView(text).startsWith(kept), "cut text is not a prefix of the reply's", field);
    c.expect(kept.size() >= limit - 2, "cut shorter than the limit needs", field);
    c.expect(kept.isEmpty() || !kept.back().isHighSurrogate()
                     || !text.at(kept.size()).isLowSurrogate(),
             "cut splits a surrogate pair", field);
}

// A JsonFields::wholeString() value: the reply's string when it fits, else empty.
void expectWhole(Checker &c, const QString &parsed, const QJsonValue &raw, int limit,
                 const char *field)
{
    const QString text = raw.isString() ? raw.toString() : QString();
    c.expect(parsed == (text.size() <= limit ? text : QString()),
             "not the reply's whole string (or empty when over the limit)", field);
}

void expectUrl(Checker &c, const QString &url, const QJsonValue &raw, const char *field)
{
    if (url.isEmpty())
        return;
    c.expect(UrlText::toUrl(url).isValid(), "an invalid URL kept", field);
    c.expect(raw.isString() && raw.toString().size() <= Limits::Url,
             "a URL from a value that is no string within the limit", field);
    c.expect(url.size() <= Limits::Url, "URL longer than the limit", field);
}

void expectTime(Checker &c, const QDateTime &time, const char *field)
{
    if (!time.isValid())
        return;
    c.expect(time.timeSpec() == Qt::UTC, "time not in UTC", field);
    const qint64 ms = time.toMSecsSinceEpoch();
    c.expect(ms > 0 && ms < MaxTimeMs, "time outside (epoch, year 9999]", field);
}

void expectPerson(Checker &c, const Person &person, const QJsonValue &raw, const char *name,
                  const char *headline, const char *profileUrl, const char *picture)
{
    const QJsonObject object = raw.toObject();
    expectCapped(c, person.name, object.value(u"name"), Limits::Name, name);
    expectCapped(c, person.headline, object.value(u"headline"), Limits::Headline, headline);
    expectUrl(c, person.profileUrl, object.value(u"profile_url"), profileUrl);
    expectUrl(c, person.pictureUrl, object.value(u"profile_picture"), picture);
}

// ---------------------------------------------------------------------------
// classifyReply and parseRetryAfter
// ---------------------------------------------------------------------------

// Retry-After in delta-seconds, as the contract reads it: capped, however many digits.
int expectedDelta(const QByteArray &digits)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == '0')
        ++first;
    const QByteArray significant = digits.mid(first);
    if (significant.size() > 3)
        return MaxRetryAfterSeconds;
    return qMin(significant.toInt(), MaxRetryAfterSeconds);
}

bool isDelta(const QByteArray &trimmed)
{
    return !trimmed.isEmpty() && std::all_of(trimmed.cbegin(), trimmed.cend(), [](char ch) {
        return ch >= '0' && ch <= '9';
    });
}

void expectRetryAfter(Checker &c, const QByteArray &header)
{
    c.at("parseRetryAfter");
    // From the earliest to the latest "now": a date only comes closer, and whether the
    // header is read at all does not depend on the clock.
    const QDateTime nows[] = {
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2015, 10, 21), QTime(7, 27), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
    };
    const QByteArray trimmed = header.trimmed();
    const bool delta = isDelta(trimmed);
    int previous = INT_MAX;
    bool readable = false;
    for (qsizetype i = 0; i < qsizetype(std::size(nows)); ++i) {
        const int seconds = parseRetryAfter(header, nows[i]);
        c.expect(seconds == -1 || (seconds >= 0 && seconds <= MaxRetryAfterSeconds),
                 "outside -1 or [0, 600]");
        if (i == 0)
            readable = seconds != -1;
        c.expect((seconds != -1) == readable, "readable or not depending on the clock");
        c.expect(seconds <= previous, "a later clock gives a longer wait");
        previous = seconds;
        if (delta)
            c.expect(seconds == expectedDelta(trimmed), "delta-seconds misread");
        else if (trimmed.isEmpty())
            c.expect(seconds == -1, "an empty header read as a wait");
    }
}

RawReply classifyRaw(const QByteArray &input)
{
    RawReply raw;
    raw.httpStatus = byteAt(input, 0) << 8 | byteAt(input, 1);
    const int flags = byteAt(input, 2);
    raw.tooLarge = (flags & 1) != 0;
    raw.deadlinePassed = (flags & 2) != 0;
    raw.timedOut = (flags & 4) != 0;
    raw.transportFailed = (flags & 8) != 0;
    const int headerSize = byteAt(input, 3);
    raw.retryAfterHeader = input.mid(4, headerSize);
    raw.body = input.mid(4 + headerSize);
    // With no HTTP answer ApiCall passes Qt's description of the failure.
    if (raw.httpStatus == 0)
        raw.transportError = QString::fromUtf8(raw.body);
    return raw;
}

// What holds for every classified reply, whatever the endpoint.
void expectClassified(Checker &c, const RawReply &raw, const ClassifiedReply &reply)
{
    c.at("classifyReply");
    const bool cutOff = raw.tooLarge || raw.deadlinePassed || raw.timedOut;
    const bool answered = !cutOff && raw.httpStatus != 0;
    // Redirects are not followed (they could carry the API key elsewhere): not an answer.
    const bool redirect = answered && raw.httpStatus >= 300 && raw.httpStatus <= 399;
    bool isObject = false;
    const QJsonObject root = objectOf(raw.body, &isObject);
    const bool httpOk = raw.httpStatus >= 200 && raw.httpStatus <= 299;
    const bool success = answered && httpOk && root.value(u"status").toString() == u"success"_s;

    c.expect(reply.httpStatus == raw.httpStatus, "httpStatus is not the reply's");
    c.expect(reply.error.isError() != success,
             success ? "a success classified as an error" : "an error classified as a success");
    c.expect(reply.root == (answered && !redirect ? root : QJsonObject()),
             "root is not the parsed body (or not empty when nothing was parsed)");

    // Retrying costs credits on v1 for everything but server errors, and a silence may
    // hide a call the server did and billed: only 5xx and no answer at all.
    const bool retryable =
            !cutOff && (raw.httpStatus == 0 || (raw.httpStatus >= 500 && raw.httpStatus <= 599));
    c.expect(reply.worthRetrying == retryable,
             reply.worthRetrying ? "worth retrying, yet neither 5xx nor a transport failure"
                                 : "a 5xx or transport failure not worth retrying");

    const ApiError &error = reply.error;
    if (success) {
        c.expect(error.message.isEmpty() && error.serverMessage.isEmpty(),
                 "a success with an error text");
        c.expect(error.retryAfterSeconds == -1, "a success with a Retry-After");
        return;
    }
    c.expect(!error.message.isEmpty(), "an error without a message for the user");
    c.expect(error.message.size() <= MaxErrorMessage, "an unbounded error message");
    c.expect(error.serverMessage.size() <= Limits::ServerText, "an unbounded server message");
    c.expect(error.httpStatus == raw.httpStatus, "error.httpStatus is not the reply's");
    c.expect(error.kind != Kind::NothingNew, "nothing-new is the pager's to say");

    // The app's own cut-offs first (whatever arrived is not the whole answer), then no
    // answer at all, then an unreadable 2xx.
    QString serverText;
    if (raw.tooLarge) {
        c.expect(error.kind == Kind::ReplyTooLarge, "a cut-off reply not reported as too large");
    } else if (raw.deadlinePassed) {
        c.expect(error.kind == Kind::DeadlinePassed, "a deadline not reported as such");
    } else if (raw.timedOut) {
        c.expect(error.kind == Kind::Timeout, "a silence not reported as a timeout");
    } else if (raw.httpStatus == 0) {
        c.expect(error.kind == Kind::NetworkError, "no answer not reported as a network error");
        serverText = raw.transportError;
    } else if (redirect) {
        c.expect(error.kind == Kind::MalformedReply, "a redirect not reported as malformed");
    } else if (httpOk && !isObject) {
        c.expect(error.kind == Kind::MalformedReply, "an unreadable 2xx not malformed");
    } else {
        c.expect(error.kind != Kind::ReplyTooLarge && error.kind != Kind::DeadlinePassed
                         && error.kind != Kind::Timeout && error.kind != Kind::NetworkError,
                 "an answer reported as a transport problem");
        serverText = serverTextOf(root);
    }
    c.expect(isServerTextOf(error.serverMessage, serverText),
             "serverMessage is not the server's text, cut to 300 without splitting a pair");

    if (error.kind == Kind::RateLimited) {
        const int seconds = error.retryAfterSeconds;
        c.expect(seconds >= -1 && seconds <= MaxRetryAfterSeconds, "Retry-After out of range");
        const QByteArray trimmed = raw.retryAfterHeader.trimmed();
        if (isDelta(trimmed))
            c.expect(seconds == expectedDelta(trimmed), "Retry-After seconds misread");
    } else {
        c.expect(error.retryAfterSeconds == -1, "a Retry-After on an error that is no rate limit");
    }
}

// ---------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------

// As LinkupClient's decoders: a success whose "data" is an object of the page's shape,
// else (MalformedReply) nothing to parse.
bool pageData(const ClassifiedReply &reply, bool (*hasShape)(const QJsonObject &),
              QJsonObject *data)
{
    const QJsonValue value = reply.root.value(u"data");
    if (reply.error.isError() || !value.isObject() || !hasShape(value.toObject()))
        return false;
    *data = value.toObject();
    return true;
}

void expectEntryCounts(Checker &c, qsizetype listed, qsizetype parsed, int skipped, int ignored,
                       int maxEntries)
{
    const qsizetype bound = qMax(0, maxEntries);
    const qsizetype taken = qMin(listed, bound);
    c.expect(parsed <= bound, "more entries than asked for");
    c.expect(skipped >= 0 && ignored >= 0, "a negative count");
    c.expect(ignored == listed - taken, "ignored entries miscounted");
    c.expect(parsed + skipped == taken, "skipped entries miscounted");
}

void expectConversation(Checker &c, const Conversation &conversation, const QJsonObject &raw)
{
    c.expect(!conversation.id.isEmpty(), "a conversation without an id");
    expectWhole(c, conversation.id, raw.value(u"conversation_id"), Limits::Id, "conversation_id");
    expectPerson(c, conversation.participant, raw.value(u"participant"), "participant.name",
                 "participant.headline", "participant.profile_url", "participant.profile_picture");
    const QJsonObject last = raw.value(u"last_message").toObject();
    expectCapped(c, conversation.lastMessage.text, last.value(u"text"), Limits::Message,
                 "last_message.text");
    expectTime(c, conversation.lastMessage.time, "last_message.time");
    expectPerson(c, conversation.lastMessage.sender, last.value(u"sender"),
                 "last_message.sender.name", "last_message.sender.headline",
                 "last_message.sender.profile_url", "last_message.sender.profile_picture");
    c.expect(conversation.unreadCount >= 0 && conversation.unreadCount <= MaxCount,
             "unread outside [0, a million]", "unread");
    expectCapped(c, conversation.type, raw.value(u"type"), Limits::Type, "type");
    // What the model and the delegate ask of every row.
    const bool byMe = conversation.lastMessageSentByMe();
    const bool normal = conversation.isNormalType();
    Q_UNUSED(byMe);
    Q_UNUSED(normal);
}

void expectInboxPage(Checker &c, const InboxPage &page, const QJsonObject &data, int maxEntries)
{
    c.at("inbox page");
    const QJsonArray entries = data.value(u"conversations").toArray();
    expectEntryCounts(c, entries.size(), page.conversations.size(), page.skippedEntries,
                      page.ignoredEntries, maxEntries);
    expectWhole(c, page.nextCursor, data.value(u"next_cursor"), Limits::Cursor, "next_cursor");
    if (!c.ok())
        return;

    // Entry by entry, in order: which are kept (objects with an id), and each field.
    const qsizetype taken = qMin(entries.size(), qsizetype(qMax(0, maxEntries)));
    qsizetype next = 0;
    for (qsizetype i = 0; i < taken && c.ok(); ++i) {
        c.at("inbox page", i);
        const QJsonValue entry = entries.at(i);
        const QJsonValue id = entry.toObject().value(u"conversation_id");
        const bool kept = entry.isObject() && id.isString() && !id.toString().isEmpty()
                && id.toString().size() <= Limits::Id;
        if (!kept)
            continue;
        if (!c.expect(next < page.conversations.size(), "an entry with an id was dropped"))
            return;
        expectConversation(c, page.conversations.at(next++), entry.toObject());
    }
    c.at("inbox page");
    c.expect(!c.ok() || next == page.conversations.size(),
             "conversations that are not in the reply");
}

void expectMessage(Checker &c, const ThreadMessage &message, const QJsonObject &raw)
{
    expectWhole(c, message.id, raw.value(u"entity_urn"), Limits::Id, "entity_urn");
    expectCapped(c, message.text, raw.value(u"text"), Limits::Message, "text");
    expectTime(c, message.time, "timestamp");
    expectWhole(c, message.senderId, raw.value(u"sender"), Limits::Id, "sender");
    const QJsonObject info = raw.value(u"sender_info").toObject();
    expectCapped(c, message.senderFirstName, info.value(u"first_name"), Limits::Name,
                 "sender_info.first_name");
    expectCapped(c, message.senderLastName, info.value(u"last_name"), Limits::Name,
                 "sender_info.last_name");
    const QJsonValue type = raw.value(u"message_type");
    c.expect(message.isSystem
                     == (type.isString()
                         && type.toString().compare(u"SYSTEM"_s, Qt::CaseInsensitive) == 0),
             "SYSTEM read wrongly", "message_type");
    c.expect(!message.id.isEmpty() || !message.text.isEmpty() || message.time.isValid(),
             "a message with nothing to show and nothing to tell it apart by");
}

void expectMessagePage(Checker &c, const MessagePage &page, const QJsonObject &data, int maxEntries)
{
    c.at("conversation page");
    const QJsonArray entries = data.value(u"messages").toArray();
    expectEntryCounts(c, entries.size(), page.messages.size(), page.skippedEntries,
                      page.ignoredEntries, maxEntries);
    expectWhole(c, page.nextCursor, data.value(u"next_cursor"), Limits::Cursor, "next_cursor");
    if (!c.ok())
        return;

    const qsizetype taken = qMin(entries.size(), qsizetype(qMax(0, maxEntries)));
    qsizetype next = 0;
    for (qsizetype i = 0; i < taken && c.ok(); ++i) {
        c.at("conversation page", i);
        const QJsonValue entry = entries.at(i);
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(u"entity_urn");
        const QJsonValue text = object.value(u"text");
        const bool hasId =
                id.isString() && !id.toString().isEmpty() && id.toString().size() <= Limits::Id;
        const bool hasText = text.isString() && !text.toString().isEmpty();
        const bool hasTime = JsonFields::time(object, "timestamp"_L1).isValid();
        if (!entry.isObject() || !(hasId || hasText || hasTime))
            continue;
        if (!c.expect(next < page.messages.size(), "a message with content was dropped"))
            return;
        expectMessage(c, page.messages.at(next++), object);
    }
    c.at("conversation page");
    c.expect(!c.ok() || next == page.messages.size(), "messages that are not in the reply");
}

// ---------------------------------------------------------------------------
// Auth
// ---------------------------------------------------------------------------

void expectAuth(Checker &c, AuthParser::Endpoint endpoint, const ClassifiedReply &reply,
                const AuthResult &result, const QString &sentEmail)
{
    c.at(endpoint == AuthParser::Endpoint::Login ? "auth login" : "auth verify");
    const ApiError &error = result.error;
    c.expect(error.kind != Kind::LoginExpired, "an auth call cannot expire a stored login");
    c.expect(!result.email.isEmpty(), "the address to show is gone");
    c.expect(result.email == sentEmail || result.email.size() <= AuthParser::MaxEmailLength,
             "an unbounded email from the reply");
    if (reply.error.isError()) {
        c.expect(error.isError(), "an error reply parsed as a success");
        c.expect(error.httpStatus == reply.error.httpStatus, "the HTTP status got lost");
        c.expect(error.serverMessage == reply.error.serverMessage, "the server text got lost");
    }
    const int outcomes =
            int(error.isError()) + int(!result.loginToken.isEmpty()) + int(result.codeRequired);
    c.expect(outcomes == 1, "not exactly one of: error, token, code required");
    if (error.isError()) {
        c.expect(!error.message.isEmpty(), "an error without a message for the user");
        c.expect(error.message.size() <= MaxErrorMessage, "an unbounded error message");
        c.expect(error.serverMessage.size() <= Limits::ServerText, "an unbounded server message");
        c.expect(result.loginToken.isEmpty() && !result.codeRequired, "an error with an outcome");
        return;
    }
    c.expect(endpoint == AuthParser::Endpoint::Login || !result.codeRequired,
             "verify asked for another code");
    if (!result.loginToken.isEmpty()) {
        c.expect(result.loginToken.size() <= AuthParser::MaxLoginTokenLength,
                 "an unbounded login token");
        const QJsonValue top = reply.root.value(u"login_token");
        const QJsonValue nested = reply.root.value(u"data").toObject().value(u"login_token");
        c.expect(result.loginToken == top.toString() || result.loginToken == nested.toString(),
                 "a token that is not the reply's");
    }
}

} // namespace

// ---------------------------------------------------------------------------
// The targets
// ---------------------------------------------------------------------------

QString classify(const QByteArray &input)
{
    Checker c;
    const RawReply raw = classifyRaw(input);
    expectClassified(c, raw, classifyReply(raw));
    expectRetryAfter(c, raw.retryAfterHeader);
    return c.violation();
}

// A page target's input: the first byte is the number of entries asked for (signed, so
// zero and negative counts are tried too), the rest an HTTP 200 body. Classifies it with
// the classifier's invariants; the page's data when it has the shape hasShape wants.
bool pageOf(Checker &c, const QByteArray &input, bool (*hasShape)(const QJsonObject &),
            int *maxEntries, QJsonObject *data)
{
    *maxEntries = qint8(quint8(byteAt(input, 0)));
    RawReply raw;
    raw.httpStatus = 200;
    raw.body = input.mid(1);
    const ClassifiedReply reply = classifyReply(raw);
    expectClassified(c, raw, reply);
    return c.ok() && pageData(reply, hasShape, data);
}

QString inboxPage(const QByteArray &input)
{
    Checker c;
    int maxEntries = 0;
    QJsonObject data;
    if (pageOf(c, input, &InboxParser::hasPageShape, &maxEntries, &data))
        expectInboxPage(c, InboxParser::parsePage(data, maxEntries), data, maxEntries);
    return c.violation();
}

QString conversationPage(const QByteArray &input)
{
    Checker c;
    int maxEntries = 0;
    QJsonObject data;
    if (pageOf(c, input, &MessageParser::hasPageShape, &maxEntries, &data))
        expectMessagePage(c, MessageParser::parsePage(data, maxEntries), data, maxEntries);
    return c.violation();
}

QString auth(const QByteArray &input)
{
    Checker c;
    RawReply raw;
    raw.httpStatus = byteAt(input, 0) << 8 | byteAt(input, 1);
    raw.body = input.mid(2);
    const ClassifiedReply reply = classifyReply(raw);
    expectClassified(c, raw, reply);
    const QString sentEmail = u"someone@example.com"_s;
    for (const auto endpoint : {AuthParser::Endpoint::Login, AuthParser::Endpoint::Verify}) {
        if (c.ok())
            expectAuth(c, endpoint, reply, AuthParser::parse(endpoint, reply, sentEmail),
                       sentEmail);
    }
    return c.violation();
}

QByteArray classifyInput(int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
                         int flags)
{
    QByteArray input;
    input += char((httpStatus >> 8) & 0xff);
    input += char(httpStatus & 0xff);
    input += char(flags & 0xff);
    const QByteArray header = retryAfter.left(255);
    input += char(header.size());
    return input + header + body;
}

QByteArray pageInput(int maxEntries, const QByteArray &body)
{
    return char(qint8(maxEntries)) + body;
}

QByteArray authInput(int httpStatus, const QByteArray &body)
{
    QByteArray input;
    input += char((httpStatus >> 8) & 0xff);
    input += char(httpStatus & 0xff);
    return input + body;
}

} // namespace FuzzChecks
