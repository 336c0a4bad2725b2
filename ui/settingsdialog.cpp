#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AccountSettings &settings, bool signedIn, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_country(new QComboBox)
    , m_pageSize(new QComboBox)
    , m_advanced(new QGroupBox(tr("Advanced")))
    , m_apiBase(new QLineEdit)
    , m_apiBaseProblem(new QLabel)
    , m_signOut(new QPushButton(tr("&Sign Out")))
{
    setWindowTitle(tr("Settings"));
    m_country->setObjectName(QStringLiteral("country"));
    m_country->addItems(AccountSettings::countries());
    m_country->setCurrentText(settings.country());
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    for (int size : AccountSettings::pageSizes())
        m_pageSize->addItem(tr("%1 conversations (%2 credits)").arg(size).arg(size / 10), size);
    m_pageSize->setCurrentIndex(m_pageSize->findData(settings.pageSize()));

    m_apiBase->setObjectName(QStringLiteral("apiBase"));
    m_apiBase->setText(settings.apiBase().toString());
    m_apiBase->setPlaceholderText(settings.effectiveApiBase().toString());
    m_apiBaseProblem->setTextFormat(Qt::PlainText);
    m_apiBaseProblem->setWordWrap(true);
    m_apiBaseProblem->setObjectName(QStringLiteral("apiBaseProblem"));
    m_apiBaseProblem->hide();
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->addRow(tr("API &address:"), m_apiBase);
    advancedForm->addRow(m_apiBaseProblem);

    auto *form = new QFormLayout;
    form->addRow(tr("Proxy &country:"), m_country);
    form->addRow(tr("&Page size:"), m_pageSize);

    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setEnabled(signedIn);
    m_signOut->setToolTip(tr("Removes your API key and login token from this computer"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(m_signOut, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        emit signOutRequested();
        QDialog::reject(); // nothing else to save once signed out
    });
}

void SettingsDialog::accept()
{
    AccountSettings edited = m_settings;
    edited.setCountry(m_country->currentText());
    edited.setPageSize(m_pageSize->currentData().toInt());
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
