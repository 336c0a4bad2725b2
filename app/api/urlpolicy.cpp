#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace UrlPolicy {

namespace {

bool isHttpsOrLoopbackHttp(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopbackHost(url.host()));
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString apiBaseProblem(const QUrl &base)
{
    if (!base.isValid() || base.host().isEmpty())
        return QCoreApplication::translate("UrlPolicy", "“%1” is not a valid URL.")
                .arg(base.toDisplayString()); // without a password typed into it
    if (!isHttpsOrLoopbackHttp(base))
        return QCoreApplication::translate(
                       "UrlPolicy",
                       "The API address must use https (plain http is allowed only for "
                       "127.0.0.1, ::1 and localhost): “%1”.")
                .arg(base.toDisplayString());
    return {};
}

bool isOpenableProfileUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme().compare(u"https", Qt::CaseInsensitive) != 0
        || !url.userInfo().isEmpty() || (url.port() != -1 && url.port() != 443))
        return false;
    // QUrl lower-cases and IDN-normalizes the host, so look-alikes with other
    // characters do not compare equal.
    const QString host = url.host();
    return host == u"linkedin.com" || host.endsWith(u".linkedin.com");
}

bool isOpenableLink(const QUrl &url)
{
    return url.isValid() && url.scheme().compare(u"https", Qt::CaseInsensitive) == 0
            && !url.host().isEmpty() && url.userInfo().isEmpty();
}

bool isFetchableImageUrl(const QUrl &url)
{
    return isHttpsOrLoopbackHttp(url);
}

bool isAllowedImageRedirect(const QUrl &target)
{
    return isOpenableLink(target);
}

} // namespace UrlPolicy
