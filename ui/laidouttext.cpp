#include "laidouttext.h"

#include "sharedfont.h"

#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace {

constexpr int DirectionFlags = Qt::TextForceLeftToRight | Qt::TextForceRightToLeft;

Qt::LayoutDirection directionOf(int flags)
{
    return (flags & Qt::TextForceRightToLeft) ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace

LaidOutText::LaidOutText(const QString &text, const QFont &font, int flags)
    : m_flags(flags)
    , m_size(text.size())
{
    Q_ASSERT(flags & DirectionFlags); // drawText would otherwise follow the painter
    if (text.isEmpty())
        return; // drawText paints nothing for it either
    // As drawText prepares a single line: line breaks and tabs become spaces.
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\r' || c == u'\n' || c == u'\t')
            c = u' ';
    }
    m_layout = std::make_shared<QTextLayout>(line, font);
    QTextOption option;
    option.setTextDirection(directionOf(flags));
    option.setAlignment(Qt::AlignLeft); // aligned when drawn, as drawText does
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true); // keep the shaped glyphs: the point of the class
    m_layout->beginLayout();
    QTextLine textLine = m_layout->createLine();
    textLine.setLineWidth(0x01000000); // drawText's "no wrapping"
    textLine.setPosition(QPointF(0, 0));
    m_layout->endLayout();
    m_width = textLine.naturalTextWidth();
    m_advance = textLine.horizontalAdvance();
    m_height = textLine.ascent() + textLine.descent();
}

QFont LaidOutText::deviceFont(QPainter *painter, const QFont &font)
{
    painter->save();
    painter->setFont(font);
    const QFont bound = painter->font();
    painter->restore();
    return SharedFont::of(bound);
}

void LaidOutText::draw(QPainter *painter, const QRect &rect) const
{
    if (!m_layout || painter->pen().style() == Qt::NoPen)
        return;
    const QRectF r(rect);
    const Qt::Alignment alignment = QStyle::visualAlignment(
            directionOf(m_flags),
            Qt::Alignment(m_flags & (Qt::AlignHorizontal_Mask | Qt::AlignVertical_Mask)));
    qreal yoff = 0;
    if (alignment & Qt::AlignBottom)
        yoff = r.height() - m_height;
    else if (alignment & Qt::AlignVCenter)
        yoff = (r.height() - m_height) / 2;
    const QTextLine line = m_layout->lineAt(0);
    const qreal advance = m_advance;
    qreal xoff = 0;
    qreal boundsOff = 0;
    if (alignment & Qt::AlignRight) {
        xoff = r.width() - advance;
        boundsOff = r.width() - m_width;
    } else if (alignment & Qt::AlignHCenter) {
        xoff = (r.width() - advance) / 2;
        boundsOff = (r.width() - m_width) / 2;
    }
    // Clipped to the rect only when it overflows, as drawText does.
    const bool clip = !r.contains(QRectF(r.x() + boundsOff, r.y() + yoff, m_width, m_height));
    if (clip) {
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
    }
    line.draw(painter, QPointF(r.x() + xoff, r.y() + yoff));
    if (clip)
        painter->restore();
}
