#include "painting.h"

#include "avatars/avatarstore.h"
#include "text/initials.h"

#include <QApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>

namespace Painting {

int textFlags(Qt::LayoutDirection direction, Qt::Alignment alignment, const QString &text)
{
    return int(QStyle::visualAlignment(direction, alignment)) | Qt::TextSingleLine
            | (text.isRightToLeft() ? Qt::TextForceRightToLeft : Qt::TextForceLeftToRight);
}

QFont scaledFont(const QFont &font, qreal factor)
{
    QFont scaled(font);
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        scaled.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return scaled;
}

QFont weighted(const QFont &font, QFont::Weight weight)
{
    QFont result(font);
    result.setWeight(weight);
    return result;
}

QColor blended(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor errorTextColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void paintAvatar(QPainter *painter, const QRect &rect, AvatarStore *store, const QUrl &picture,
                 const QString &name, const QString &colorKey)
{
    if (store && !picture.isEmpty()) {
        const QPixmap pixmap =
                store->pixmap(picture, rect.width(), painter->device()->devicePixelRatio());
        if (!pixmap.isNull()) {
            painter->drawPixmap(rect, pixmap);
            return;
        }
    }
    const QString initials = Initials::of(name);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Initials::colorFor(colorKey));
    painter->drawEllipse(QRectF(rect));
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(1, qRound(rect.height() * 0.38)));
    painter->setFont(font);
    painter->setPen(Qt::white); // on our own coloured circle, not on the palette's base
    painter->drawText(rect, textFlags(painter->layoutDirection(), Qt::AlignCenter, initials),
                      initials);
    painter->restore();
}

void paintFocusFrame(QPainter *painter, const QStyleOptionViewItem &option,
                     const QColor &background)
{
    if (!option.state.testFlag(QStyle::State_HasFocus))
        return;
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(option);
    focus.rect = option.rect;
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    focus.backgroundColor = background;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
}

} // namespace Painting
