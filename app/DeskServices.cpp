#include "DeskServices.h"

#include "cache/CacheWriter.h"
#include "code/CodeHighlighter.h"
#include "Console.h"
#include "DomainScoring.h"
#include "MainWindow.h"
#include "sql/SqliteError.h"
#include "TemplateSyntax.h"

#include <QCoreApplication>

namespace empathy {

namespace {

std::unique_ptr<CodeHighlighter> highlighterWithTemplateSyntax(const QString &dataDir)
{
    std::unique_ptr<CodeHighlighter> backend = makeCodeHighlighter();
    if (backend && !installTemplateSyntax(*backend, dataDir + QStringLiteral("/syntax-highlighting")))
        printLine(
            stderr,
            QStringLiteral("empathy-desk: the template syntax could not be installed in %1").arg(dataDir));
    return backend;
}

} // namespace

DeskServices::DeskServices(SqliteDatabase &db, QString dataDir, Clock clock)
    : m_db(db)
    , m_dataDir(std::move(dataDir))
    , m_clock(std::move(clock))
{
    QString error;
    m_engine = emotion::EmotionEngine::loadBuiltIn(&error);
    if (m_engine)
        m_coach = emotion::ToneCoach::loadBuiltIn(&error);
    if (!m_engine || !m_coach)
        printLine(stderr, QCoreApplication::translate("DesktopSession",
                                                      "empathy-desk: the emotion engine is not available: %1")
                              .arg(error));
    QString apologyError;
    m_apologies = emotion::ApologyDrafter::loadBuiltIn(&apologyError);
    if (!m_apologies)
        printLine(stderr, QStringLiteral("empathy-desk: apologies unavailable: %1").arg(apologyError));
}

MessageScorer DeskServices::scorer() const
{
    if (!m_engine)
        return {};
    return [&engine = *m_engine](Message &m) { emotion::scoreMessage(engine, m); };
}

void DeskServices::equip(MainWindow &window)
{
    m_highlighter.emplace(highlighterWithTemplateSyntax(m_dataDir));
    m_templates.emplace(m_db);
    try {
        m_templates->addBuiltIns(builtInTemplates(), m_clock());
    } catch (const SqliteError &failure) {
        printLine(stderr,
                  QStringLiteral("empathy-desk: built-in templates not added: %1").arg(failure.message()));
    }
    window.setEmotion(m_engine.get(), m_coach ? &*m_coach : nullptr);
    window.setApologyDrafter(m_apologies ? &*m_apologies : nullptr);
    window.setCodeHighlighter(&*m_highlighter);
    window.setTemplateStore(&*m_templates);
}

void DeskServices::scoreUnscored(CacheWriter &writer, MainWindow &window, bool atOnce)
{
    if (!m_engine)
        return;
    if (atOnce) {
        while (writer.scoreUnscoredMessages(2000) > 0) {
        }
        return;
    }
    QObject::connect(&m_backfill, &QTimer::timeout, &window, [this, &writer, &window] {
        if (writer.scoreUnscoredMessages(2000) == 0)
            m_backfill.stop();
        window.refreshFromCache();
    });
    m_backfill.start(0);
}

} // namespace empathy
