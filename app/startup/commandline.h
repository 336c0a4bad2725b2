#pragma once

#include "api/inboxcategory.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// What the user asked for at start-up, validated.
struct StartupOptions
{
    bool demo = false;
    bool hasCountry = false; // given on the command line: wins over the saved setting
    bool hasPageSize = false;
    QUrl apiBase; // empty: the default LinkupAPI address
    QString country = QStringLiteral("FR"); // the API's own default
    InboxCategory category = InboxCategory::Inbox;
    int pageSize = 20;
    QString language; // --lang: a locale name for this run; empty: the system's
    // From LINKUP_API_KEY / LINKUP_LOGIN_TOKEN for this session only; never stored.
    QString apiKey;
    QString loginToken;
};

struct CommandLineResult
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    StartupOptions options;
    QString text; // help, version, or the error (translated) to print
    QString warning; // a note to print when running (e.g. a rounded page size)

    static constexpr int UsageErrorExitCode = 2;
};

namespace CommandLine {

QStringList knownCountries();
bool isKnownLanguage(const QString &code);
// The value of --lang (or --lang=CODE) if given, looked for before the full parse so
// that the help and the errors are already in that language; empty otherwise.
QString languageArgument(const QStringList &arguments);
// arguments as from QCoreApplication::arguments() (program name first).
// offerDemo: whether the build has the built-in server (--demo exists only then).
CommandLineResult parse(const QStringList &arguments, const QProcessEnvironment &environment,
                        bool offerDemo = true);

} // namespace CommandLine
