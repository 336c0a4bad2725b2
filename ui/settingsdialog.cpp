#include "settingsdialog.h"

#include "accessiblenames.h"
#include "api/billing.h"
#include "countrycombobox.h"
#include "painting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int MinimumWidth = 480;

// A short line under a setting that says what it means, in a quieter colour.
QLabel *hint(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setFont(Painting::scaledFont(label->font(), 0.92));
    return label;
}

// A hint under the field before it, in the field column.
void addHint(QFormLayout *form, QLabel *label)
{
    form->addRow(static_cast<QWidget *>(nullptr), label);
}

QFormLayout *formIn(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

SettingsDialog::SettingsDialog(const AccountSettings &settings, bool signedIn, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_country(new CountryComboBox)
    , m_pageSize(new QComboBox)
    , m_pageCost(hint())
    , m_freshness(new QComboBox)
    , m_budget(new QComboBox)
    , m_returnSends(new QCheckBox(tr("Re&turn sends a reply")))
    , m_trayIcon(new QCheckBox(tr("Show an icon in the s&ystem tray")))
    , m_closeToTray(new QCheckBox(tr("C&losing the window keeps the app in the tray")))
    , m_notifications(new QCheckBox(tr("&Notify me of new messages")))
    , m_apiBase(new QLineEdit)
    , m_apiBaseProblem(new QLabel)
    , m_signOut(new QPushButton(tr("&Sign Out")))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(MinimumWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(createInboxGroup());
    layout->addWidget(createWritingGroup());
    layout->addWidget(createDesktopGroup());
    QGroupBox *account = createAccountGroup();
    account->setVisible(signedIn);
    layout->addWidget(account);
    layout->addWidget(createAdvancedGroup());
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QGroupBox *SettingsDialog::createInboxGroup()
{
    auto *group = new QGroupBox(tr("Inbox"));
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setCountry(m_settings.country());
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    for (int size : AccountSettings::pageSizes())
        m_pageSize->addItem(tr("%n conversation(s)", nullptr, size), size);
    m_pageSize->setCurrentIndex(m_pageSize->findData(m_settings.pageSize()));
    m_pageCost->setObjectName(QStringLiteral("pageCost"));
    m_freshness->setObjectName(QStringLiteral("freshness"));
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePageCost);
    updatePageCost();

    QFormLayout *form = formIn(group);
    form->addRow(tr("Proxy &country:"), m_country);
    addHint(form,
            hint(tr("LinkupAPI reaches LinkedIn through a proxy in this country. Pick "
                    "the one where you usually sign in to LinkedIn.")));
    form->addRow(tr("&Page size:"), m_pageSize);
    addHint(form, m_pageCost);
    form->addRow(tr("&Refresh by itself:"), m_freshness);
    addHint(form,
            hint(tr("When you come back to the window and the list is older than this, it "
                    "asks for its first page again. F5 refreshes at any time.")));
    m_budget->setObjectName(QStringLiteral("dailyBudget"));
    for (int credits : AccountSettings::budgetChoices())
        m_budget->addItem(credits == 0 ? tr("No limit")
                                       : tr("%n credit(s) a day", nullptr, credits),
                          credits);
    m_budget->setCurrentIndex(qMax(0, m_budget->findData(m_settings.dailyCreditBudget())));
    form->addRow(tr("Daily &budget:"), m_budget);
    addHint(form,
            hint(tr("A call that would pass it is not sent until you choose Spend Anyway, "
                    "which lifts the budget for the rest of the day.")));
    return group;
}

QGroupBox *SettingsDialog::createWritingGroup()
{
    auto *group = new QGroupBox(tr("Writing"));
    m_returnSends->setObjectName(QStringLiteral("returnSends"));
    m_returnSends->setChecked(m_settings.returnSends());
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_returnSends);
    layout->addWidget(hint(tr("Off: Ctrl+Return sends and Return starts a new line. On: Return "
                              "sends and Shift+Return starts a new line. Each message costs "
                              "1 credit.")));
    return group;
}

QGroupBox *SettingsDialog::createDesktopGroup()
{
    auto *group = new QGroupBox(tr("Desktop"));
    m_trayIcon->setObjectName(QStringLiteral("trayIcon"));
    m_trayIcon->setChecked(m_settings.trayIcon());
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(m_settings.closeToTray());
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setChecked(m_settings.notifications());
    // Closing to a tray icon that is not there would leave no way back to the window.
    m_closeToTray->setEnabled(m_trayIcon->isChecked());
    connect(m_trayIcon, &QCheckBox::toggled, m_closeToTray, &QWidget::setEnabled);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_trayIcon);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_notifications);
    layout->addWidget(hint(tr("The tray icon shows the unread count; its menu shows the window, "
                              "refreshes and quits. Notifications name the sender of a new "
                              "message a refresh found; clicking one opens the conversation.")));
    return group;
}

