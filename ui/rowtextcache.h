#pragma once

#include "conversationrow.h"
#include "laidouttext.h"
#include "text/initials.h"

#include <QCache>
#include <QFont>
#include <QSize>
#include <QString>

#include <memory>

// One row's texts elided and shaped for painting, with the layout they were made for
// (in the row's own coordinates: its top left at 0, 0) and the content they show.
struct RowText
{
    ConversationRow::Content content;
    ConversationRow::Geometry geometry;
    LaidOutText name, time, headline, message, marker, draft, badge;
    Initials::Look initials; // the picture's placeholder
};

// The laid-out texts of the rows painted last, so that a repaint (hover, selection,
// scrolling back, a picture arriving) neither elides nor shapes again. Bounded by a
// number of rows (least recently painted go first). An entry serves only the same row
// at the same size, direction, pixel ratio and font showing the same content: any
// change of the data makes the next paint lay the row out anew, without any signal.
class RowTextCache
{
public:
    struct Key
    {
        QString id; // the conversation
        QSize size;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        qreal devicePixelRatio = 1;

        bool operator==(const Key &other) const
        {
            return id == other.id && size == other.size && direction == other.direction
                    && qFuzzyCompare(devicePixelRatio, other.devicePixelRatio);
        }
    };

    // A few screens of rows: enough to scroll back and forth without laying out again.
    static constexpr int DefaultMaxRows = 128;

    explicit RowTextCache(int maxRows = DefaultMaxRows);

    // The row's texts when they were laid out for this key and font and show content.
    const RowText *find(const Key &key, const QFont &font,
                        const ConversationRow::Content &content) const;
    // Takes text; returns it (it stays valid until the next insert).
    const RowText *insert(const Key &key, const QFont &font, std::unique_ptr<RowText> text);

    int count() const { return int(m_rows.count()); }
    int maxRows() const { return int(m_rows.maxCost()); }
    void clear() { m_rows.clear(); }

private:
    mutable QCache<Key, RowText> m_rows; // object() marks an entry as recently used
    QFont m_font; // all entries were laid out with it; another font empties the cache
};

size_t qHash(const RowTextCache::Key &key, size_t seed = 0);
