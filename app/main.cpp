// Linkup Inbox: command line and wiring, nothing else.

#include "account/credentialvault.h"
#include "account/environmentcredentials.h"
#include "account/keychainsecretstore.h"
#include "account/session.h"
#include "api/linkupclient.h"
#include "colorscheme.h"
#ifdef LINKUP_WITH_DEMO
#  include "demo/builtindemo.h"
#endif
#include "linkup_version.h"
#include "mainwindow.h"
#include "session/inboxsession.h"
#include "startup/commandline.h"
#include "startup/heaptrim.h"
#include "startup/startuptrace.h"
#include "startup/translations.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <optional>

namespace {

#ifdef LINKUP_WITH_DEMO
constexpr bool WithDemo = true;
#else
constexpr bool WithDemo = false; // LINKUP_WITH_DEMO=OFF: no built-in server, no --demo
#endif

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("linkup-inbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("Linkup"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("linkup.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKUP_VERSION));
}

// Reads the command line without a display, so --help, --version and usage errors work
// over ssh and in scripts. Returns the exit code when there is nothing more to do.
std::optional<int> parseCommandLine(int argc, char *argv[],
                                    const EnvironmentCredentials &credentials,
                                    CommandLineResult *command)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    // --lang is looked for first: the help and the errors speak the language asked for.
    Translations::install(app, CommandLine::languageArgument(QCoreApplication::arguments()));
    *command = CommandLine::parse(QCoreApplication::arguments(), credentials.asEnvironment(),
                                  WithDemo);
    switch (command->action) {
    case CommandLineResult::Action::ShowHelp:
    case CommandLineResult::Action::ShowVersion:
        QTextStream(stdout) << command->text << Qt::endl;
        return 0;
    case CommandLineResult::Action::Fail:
        QTextStream(stderr) << "linkup-inbox: " << command->text << Qt::endl;
        return CommandLineResult::UsageErrorExitCode;
    case CommandLineResult::Action::Run: break;
    }
    if (!command->warning.isEmpty())
        QTextStream(stderr) << "linkup-inbox: " << command->warning << Qt::endl;
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    StartupTrace::begin();
    HeapTrim::configure();
    // First of all, before anything can start a process that would inherit them.
    const EnvironmentCredentials environmentCredentials = EnvironmentCredentials::take();
    CommandLineResult command;
    if (const std::optional<int> exitCode =
                parseCommandLine(argc, argv, environmentCredentials, &command))
        return *exitCode;

    QApplication app(argc, argv);
    StartupTrace::mark("application");
    StartupTrace::watchFirstFrames();
    setIdentity();
    // No application display name: the platform would append it to every window title,
    // and the window's own title names the app once already ("Linkup Inbox — Demo").
    // Ties the windows to the installed io.linkup.Inbox.desktop (Wayland app id, icon).
    QGuiApplication::setDesktopFileName(QStringLiteral(LINKUP_APP_ID));
    QIcon icon; // the hicolor PNGs, compiled in by app/CMakeLists.txt (:/icons)
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/" LINKUP_APP_ID ".png").arg(size),
                     QSize(size, size));
    QApplication::setWindowIcon(icon);
    Translations::install(app, command.options.language);
    ColorScheme::apply(app, qEnvironmentVariable("LINKUP_COLOR_SCHEME"));

    LinkupClient client;
    KeychainSecretStore keychain;
    CredentialVault vault(&keychain);
#ifdef LINKUP_WITH_DEMO
    BuiltInDemo demo; // before the session, which uses it
#endif
    Session session(&client, &vault);
#ifdef LINKUP_WITH_DEMO
    session.setDemo(&demo);
#endif
    InboxSession inbox(&session);
    MainWindow window(&inbox, command.options);
    window.show();
    StartupTrace::mark("window shown");
    session.start(command.options);
    StartupTrace::mark("session started");
    return QApplication::exec();
}
