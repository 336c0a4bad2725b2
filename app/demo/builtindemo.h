#pragma once

#include "account/demoservice.h"

#include <QThread>
#include <QUrl>

class DemoServer;

// The demo of the app: a DemoServer started on first use, on the preferred loopback port
// when free (avatar URLs, and so their disk cache, stay the same across runs). It answers
// on a thread of its own and at a lower priority, as a real server would apart from the
// app: painting and encoding the pictures it serves never takes the window's frames.
class BuiltInDemo : public DemoService
{
public:
    BuiltInDemo();
    ~BuiltInDemo() override; // stops the server and its thread

    bool start() override;
    QUrl apiBase() const override;
    QString apiKey() const override;
    QString loginToken() const override;
    // The PNGs the server keeps of what it served (the benchmarks count them apart); 0
    // until started.
    qint64 servedAvatarCacheBytes() const;

private:
    void stop();

    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread: where the server is made and unmade
    DemoServer *m_server = nullptr; // lives on m_thread
    QUrl m_apiBase;
};
