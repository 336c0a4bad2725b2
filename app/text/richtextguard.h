#pragma once

#include <QString>

// The plain-text rule for surfaces that interpret markup by themselves (tooltips,
// What's This, tray and notification messages, message boxes in auto format): Qt shows
// such text as HTML whenever it looks like HTML, so a name like <img src="/dev/zero">
// would make it read files or reach out over the network. Every text from the API goes
// to such a surface only through here.
namespace RichTextGuard {

// Markup that shows exactly plain (line breaks kept): escaped, in a paragraph, so the
// surface takes it as rich text and renders every character literally.
QString asRichText(const QString &plain);

// For notification services, some of which read markup and some of which do not: the
// characters markup is made of become look-alikes (‹ › ＆), so the text reads the same
// either way and can never be taken as markup.
QString asNotificationText(const QString &plain);

} // namespace RichTextGuard
