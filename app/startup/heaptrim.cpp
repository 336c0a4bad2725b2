#include "heaptrim.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#if defined(__GLIBC__)
#  include <malloc.h>
#endif

namespace HeapTrim {

void configure()
{
#if defined(__GLIBC__)
    // The GUI thread and the decoding pool: two arenas are enough, and each arena more
    // is memory held apart (glibc's default allows eight per core).
    mallopt(M_ARENA_MAX, 2);
#endif
}

void trimNow()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void trimSoon()
{
#if defined(__GLIBC__)
    static QPointer<QTimer> timer;
    if (!timer) {
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        timer = new QTimer(app);
        timer->setSingleShot(true);
        timer->setInterval(QuietMs);
        QObject::connect(timer, &QTimer::timeout, app, &trimNow);
    }
    timer->start(); // restarted by every page: one trim when they stop
#endif
}

} // namespace HeapTrim
