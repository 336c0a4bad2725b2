#pragma once

#include "account/session.h"

#include <QStackedWidget>

class DemoBanner;
class NoticeBanner;
class WelcomePanel;

// What the window's body shows for each kind of session: a blank page while the
// keychain answers, the welcome panel without an account, and the inbox page (the
// demo's banner and the one-time notices over the list and thread) with one. It offers
// connecting an account from both places that do.
class WindowPages : public QStackedWidget
{
    Q_OBJECT

public:
    // reading: the list and thread side by side, shown under the banners.
    explicit WindowPages(QWidget *reading, QWidget *parent = nullptr);

    void showKind(Session::Kind kind);
    bool showsInbox() const { return currentWidget() == m_inboxPage; }

    WelcomePanel *welcome() const { return m_welcome; }
    DemoBanner *demoBanner() const { return m_demoBanner; }
    NoticeBanner *notice() const { return m_notice; }

signals:
    // From the welcome panel or the demo's banner.
    void connectRequested();

private:
    QWidget *m_starting;
    WelcomePanel *m_welcome;
    QWidget *m_inboxPage;
    DemoBanner *m_demoBanner;
    NoticeBanner *m_notice;
};
