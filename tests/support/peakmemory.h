#pragma once

#include <QFile>

// The process's peak resident memory (VmHWM) in KiB, from /proc; -1 where there is none.
namespace PeakMemory {

inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A memory bound in KiB for this build: AddressSanitizer's shadow memory, redzones and
// quarantine (256 MiB of freed memory by default) inflate the resident size, so under it
// the bound is doubled plus the quarantine; that still catches a reply that grows without
// bound.
constexpr qint64 boundKiB(qint64 kib)
{
#if defined(__SANITIZE_ADDRESS__)
    return 2 * kib + 256 * 1024;
#elif defined(__has_feature)
#  if __has_feature(address_sanitizer)
    return 2 * kib + 256 * 1024;
#  else
    return kib;
#  endif
#else
    return kib;
#endif
}

} // namespace PeakMemory
