#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {

// Marks the translators installed here, to find them again on the next install().
const char *const TranslatorName = "linkup-translation";

void load(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(TranslatorName));
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QLocale install(QCoreApplication &app, const QString &language)
{
    const QList<QTranslator *> earlier = app.findChildren<QTranslator *>(
            QLatin1String(TranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates, times and numbers (QLocale() everywhere) follow the language of the run.
    QLocale::setDefault(locale);

    const QString appFolder = QStringLiteral(":/i18n");
    const QString appName = QStringLiteral("linkup-inbox");
    // Installed last is asked first: the app's language, Qt's own, then English plurals.
    load(app, QLocale(QLocale::English), appName, appFolder);
    if (locale.language() == QLocale::English)
        return locale;
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, locale, appName, appFolder);
    return locale;
}

} // namespace Translations
