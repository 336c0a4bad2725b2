#pragma once

#include <QFont>
#include <QString>

#include <memory>

class QPainter;
class QRect;
class QTextLayout;

// One line of plain text shaped once and drawn many times, exactly where and as
// QPainter::drawText(rect, flags, text) would draw it (same layout, alignment and clip),
// so a cached row looks like an uncached one. Never rich text: a QTextLayout of the
// string as it is. Flags: an alignment, Qt::TextSingleLine and a forced direction.
class LaidOutText
{
public:
    LaidOutText() = default;
    // font as the painter would use it on its device (see deviceFont()).
    LaidOutText(const QString &text, const QFont &font, int flags);

    // The font QPainter draws with after setFont(font) on this painter's device.
    static QFont deviceFont(QPainter *painter, const QFont &font);

    void draw(QPainter *painter, const QRect &rect) const;
    bool isEmpty() const { return !m_layout; }
    // The line's advance: what QTextEngine measures for the whole text (trailing spaces
    // included), as QFontMetrics::horizontalAdvance() and elidedText() do.
    qreal advance() const { return m_advance; }
    // Characters held, for the cache's cost.
    qsizetype size() const { return m_size; }

private:
    std::shared_ptr<QTextLayout> m_layout; // shared: copies of a row's texts stay cheap
    int m_flags = 0;
    qreal m_width = 0; // natural width of the line
    qreal m_advance = 0;
    qreal m_height = 0; // ascent + descent, not rounded, as drawText centres with it
    qsizetype m_size = 0;
};
