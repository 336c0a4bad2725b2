#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app)
{
    const auto load = [&app](const QLocale &locale) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, QStringLiteral("linkup-inbox"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    // Installed last is asked first: the user's language, then English plurals.
    load(QLocale(QLocale::English));
    if (QLocale().language() != QLocale::English)
        load(QLocale());
}

} // namespace Translations
