#pragma once

#include "domain/DataBatch.h"
#include "protocol/Frames.h"

#include <QStringList>

namespace empathy {

// The objects a list of changes carries, ready for the cache's batch writer. Later changes of the same
// object replace earlier ones. A change that cannot be read is skipped and described in problems, so
// one bad object never blocks the rest of a page.
struct ChangeBatch
{
    DataBatch batch;
    QList<Agent> agents;
    QStringList problems;

    static ChangeBatch from(const QList<Change> &changes);
};

} // namespace empathy
