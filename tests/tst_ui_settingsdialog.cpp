#include "appstyle.h"
#include "countrycombobox.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings dialog as a user reads it: names instead of codes, what each option means
// and costs, room to breathe, and the platform's buttons without clip-art.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As ColorScheme::apply() sets it up for the app.
        QApplication::setStyle(new AppStyle(u"Fusion"_s));
    }

    void countriesShowTheirNamesWithTheApiCode()
    {
        CountryComboBox box;
        QCOMPARE(box.count(), AccountSettings::countries().size());
        QStringList texts;
        for (int i = 0; i < box.count(); ++i)
            texts.append(box.itemText(i));
        QVERIFY2(texts.contains(u"France (FR)"_s), qPrintable(texts.join(u", ")));
        // The API's "UK" is ISO's GB: named by its ISO code, shown with the API's.
        const int uk = box.findData(u"UK"_s);
        QVERIFY(uk >= 0);
        QCOMPARE(box.itemText(uk), u"United Kingdom (UK)"_s);
        QStringList sorted = texts;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(texts, sorted);
        box.setCountry(u"DE"_s);
        QCOMPARE(box.country(), u"DE"_s);
        QCOMPARE(box.currentText(), u"Germany (DE)"_s);
    }

    void everyApiCountryHasItsStandardName()
    {
        for (const QString &code : AccountSettings::countries()) {
            const QString iso = code == u"UK" ? u"GB"_s : code;
            const QLocale::Territory territory = QLocale::codeToTerritory(iso);
            QVERIFY2(territory != QLocale::AnyTerritory, qPrintable(code));
            // The untranslated name is Qt's own English one: no typo, no wrong country.
            QCOMPARE(CountryComboBox::countryName(code), QLocale::territoryToString(territory));
        }
        QCOMPARE(CountryComboBox::displayName(u"XX"_s), u"XX"_s);
    }

    void optionsSayWhatTheyMeanAndCost()
    {
        AccountSettings settings;
        QVERIFY(settings.setCountry(u"IT"_s));
        SettingsDialog dialog(settings, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *country = dialog.findChild<QComboBox *>(u"country"_s);
        QCOMPARE(country->currentText(), u"Italy (IT)"_s);
        auto *pageSize = dialog.findChild<QComboBox *>(u"pageSize"_s);
        auto *cost = dialog.findChild<QLabel *>(u"pageCost"_s);
        // Tests run without the app's English plural forms: "credit(s)" is fine here.
        QVERIFY(pageSize->currentText().startsWith(u"20 conversation"));
        QVERIFY2(cost->text().startsWith(u"20 conversations a page costs 2 credit"),
                 qPrintable(cost->text()));
        pageSize->setCurrentIndex(pageSize->findData(10));
        QVERIFY2(cost->text().startsWith(u"10 conversations a page costs 1 credit"),
                 qPrintable(cost->text()));
        bool explainsCountry = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            explainsCountry |= label->text().contains(u"through a proxy in this country");
        QVERIFY(explainsCountry);
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY(label->textFormat() == Qt::PlainText || label->text().isEmpty()
                    || label->buddy()); // form labels are ours
        dialog.accept();
        QCOMPARE(dialog.settings().country(), u"IT"_s);
        QCOMPARE(dialog.settings().pageSize(), 10);
    }

    void refreshingByItselfSaysWhatItCostsAnHour()
    {
        AccountSettings settings;
        QVERIFY(settings.setFreshnessMinutes(15));
        SettingsDialog dialog(settings, true);
        auto *freshness = dialog.findChild<QComboBox *>(u"freshness"_s);
        QVERIFY(freshness);
        QCOMPARE(freshness->count(), 4);
        QCOMPARE(freshness->currentData().toInt(), 15);
        // A first page of 20 is 2 credits: four times an hour is 8.
        QVERIFY2(freshness->currentText().contains(u"8 credit"),
                 qPrintable(freshness->currentText()));
        QVERIFY(freshness->itemText(freshness->findData(5)).contains(u"24 credit"));
        QVERIFY(freshness->itemText(freshness->findData(0)).contains(u"Never"));
        // Smaller pages cost less, and the choice stays.
        auto *pageSize = dialog.findChild<QComboBox *>(u"pageSize"_s);
        pageSize->setCurrentIndex(pageSize->findData(10));
        QCOMPARE(freshness->currentData().toInt(), 15);
        QVERIFY(freshness->currentText().contains(u"4 credit"));
        freshness->setCurrentIndex(freshness->findData(0));
        dialog.accept();
        QCOMPARE(dialog.settings().freshnessMinutes(), 0);
    }

    void returnSendsIsOffUntilTicked()
    {
        SettingsDialog dialog(AccountSettings(), true);
        auto *returnSends = dialog.findChild<QCheckBox *>(u"returnSends"_s);
        QVERIFY(returnSends);
        QVERIFY(!returnSends->isChecked());
        bool explained = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            explained |= label->text().contains(u"Shift+Return starts a new line");
        QVERIFY(explained);
        returnSends->setChecked(true);
        dialog.accept();
        QVERIFY(dialog.settings().returnSends());
    }

    void theDesktopOptionsAreKeptAndCloseToTrayNeedsTheIcon()
    {
        SettingsDialog dialog(AccountSettings(), true);
        auto *tray = dialog.findChild<QCheckBox *>(u"trayIcon"_s);
        auto *closeToTray = dialog.findChild<QCheckBox *>(u"closeToTray"_s);
        auto *notifications = dialog.findChild<QCheckBox *>(u"notifications"_s);
        QVERIFY(tray && closeToTray && notifications);
        // The defaults: an icon and notifications, closing quits.
        QVERIFY(tray->isChecked());
        QVERIFY(!closeToTray->isChecked());
        QVERIFY(notifications->isChecked());
        QVERIFY(closeToTray->isEnabled());
        closeToTray->setChecked(true);
        tray->setChecked(false);
        QVERIFY(!closeToTray->isEnabled());
        tray->setChecked(true);
        notifications->setChecked(false);
        dialog.accept();
        QVERIFY(dialog.settings().trayIcon());
        QVERIFY(dialog.settings().closeToTray());
        QVERIFY(!dialog.settings().notifications());
    }

    void theDailyBudgetOffersItsChoicesAndSaysWhatItDoes()
    {
        AccountSettings settings;
        QVERIFY(settings.setDailyCreditBudget(250));
        SettingsDialog dialog(settings, true);
        auto *budget = dialog.findChild<QComboBox *>(u"dailyBudget"_s);
        QVERIFY(budget);
        QCOMPARE(budget->count(), AccountSettings::budgetChoices().size());
        QCOMPARE(budget->itemText(0), u"No limit"_s);
        QCOMPARE(budget->currentData().toInt(), 250);
        QVERIFY(budget->currentText().startsWith(u"250 credit"));
        bool explained = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            explained |= label->text().contains(u"Spend Anyway");
        QVERIFY(explained);
        budget->setCurrentIndex(budget->findData(50));
        dialog.accept();
        QCOMPARE(dialog.settings().dailyCreditBudget(), 50);
    }

    void hasRoomAndPlainPlatformButtons()
    {
        SettingsDialog dialog(AccountSettings(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.width() >= 480, qPrintable(QString::number(dialog.width())));
        QVERIFY(dialog.minimumWidth() >= 480);
        QVERIFY(dialog.layout()->contentsMargins().left() >= 12);
        auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
        QVERIFY(buttons);
        // Only standard buttons with their roles: the platform decides their order.
        QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons->buttons().size(), 2);
        for (const QAbstractButton *button : buttons->buttons())
            QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
        // Sign Out is an account action, not a dialog button beside OK.
        auto *signOut = dialog.findChild<QPushButton *>(u"signOut"_s);
        QVERIFY(signOut->isVisible());
        QVERIFY(!buttons->buttons().contains(signOut));
    }

    void theAppStyleDropsButtonIcons()
    {
        const AppStyle style(u"Fusion"_s);
        QCOMPARE(style.styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 0);
        // The rest is the base style's.
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QCOMPARE(style.styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick),
                 fusion->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick));
    }

    void signOutOnlyWhenSignedIn()
    {
        SettingsDialog dialog(AccountSettings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(u"signOut"_s)->isVisible());
    }

    void aRefusedAddressIsSaidAndClearedWhenEdited()
    {
        SettingsDialog dialog(AccountSettings(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *address = dialog.findChild<QLineEdit *>(u"apiBase"_s);
        auto *problem = dialog.findChild<QLabel *>(u"apiBaseProblem"_s);
        address->setText(u"http://api.example.com/v1"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->isVisible());
        QTest::keyClick(address, Qt::Key_Backspace);
        QVERIFY(!problem->isVisible());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_ui_settingsdialog.moc"
