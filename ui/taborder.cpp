#include "taborder.h"

#include <QApplication>
#include <QWidget>

namespace TabOrder {

QList<QWidget *> stops(const QList<QWidget *> &regions)
{
    QList<QWidget *> found;
    for (QWidget *region : regions) {
        if (!region || !region->isVisible())
            continue;
        for (QWidget *w = region->nextInFocusChain(); w != region && region->isAncestorOf(w);
             w = w->nextInFocusChain()) {
            // A widget with a focus proxy hands the focus on: its proxy is the stop.
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()
                && !w->focusProxy())
                found.append(w);
        }
    }
    return found;
}

bool move(const QList<QWidget *> &regions, bool next)
{
    const QList<QWidget *> all = stops(regions);
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size() && at < 0; ++i) {
        if (all.at(i) == focus || all.at(i)->isAncestorOf(focus))
            at = i;
    }
    if (at < 0)
        return false;
    const qsizetype to = (at + (next ? 1 : -1) + all.size()) % all.size();
    all.at(to)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

} // namespace TabOrder
