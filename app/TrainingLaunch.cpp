#include "TrainingLaunch.h"

#include "cache/CacheFile.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/HistoryReader.h"
#include "ChannelIcons.h"
#include "domain/Clock.h"
#include "EmotionEngine.h"
#include "replay/ReplaySession.h"
#include "ReplayWindow.h"
#include "ToneCoach.h"
#include "training/ConversationCorpus.h"
#include "training/TrainingPackFile.h"

#include <QApplication>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QTemporaryDir>

#include <cstdio>

namespace empathy {

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingLaunch)
};

int fail(const QString &message, bool gui)
{
    printLine(stderr, QStringLiteral("empathy-desk: ") + message);
    if (gui)
        QMessageBox::critical(nullptr, Text::tr("Empathy Desk cannot open the training pack"), message);
    return 1;
}

} // namespace

int importConversations(const CommandLine &line)
{
    QStringList problems;
    QString error;
    const auto sources = readConversationCorpus(line.importConversations, &problems, &error);
    if (!sources)
        return fail(error, false);
    for (const QString &problem : problems)
        printLine(stderr, QStringLiteral("%1: %2").arg(line.importConversations, problem));
    if (sources->isEmpty())
        return fail(Text::tr("%1 holds no conversation to import").arg(line.importConversations), false);
    const QFileInfo corpus(line.importConversations);
    const QString out =
        line.packOut.isEmpty() ? corpus.completeBaseName() + QStringLiteral(".empathypack") : line.packOut;
    const TrainingPack pack = buildTrainingPack(*sources, corpus.completeBaseName(), systemClock()());
    if (!TrainingPackFile::save(pack, out, &error))
        return fail(error, false);
    QStringList replaced;
    for (auto it = pack.replaced.begin(); it != pack.replaced.end(); ++it)
        replaced << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    printLine(stdout,
              Text::tr("%1 conversations from %2 into %3; replaced: %4%5")
                  .arg(pack.conversations.size())
                  .arg(line.importConversations, out,
                       replaced.isEmpty() ? Text::tr("nothing") : replaced.join(QStringLiteral(", ")),
                       problems.isEmpty() ? QString()
                                          : Text::tr("; %1 problem(s) reported above").arg(problems.size())));
    printLine(stdout, Text::tr("Replay it with: empathy-desk --replay %1").arg(out));
    return 0;
}

int runReplay(const CommandLine &line)
{
    const bool gui = line.screenshot.isEmpty();
    QString error;
    const auto pack = TrainingPackFile::load(line.replay, &error);
    if (!pack)
        return fail(error, gui);
    if (pack->conversations.isEmpty())
        return fail(Text::tr("%1 holds no conversations").arg(line.replay), gui);
    const auto engine = emotion::EmotionEngine::loadBuiltIn(&error);
    const auto coach = engine ? emotion::ToneCoach::loadBuiltIn(&error) : std::nullopt;
    if (!engine || !coach)
        return fail(Text::tr("the emotion engine is not available: %1").arg(error), gui);

    // The replay's own cache, thrown away at the end: no profile is touched.
    QTemporaryDir scratch;
    CacheOpening opening = CacheFile::open(scratch.filePath(QStringLiteral("replay.sqlite")));
    if (!scratch.isValid() || !opening.isUsable())
        return fail(Text::tr("cannot make the replay's scratch cache: %1").arg(opening.message), gui);
    CacheReader reader(*opening.db);
    CacheWriter writer(*opening.db);
    HistoryReader history(*opening.db);
    ChannelIcons icons;
    const QString trainer = qEnvironmentVariable("USER", Text::tr("Trainer"));
    ReplayWindow window(
        *pack, line.replay,
        ReplayDependencies{reader, writer, history, *engine, *coach, icons, systemClock(), trainer});
    window.resize(1500, 900);
    if (line.screenshot.isEmpty()) {
        window.show();
        return QApplication::exec();
    }
    // A replay in progress: the chosen conversation, played to its last turning point or two thirds in.
    const int index = std::min<int>(line.replayConversation, int(pack->conversations.size())) - 1;
    window.conversationList()->setCurrentRow(index);
    ReplaySession *session = window.session();
    if (!session->turningPoints().isEmpty())
        session->seekToMessage(session->turningPoints().back());
    else
        session->seek(session->durationMs() * 2 / 3);
    window.show();
    QCoreApplication::processEvents();
    const QPixmap shot = window.grab();
    if (shot.isNull() || !shot.save(line.screenshot, "PNG"))
        return fail(Text::tr("cannot write the screenshot to %1").arg(line.screenshot), false);
    printLine(stdout, Text::tr("screenshot written to %1 (%2x%3)")
                          .arg(line.screenshot)
                          .arg(shot.width())
                          .arg(shot.height()));
    return 0;
}

} // namespace empathy
