#include "builtindemo.h"

#include "demoserver.h"

BuiltInDemo::BuiltInDemo() = default;
BuiltInDemo::~BuiltInDemo() = default;

bool BuiltInDemo::start()
{
    if (m_server)
        return true;
    auto server = std::make_unique<DemoServer>();
    if (!server->listenOnLoopback(DemoServer::PreferredDemoPort) && !server->listenOnLoopback())
        return false;
    m_server = std::move(server);
    return true;
}

QUrl BuiltInDemo::apiBase() const
{
    return m_server ? m_server->apiBase() : QUrl();
}

QString BuiltInDemo::apiKey() const
{
    return DemoServer::apiKey();
}

QString BuiltInDemo::loginToken() const
{
    return DemoServer::loginToken();
}
