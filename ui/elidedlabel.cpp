#include "elidedlabel.h"

#include "painting.h"
#include "text/richtextguard.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace {

constexpr int MinimumChars = 6; // what is left of a text in the narrowest layout

} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // the text comes from the server
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(text()) + 1, metrics.height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * MinimumChars, metrics.height()};
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width());
}

QRect ElidedLabel::textRect() const
{
    const QRect area = contentsRect();
    const int width = qMin(area.width(), fontMetrics().horizontalAdvance(shownText()) + 1);
    const QRect leading(area.left(), area.top(), width, area.height());
    return QStyle::visualRect(layoutDirection(), area, leading);
}

bool ElidedLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (shownText() != text())
            QToolTip::showText(help->globalPos(), RichTextGuard::asRichText(text()), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    const QString shown = shownText();
    QPainter painter(this);
    painter.setPen(
            palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    painter.drawText(
            contentsRect(),
            Painting::textFlags(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter, shown), shown);
}
