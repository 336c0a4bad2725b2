#pragma once

#include "inbox/inboxlist.h"

#include <optional>

class QMainWindow;
class QSplitter;

// What the window keeps across runs, in QSettings: its geometry, where the splitter
// between the list and the thread sits, and the tab last shown.
namespace WindowMemory {

// The geometry and the splitter as they were; on a first start about 1100×720 (less on
// a small screen), centred.
void restore(QMainWindow *window, QSplitter *splitter);
// The tab to open: a category asked for on the command line wins over the last one.
InboxList firstList(InboxCategory askedFor);
// lastList: none while no inbox shows (the tabs mean nothing then).
void save(const QMainWindow *window, const QSplitter *splitter, std::optional<InboxList> lastList);

} // namespace WindowMemory
