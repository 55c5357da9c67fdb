#include "protocol/ChangeBatch.h"

#include "protocol/ChangeBatchCollector.h"
#include "protocol/QtJsonView.h"

namespace empathy {

ChangeBatch ChangeBatch::from(const QList<Change> &changes)
{
    ChangeBatchCollector<QtJsonObjectView> collector;
    for (const Change &change : changes)
        collector.add(change.seq, change.kind, QtJsonObjectView(change.data));
    return collector.take();
}

} // namespace empathy
