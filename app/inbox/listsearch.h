#pragma once

#include <QModelIndex>
#include <QObject>

class ConversationFilter;
class ConversationListModel;
class ConversationSearch;
class QTimer;

// A list's search, as the user types: in the list itself (its rows whose name, headline
// or last message hold every word), or in everything stored (every category, and the
// text of every stored thread message). It owns what the view shows: a filter over the
// list, whose source becomes a results model for a search of everything. Searching
// costs nothing: it reads the store, never the network. A search that only reading
// every stored conversation can answer (a large store, words too short or too common
// for the index) waits until typing rests: "nora" typed reads nothing for "n" and "no".
class ListSearch : public QObject
{
    Q_OBJECT

public:
    enum class Scope { ThisList, Everything };
    Q_ENUM(Scope)
    // How long typing rests before a search that reads every conversation runs.
    static constexpr int RestMs = 250;

    ListSearch(ConversationListModel *list, ConversationSearch *search, QObject *parent = nullptr);
    ~ListSearch() override;

    // What the view shows: the list, filtered or not, or the results of everything.
    ConversationFilter *shown() const { return m_filter; }
    ConversationListModel *list() const { return m_list; }
    ConversationListModel *results() const { return m_results; }

    // Searches, at once or once typing rests (see above).
    void setQuery(const QString &text, Scope scope);
    void clear();
    // Runs the search again: rows came that may match.
    void update();
    // A search waiting for typing to rest: run it now (the user wants the results).
    void settle();
    bool isPending() const;

    // What is shown: a search waiting to run changes none of these.
    bool isActive() const { return !m_words.isEmpty(); }
    // A search shown, or one waiting for typing to rest.
    bool isSearching() const { return isActive() || isPending(); }
    Scope scope() const { return m_scope; }
    QString text() const { return m_text; }
    int matches() const;
    // How many stored conversations the search looked through.
    int searched() const { return m_searched; }

    // The row shown for a conversation, in whatever the view shows now.
    QModelIndex indexOf(const QString &conversationId) const;

signals:
    void changed();

private:
    void apply(const QString &text, Scope scope);

    ConversationListModel *m_list;
    ConversationSearch *m_search;
    ConversationListModel *m_results;
    ConversationFilter *m_filter;
    QString m_text;
    QStringList m_words;
    Scope m_scope = Scope::ThisList;
    int m_searched = 0;
    QTimer *m_rest;
    QString m_pendingText;
    Scope m_pendingScope = Scope::ThisList;
};
