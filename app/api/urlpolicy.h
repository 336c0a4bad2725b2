#pragma once

#include <QString>
#include <QUrl>

// The product's one rule for URLs: only https leaves the app; plain http is allowed for
// loopback hosts alone (the built-in server, tests). Profile links open only on LinkedIn.
namespace UrlPolicy {

bool isLoopbackHost(const QString &host);

// Empty when the URL may serve as the API base, else a translated reason.
QString apiBaseProblem(const QUrl &base);

// https on linkedin.com or one of its subdomains, nothing else.
bool isOpenableProfileUrl(const QUrl &url);

// Links inside messages: https with a host, and no user info (which would make
// "https://www.linkedin.com@evil.example/" open evil.example).
bool isOpenableLink(const QUrl &url);

// Pictures: https anywhere, http only on loopback.
bool isFetchableImageUrl(const QUrl &url);
// A redirect of a picture request may only lead to https: never to plain http, not
// even on loopback, so no redirect can reach a local service over http.
bool isAllowedImageRedirect(const QUrl &target);

} // namespace UrlPolicy
