#include "SyncStatusLabel.h"

#include "cache/CacheReader.h"

#include <QEvent>
#include <QLocale>

namespace empathy {

SyncStatusLabel::SyncStatusLabel(SyncEngine &engine, CacheReader &reader, QWidget *parent)
    : QLabel(parent)
    , m_engine(engine)
    , m_reader(reader)
{
    retranslate();
    connect(&engine, &SyncEngine::stateChanged, this, &SyncStatusLabel::update);
    connect(&engine, &SyncEngine::progressChanged, this, &SyncStatusLabel::update);
    connect(&engine, &SyncEngine::cacheChanged, this, &SyncStatusLabel::update);
    update();
}

void SyncStatusLabel::retranslate()
{
    setAccessibleName(tr("Connection"));
}

void SyncStatusLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        update();
    }
}

void SyncStatusLabel::update()
{
    const qint64 pending = m_reader.pendingOperationCount();
    const QString waiting =
        pending > 0 ? tr(" — waiting to be sent: %1").arg(QLocale().toString(pending)) : QString();
    switch (m_engine.state()) {
    case SyncEngine::State::Online:
        setText(tr("● Online") + waiting);
        break;
    case SyncEngine::State::Syncing:
        setText(tr("⟳ Syncing %1%").arg(m_engine.progress()) + waiting);
        break;
    case SyncEngine::State::Connecting:
        setText(tr("⟳ Connecting…") + waiting);
        break;
    case SyncEngine::State::Offline:
        setText(tr("○ Offline") + waiting);
        break;
    case SyncEngine::State::Refused:
        setText(tr("⚠ Log-in refused: %1").arg(m_engine.lastError()));
        break;
    }
}

} // namespace empathy
