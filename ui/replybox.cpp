#include "replybox.h"

#include "painting.h"
#include "replyedit.h"
#include "thread/outgoingmessages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString sendKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
}

} // namespace

ReplyBox::ReplyBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ReplyEdit)
    , m_counter(new QLabel)
    , m_send(new QPushButton(tr("&Send")))
{
    setObjectName(QStringLiteral("replyBox"));
    m_counter->setObjectName(QStringLiteral("replyCounter"));
    m_counter->setTextFormat(Qt::PlainText);
    m_counter->setFont(Painting::scaledFont(m_counter->font(), 0.9));
    m_counter->hide();
    m_send->setObjectName(QStringLiteral("send"));
    // Clicking Send leaves the keyboard in the text; Tab still reaches the button.
    m_send->setFocusPolicy(Qt::TabFocus);

    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addStretch();
    side->addWidget(m_counter, 0, Qt::AlignRight);
    side->addWidget(m_send);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 8);
    layout->addWidget(m_edit, 1);
    layout->addLayout(side);
    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        if (!m_settingText)
            emit edited();
    });
    connect(m_edit, &ReplyEdit::sendRequested, this, &ReplyBox::requestSend);
    connect(m_send, &QPushButton::clicked, this, &ReplyBox::requestSend);
    updateState();
}

QString ReplyBox::text() const
{
    return m_edit->toPlainText();
}

void ReplyBox::setText(const QString &text)
{
    m_settingText = true;
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_settingText = false;
    updateState();
}

void ReplyBox::setReturnSends(bool on)
{
    m_edit->setReturnSends(on);
    updateState(); // the tooltip names the keys
}

void ReplyBox::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

bool ReplyBox::canSend() const
{
    const QString typed = text();
    return !m_busy && !OutgoingMessages::isBlank(typed)
            && OutgoingMessages::length(typed) <= OutgoingMessages::MaxChars;
}

void ReplyBox::requestSend()
{
    // One press, one message: nothing while the one before is on its way or the text is
    // not sendable (the button is disabled then; the keys land here too).
    if (canSend())
        emit sendRequested(text());
}

void ReplyBox::updateState()
{
    const int length = OutgoingMessages::length(text());
    const int left = OutgoingMessages::MaxChars - length;
    const QLocale locale;
    m_counter->setVisible(length >= CounterFrom);
    QString reason;
    if (left < 0) {
        reason = tr("%n character(s) too many: LinkedIn takes up to %1.", nullptr, -left)
                         .arg(locale.toString(OutgoingMessages::MaxChars));
        m_counter->setText(tr("%n too many", nullptr, -left));
    } else {
        m_counter->setText(tr("%n left", nullptr, left));
    }
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText,
                     left < 0 ? Painting::errorTextColor(this->palette())
                              : this->palette().color(QPalette::WindowText));
    m_counter->setPalette(palette);
    m_counter->setToolTip(reason);
    if (reason.isEmpty() && m_busy)
        reason = tr("Wait until the message before is sent.");
    m_send->setEnabled(canSend());
    const QString keys = m_edit->returnSends() ? tr("Return or %1").arg(sendKeys()) : sendKeys();
    m_send->setToolTip(reason.isEmpty() ? tr("Send (%1): 1 credit").arg(keys) : reason);
    m_send->setAccessibleDescription(m_send->toolTip());
}
