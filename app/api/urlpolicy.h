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

// Pictures: https anywhere, http only on loopback.
bool isFetchableImageUrl(const QUrl &url);

} // namespace UrlPolicy
