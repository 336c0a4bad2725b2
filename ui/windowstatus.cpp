#include "windowstatus.h"

#include "credittext.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

WindowStatus::WindowStatus(QStatusBar *bar, const ApiUsage *usage, const CreditLedger *credits,
                           QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_usage(usage)
    , m_credits(credits)
    , m_listText(new QLabel)
    , m_creditText(new QLabel)
    , m_clock(new QTimer(this))
{
    m_listText->setTextFormat(Qt::PlainText);
    m_creditText->setTextFormat(Qt::PlainText);
    bar->addWidget(m_listText, 1);
    bar->addPermanentWidget(m_creditText);
    m_clock->setInterval(ClockMs);
    connect(m_clock, &QTimer::timeout, this, &WindowStatus::ticked);
    m_clock->start();
}

void WindowStatus::setListStatus(const QString &text)
{
    m_listText->setText(text);
}

void WindowStatus::updateCredits()
{
    m_creditText->setText(CreditText::statusLine(*m_credits));
    m_creditText->setToolTip(CreditText::explanation(*m_usage, *m_credits));
}

void WindowStatus::showMessage(const QString &text)
{
    m_bar->showMessage(text, MessageMs);
}
