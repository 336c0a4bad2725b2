#include "richtextguard.h"

namespace RichTextGuard {

QString asRichText(const QString &plain)
{
    QString escaped = plain.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    // A paragraph tag makes Qt::mightBeRichText() certain, whatever the text holds.
    return QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
}

} // namespace RichTextGuard
