#include "storelocation.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace StoreLocation {

namespace {

QString &chosenFolder()
{
    static QString folder;
    return folder;
}

} // namespace

QString folder()
{
    if (!chosenFolder().isEmpty())
        return chosenFolder();
    // For benchmarks and scripted runs: a folder of their own, named from outside.
    if (const QString given = qEnvironmentVariable("LINKUP_STORE_FOLDER"); !given.isEmpty())
        return given;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/stores");
}

void setFolder(const QString &folder)
{
    chosenFolder() = folder;
}

QString demoFile()
{
    return folder() + QStringLiteral("/demo.sqlite");
}

QString accountFile(const QUrl &apiBase, const QString &ownerUrn)
{
    const QByteArray identity = apiBase.host().toLower().toUtf8() + '|' + ownerUrn.toUtf8();
    const QByteArray hash =
            QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32);
    return folder() + u'/' + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

} // namespace StoreLocation
