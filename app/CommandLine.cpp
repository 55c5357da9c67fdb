#include "CommandLine.h"

#include "cache/ProfilePaths.h"
#include "domain/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace empathy {

CommandLine CommandLine::parse(const QStringList &arguments, QString *error, std::optional<int> *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Empathy Desk: the customer-service workstation that knows how your customers feel."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Profile to open (default: demo)."),
        QStringLiteral("name"), QStringLiteral("demo"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine",
                                    "Keep profiles in this directory instead of the user's data directory."),
        QStringLiteral("dir"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "CommandLine",
            "Start a local demo server with simulated customers and open the demo profile synced with it."));
    const QCommandLineOption demoSize(
        QStringLiteral("demo-size"),
        QCoreApplication::translate("CommandLine",
                                    "Conversations the demo server starts with (default 500)."),
        QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption demoRate(
        QStringLiteral("demo-rate"),
        QCoreApplication::translate("CommandLine",
                                    "Simulated customer messages a second on the demo server (default 0.5)."),
        QStringLiteral("rate"), QStringLiteral("0.5"));
    const QCommandLineOption generate(
        QStringLiteral("generate-demo"),
        QCoreApplication::translate("CommandLine",
                                    "Fill the (empty) profile with N generated conversations and exit."),
        QStringLiteral("n"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("CommandLine", "Seed for generated data (default 1)."),
        QStringLiteral("number"), QStringLiteral("1"));
    const QCommandLineOption mean(
        QStringLiteral("mean-messages"),
        QCoreApplication::translate("CommandLine",
                                    "Average messages per generated conversation (default 10)."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption demoNow(
        QStringLiteral("demo-now"),
        QCoreApplication::translate(
            "CommandLine",
            "Generated history ends at this UTC time (ISO 8601) instead of now, so that a seed "
            "gives the same timestamps too."),
        QStringLiteral("time"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "CommandLine", "Render the main window once its data has loaded, save it as a PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption language(
        QStringLiteral("language-filter"),
        QCoreApplication::translate(
            "CommandLine",
            "Open the inbox showing only conversations in this language (en, pl, ro, ru, fa)."),
        QStringLiteral("code"));
    const QCommandLineOption uiLanguage(
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine",
                                    "Show Empathy Desk in this language for this run (en, pl, ro, ru, fa); "
                                    "the settings decide otherwise."),
        QStringLiteral("code"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate(
            "CommandLine", "Open the inbox with this search (a customer's name, words of a message); "
                           "with --screenshot, the first conversation found is shown."),
        QStringLiteral("text"));
    const QCommandLineOption empathyMap(
        QStringLiteral("empathy-map"),
        QCoreApplication::translate("CommandLine",
                                    "Show the customer's empathy map instead of the timeline at the start."));
    const QCommandLineOption demoUser(
        QStringLiteral("as"),
        QCoreApplication::translate(
            "CommandLine", "With --demo, log in as this member of the demo team: alex (agent, the default), "
                           "julia (team lead), mark (trainer), ... Each has a profile of their own."),
        QStringLiteral("login"));
    const QCommandLineOption supervisor(
        QStringLiteral("supervisor"),
        QCoreApplication::translate("CommandLine",
                                    "Open the supervisor view at the start (team leads and admins)."));
    const QCommandLineOption teamFigures(
        QStringLiteral("team-figures"),
        QCoreApplication::translate("CommandLine", "Open the supervisor view on the team's figures."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate(
            "CommandLine", "Connect to this Empathy Desk server (ws://host:port); asks for the log-in."),
        QStringLiteral("url"));
    const QCommandLineOption caCert(
        QStringLiteral("ca-cert"),
        QCoreApplication::translate("CommandLine",
                                    "Trust the certificate(s) in this PEM file for wss:// (a company CA)."),
        QStringLiteral("file"));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        QCoreApplication::translate("CommandLine",
                                    "Replay the conversations of a training pack (no server needed)."),
        QStringLiteral("pack"));
    const QCommandLineOption replayConversation(
        QStringLiteral("replay-conversation"),
        QCoreApplication::translate(
            "CommandLine", "With --replay and --screenshot: the pack's conversation to show (from 1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption importConversations(
        QStringLiteral("import-conversations"),
        QCoreApplication::translate(
            "CommandLine", "Turn a corpus of customer-care threads (JSON lines) into a training pack, "
                           "personal data replaced, and exit."),
        QStringLiteral("file.jsonl"));
    const QCommandLineOption packOut(
        QStringLiteral("pack"),
        QCoreApplication::translate(
            "CommandLine", "Where --import-conversations writes the pack (default: the corpus's name "
                           "with .empathypack, in the current directory)."),
        QStringLiteral("file"));
    parser.addOptions({profile, dataDir, demo, demoSize, demoRate, generate, seed, mean, demoNow});
    parser.addOptions({screenshot, language, search, empathyMap, demoUser, supervisor, teamFigures});
    parser.addOption(uiLanguage);
    parser.addOptions({server, caCert, replay, replayConversation, importConversations, packOut});

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

    line.profile = parser.value(profile);
    if (!ProfilePaths::isValidProfileName(line.profile)) {
        *error = QCoreApplication::translate("CommandLine",
                                             "A profile name uses letters, digits, '-' and '_' only: %1")
                     .arg(line.profile);
        return line;
    }
    line.dataDir = parser.value(dataDir);
    line.demo = parser.isSet(demo);
    line.screenshot = parser.value(screenshot);
    line.languageFilter = parser.value(language);
    line.search = parser.value(search);
    line.uiLanguage = parser.value(uiLanguage);
    if (!line.uiLanguage.isEmpty() && languageFromCode(line.uiLanguage) == Language::Unknown) {
        *error = QCoreApplication::translate("CommandLine", "--language takes en, pl, ro, ru or fa, not %1")
                     .arg(line.uiLanguage);
        return line;
    }
    line.empathyMap = parser.isSet(empathyMap);
    line.teamFigures = parser.isSet(teamFigures);
    line.supervisor = parser.isSet(supervisor) || line.teamFigures;
    if (parser.isSet(demoUser)) {
        line.demoUser = parser.value(demoUser).trimmed().toLower();
        if (!line.demo || !ProfilePaths::isValidProfileName(line.demoUser)) {
            *error = QCoreApplication::translate("CommandLine", "--as takes the login of a demo team member "
                                                                "and goes with --demo");
            return line;
        }
        if (line.demoUser != u"alex" && !parser.isSet(profile))
            line.profile = QStringLiteral("demo-") + line.demoUser; // another person's replica
    }
    if (!line.languageFilter.isEmpty() && languageFromCode(line.languageFilter) == Language::Unknown) {
        *error =
            QCoreApplication::translate("CommandLine", "--language-filter takes en, pl, ro, ru or fa, not %1")
                .arg(line.languageFilter);
        return line;
    }
    line.server = parser.value(server);
    line.caCert = parser.value(caCert);
    line.replay = parser.value(replay);
    line.importConversations = parser.value(importConversations);
    line.packOut = parser.value(packOut);
    if (!line.replay.isEmpty() && !line.server.isEmpty()) {
        *error =
            QCoreApplication::translate("CommandLine", "--replay works without a server: leave out --server");
        return line;
    }
    if (parser.isSet(demoNow)) {
        line.demoNow = QDateTime::fromString(parser.value(demoNow), Qt::ISODate);
        if (!line.demoNow.isValid()) {
            *error = QCoreApplication::translate("CommandLine",
                                                 "--demo-now takes a time like 2026-03-16T10:30:00Z");
            return line;
        }
        line.demoNow = line.demoNow.toUTC();
    }

    const auto number = [&](const QCommandLineOption &option, qint64 low, qint64 high, qint64 *out) {
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
    };
    qint64 value = 0;
    if (parser.isSet(generate)) {
        if (!number(generate, 1, 5'000'000, &value))
            return line;
        line.generateDemo = int(value);
    }
    if (!number(demoSize, 1, 5'000'000, &value))
        return line;
    line.demoSize = int(value);
    bool rateOk = false;
    line.demoRate = parser.value(demoRate).toDouble(&rateOk);
    if (!rateOk || line.demoRate <= 0 || line.demoRate > 1000) {
        *error = QCoreApplication::translate("CommandLine",
                                             "--demo-rate takes a number of messages a second above 0");
        return line;
    }
    if (!number(seed, 0, std::numeric_limits<qint64>::max(), &value))
        return line;
    line.seed = quint64(value);
    if (!number(mean, 3, 200, &value))
        return line;
    line.meanMessages = int(value);
    if (!number(replayConversation, 1, 1'000'000, &value))
        return line;
    line.replayConversation = int(value);
    return line;
}

} // namespace empathy
