#include "authparser.h"

#include "jsonfields.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace AuthParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LinkupClient", text);
}

ApiError refined(Endpoint endpoint, ApiError error)
{
    if (error.kind == ApiError::Kind::LoginExpired) {
        // On an auth call this cannot mean a stored token: the attempt itself lapsed.
        error.kind = ApiError::Kind::LoginFailed;
        error.message = tr("LinkedIn ended this login attempt. Start again.");
    } else if (error.kind == ApiError::Kind::LoginFailed) {
        error.message = endpoint == Endpoint::Verify
                ? tr("That code did not work. Check the latest email from LinkedIn and try "
                     "again.")
                : tr("Wrong email or password.");
    }
    return error;
}

// A field at the top of the reply, or inside "data" where some answers put it.
QString fieldOf(const QJsonObject &root, QLatin1StringView name, int maxChars)
{
    const QString value = JsonFields::wholeString(root, name, maxChars);
    return value.isEmpty() ? JsonFields::wholeString(root.value(u"data").toObject(), name, maxChars)
                           : value;
}

} // namespace

AuthResult parse(Endpoint endpoint, const ClassifiedReply &reply, const QString &sentEmail)
{
    AuthResult result;
    result.email = sentEmail;
    if (reply.error.isError()) {
        result.error = refined(endpoint, reply.error);
        return result;
    }
    const QString token = fieldOf(reply.root, "login_token"_L1, std::numeric_limits<int>::max());
    if (!token.isEmpty() && token.size() <= MaxLoginTokenLength) {
        result.loginToken = token;
        return result;
    }
    // No token: the documented other answer asks for a code and names the address. The
    // wording may change, so an "email" field alone is enough to recognise it.
    const QString message =
            JsonFields::string(reply.root, "message"_L1, JsonFields::Limits::ServerText);
    const QString email = fieldOf(reply.root, "email"_L1, MaxEmailLength).trimmed();
    const bool asksForCode = message.contains(u"code", Qt::CaseInsensitive)
            || message.contains(u"verif", Qt::CaseInsensitive) || !email.isEmpty();
    if (endpoint == Endpoint::Login && token.isEmpty() && asksForCode) {
        result.codeRequired = true;
        if (!email.isEmpty())
            result.email = email; // shown to the user; untrusted
        return result;
    }
    result.error = ApiError::make(ApiError::Kind::MalformedReply, message, reply.httpStatus);
    return result;
}

} // namespace AuthParser
