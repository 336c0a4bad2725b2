#pragma once

#include "connectdialog.h"
#include "settingsdialog.h"

#include <QObject>
#include <QPointer>

class ApiUsage;
class Session;
class QWidget;
struct ApiError;

// The window's account flows: connecting an account, "Log in again" / "Change API key"
// when the API refuses the credentials, the settings dialog and signing out. Dialogs
// are window-modal but opened without a nested event loop (QDialog::open()).
class AccountController : public QObject
{
    Q_OBJECT

public:
    AccountController(Session *session, QWidget *window);

    // The credit meter the connect dialog's calls are counted in (they are billed too).
    void setUsage(ApiUsage *usage) { m_usage = usage; }

    void connectAccount();
    void fixCredentials(const ApiError &error);
    void openSettings();
    void signOut();

    // The dialog on screen, if any (for tests and for focus).
    ConnectDialog *connectDialog() const { return m_connectDialog; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }

signals:
    // New credentials for the same account: lists that stopped on an error go on.
    void credentialsRenewed();

private:
    ConnectDialog *openConnectDialog();

    Session *m_session;
    QWidget *m_window;
    ApiUsage *m_usage = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<SettingsDialog> m_settingsDialog;
};
