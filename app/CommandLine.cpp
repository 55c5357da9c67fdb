#include "CommandLine.h"

#include "cache/ProfilePaths.h"
#include "domain/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace empathy {

namespace {

// Every option, in the order --help lists them (made when parsing, so their descriptions are translated).
struct Options
{
    QCommandLineOption profile{QStringLiteral("profile"),
                               QCoreApplication::translate("CommandLine", "Profile to open (default: demo)."),
                               QStringLiteral("name"), QStringLiteral("demo")};
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine",
                                    "Keep profiles in this directory instead of the user's data directory."),
        QStringLiteral("dir")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "CommandLine",
            "Start a local demo server with simulated customers and open the demo profile synced with it.")};
    QCommandLineOption demoSize{
        QStringLiteral("demo-size"),
        QCoreApplication::translate("CommandLine",
                                    "Conversations the demo server starts with (default 500)."),
        QStringLiteral("n"), QStringLiteral("500")};
    QCommandLineOption demoRate{
        QStringLiteral("demo-rate"),
        QCoreApplication::translate("CommandLine",
                                    "Simulated customer messages a second on the demo server (default 0.5)."),
        QStringLiteral("rate"), QStringLiteral("0.5")};
    QCommandLineOption generate{
        QStringLiteral("generate-demo"),
        QCoreApplication::translate("CommandLine",
                                    "Fill the (empty) profile with N generated conversations and exit."),
        QStringLiteral("n")};
    QCommandLineOption seed{
        QStringLiteral("seed"),
        QCoreApplication::translate("CommandLine", "Seed for generated data (default 1)."),
        QStringLiteral("number"), QStringLiteral("1")};
    QCommandLineOption mean{QStringLiteral("mean-messages"),
                            QCoreApplication::translate(
                                "CommandLine", "Average messages per generated conversation (default 10)."),
                            QStringLiteral("n"), QStringLiteral("10")};
    QCommandLineOption demoNow{
        QStringLiteral("demo-now"),
        QCoreApplication::translate(
            "CommandLine",
            "Generated history ends at this UTC time (ISO 8601) instead of now, so that a seed "
            "gives the same timestamps too."),
        QStringLiteral("time")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "CommandLine", "Render the main window once its data has loaded, save it as a PNG and exit."),
        QStringLiteral("file")};
    QCommandLineOption language{
        QStringLiteral("language-filter"),
        QCoreApplication::translate(
            "CommandLine",
            "Open the inbox showing only conversations in this language (en, pl, ro, ru, fa)."),
        QStringLiteral("code")};
    QCommandLineOption uiLanguage{
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine",
                                    "Show Empathy Desk in this language for this run (en, pl, ro, ru, fa); "
                                    "the settings decide otherwise."),
        QStringLiteral("code")};
    QCommandLineOption search{QStringLiteral("search"),
                              QCoreApplication::translate(
                                  "CommandLine",
                                  "Open the inbox with this search (a customer's name, words of a message); "
                                  "with --screenshot, the first conversation found is shown."),
                              QStringLiteral("text")};
    QCommandLineOption empathyMap{
        QStringLiteral("empathy-map"),
        QCoreApplication::translate("CommandLine",
                                    "Show the customer's empathy map instead of the timeline at the start.")};
    QCommandLineOption demoUser{
        QStringLiteral("as"),
        QCoreApplication::translate(
            "CommandLine", "With --demo, log in as this member of the demo team: alex (agent, the default), "
                           "julia (team lead), mark (trainer), ... Each has a profile of their own."),
        QStringLiteral("login")};
    QCommandLineOption supervisor{
        QStringLiteral("supervisor"),
        QCoreApplication::translate("CommandLine",
                                    "Open the supervisor view at the start (team leads and admins).")};
    QCommandLineOption teamFigures{
        QStringLiteral("team-figures"),
        QCoreApplication::translate("CommandLine", "Open the supervisor view on the team's figures.")};
    QCommandLineOption server{
        QStringLiteral("server"),
        QCoreApplication::translate(
            "CommandLine", "Connect to this Empathy Desk server (ws://host:port); asks for the log-in."),
        QStringLiteral("url")};
    QCommandLineOption caCert{
        QStringLiteral("ca-cert"),
        QCoreApplication::translate("CommandLine",
                                    "Trust the certificate(s) in this PEM file for wss:// (a company CA)."),
        QStringLiteral("file")};
    QCommandLineOption replay{
        QStringLiteral("replay"),
        QCoreApplication::translate("CommandLine",
                                    "Replay the conversations of a training pack (no server needed)."),
        QStringLiteral("pack")};
    QCommandLineOption replayConversation{
        QStringLiteral("replay-conversation"),
        QCoreApplication::translate(
            "CommandLine", "With --replay and --screenshot: the pack's conversation to show (from 1)."),
        QStringLiteral("n"), QStringLiteral("1")};
    QCommandLineOption importConversations{
        QStringLiteral("import-conversations"),
        QCoreApplication::translate(
            "CommandLine", "Turn a corpus of customer-care threads (JSON lines) into a training pack, "
                           "personal data replaced, and exit."),
        QStringLiteral("file.jsonl")};
    QCommandLineOption packOut{QStringLiteral("pack"),
                               QCoreApplication::translate(
                                   "CommandLine",
                                   "Where --import-conversations writes the pack (default: the corpus's name "
                                   "with .empathypack, in the current directory)."),
                               QStringLiteral("file")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({profile, dataDir, demo, demoSize, demoRate, generate, seed, mean, demoNow});
        parser.addOptions({screenshot, language, search, empathyMap, demoUser, supervisor, teamFigures});
        parser.addOption(uiLanguage);
        parser.addOptions({server, caCert, replay, replayConversation, importConversations, packOut});
    }
};

