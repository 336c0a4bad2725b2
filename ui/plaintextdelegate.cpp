#include "plaintextdelegate.h"

#include "text/richtextguard.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>
#include <QWhatsThis>

bool PlainTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view)
        return false;
    const bool whatsThis = event->type() == QEvent::WhatsThis;
    if (event->type() != QEvent::ToolTip && !whatsThis)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(whatsThis ? Qt::WhatsThisRole : Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        if (!whatsThis)
            QToolTip::hideText();
        event->ignore();
        return false;
    }
    const QString safe = RichTextGuard::asRichText(text);
    if (whatsThis)
        QWhatsThis::showText(event->globalPos(), safe, view);
    else
        QToolTip::showText(event->globalPos(), safe, view, option.rect);
    return true;
}
