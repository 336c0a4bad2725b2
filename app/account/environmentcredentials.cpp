#include "environmentcredentials.h"

EnvironmentCredentials EnvironmentCredentials::take()
{
    EnvironmentCredentials credentials;
    credentials.apiKey = qEnvironmentVariable(ApiKeyVariable).trimmed();
    credentials.loginToken = qEnvironmentVariable(LoginTokenVariable).trimmed();
    qunsetenv(ApiKeyVariable);
    qunsetenv(LoginTokenVariable);
    return credentials;
}

QProcessEnvironment EnvironmentCredentials::asEnvironment() const
{
    QProcessEnvironment environment;
    if (!apiKey.isEmpty())
        environment.insert(QString::fromLatin1(ApiKeyVariable), apiKey);
    if (!loginToken.isEmpty())
        environment.insert(QString::fromLatin1(LoginTokenVariable), loginToken);
    return environment;
}
