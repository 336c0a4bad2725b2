#include "welcomepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Try the &demo inbox")))
    , m_connect(new QPushButton(tr("&Connect your account…")))
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *title = new QLabel(tr("Welcome to Linkup Inbox"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    m_text->setText(
            tr("Your LinkedIn conversations in a fast desktop app, through LinkupAPI.\n"
               "Connect your account with your LinkupAPI key and your LinkedIn login, or look "
               "around the demo inbox first: its people and messages are made up."));
    QLabel *text = m_text;
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A centred, wrapped label needs its height for that width set, or it is clipped.
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));

    m_connect->setDefault(true);
    m_connect->setAutoDefault(true);
    for (QPushButton *button : {m_connect, m_demo})
        button->setMinimumSize(260, 40);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(m_connect, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_demo, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setFocusProxy(m_connect);

    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePanel::connectRequested);
}

void WelcomePanel::setDemoOffered(bool offered)
{
    m_demo->setVisible(offered);
    if (!offered) // a build without the built-in server: no word of a demo
        m_text->setText(tr("Your LinkedIn conversations in a fast desktop app, through "
                           "LinkupAPI.\nConnect your account with your LinkupAPI key and your "
                           "LinkedIn login."));
}
