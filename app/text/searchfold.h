#pragma once

#include <QString>
#include <QStringList>

// Text folded for searching: case folded, accents and other combining marks removed
// ("Amélie" and "AMELIE" both become "amelie"), white space collapsed. The same folding
// is applied to what is stored and to what the user types, so matching is plain
// substring matching on the folded forms.
namespace SearchFold {

QString fold(const QString &text);
// The words of a query, folded, empty ones dropped.
QStringList words(const QString &query);

} // namespace SearchFold
