#include "builtindemo.h"

#include "demoserver.h"
#include "startup/threadpriority.h"

BuiltInDemo::BuiltInDemo()
{
    m_thread.setObjectName(QStringLiteral("linkup-demo-server"));
}

BuiltInDemo::~BuiltInDemo()
{
    stop();
}

bool BuiltInDemo::start()
{
    if (m_server)
        return true;
    if (!m_thread.isRunning()) {
        m_thread.start();
        m_threadContext = new QObject;
        m_threadContext->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_threadContext, &ThreadPriority::yieldToTheWindow);
    }
    // Made on its thread, so that its sockets and timers belong there; the caller waits
    // for the port, as when the server lived on the GUI thread.
    QMetaObject::invokeMethod(
            m_threadContext,
            [this] {
                auto *server = new DemoServer;
                if (server->listenOnLoopback(DemoServer::PreferredDemoPort)
                    || server->listenOnLoopback()) {
                    m_server = server;
                    m_apiBase = server->apiBase();
                } else {
                    delete server;
                }
            },
            Qt::BlockingQueuedConnection);
    return m_server != nullptr;
}

void BuiltInDemo::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
            m_threadContext,
            [this] {
                delete m_server;
                m_server = nullptr;
                delete m_threadContext;
            },
            Qt::BlockingQueuedConnection);
    m_threadContext = nullptr;
    m_thread.quit();
    m_thread.wait();
}

QUrl BuiltInDemo::apiBase() const
{
    return m_apiBase;
}

QString BuiltInDemo::apiKey() const
{
    return DemoServer::apiKey();
}

QString BuiltInDemo::loginToken() const
{
    return DemoServer::loginToken();
}

qint64 BuiltInDemo::servedAvatarCacheBytes() const
{
    qint64 bytes = 0;
    if (m_server) {
        QMetaObject::invokeMethod(
                m_server, [this, &bytes] { bytes = m_server->avatarCacheBytes(); },
                Qt::BlockingQueuedConnection);
    }
    return bytes;
}
