#include "errorbanner.h"

#include "api/apierror.h"
#include "painting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
    , m_action(new QPushButton)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warm tint of the window colour, so it reads as a warning in light and dark themes.
    QPalette tinted = palette();
    tinted.setColor(
            QPalette::Window,
            Painting::blended(tinted.color(QPalette::Window), QColor(0xE0, 0x8A, 0x00), 0.2));
    setPalette(tinted);

    auto *icon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    // Error text may quote the server: never rich text.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionRequested);
    hide();
}

void ErrorBanner::showMessage(const QString &message, const QString &actionText)
{
    m_text->setText(message);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    // With a fix on offer, that is the obvious button; Retry stays for afterwards.
    m_action->setDefault(!actionText.isEmpty());
    m_retry->setVisible(m_retryVisible);
    show();
}

void ErrorBanner::showError(const ApiError &error)
{
    showMessage(error.message, fixFor(error));
}

QString ErrorBanner::fixFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::LoginExpired: return tr("Log In Again…");
    case ApiError::Kind::InvalidApiKey: return tr("Change API Key…");
    case ApiError::Kind::OverBudget: return tr("Spend Anyway");
    default: return {};
    }
}

void ErrorBanner::setRetryVisible(bool visible)
{
    m_retryVisible = visible;
    m_retry->setVisible(visible);
}

QString ErrorBanner::message() const
{
    return m_text->text();
}
