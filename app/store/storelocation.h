#pragma once

#include <QString>
#include <QUrl>

// Where an inbox is stored: one SQLite file per LinkedIn account, named by a hash of the
// API's host and the account owner's member URN (never a secret), so that logging in
// again to the same account finds its conversations again, and the demo's file apart.
namespace StoreLocation {

// The folder of the stores: the app's data location unless one is given (setFolder(), or
// LINKUP_STORE_FOLDER in the environment for benchmarks and scripted runs).
QString folder();
void setFolder(const QString &folder); // tests: a temporary folder; empty: the default

QString demoFile();
QString accountFile(const QUrl &apiBase, const QString &ownerUrn);

} // namespace StoreLocation
