#pragma once

#include <QHash>
#include <QList>

#include <utility>

// What painting works out again and again (a name's initials and colour, a time's text,
// a font with its engines, a circle's mask), kept so that the next paint finds it. The
// bound is the point: what is kept comes from rows scrolling past, 100 000 of them in a
// big inbox, and must not grow with the inbox. Not thread safe: keep one per thread
// (thread_local) or use it from the GUI thread only.

// Found by key. Once Max values are kept the memo starts again empty: the few rows on
// screen fill it again in one paint, and there is no order of use to keep up.
template <typename Key, typename Value, qsizetype Max>
class BoundedMemo
{
    static_assert(Max > 0);

public:
    // The value kept for key, or make()'s, kept. The reference holds until the next call.
    template <typename Make>
    const Value &get(const Key &key, Make &&make)
    {
        if (const auto found = m_values.constFind(key); found != m_values.cend())
            return *found;
        if (m_values.size() >= Max)
            m_values.clear();
        return *m_values.insert(key, std::forward<Make>(make)());
    }
    void clear() { m_values.clear(); }
    qsizetype size() const { return m_values.size(); }

private:
    QHash<Key, Value> m_values;
};

// A handful of values found by a comparison of the caller's (a fuzzy pixel ratio, a
// font's resolution), not by a hash. Once Max are kept, the oldest goes.
template <typename Value, qsizetype Max>
class BoundedList
{
    static_assert(Max > 0);

public:
    // The first kept value that matches, or make()'s, kept. The reference holds until
    // the next call.
    template <typename Matches, typename Make>
    const Value &get(Matches &&matches, Make &&make)
    {
        for (const Value &kept : std::as_const(m_values)) {
            if (matches(kept))
                return kept;
        }
        if (m_values.size() >= Max)
            m_values.removeFirst();
        m_values.append(std::forward<Make>(make)());
        return m_values.constLast();
    }
    qsizetype size() const { return m_values.size(); }

private:
    QList<Value> m_values;
};
