#pragma once

#include "account/credentialvault.h"
#include "account/memorysecretstore.h"
#include "account/session.h"
#include "demofixture.h"
#include "inbox/inboxsync.h"
#include "inboxtab.h"
#include "mainwindow.h"
#include "session/inboxsession.h"
#include "store/storelocation.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The whole window over the built-in server, as a demo session with its store in a
// temporary folder: what the user sees, end to end over loopback HTTP. open() again
// after close() is a restart with the same store.
// The row of the current tab's view (through its search filter), for the view's calls.
inline QModelIndex shownRow(MainWindow *window, int row)
{
    return window->conversationView()->model()->index(row, 0);
}

struct WindowFixture
{
    DemoFixture demo;
    QTemporaryDir storeFolder;
    MemorySecretStore secrets;
    std::unique_ptr<CredentialVault> vault;
    std::unique_ptr<Session> session;
    std::unique_ptr<InboxSession> inbox;
    std::unique_ptr<MainWindow> window;
    QList<QUrl> opened;

    WindowFixture() { StoreLocation::setFolder(storeFolder.path()); }
    ~WindowFixture()
    {
        close();
        StoreLocation::setFolder({});
    }

    bool start() { return storeFolder.isValid() && demo.start(); }

    // keepSize: leave the size the window restored (the tests otherwise want the wide
    // layout with list and thread side by side).
    MainWindow *open(const StartupOptions &options = {}, bool keepSize = false)
    {
        close();
        vault = std::make_unique<CredentialVault>(&secrets);
        session = std::make_unique<Session>(&demo.client, vault.get());
        session->adopt(Session::Kind::Demo);
        inbox = std::make_unique<InboxSession>(session.get());
        window = std::make_unique<MainWindow>(inbox.get(), options);
        window->setUrlOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
        if (!keepSize)
            window->resize(1100, 720);
        window->show();
        QApplication::setActiveWindow(window.get());
        return window.get();
    }

    void close()
    {
        window.reset();
        inbox.reset();
        session.reset();
        vault.reset();
    }

    InboxSync *sync() const
    {
        InboxTab *tab = window ? window->currentTab() : nullptr;
        return tab ? tab->sync() : nullptr;
    }
};
