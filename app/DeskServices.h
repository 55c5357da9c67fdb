#pragma once

#include "ApologyDrafter.h"
#include "cache/TemplateStore.h"
#include "code/AsyncCodeHighlighter.h"
#include "domain/Clock.h"
#include "domain/MessageScorer.h"
#include "EmotionEngine.h"
#include "ToneCoach.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace empathy {

class CacheWriter;
class MainWindow;
class SqliteDatabase;

// What the desk works with besides its cache: the emotion engine (badges, explanations, scoring what
// arrives unscored) and the tone coach, the apology drafter, code highlighting in messages and the
// template library. Each is loaded once; what cannot load is reported on standard error and left out, and
// the desk works without it.
class DeskServices
{
public:
    // Loads the emotion engine, tone coach and apology drafter. `dataDir`: where the template syntax is
    // installed for the highlighter.
    DeskServices(SqliteDatabase &db, QString dataDir, Clock clock);

    // Scores a customer's message with the engine; empty when the engine did not load.
    MessageScorer scorer() const;
    // Starts what only a window needs (highlighting, the template library with the shipped templates
    // added) and hands everything to the window.
    void equip(MainWindow &window);
    // Scores the messages cached before this desk could score them: a few thousand at a time between
    // events (the window stays responsive on a big profile), or all at once before a screenshot.
    void scoreUnscored(CacheWriter &writer, MainWindow &window, bool atOnce);

private:
    std::unique_ptr<emotion::EmotionEngine> m_engine;
    std::optional<emotion::ToneCoach> m_coach;
    std::optional<emotion::ApologyDrafter> m_apologies;
    SqliteDatabase &m_db;
    QString m_dataDir;
    Clock m_clock;
    std::optional<AsyncCodeHighlighter> m_highlighter;
    std::optional<TemplateStore> m_templates;
    QTimer m_backfill;
};

} // namespace empathy
