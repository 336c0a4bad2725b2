#include "rowaccessibletext.h"

#include "text/displaytext.h"
#include "text/timeformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace RowAccessibleText {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RowAccessibleText", text, disambiguation, n);
}

} // namespace

QString markerName(const QString &type)
{
    const QString key = type.trimmed().toLower();
    if (key.isEmpty() || key == u"normal")
        return {};
    if (key == u"inmail")
        return tr("InMail");
    if (key == u"sponsored")
        return tr("Sponsored");
    if (key == u"job")
        return tr("Job");
    // An unknown type is the server's text: bounded like the painted marker.
    return DisplayText::singleLine(type, 40);
}

QString compose(const RowSpeech &row, const QDateTime &now, const QLocale &locale)
{
    QStringList parts;
    // A row with no name still needs words for a screen reader to land on.
    parts.append(row.name.isEmpty() ? tr("(no name)") : row.name);
    parts.append(markerName(row.type));
    if (row.unread > 0)
        parts.append(row.readHere ? tr("%n unread on LinkedIn, read here", nullptr, row.unread)
                                  : tr("%n unread", nullptr, row.unread));
    // The same time as painted: the wait in the waiting views, else the last message's.
    if (row.waiting)
        parts.append(tr("waiting %1").arg(TimeFormat::waited(row.time, now)));
    else
        parts.append(TimeFormat::conversationTime(row.time, now, locale));
    parts.append(row.headline);
    if (row.hasDraft)
        parts.append(tr("reply draft"));
    if (!row.preview.isEmpty())
        parts.append(row.sentByMe ? tr("You: %1").arg(row.preview) : row.preview);
    parts.removeAll(QString());
    return parts.join(u", ");
}

} // namespace RowAccessibleText
