#include "countrycombobox.h"

#include "account/accountsettings.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    QStringList codes = AccountSettings::countries();
    QCollator collator; // the user's locale: names sort as they are read
    std::sort(codes.begin(), codes.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(countryName(a), countryName(b)) < 0;
    });
    for (const QString &code : std::as_const(codes))
        addItem(displayName(code), code);
}

QString CountryComboBox::country() const
{
    return currentData().toString();
}

void CountryComboBox::setCountry(const QString &code)
{
    const int index = findData(code);
    if (index >= 0)
        setCurrentIndex(index);
}

QString CountryComboBox::displayName(const QString &code)
{
    const QString name = countryName(code);
    return name == code ? code : tr("%1 (%2)", "country name (API code)").arg(name, code);
}

QString CountryComboBox::countryName(const QString &code)
{
    // Named here, not by QLocale (which names territories in English only), so that a
    // translation of the app names them too.
    static const struct
    {
        const char *code;
        const char *name;
    } names[] = {
            {"BR", QT_TR_NOOP("Brazil")},        {"CA", QT_TR_NOOP("Canada")},
            {"DE", QT_TR_NOOP("Germany")},       {"ES", QT_TR_NOOP("Spain")},
            {"FR", QT_TR_NOOP("France")},        {"IL", QT_TR_NOOP("Israel")},
            {"IN", QT_TR_NOOP("India")},         {"IT", QT_TR_NOOP("Italy")},
            {"NL", QT_TR_NOOP("Netherlands")},   {"UK", QT_TR_NOOP("United Kingdom")},
            {"US", QT_TR_NOOP("United States")},
    };
    for (const auto &entry : names) {
        if (code == QLatin1String(entry.code))
            return tr(entry.name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}
