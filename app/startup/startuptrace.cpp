#include "startuptrace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStartup, "linkup.startup", QtWarningMsg)

namespace StartupTrace {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

bool &painted()
{
    static bool done = false;
    return done;
}

// Milliseconds the process ran before main(), from /proc (10 ms ticks); -1 elsewhere.
qint64 beforeMainMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22: starttime
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    constexpr double TicksPerSecond = 100.0; // sysconf(_SC_CLK_TCK) on Linux
    return qint64((upSeconds - startTicks / TicksPerSecond) * 1000.0);
}

bool tracing()
{
    return lcStartup().isInfoEnabled() || qEnvironmentVariableIsSet("LINKUP_STARTUP_TRACE");
}

// Sees paints go by until the first busy indicator has been painted, then leaves. The
// mark waits for the event loop's next turn: the whole frame is painted by then.
class FirstFrameWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        if (!m_framePainted) {
            m_framePainted = true;
            QTimer::singleShot(0, this, [] { mark("first frame painted"); });
        }
        if (watched->inherits("QProgressBar")) {
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                mark("busy indicator painted");
                if (qEnvironmentVariable("LINKUP_STARTUP_TRACE") == u"busy")
                    QCoreApplication::quit();
                deleteLater();
            });
        }
        return false;
    }

private:
    bool m_framePainted = false;
};

} // namespace

void begin()
{
    clock().start();
    if (tracing())
        qCInfo(lcStartup).noquote() << "before main:" << beforeMainMs() << "ms (10 ms ticks)";
}

qint64 elapsedMs()
{
    return clock().isValid() ? clock().elapsed() : -1;
}

void mark(const char *milestone)
{
    if (tracing())
        qCInfo(lcStartup).noquote()
                << QStringLiteral("%1 ms").arg(double(clock().nsecsElapsed()) / 1e6, 0, 'f', 1)
                << milestone;
}

void watchFirstFrames()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app && tracing())
        app->installEventFilter(new FirstFrameWatcher(app));
}

void firstRowPainted()
{
    if (painted() || !clock().isValid())
        return;
    painted() = true;
    mark("first row painted");
    if (qEnvironmentVariable("LINKUP_STARTUP_TRACE") == u"exit")
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
}

} // namespace StartupTrace