// A whole number from low to high; otherwise false with the reason.
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 low, qint64 high,
                qint64 *out, QString *error)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < low || value > high) {
        *error = QCoreApplication::translate("CommandLine", "--%1 takes a whole number from %2 to %3")
                     .arg(option.names().constFirst())
                     .arg(low)
                     .arg(high);
        return false;
    }
    *out = value;
    return true;
}

// What the window shows at the start: the screenshot, the interface's language, the inbox's filters, the
// panels and views.
bool readView(const QCommandLineParser &parser, const Options &o, CommandLine &line, QString *error)
{
    line.screenshot = parser.value(o.screenshot);
    line.languageFilter = parser.value(o.language);
    line.search = parser.value(o.search);
    line.uiLanguage = parser.value(o.uiLanguage);
    if (!line.uiLanguage.isEmpty() && languageFromCode(line.uiLanguage) == Language::Unknown) {
        *error = QCoreApplication::translate("CommandLine", "--language takes en, pl, ro, ru or fa, not %1")
                     .arg(line.uiLanguage);
        return false;
    }
    if (!line.languageFilter.isEmpty() && languageFromCode(line.languageFilter) == Language::Unknown) {
        *error =
            QCoreApplication::translate("CommandLine", "--language-filter takes en, pl, ro, ru or fa, not %1")
                .arg(line.languageFilter);
        return false;
    }
    line.empathyMap = parser.isSet(o.empathyMap);
    line.teamFigures = parser.isSet(o.teamFigures);
    line.supervisor = parser.isSet(o.supervisor) || line.teamFigures;
    return true;
}

// The demo: its server, who logs in, and generated data.
bool readDemo(const QCommandLineParser &parser, const Options &o, CommandLine &line, QString *error)
{
    line.demo = parser.isSet(o.demo);
    if (parser.isSet(o.demoUser)) {
        line.demoUser = parser.value(o.demoUser).trimmed().toLower();
        if (!line.demo || !ProfilePaths::isValidProfileName(line.demoUser)) {
            *error = QCoreApplication::translate("CommandLine", "--as takes the login of a demo team member "
                                                                "and goes with --demo");
            return false;
        }
        if (line.demoUser != u"alex" && !parser.isSet(o.profile))
            line.profile = QStringLiteral("demo-") + line.demoUser; // another person's replica
    }
    if (parser.isSet(o.demoNow)) {
        line.demoNow = QDateTime::fromString(parser.value(o.demoNow), Qt::ISODate);
        if (!line.demoNow.isValid()) {
            *error = QCoreApplication::translate("CommandLine",
                                                 "--demo-now takes a time like 2026-03-16T10:30:00Z");
            return false;
        }
        line.demoNow = line.demoNow.toUTC();
    }
    qint64 value = 0;
    if (parser.isSet(o.generate)) {
        if (!readNumber(parser, o.generate, 1, 5'000'000, &value, error))
            return false;
        line.generateDemo = int(value);
    }
    if (!readNumber(parser, o.demoSize, 1, 5'000'000, &value, error))
        return false;
    line.demoSize = int(value);
    bool rateOk = false;
    line.demoRate = parser.value(o.demoRate).toDouble(&rateOk);
    if (!rateOk || line.demoRate <= 0 || line.demoRate > 1000) {
        *error = QCoreApplication::translate("CommandLine",
                                             "--demo-rate takes a number of messages a second above 0");
        return false;
    }
    if (!readNumber(parser, o.seed, 0, std::numeric_limits<qint64>::max(), &value, error))
        return false;
    line.seed = quint64(value);
    if (!readNumber(parser, o.mean, 3, 200, &value, error))
        return false;
    line.meanMessages = int(value);
    return true;
}

// A real server to sync with, and training packs (replay, import).
bool readServerAndTraining(const QCommandLineParser &parser, const Options &o, CommandLine &line,
                           QString *error)
{
    line.server = parser.value(o.server);
    line.caCert = parser.value(o.caCert);
    line.replay = parser.value(o.replay);
    line.importConversations = parser.value(o.importConversations);
    line.packOut = parser.value(o.packOut);
    if (!line.replay.isEmpty() && !line.server.isEmpty()) {
        *error =
            QCoreApplication::translate("CommandLine", "--replay works without a server: leave out --server");
        return false;
    }
    qint64 value = 0;
    if (!readNumber(parser, o.replayConversation, 1, 1'000'000, &value, error))
        return false;
    line.replayConversation = int(value);
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, QString *error, std::optional<int> *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Empathy Desk: the customer-service workstation that knows how your customers feel."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options o;
    o.addTo(parser);

    CommandLine line;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return line;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return line;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return line;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().constFirst());
        return line;
    }
    line.profile = parser.value(o.profile);
    if (!ProfilePaths::isValidProfileName(line.profile)) {
        *error = QCoreApplication::translate("CommandLine",
                                             "A profile name uses letters, digits, '-' and '_' only: %1")
                     .arg(line.profile);
        return line;
    }
    line.dataDir = parser.value(o.dataDir);
    if (readView(parser, o, line, error) && readDemo(parser, o, line, error))
        readServerAndTraining(parser, o, line, error);
    return line;
}

} // namespace empathy
