#pragma once

#include <QComboBox>

// The proxy countries LinkupAPI offers, by name in the user's language with the API's code
// beside it ("France (FR)"), sorted by name. The code stays the item's data: country()
// and setCountry() speak the API's codes (its "UK" is ISO's GB).
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    QString country() const;
    void setCountry(const QString &code);

    // "France (FR)"; an unknown code shows as itself.
    static QString displayName(const QString &code);
    // "France": translated for the API's countries, Qt's English name for others.
    static QString countryName(const QString &code);
};
