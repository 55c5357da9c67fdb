#pragma once

#include "sync/SyncEngine.h"

#include <QLabel>

namespace empathy {

class CacheReader;

// The connection in words: "Online", "Syncing 45%", "Offline — 3 waiting to be sent".
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    SyncStatusLabel(SyncEngine &engine, CacheReader &reader, QWidget *parent = nullptr);
    void update();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SyncEngine &m_engine;
    CacheReader &m_reader;
};

} // namespace empathy
