#pragma once

class QCoreApplication;

// Installs the app's translations for the system language from :/i18n, on top of the
// English plural forms (which make "%n request(s)" read "1 request", "2 requests").
namespace Translations {

void install(QCoreApplication &app);

} // namespace Translations
