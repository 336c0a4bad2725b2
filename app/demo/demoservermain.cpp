// linkup-demo-server: the built-in LinkupAPI server on its own, for manual testing.

#include "demo/scripting/scripteddemoserver.h"
#include "linkup_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linkup-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKUP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Serves the Linkup Inbox sample inbox as LinkupAPI on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (default: a free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption delay(
            QStringLiteral("delay"),
            QStringLiteral("Delay every inbox and conversation reply by ms."), QStringLiteral("ms"),
            QStringLiteral("0"));
    const QCommandLineOption repeat(QStringLiteral("repeat-cursor"),
                                    QStringLiteral("Answer every page with the cursor it was "
                                                   "asked for (a broken server)."));
    const QCommandLineOption refuseSend(
            QStringLiteral("refuse-send"),
            QStringLiteral("Refuse the n-th message sent (429, LinkedIn's rate limit), to try "
                           "Not sent, Retry and Edit. May be given more than once."),
            QStringLiteral("n"));
    parser.addOptions({port, delay, repeat, refuseSend});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        err << "linkup-demo-server: --port needs a number from 0 to 65535\n";
        return 2;
    }
    ScriptedDemoServer server;
    server.setInboxDelay(parser.value(delay).toInt());
    server.setRepeatCursor(parser.isSet(repeat));
    server.setConversationDelay(parser.value(delay).toInt());
    server.setRepeatConversationCursor(parser.isSet(repeat));
    for (const QString &call : parser.values(refuseSend)) {
        bool callOk = false;
        const int number = call.toInt(&callOk);
        if (!callOk || number < 1) {
            err << "linkup-demo-server: --refuse-send needs a number from 1 on\n";
            return 2;
        }
        server.scriptSendCall(number,
                              ScriptedReply::error(429,
                                                   QStringLiteral("LinkedIn Rate "
                                                                  "limit exceeded")));
    }
    if (!server.listenOnLoopback(quint16(portNumber))) {
        err << "linkup-demo-server: cannot listen on 127.0.0.1:" << portNumber << '\n';
        return 1;
    }
    QTextStream(stdout) << "LinkupAPI demo server on " << server.apiBase().toString()
                        << "\napi key: " << DemoServer::apiKey()
                        << "\nlogin token: " << DemoServer::loginToken() << Qt::endl;
    return QCoreApplication::exec();
}