QGroupBox *SettingsDialog::createAccountGroup()
{
    auto *group = new QGroupBox(tr("Account"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    auto *row = new QHBoxLayout;
    row->addWidget(hint(tr("Signing out removes your API key and login token from this "
                           "computer. The settings stay.")),
                   1);
    row->addWidget(m_signOut, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(row);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        emit signOutRequested();
        QDialog::reject(); // nothing else to save once signed out
    });
    return group;
}

QGroupBox *SettingsDialog::createAdvancedGroup()
{
    auto *group = new QGroupBox(tr("Advanced"));
    m_apiBase->setObjectName(QStringLiteral("apiBase"));
    m_apiBase->setText(m_settings.apiBase().toString());
    m_apiBase->setPlaceholderText(m_settings.effectiveApiBase().toString());
    m_apiBase->setClearButtonEnabled(true);
    AccessibleNames::nameClearButton(m_apiBase, tr("Clear the API address"));
    m_apiBaseProblem->setTextFormat(Qt::PlainText);
    m_apiBaseProblem->setWordWrap(true);
    m_apiBaseProblem->setObjectName(QStringLiteral("apiBaseProblem"));
    QPalette warning = m_apiBaseProblem->palette();
    warning.setColor(QPalette::WindowText, Painting::errorTextColor(palette()));
    m_apiBaseProblem->setPalette(warning);
    m_apiBaseProblem->hide();
    connect(m_apiBase, &QLineEdit::textEdited, m_apiBaseProblem, &QLabel::hide);

    QFormLayout *form = formIn(group);
    form->addRow(tr("API &address:"), m_apiBase);
    form->addRow(static_cast<QWidget *>(nullptr), m_apiBaseProblem);
    addHint(form,
            hint(tr("Empty for LinkupAPI's own address. Only https addresses are used, "
                    "or http on this computer (for the demo server).")));
    return group;
}

void SettingsDialog::updatePageCost()
{
    const int size = m_pageSize->currentData().toInt();
    const int credits = Billing::creditsForResults(size);
    m_pageCost->setText(
            tr("%1 conversations a page costs %n credit(s). LinkupAPI charges 1 credit for "
               "every 10 conversations.",
               nullptr, credits)
                    .arg(size));
    // What refreshing by itself costs follows from the page: one first page each time.
    const int chosen = m_freshness->count() > 0 ? m_freshness->currentData().toInt()
                                                : m_settings.freshnessMinutes();
    m_freshness->clear();
    for (const int minutes : AccountSettings::freshnessChoices()) {
        const int perHour = minutes > 0 ? credits * (60 / minutes) : 0;
        m_freshness->addItem(minutes == 0 ? tr("Never (only F5)")
                                          : tr("After %n minute(s)", nullptr, minutes) + u" — "
                                             + tr("up to %n credit(s) an hour", nullptr, perHour),
                             minutes);
    }
    m_freshness->setCurrentIndex(qMax(0, m_freshness->findData(chosen)));
}

void SettingsDialog::accept()
{
    AccountSettings edited = m_settings;
    edited.setCountry(m_country->country());
    edited.setPageSize(m_pageSize->currentData().toInt());
    edited.setFreshnessMinutes(m_freshness->currentData().toInt());
    edited.setReturnSends(m_returnSends->isChecked());
    edited.setDailyCreditBudget(m_budget->currentData().toInt());
    edited.setTrayIcon(m_trayIcon->isChecked());
    edited.setCloseToTray(m_closeToTray->isChecked());
    edited.setNotifications(m_notifications->isChecked());
    const QString problem = edited.setApiBase(QUrl(m_apiBase->text().trimmed(), QUrl::StrictMode));
    if (!problem.isEmpty()) {
        m_apiBaseProblem->setText(problem);
        m_apiBaseProblem->show();
        m_apiBase->setFocus();
        return;
    }
    m_settings = edited;
    QDialog::accept();
}
