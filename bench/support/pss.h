#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

// Proportional set size (Linux /proc/<pid>/smaps_rollup): what a process costs the
// machine, its share of shared pages included. -1 where it cannot be read.
namespace Pss {

inline qint64 kibOf(qint64 pid)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : rollup.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').first().toLongLong();
    }
    return -1;
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
