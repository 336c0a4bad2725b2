#pragma once

#include "account/accountsettings.h"

#include <QDialog>

class CountryComboBox;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Preferences, each with a line on what it means: proxy country, page size (and what a
// page costs), how stale a list may get before it refreshes by itself (and what that
// costs an hour), a daily credit budget, how the reply box sends, the tray and
// notifications, the API address (under Advanced, with the https rule)
// and, when signed in, Sign Out. Only non-secret values; the caller saves them.
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
    QGroupBox *createInboxGroup();
    QGroupBox *createWritingGroup();
    QGroupBox *createDesktopGroup();
    QGroupBox *createAccountGroup();
    QGroupBox *createAdvancedGroup();
    void updatePageCost();

    AccountSettings m_settings;
    CountryComboBox *m_country;
    QComboBox *m_pageSize;
    QLabel *m_pageCost;
    QComboBox *m_freshness;
    QComboBox *m_budget;
    QCheckBox *m_returnSends;
    QCheckBox *m_trayIcon;
    QCheckBox *m_closeToTray;
    QCheckBox *m_notifications;
    QLineEdit *m_apiBase;
    QLabel *m_apiBaseProblem;
    QPushButton *m_signOut;
};
