#pragma once

#include "api/inboxcategory.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

// Conversations as a CSV file for a spreadsheet: RFC 4180 (every field quoted, quotes
// doubled, CRLF between records), UTF-8 with a byte-order mark (which spreadsheet
// programs need to read it as UTF-8), and safe from formula injection: a field that
// starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a
// name like "=HYPERLINK(…)" stays text.
namespace CsvExport {

struct Row
{
    QString name;
    QString headline;
    QString profileUrl;
    QString lastMessage;
    QDateTime lastMessageTime; // invalid: unknown
    QString wroteLast; // who wrote the last message
    int unread = 0;
    QList<InboxCategory> categories;
    QDateTime waitingSince; // invalid: nobody waits
};

QStringList header();
// One field, quoted and guarded.
QString field(const QString &text);
// One record, with its CRLF.
QString record(const QStringList &fields);
QStringList fieldsOf(const Row &row);
// The header and the rows, with the byte-order mark. Returns false (with the device's
// error) when the device refused a write.
bool write(QIODevice *device, const QList<Row> &rows, QString *error = nullptr);

} // namespace CsvExport
