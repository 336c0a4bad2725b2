#pragma once

#include "generatedinbox.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

// The bundled sample inbox (resources/sample-inbox.json) as the built-in server serves
// it: times shifted so the newest message is a few minutes old, avatar paths made
// absolute on the server's own address, UNREAD derived from INBOX. A generated inbox
// (GeneratedInbox) may stand in for INBOX and UNREAD, for measuring big inboxes.
class SampleInbox
{
public:
    // A category's conversations as the server pages through them: entries are made
    // (pictures made absolute) only for the ones asked for.
    class Listing
    {
    public:
        qsizetype size() const;
        QJsonObject at(qsizetype index) const;

    private:
        friend class SampleInbox;
        const SampleInbox *m_inbox = nullptr;
        QString m_category;
        QUrl m_serverBase;
    };

    static SampleInbox load(const QString &path = QStringLiteral(":/linkup/sample-inbox.json"));
    // The sample with INBOX (and so UNREAD) made of `size` generated conversations,
    // the newest at newestTimeMs (0: a few minutes ago).
    static SampleInbox generated(int size, qint64 newestTimeMs = 0);
    // What the demo serves: generated when LINKUP_DEMO_SIZE holds a size (1 to
    // GeneratedInbox::MaxSize), else the bundled sample.
    static SampleInbox forDemo();

    bool isEmpty() const { return m_byCategory.isEmpty(); }
    // The category's conversations in API shape, newest first; empty for an unknown one.
    Listing conversations(const QString &category, const QUrl &serverBase) const;
    int count(const QString &category) const;
    // Any category's conversation with this id as stored (times shifted, picture paths
    // relative); an empty object when there is none.
    QJsonObject conversation(const QString &conversationId) const;
    // Every conversation id once, in no particular order.
    QStringList conversationIds() const;

private:
    bool isGenerated(const QString &category) const;
    QJsonObject stored(const QString &category, qsizetype index) const;

    QHash<QString, QList<QJsonObject>> m_byCategory;
    QHash<QString, QJsonObject> m_byId;
    GeneratedInbox m_generated;
};
