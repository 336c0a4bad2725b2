#include "windowmemory.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace {

const auto GeometryKey = QStringLiteral("window/geometry");
const auto TabKey = QStringLiteral("window/tab");
const auto SplitterKey = QStringLiteral("window/splitter");

} // namespace

namespace WindowMemory {

void restore(QMainWindow *window, QSplitter *splitter)
{
    const QSettings settings;
    if (!window->restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QRect available = window->screen()->availableGeometry();
        window->resize(QSize(1100, 720).boundedTo(available.size() * 0.9));
        window->move(available.center() - window->rect().center());
    }
    splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

InboxList firstList(InboxCategory askedFor)
{
    InboxList list = InboxLists::of(askedFor);
    if (askedFor == InboxCategory::Inbox)
        InboxLists::fromKey(QSettings().value(TabKey).toString(), &list);
    return list;
}

void save(const QMainWindow *window, const QSplitter *splitter, std::optional<InboxList> lastList)
{
    QSettings settings;
    settings.setValue(GeometryKey, window->saveGeometry());
    settings.setValue(SplitterKey, splitter->saveState());
    if (lastList)
        settings.setValue(TabKey, InboxLists::key(*lastList));
}

} // namespace WindowMemory
