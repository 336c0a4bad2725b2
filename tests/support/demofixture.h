#pragma once

#include "api/linkupclient.h"
#include "demo/scripting/scripteddemoserver.h"

// The built-in server on a free loopback port and a client pointed at it, with short
// retry and timeout settings so failure paths run in milliseconds.
struct DemoFixture
{
    ScriptedDemoServer server;
    LinkupClient client;

    bool start()
    {
        if (!server.listenOnLoopback())
            return false;
        client.setApiBase(server.apiBase());
        client.setCredentials(DemoServer::apiKey(), DemoServer::loginToken());
        CallPolicy policy;
        policy.timeoutMs = 5000;
        policy.retryBackoffMs = 10;
        client.setCallPolicy(policy);
        return true;
    }
};
