#pragma once

#include "account/accountsettings.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Preferences: proxy country, page size, the API address (under Advanced, with the
// https rule) and Sign out. Only non-secret values; the caller saves them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const AccountSettings &settings, bool signedIn, QWidget *parent = nullptr);

    AccountSettings settings() const { return m_settings; }

signals:
    void signOutRequested();

public slots:
    void accept() override;

private:
    AccountSettings m_settings;
    QComboBox *m_country;
    QComboBox *m_pageSize;
    QGroupBox *m_advanced;
    QLineEdit *m_apiBase;
    QLabel *m_apiBaseProblem;
    QPushButton *m_signOut;
};
