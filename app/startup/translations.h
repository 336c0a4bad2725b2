#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The language of a run: the app's translations from :/i18n on top of the English plural
// forms (which make "%n request(s)" read "1 request", "2 requests"), Qt's own
// (qtbase_*.qm: standard buttons and dialogs, the command line's --help and --version),
// and the locale that dates, times and numbers follow.
namespace Translations {

// `language` is a locale name ("fr", "de_CH") from --lang; empty means the system's.
// Replaces what an earlier call installed on `app`, so a test can switch languages.
// Returns the locale now in use (also QLocale's default).
QLocale install(QCoreApplication &app, const QString &language = QString());

} // namespace Translations
