// Linkup Inbox: command line and wiring, nothing else.

#include "api/linkupclient.h"
#include "colorscheme.h"
#include "demo/demoserver.h"
#include "mainwindow.h"
#include "startup/commandline.h"
#include "startup/translations.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("linkup-inbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Linkup Inbox"));
    QApplication::setOrganizationName(QStringLiteral("Linkup"));
    QApplication::setOrganizationDomain(QStringLiteral("linkup.io"));
    QApplication::setApplicationVersion(QStringLiteral(LINKUP_VERSION));
    Translations::install(app);
    ColorScheme::apply(app, qEnvironmentVariable("LINKUP_COLOR_SCHEME"));

    const CommandLineResult command =
            CommandLine::parse(QApplication::arguments(), QProcessEnvironment::systemEnvironment());
    switch (command.action) {
    case CommandLineResult::Action::ShowHelp:
    case CommandLineResult::Action::ShowVersion:
        QTextStream(stdout) << command.text << Qt::endl;
        return 0;
    case CommandLineResult::Action::Fail:
        QTextStream(stderr) << "linkup-inbox: " << command.text << Qt::endl;
        return CommandLineResult::UsageErrorExitCode;
    case CommandLineResult::Action::Run: break;
    }
    if (!command.warning.isEmpty())
        QTextStream(stderr) << "linkup-inbox: " << command.warning << Qt::endl;
    const StartupOptions &options = command.options;

    LinkupClient client;
    DemoServer demoServer;
    if (options.demo) {
        if (!demoServer.listenOnLoopback(DemoServer::PreferredDemoPort)
            && !demoServer.listenOnLoopback()) {
            QTextStream(stderr) << "linkup-inbox: could not start the demo server" << Qt::endl;
            return 1;
        }
        client.setApiBase(demoServer.apiBase());
        client.setCredentials(DemoServer::apiKey(), DemoServer::loginToken());
    } else {
        if (!options.apiBase.isEmpty())
            client.setApiBase(options.apiBase);
        client.setCredentials(options.apiKey, options.loginToken);
    }

    MainWindow window(&client, options);
    window.show();
    return QApplication::exec();
}
