#include "tabviewstate.h"

#include "inbox/conversationfilter.h"
#include "inbox/conversationlistmodel.h"
#include "store/conversationstore.h"

#include <QEvent>
#include <QListView>
#include <QMetaEnum>
#include <QScrollBar>

TabViewState::TabViewState(QListView *view, ConversationStore *store, const QString &listKey)
    : QObject(view)
    , m_view(view)
    , m_store(store)
    , m_listKey(listKey)
{
}

QString TabViewState::key(const char *what) const
{
    return QStringLiteral("view/%1/%2").arg(m_listKey, QString::fromLatin1(what));
}

QModelIndex TabViewState::indexOf(const QString &conversationId) const
{
    const auto *filter = qobject_cast<const ConversationFilter *>(m_view->model());
    const ConversationListModel *list = filter ? filter->list() : nullptr;
    const int row = list ? list->rowOf(conversationId) : -1;
    return row < 0 ? QModelIndex() : filter->mapFromSource(list->index(row));
}

void TabViewState::save() const
{
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    const auto idOf = [](const QModelIndex &index) {
        return index.data(ConversationListModel::IdRole).toString();
    };
    m_store->setMeta(key("current"), idOf(m_view->currentIndex()));
    m_store->setMeta(key("top"), idOf(top));
    m_store->setMeta(key("offset"),
                     QString::number(top.isValid() ? m_view->visualRect(top).top() : 0));
}

void TabViewState::restore()
{
    const QModelIndex current = indexOf(m_store->meta(key("current")));
    if (current.isValid())
        m_view->setCurrentIndex(current);
    const QModelIndex top = indexOf(m_store->meta(key("top")));
    if (!top.isValid() || top.row() == 0)
        return;
    // Where the list was scrolled: once the view has its size (it has none yet).
    m_pendingTop = top;
    m_pendingOffset = m_store->meta(key("offset")).toInt();
    m_view->viewport()->installEventFilter(this);
}

bool TabViewState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize
        && m_view->viewport()->height() > 0 && m_pendingTop.isValid()) {
        m_view->viewport()->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &TabViewState::scrollToTop, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void TabViewState::scrollToTop()
{
    if (!m_pendingTop.isValid())
        return;
    m_view->doItemsLayout(); // the scroll range must hold the rows
    m_view->scrollTo(m_pendingTop, QAbstractItemView::PositionAtTop);
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() - m_pendingOffset);
    m_pendingTop = QPersistentModelIndex();
}

void TabViewState::saveOrder(ConversationListModel::Order order)
{
    const QMetaEnum names = QMetaEnum::fromType<ConversationListModel::Order>();
    m_store->setMeta(key("order"), QString::fromLatin1(names.valueToKey(int(order))));
}

std::optional<ConversationListModel::Order> TabViewState::storedOrder() const
{
    const QMetaEnum names = QMetaEnum::fromType<ConversationListModel::Order>();
    bool known = false;
    const int value = names.keyToValue(m_store->meta(key("order")).toLatin1().constData(), &known);
    if (!known)
        return std::nullopt;
    return ConversationListModel::Order(value);
}
