#include "commandline.h"

#include "api/billing.h"
#include "api/inboxcategory.h"
#include "api/urlpolicy.h"
#include "linkup_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

CommandLineResult failure(const QString &message)
{
    CommandLineResult result;
    result.action = CommandLineResult::Action::Fail;
    result.text = message;
    return result;
}

} // namespace

QStringList knownCountries()
{
    return {QStringLiteral("US"), QStringLiteral("UK"), QStringLiteral("FR"), QStringLiteral("DE"),
            QStringLiteral("NL"), QStringLiteral("IT"), QStringLiteral("IL"), QStringLiteral("CA"),
            QStringLiteral("BR"), QStringLiteral("ES"), QStringLiteral("IN")};
}

CommandLineResult parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Linkup Inbox: your LinkedIn inbox through LinkupAPI.\n"
               "Credentials for a session come from LINKUP_API_KEY and LINKUP_LOGIN_TOKEN."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Show the built-in demo inbox (no account needed)."));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
                                     tr("LinkupAPI address (https; http only for loopback)."),
                                     QStringLiteral("URL"));
    const QCommandLineOption country(QStringLiteral("country"),
                                     tr("Proxy country: %1.").arg(knownCountries().join(u", ")),
                                     QStringLiteral("CODE"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("Tab to open: INBOX, INMAIL, JOB or UNREAD."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption pageSize(
            QStringLiteral("page-size"),
            tr("Conversations per request, 10 to 25 (rounded to 10 or 20: the API bills per 10)."),
            QStringLiteral("N"));
    parser.addOptions({demo, apiBase, country, category, pageSize});

    if (!parser.parse(arguments))
        return failure(parser.errorText());

    CommandLineResult result;
    if (parser.isSet(help)) {
        result.action = CommandLineResult::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.text = QStringLiteral("linkup-inbox ") + QStringLiteral(LINKUP_VERSION);
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    StartupOptions &options = result.options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(apiBase)) {
        if (options.demo)
            return failure(tr("--demo uses its own server; leave out --api-base."));
        options.apiBase = QUrl(parser.value(apiBase), QUrl::StrictMode);
        const QString problem = UrlPolicy::apiBaseProblem(options.apiBase);
        if (!problem.isEmpty())
            return failure(problem);
    }
    if (parser.isSet(country)) {
        options.hasCountry = true;
        options.country = parser.value(country).trimmed().toUpper();
        if (!knownCountries().contains(options.country))
            return failure(tr("Unknown country “%1”. Use one of: %2.")
                                   .arg(parser.value(country), knownCountries().join(u", ")));
    }
    if (parser.isSet(category)
        && !InboxCategories::fromApiName(parser.value(category), &options.category))
        return failure(tr("Unknown category “%1”. Use INBOX, INMAIL, JOB or UNREAD.")
                               .arg(parser.value(category)));
    if (parser.isSet(pageSize)) {
        bool ok = false;
        const int requested = parser.value(pageSize).toInt(&ok);
        if (!ok || requested < 10 || requested > 25)
            return failure(tr("--page-size needs a number from 10 to 25, not “%1”.")
                                   .arg(parser.value(pageSize)));
        options.hasPageSize = true;
        options.pageSize = Billing::normalizedPageSize(requested);
        if (options.pageSize != requested)
            result.warning = tr("Using a page size of %1: the API bills per started 10 results.")
                                     .arg(options.pageSize);
    }
    options.apiKey = environment.value(QStringLiteral("LINKUP_API_KEY")).trimmed();
    options.loginToken = environment.value(QStringLiteral("LINKUP_LOGIN_TOKEN")).trimmed();
    return result;
}

} // namespace CommandLine
