#include "windowpages.h"

#include "demobanner.h"
#include "noticebanner.h"
#include "welcomepanel.h"

#include <QVBoxLayout>

WindowPages::WindowPages(QWidget *reading, QWidget *parent)
    : QStackedWidget(parent)
    , m_starting(new QWidget)
    , m_welcome(new WelcomePanel)
    , m_inboxPage(new QWidget)
    , m_demoBanner(new DemoBanner)
    , m_notice(new NoticeBanner)
{
    auto *inboxLayout = new QVBoxLayout(m_inboxPage);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->setSpacing(0);
    inboxLayout->addWidget(m_demoBanner);
    inboxLayout->addWidget(m_notice);
    inboxLayout->addWidget(reading, 1);
    addWidget(m_starting);
    addWidget(m_welcome);
    addWidget(m_inboxPage);

    connect(m_welcome, &WelcomePanel::connectRequested, this, &WindowPages::connectRequested);
    connect(m_demoBanner, &DemoBanner::connectRequested, this, &WindowPages::connectRequested);
}

void WindowPages::showKind(Session::Kind kind)
{
    m_demoBanner->setVisible(kind == Session::Kind::Demo);
    switch (kind) {
    case Session::Kind::Starting: setCurrentWidget(m_starting); break;
    case Session::Kind::None:
        setCurrentWidget(m_welcome);
        m_welcome->setFocus();
        break;
    case Session::Kind::Demo:
    case Session::Kind::Account: setCurrentWidget(m_inboxPage); break;
    }
}
