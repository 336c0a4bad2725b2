#include "demobanner.h"

#include "painting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
    , m_connect(new QPushButton(tr("Connect Your Account…")))
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A tint of the window toward the accent: readable in light and dark palettes.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window,
                    Painting::blended(tinted.color(QPalette::Window),
                                      tinted.color(QPalette::Highlight), 0.22));
    setPalette(tinted);
    auto *text = new QLabel(tr("This is the demo inbox: its people and messages are made up."));
    text->setWordWrap(true);
    connect(m_connect, &QPushButton::clicked, this, &DemoBanner::connectRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(text, 1);
    layout->addWidget(m_connect);
}
