#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace empathy {

// What the user asked empathy-desk to do.
struct CommandLine
{
    QString profile = QStringLiteral("demo");
    QString dataDir;      // empty: the platform's application data directory
    bool demo = false;    // open the demo profile, generating it first when empty
    int generateDemo = 0; // fill the profile with N conversations and exit
    quint64 seed = 1;
    int meanMessages = 10;
    int demoSize = 500;      // conversations the demo server starts with
    double demoRate = 0.5;   // simulated customer messages a second on the demo server
    QDateTime demoNow;       // generated history ends here; invalid: the current time
    QString screenshot;      // render the window to this PNG and exit
    QString languageFilter;  // open the inbox filtered to this language code; empty for all
    QString search;          // open the inbox with this search; empty for none
    QString uiLanguage;      // the interface's language for this run; empty: the settings' choice
    bool empathyMap = false; // the customer panel shows the empathy map rather than the timeline
    QString demoUser = QStringLiteral("alex"); // who --demo logs in as (a demo team member)
    bool supervisor = false;     // open the supervisor view (leads); with --screenshot, render it
    bool teamFigures = false;    // open it on the team figures
    QString server;              // connect to this server (ws:// or wss://), asking for the log-in
    QString caCert;              // PEM certificate(s) to trust for wss:// besides the system's
    QString replay;              // a training pack to replay, with no server
    int replayConversation = 1;  // which of the pack's conversations a --screenshot shows
    QString importConversations; // a public corpus (JSON lines) to turn into a training pack
    QString packOut;             // where --import-conversations writes the pack

    // Parses arguments; on --help or --version prints and sets exitCode, on bad input sets error.
    static CommandLine parse(const QStringList &arguments, QString *error, std::optional<int> *exitCode);
};

} // namespace empathy
