#include "richtextguard.h"

namespace RichTextGuard {

QString asRichText(const QString &plain)
{
    QString escaped = plain.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    // A paragraph tag makes Qt::mightBeRichText() certain, whatever the text holds.
    return QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
}

QString asNotificationText(const QString &plain)
{
    QString text = plain;
    text.replace(u'<', QChar(0x2039)); // ‹
    text.replace(u'>', QChar(0x203A)); // ›
    text.replace(u'&', QChar(0xFF06)); // ＆
    return text;
}

} // namespace RichTextGuard
