#pragma once

#include <QStyledItemDelegate>

// The base of the painting delegates: tooltips and What's This texts of the rows come
// from the API, and an item view would show them as rich text when they look like it.
// This delegate shows them through RichTextGuard, so they are always plain.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};
