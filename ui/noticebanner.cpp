#include "noticebanner.h"

#include "painting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_dismiss(new QPushButton(tr("&Dismiss")))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A cool tint of the window colour: information, not a warning.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window,
                    Painting::blended(tinted.color(QPalette::Window),
                                      tinted.color(QPalette::Highlight), 0.12));
    setPalette(tinted);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBanner::showMessage(const QString &message)
{
    m_text->setText(message);
    show();
}

QString NoticeBanner::message() const
{
    return m_text->text();
}
