#pragma once

#include "account/demoservice.h"

#include <memory>

class DemoServer;

// The demo of the app: a DemoServer started on first use, on the preferred loopback port
// when free (avatar URLs, and so their disk cache, stay the same across runs).
class BuiltInDemo : public DemoService
{
public:
    BuiltInDemo();
    ~BuiltInDemo() override;

    bool start() override;
    QUrl apiBase() const override;
    QString apiKey() const override;
    QString loginToken() const override;
    // Null until started (the benchmarks count its avatar cache apart).
    const DemoServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<DemoServer> m_server;
};
