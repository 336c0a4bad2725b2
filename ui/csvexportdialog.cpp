#include "csvexportdialog.h"

#include "export/exportrows.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

QString CsvExportDialog::write(const QString &path, const QList<CsvExport::Row> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QString error;
    if (!CsvExport::write(&file, rows, &error)) {
        file.cancelWriting();
        return error;
    }
    return file.commit() ? QString() : file.errorString();
}

QString CsvExportDialog::writeFile(const QString &path, const QAbstractItemModel *shown,
                                   const ConversationStore *store, int *written)
{
    const QList<CsvExport::Row> rows = ExportRows::of(shown, store);
    const QString problem = write(path, rows);
    if (written)
        *written = problem.isEmpty() ? int(rows.size()) : 0;
    return problem;
}

void CsvExportDialog::exportView(const QAbstractItemModel *shown, const QString &listName,
                                 const ConversationStore *store, QWidget *parent, Done done)
{
    // What the user sees now is what they asked for, even if rows arrive meanwhile.
    const QList<CsvExport::Row> rows = ExportRows::of(shown, store);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
            QStringLiteral("%1 %2.csv").arg(listName, QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(parent, tr("Export Conversations"), QDir(folder).filePath(name),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
            dialog, &QFileDialog::fileSelected, parent, [parent, rows, done](const QString &path) {
                const QString problem = write(path, rows);
                if (problem.isEmpty()) {
                    done(tr("Exported %n conversation(s) to %1", nullptr, rows.size())
                                 .arg(QDir::toNativeSeparators(path)));
                    return;
                }
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Conversations"),
                                            tr("The conversations could not be written to %1: %2")
                                                    .arg(QDir::toNativeSeparators(path), problem),
                                            QMessageBox::Close, parent);
                box->setTextFormat(Qt::PlainText);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    dialog->open();
}
