#include "accountcontroller.h"

#include "account/credentialvault.h"
#include "account/session.h"
#include "api/apierror.h"
#include "api/apiusage.h"
#include "api/linkupclient.h"
#include "connectdialog.h"
#include "settingsdialog.h"

#include <QWidget>

AccountController::AccountController(Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

ConnectDialog *AccountController::openConnectDialog()
{
    if (m_connectDialog)
        m_connectDialog->close();
    // On the session's connections, pointed at the account's API even in the demo.
    LinkupClient *client = m_session->client()->sibling(nullptr);
    client->setApiBase(m_session->accountApiBase());
    auto *dialog = new ConnectDialog(client, m_session->country(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_usage)
        connect(dialog->client(), &LinkupClient::attemptFinished, m_usage, &ApiUsage::record);
    // The dialog says where the secrets will be kept before any is typed; when the
    // keychain has not answered yet (a demo session never reads it), it is asked now and
    // the dialog follows its answer.
    CredentialVault *vault = m_session->vault();
    dialog->setKeychainUsable(vault->isKeychainUsable());
    connect(vault, &CredentialVault::keychainUnavailable, dialog,
            [dialog] { dialog->setKeychainUsable(false); });
    vault->checkKeychain();
    m_connectDialog = dialog;
    return dialog;
}

void AccountController::connectAccount()
{
    ConnectDialog *dialog = openConnectDialog();
    connect(dialog, &ConnectDialog::accepted, this, [this, dialog] {
        m_session->connectAccount(dialog->apiKey(), dialog->loginToken(), dialog->country());
    });
    dialog->open();
}

void AccountController::fixCredentials(const ApiError &error)
{
    ConnectDialog *dialog = openConnectDialog();
    dialog->setApiKey(m_session->vault()->apiKey());
    const bool keyRefused = error.kind == ApiError::Kind::InvalidApiKey;
    dialog->showStep(keyRefused ? ConnectDialog::Step::ApiKey : ConnectDialog::Step::LinkedIn);
    connect(dialog, &ConnectDialog::accepted, this, [this, dialog] {
        if (dialog->apiKey() != m_session->vault()->apiKey())
            m_session->renewApiKey(dialog->apiKey());
        m_session->renewLoginToken(dialog->loginToken());
        emit credentialsRenewed();
    });
    dialog->open();
}

void AccountController::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    auto *dialog = new SettingsDialog(m_session->settings(),
                                      m_session->kind() == Session::Kind::Account, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &SettingsDialog::accepted, this,
            [this, dialog] { m_session->setSettings(dialog->settings()); });
    connect(dialog, &SettingsDialog::signOutRequested, this, &AccountController::signOut);
    dialog->open();
}

void AccountController::signOut()
{
    m_session->signOut();
}
