#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <initializer_list>

// Proportional set size (Linux /proc/<pid>/smaps_rollup): what a process costs the
// machine, its share of shared pages included. -1 where it cannot be read.
namespace Pss {

// The sum of the rollup's fields with these names ("Pss:"), -1 when none is there.
inline qint64 fieldsOf(qint64 pid, std::initializer_list<const char *> fields)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    qint64 total = -1;
    for (const QByteArray &line : rollup.readAll().split('\n')) {
        for (const char *field : fields) {
            if (line.startsWith(field))
                total = qMax<qint64>(total, 0)
                        + line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
        }
    }
    return total;
}

inline qint64 kibOf(qint64 pid)
{
    return fieldsOf(pid, {"Pss:"});
}

// Only the process's own memory (anonymous and shared-memory pages): what grows with
// the data. The libraries' share of the PSS moves with whatever else on the machine maps
// them (other Qt programs), by megabytes between two readings.
inline qint64 anonKibOfSelf()
{
    return fieldsOf(QCoreApplication::applicationPid(), {"Pss_Anon:", "Pss_Shmem:"});
}

// The process and every process under it (the issue measures "the app and its children").
inline qint64 kibOfTree(qint64 pid)
{
    qint64 total = kibOf(pid);
    if (total < 0)
        return -1;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + QStringLiteral("/children")));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().simplified().split(' ')) {
            if (!child.isEmpty())
                total += qMax<qint64>(0, kibOfTree(child.toLongLong()));
        }
    }
    return total;
}

inline qint64 selfKib()
{
    return kibOfTree(QCoreApplication::applicationPid());
}

} // namespace Pss
