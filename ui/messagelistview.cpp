#include "messagelistview.h"

#include "messagedelegate.h"
#include "thread/messagelistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>

MessageListView::MessageListView(QWidget *parent)
    : QListView(parent)
{
}

void MessageListView::setModel(QAbstractItemModel *model)
{
    QItemSelectionModel *replaced = selectionModel();
    QListView::setModel(model);
    if (replaced != selectionModel())
        delete replaced;
}

QString MessageListView::messageText(const QModelIndex &index)
{
    // What the bubble shows, before painting bounds it: no controls or bidi overrides.
    const QVariant shown = index.data(Qt::DisplayRole);
    return shown.isValid() ? shown.toString() : index.data(MessageListModel::TextRole).toString();
}

QMenu *MessageListView::createContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return nullptr;
    QUrl link;
    if (const auto *delegate = qobject_cast<MessageDelegate *>(itemDelegateForIndex(index))) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        link = delegate->linkAt(option, index, pos);
    }
    auto *menu = new QMenu(this);
    const QString text = messageText(index);
    QAction *copyText = menu->addAction(tr("&Copy Text"), this, [text] { copy(text); });
    copyText->setEnabled(!text.trimmed().isEmpty());
    if (link.isValid()) {
        const QString url = link.toString();
        menu->addAction(tr("Copy &Link"), this, [url] { copy(url); });
    }
    return menu;
}

bool MessageListView::event(QEvent *event)
{
    // Ctrl+C is the window's too: claimed here while a message is current.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)
        && currentIndex().isValid()) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        const QString text = messageText(currentIndex());
        if (!text.trimmed().isEmpty())
            copy(text);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void MessageListView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key), for the current message.
    QPoint pos = event->pos();
    if (event->reason() == QContextMenuEvent::Keyboard && currentIndex().isValid())
        pos = visualRect(currentIndex()).center();
    else if (const QModelIndex index = indexAt(pos); index.isValid())
        setCurrentIndex(index);
    QMenu *menu = createContextMenu(pos);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(viewport()->mapToGlobal(pos)); // popup(), not exec(): no nested loop
}

void MessageListView::copy(const QString &text)
{
    QApplication::clipboard()->setText(text);
}
