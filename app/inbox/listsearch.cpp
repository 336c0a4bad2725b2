#include "listsearch.h"

#include "conversationfilter.h"
#include "conversationlistmodel.h"
#include "store/conversationsearch.h"
#include "text/searchfold.h"

#include <QTimer>

ListSearch::ListSearch(ConversationListModel *list, ConversationSearch *search, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_search(search)
    , m_results(list->companion(this))
    , m_filter(new ConversationFilter(this))
    , m_rest(new QTimer(this))
{
    m_filter->setSourceModel(m_list);
    m_rest->setSingleShot(true);
    m_rest->setInterval(RestMs);
    connect(m_rest, &QTimer::timeout, this, [this] { apply(m_pendingText, m_pendingScope); });
}

ListSearch::~ListSearch() = default;

void ListSearch::setQuery(const QString &text, Scope scope)
{
    const QStringList words = SearchFold::words(text);
    if (!words.isEmpty() && !m_search->answersAtOnce(words, scope == Scope::Everything)) {
        m_pendingText = text;
        m_pendingScope = scope;
        m_rest->start(); // again: from the last keystroke
        return;
    }
    m_rest->stop();
    apply(text, scope);
}

void ListSearch::settle()
{
    if (m_rest->isActive()) {
        m_rest->stop();
        apply(m_pendingText, m_pendingScope);
    }
}

bool ListSearch::isPending() const
{
    return m_rest->isActive();
}

void ListSearch::apply(const QString &text, Scope scope)
{
    m_text = text;
    m_scope = scope;
    m_words = SearchFold::words(text);
    update();
}

void ListSearch::clear()
{
    setQuery({}, m_scope);
}

void ListSearch::update()
{
    if (m_words.isEmpty()) {
        if (m_filter->sourceModel() != m_list)
            m_filter->setSourceModel(m_list);
        m_filter->clearMatching();
        m_searched = 0;
        emit changed();
        return;
    }
    if (m_scope == Scope::ThisList) {
        if (m_filter->sourceModel() != m_list)
            m_filter->setSourceModel(m_list);
        m_filter->setMatching(m_search->matchingConversations(m_words));
        m_searched = m_list->rowCount();
    } else {
        const QList<SearchHit> hits = m_search->searchEverything(m_words);
        QList<ConversationKey> keys;
        QHash<qint64, QString> snippets;
        keys.reserve(hits.size());
        for (const SearchHit &hit : hits) {
            keys.append(hit.key);
            if (!hit.snippet.isEmpty())
                snippets.insert(hit.key.key, hit.snippet);
        }
        m_results->showHits(keys, snippets);
        if (m_filter->sourceModel() != m_results)
            m_filter->setSourceModel(m_results);
        m_filter->clearMatching();
        m_searched = m_search->storedConversations();
    }
    emit changed();
}

int ListSearch::matches() const
{
    return m_filter->rowCount();
}

QModelIndex ListSearch::indexOf(const QString &conversationId) const
{
    const auto *source = qobject_cast<const ConversationListModel *>(m_filter->sourceModel());
    const int row = source ? source->rowOf(conversationId) : -1;
    return row < 0 ? QModelIndex() : m_filter->mapFromSource(source->index(row));
}
