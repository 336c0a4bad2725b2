#pragma once

#include "export/csvexport.h"

#include <QObject>

#include <functional>

class ConversationStore;
class QAbstractItemModel;
class QWidget;

// File ▸ Export Conversations…: what the view shows at that moment (after its search
// and filters, in its order) goes to a CSV file the user picks. The file is written
// whole or not at all (QSaveFile); a failure says why and leaves any earlier file as
// it was.
class CsvExportDialog : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &statusText)>;

    // Opens the save dialog (not blocking the lists, which keep loading) and writes.
    static void exportView(const QAbstractItemModel *shown, const QString &listName,
                           const ConversationStore *store, QWidget *parent, Done done);
    // Writes the rows of the view to the file; an empty string on success, else why not.
    static QString writeFile(const QString &path, const QAbstractItemModel *shown,
                             const ConversationStore *store, int *written = nullptr);

private:
    static QString write(const QString &path, const QList<CsvExport::Row> &rows);
};
