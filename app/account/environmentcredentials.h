#pragma once

#include <QProcessEnvironment>
#include <QString>

// The credentials LINKUP_API_KEY and LINKUP_LOGIN_TOKEN give for one session. take()
// reads them and removes them from the process environment at once, before anything
// is started, so no process the app launches (xdg-open, the browser) inherits them.
struct EnvironmentCredentials
{
    static constexpr const char *ApiKeyVariable = "LINKUP_API_KEY";
    static constexpr const char *LoginTokenVariable = "LINKUP_LOGIN_TOKEN";

    QString apiKey;
    QString loginToken;

    static EnvironmentCredentials take();
    // The two as an environment of their own, for code that reads an environment.
    QProcessEnvironment asEnvironment() const;
};
