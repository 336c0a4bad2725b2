#pragma once

#include "account/credentialvault.h"
#include "account/memorysecretstore.h"
#include "account/session.h"
#include "api/linkupclient.h"
#include "demo/builtindemo.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "inboxtab.h"
#include "mainwindow.h"
#include "session/inboxsession.h"
#include "startup/commandline.h"

#include <QApplication>
#include <QListView>
#include <QTest>

#include <memory>

// The app as main.cpp wires it for --demo (the built-in server in this process, its
// store under LINKUP_STORE_FOLDER), with secrets in memory instead of the keychain: what
// the benchmarks drive and measure from inside.
class AppHost
{
public:
    explicit AppHost(QSize size = {1100, 720})
    {
        m_vault = std::make_unique<CredentialVault>(&m_secrets);
        m_session = std::make_unique<Session>(&m_client, m_vault.get());
        m_session->setDemo(&m_demo);
        m_inbox = std::make_unique<InboxSession>(m_session.get());
        StartupOptions options;
        options.demo = true;
        m_window = std::make_unique<MainWindow>(m_inbox.get(), options);
        m_window->setUrlOpener([](const QUrl &) { return true; });
        m_window->resize(size);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        m_session->start(options);
    }

    MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session.get(); }
    const BuiltInDemo *demo() const { return &m_demo; }
    QListView *view() const { return m_window->conversationView(); }
    InboxSync *sync() const
    {
        InboxTab *tab = m_window->currentTab();
        return tab ? tab->sync() : nullptr;
    }
    int rows() const { return sync() ? sync()->model()->rowCount() : 0; }
    bool isIdle() const { return sync() && sync()->state() != PageLoader::State::Loading; }

    // Until the first page has come and nothing is in flight.
    bool waitUntilSynced(int timeoutMs = 30000) const
    {
        return QTest::qWaitFor([this] { return rows() > 0 && isIdle() && !isRefreshing(); },
                               timeoutMs);
    }

    // Events handled, nothing measured: what "3 s after the last page" means.
    static void settle(int ms) { QTest::qWait(ms); }

private:
    bool isRefreshing() const { return sync() && sync()->isRefreshing(); }

    LinkupClient m_client;
    BuiltInDemo m_demo; // before the session, which uses it
    MemorySecretStore m_secrets;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<InboxSession> m_inbox;
    std::unique_ptr<MainWindow> m_window;
};
