#include "csvexport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace CsvExport {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': return true;
    default: return false;
    }
}

} // namespace

QStringList header()
{
    static const char *const names[] = {
            QT_TRANSLATE_NOOP("CsvExport", "Name"),
            QT_TRANSLATE_NOOP("CsvExport", "Headline"),
            QT_TRANSLATE_NOOP("CsvExport", "Profile URL"),
            QT_TRANSLATE_NOOP("CsvExport", "Last message"),
            QT_TRANSLATE_NOOP("CsvExport", "Time"),
            QT_TRANSLATE_NOOP("CsvExport", "Wrote last"),
            QT_TRANSLATE_NOOP("CsvExport", "Unread"),
            QT_TRANSLATE_NOOP("CsvExport", "Categories"),
            QT_TRANSLATE_NOOP("CsvExport", "Waiting since"),
    };
    QStringList header;
    for (const char *name : names)
        header.append(QCoreApplication::translate("CsvExport", name));
    return header;
}

QString field(const QString &text)
{
    QString guarded = startsFormula(text) ? u'\'' + text : text;
    guarded.replace(u'"', QStringLiteral("\"\""));
    return u'"' + guarded + u'"';
}

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QStringList fieldsOf(const Row &row)
{
    QStringList categories;
    for (const InboxCategory category : row.categories)
        categories.append(InboxCategories::apiName(category));
    return {row.name,
            row.headline,
            row.profileUrl,
            row.lastMessage,
            isoTime(row.lastMessageTime),
            row.wroteLast,
            QString::number(row.unread),
            categories.join(u' '),
            isoTime(row.waitingSince)};
}

bool write(QIODevice *device, const QList<Row> &rows, QString *error)
{
    const auto put = [device, error](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        if (device->write(bytes) == bytes.size())
            return true;
        if (error)
            *error = device->errorString();
        return false;
    };
    if (!put(QStringLiteral("\uFEFF") + record(header())))
        return false;
    for (const Row &row : rows) {
        if (!put(record(fieldsOf(row))))
            return false;
    }
    return true;
}

} // namespace CsvExport
