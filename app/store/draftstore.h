#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class StoreDatabase;

// What the user has typed and not sent, one draft per stored conversation, kept with the
// account's store so it survives a restart (in the in-memory store when there is no file:
// the same tables, for the session). A draft of white space only is no draft: writing one
// removes it. Says changed() for a conversation whose draft came, went or changed.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    // Beyond this a draft keeps its first MaxChars characters: ten messages' worth, more
    // than any message may hold, and a pasted book must not make every keystroke a
    // megabyte write.
    static constexpr int MaxChars = 80000;

    explicit DraftStore(StoreDatabase *database, QObject *parent = nullptr);

    QString text(const QString &conversationId) const;
    bool hasDraft(const QString &conversationId) const { return !text(conversationId).isEmpty(); }
    // False when the conversation is not stored or the write failed.
    bool setText(const QString &conversationId, const QString &text);
    // Of these store keys (ConversationKey::key), the ones with a draft.
    QSet<qint64> withDrafts(const QList<qint64> &keys) const;

signals:
    void changed(const QString &conversationId);

private:
    StoreDatabase *m_database;
};
