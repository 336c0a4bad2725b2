#include "triageactions.h"

#include "inbox/conversationlistmodel.h"
#include "inboxtab.h"
#include "session/inboxsession.h"
#include "store/conversationstore.h"
#include "text/displaytext.h"

#include <QAction>
#include <QListView>
#include <QMenu>

namespace {

constexpr int MaxUndo = 50;

bool isUnreadRow(const QModelIndex &index)
{
    return index.data(ConversationListModel::UnreadCountRole).toInt() > 0
            && !index.data(ConversationListModel::SeenRole).toBool();
}

} // namespace

TriageActions::TriageActions(InboxSession *inbox, CurrentTab currentTab, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_currentTab(std::move(currentTab))
    , m_markDone(new QAction(tr("Mark as &Done"), this))
    , m_toggleSeen(new QAction(tr("Mark as U&nread"), this))
    , m_undo(new QAction(tr("&Undo Mark"), this))
    , m_nextUnread(new QAction(tr("Ne&xt Unread"), this))
    , m_previousUnread(new QAction(tr("Pre&vious Unread"), this))
    , m_nextWaiting(new QAction(tr("Next &Waiting on Me"), this))
{
    QList<QKeySequence> done{QKeySequence(Qt::Key_E)};
#ifndef Q_OS_MACOS
    done.append(QKeySequence(Qt::Key_Delete)); // where Delete is how a mail is put away
#endif
    m_markDone->setShortcuts(done);
    m_toggleSeen->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_U));
    m_undo->setShortcut(QKeySequence::Undo);
    m_nextUnread->setShortcut(QKeySequence(Qt::Key_N));
    m_previousUnread->setShortcut(QKeySequence(Qt::Key_B));
    m_nextWaiting->setShortcut(QKeySequence(Qt::Key_W));
    for (QAction *action : listActions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const auto current = [this] {
        InboxTab *tab = m_currentTab();
        return tab ? tab->currentConversationId() : QString();
    };
    connect(m_markDone, &QAction::triggered, this, [this, current] { markDone(current()); });
    connect(m_toggleSeen, &QAction::triggered, this, [this, current] { toggleSeen(current()); });
    connect(m_undo, &QAction::triggered, this, &TriageActions::undoLastMark);
    connect(m_nextUnread, &QAction::triggered, this, [this] { moveTo(1, isUnreadRow); });
    connect(m_previousUnread, &QAction::triggered, this, [this] { moveTo(-1, isUnreadRow); });
    connect(m_nextWaiting, &QAction::triggered, this, [this] {
        QSet<qint64> waiting;
        for (const ConversationKey &key : m_inbox->model(InboxList::WaitingOnMe)->keys())
            waiting.insert(key.key);
        moveTo(1, [waiting](const QModelIndex &index) {
            return waiting.contains(index.data(ConversationListModel::KeyRole).toLongLong());
        });
    });
    update();
}

QList<QAction *> TriageActions::listActions() const
{
    return {m_markDone, m_toggleSeen, m_undo, m_nextUnread, m_previousUnread, m_nextWaiting};
}

std::optional<ConversationRecord> TriageActions::recordOf(const QString &conversationId) const
{
    if (conversationId.isEmpty() || !m_inbox->isOpen())
        return std::nullopt;
    return m_inbox->conversations()->record(conversationId);
}

void TriageActions::setMark(const ConversationRecord &record, const Mark &mark, bool undoable)
{
    const Mark before = m_inbox->setMark(record.key, mark);
    if (undoable && before != mark) {
        m_undoStack.append({record.key, before});
        if (m_undoStack.size() > MaxUndo)
            m_undoStack.removeFirst();
    }
    update();
}

void TriageActions::markSeen(const QString &conversationId)
{
    const std::optional<ConversationRecord> record = recordOf(conversationId);
    if (!record || record->isSeen())
        return;
    setMark(*record, {record->time(), record->doneUpTo}, false);
}

void TriageActions::markDone(const QString &conversationId)
{
    const std::optional<ConversationRecord> record = recordOf(conversationId);
    if (!record || record->isDone())
        return;
    setMark(*record, {record->seenUpTo, record->time()}, true);
    emit statusMessage(
            tr("Marked as done: %1")
                    .arg(DisplayText::singleLine(record->conversation.participant.name, 80)));
}

void TriageActions::toggleSeen(const QString &conversationId)
{
    const std::optional<ConversationRecord> record = recordOf(conversationId);
    if (!record)
        return;
    setMark(*record, {record->isSeen() ? 0 : record->time(), record->doneUpTo}, true);
}

void TriageActions::undoLastMark()
{
    if (m_undoStack.isEmpty())
        return;
    const Undo last = m_undoStack.takeLast();
    m_inbox->setMark(last.key, last.before);
    emit statusMessage(tr("Mark undone"));
    update();
}

void TriageActions::moveTo(int step, const std::function<bool(const QModelIndex &)> &passes)
{
    InboxTab *tab = m_currentTab();
    if (!tab)
        return;
    QAbstractItemModel *shown = tab->view()->model();
    const int rows = shown->rowCount();
    const int start = tab->view()->currentIndex().row();
    for (int row = start + step; row >= 0 && row < rows; row += step) {
        const QModelIndex index = shown->index(row, 0);
        if (passes(index)) {
            tab->pickConversation(index.data(ConversationListModel::IdRole).toString());
            return;
        }
    }
    emit statusMessage(tr("No more conversations of that kind in this list"));
}

void TriageActions::addToMenu(QMenu *menu, const QString &conversationId)
{
    const std::optional<ConversationRecord> record = recordOf(conversationId);
    if (!record)
        return;
    menu->addSeparator();
    QAction *done = menu->addAction(m_markDone->text(), this,
                                    [this, conversationId] { markDone(conversationId); });
    done->setEnabled(!record->isDone());
    done->setShortcut(m_markDone->shortcut());
    QAction *seen = menu->addAction(record->isSeen() ? tr("Mark as U&nread") : tr("Mark as &Read"),
                                    this, [this, conversationId] { toggleSeen(conversationId); });
    seen->setShortcut(m_toggleSeen->shortcut());
}

void TriageActions::update()
{
    // From the row the list holds, which follows the marks: this runs on every move of the
    // current row, and a store read there showed in the slowest Page Down frames.
    InboxTab *tab = m_currentTab();
    const ConversationRecord record =
            tab && m_inbox->isOpen() ? tab->currentRecord() : ConversationRecord();
    const bool any = record.key != 0;
    m_markDone->setEnabled(any && !record.isDone());
    m_toggleSeen->setEnabled(any);
    m_toggleSeen->setText(any && record.isSeen() ? tr("Mark as U&nread") : tr("Mark as &Read"));
    m_undo->setEnabled(!m_undoStack.isEmpty());
    for (QAction *action : {m_nextUnread, m_previousUnread, m_nextWaiting})
        action->setEnabled(tab != nullptr);
}
