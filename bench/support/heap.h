#pragma once

#include <QtGlobal>

#if defined(__GLIBC__)
#  include <malloc.h>
#endif

// The C heap as glibc sees it: what is in use and what it holds freed (which PSS counts
// too). -1 elsewhere. Says whether a growth is data kept or memory not given back.
namespace Heap {

inline qint64 usedKib()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}

inline qint64 freeKib()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    return qint64(mallinfo2().fordblks / 1024);
#else
    return -1;
#endif
}

} // namespace Heap
