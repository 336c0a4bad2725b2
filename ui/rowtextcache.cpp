#include "rowtextcache.h"

#include <QHashFunctions>

RowTextCache::RowTextCache(int maxRows)
    : m_rows(qMax(1, maxRows))
{
}

const RowText *RowTextCache::find(const Key &key, const QFont &font,
                                  const ConversationRow::Content &content) const
{
    if (font != m_font)
        return nullptr;
    const RowText *text = m_rows.object(key);
    return text && text->content == content ? text : nullptr;
}

const RowText *RowTextCache::insert(const Key &key, const QFont &font,
                                    std::unique_ptr<RowText> text)
{
    if (font != m_font) {
        m_rows.clear();
        m_font = font;
    }
    RowText *kept = text.release();
    m_rows.insert(key, kept); // cost 1: the bound is a number of rows
    return kept;
}

size_t qHash(const RowTextCache::Key &key, size_t seed)
{
    return qHashMulti(seed, key.id, key.size.width(), key.size.height(), int(key.direction),
                      qRound(key.devicePixelRatio * 100));
}
