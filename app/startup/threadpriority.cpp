#include "threadpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#  include <sys/resource.h>
#endif

namespace ThreadPriority {

void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    // who = 0: the calling thread, not the process (Linux's per-thread nice value).
    setpriority(PRIO_PROCESS, 0, 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace ThreadPriority
