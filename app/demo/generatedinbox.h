#pragma once

#include <QJsonObject>
#include <QString>

// An inbox of any size for measuring the app (LINKUP_DEMO_SIZE=N): conversation i is a
// pure function of i and the newest message time, made when asked for, so 100 000
// conversations cost the server nothing to hold and every run serves the same inbox.
// Newest first; every UnreadEvery-th conversation is unread, so the UNREAD list is the
// same conversations taken that often. Shapes and sizes are those of real replies.
class GeneratedInbox
{
public:
    static constexpr int MaxSize = 1000000;
    static constexpr int UnreadEvery = 6;

    GeneratedInbox() = default;
    GeneratedInbox(int size, qint64 newestTimeMs);

    int size() const { return m_size; }
    int unreadSize() const { return (m_size + UnreadEvery - 1) / UnreadEvery; }
    // Conversation i (0 is the newest) in API shape, picture paths relative.
    QJsonObject conversation(int index) const;
    QString idAt(int index) const;
    // The index of a conversation id this inbox made, or -1.
    int indexOf(const QString &conversationId) const;

private:
    int m_size = 0;
    qint64 m_newestTimeMs = 0;
};
