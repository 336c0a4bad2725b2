#pragma once

#include <QString>
#include <QUrl>

// The built-in LinkupAPI server as the Session sees it: something that starts on
// loopback and says where it listens and with what credentials. The core knows only
// this; the server itself lives in linkup_demo (LINKUP_WITH_DEMO), which the app links
// when the build has the demo.
class DemoService
{
public:
    virtual ~DemoService() = default;

    // Starts listening if not yet; false when it cannot.
    virtual bool start() = 0;
    virtual QUrl apiBase() const = 0;
    virtual QString apiKey() const = 0;
    virtual QString loginToken() const = 0;
};
