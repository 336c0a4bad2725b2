#include "commandline.h"

#include "api/billing.h"
#include "api/inboxcategory.h"
#include "api/urlpolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace CommandLine {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("CommandLine", text, disambiguation);
}

CommandLineResult failure(const QString &message)
{
    CommandLineResult result;
    result.action = CommandLineResult::Action::Fail;
    result.text = message;
    return result;
}

} // namespace

bool isKnownLanguage(const QString &code)
{
    // QLocale falls back to C for codes it does not know.
    return !code.isEmpty() && QLocale(code).language() != QLocale::C;
}

QString languageArgument(const QStringList &arguments)
{
    // Skips the program name; stops at "--" as QCommandLineParser does.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1).trimmed();
        if (argument.startsWith(u"--lang="))
            return argument.mid(7).trimmed();
    }
    return {};
}

QStringList knownCountries()
{
    return {QStringLiteral("US"), QStringLiteral("UK"), QStringLiteral("FR"), QStringLiteral("DE"),
            QStringLiteral("NL"), QStringLiteral("IT"), QStringLiteral("IL"), QStringLiteral("CA"),
            QStringLiteral("BR"), QStringLiteral("ES"), QStringLiteral("IN")};
}

CommandLineResult parse(const QStringList &arguments, const QProcessEnvironment &environment,
                        bool offerDemo)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Linkup Inbox: your LinkedIn inbox through LinkupAPI.\n"
               "Credentials for a session come from LINKUP_API_KEY and LINKUP_LOGIN_TOKEN."));
    // Our own --help and --version rather than addHelpOption(): their descriptions then
    // come from our translations (Qt 6.4's own leave "Displays help…" in English).
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and quit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and quit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Show the built-in demo inbox (no account needed)."));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
                                     tr("LinkupAPI address (https; http only for loopback)."),
                                     tr("URL"));
    const QCommandLineOption country(QStringLiteral("country"),
                                     tr("Proxy country: %1.").arg(knownCountries().join(u", ")),
                                     tr("CODE", "country code"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("Tab to open: INBOX, INMAIL, JOB or UNREAD."),
                                      tr("NAME", "tab name"));
    const QCommandLineOption pageSize(
            QStringLiteral("page-size"),
            tr("Conversations per request, 10 to 25 (rounded to 10 or 20: the API bills per 10)."),
            tr("N", "a number"));
    // Read before the parser runs (languageArgument()), so --help is already in that
    // language; listed here so that it is documented and accepted.
    const QCommandLineOption lang(
            QStringLiteral("lang"),
            tr("Language of this run, e.g. fr, de, es or en (default: the system's)."),
            tr("CODE", "language code"));
    parser.addOptions({help, version});
    if (offerDemo) // a build without the built-in server (LINKUP_WITH_DEMO=OFF) has no --demo
        parser.addOption(demo);
    parser.addOptions({apiBase, country, category, pageSize, lang});

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
        // main() sets it from the one version number (linkup_version.h, app target only).
        result.text = QStringLiteral("linkup-inbox ") + QCoreApplication::applicationVersion();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    StartupOptions &options = result.options;
    options.demo = offerDemo && parser.isSet(demo);
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
    if (parser.isSet(lang)) {
        options.language = parser.value(lang).trimmed();
        if (!isKnownLanguage(options.language))
            return failure(tr("Unknown language “%1”. Use a code such as fr, de, es or en.")
                                   .arg(parser.value(lang)));
    }
    options.apiKey = environment.value(QStringLiteral("LINKUP_API_KEY")).trimmed();
    options.loginToken = environment.value(QStringLiteral("LINKUP_LOGIN_TOKEN")).trimmed();
    return result;
}

} // namespace CommandLine
