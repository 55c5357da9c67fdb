#include "ops/EmpathyOperations.h"

#include "ops/ActingOn.h"
#include "storage/ServerStore.h"

namespace empathy {

EmpathyOperations::EmpathyOperations(ServerStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

void EmpathyOperations::addTo(OperationRegistry &registry)
{
    registry.add<EmpathyPutOp>([this](const OperationCall &c, const EmpathyPutOp &op) { return put(c, op); });
    registry.add<EmpathyRemoveOp>(
        [this](const OperationCall &c, const EmpathyRemoveOp &op) { return remove(c, op); });
    registry.add<SetJourneyStageOp>(
        [this](const OperationCall &c, const SetJourneyStageOp &op) { return setJourneyStage(c, op); });
}

// Adds a note to the customer's empathy map, or edits one. An edit names the revision it was made on;
// when another agent's edit came first, both are kept: this one as a second entry marked as written at
// the same time (conflict_of), so nobody's words are overwritten unseen.
Answer<EmpathyNoteAck> EmpathyOperations::put(const OperationCall &call, const EmpathyPutOp &op)
{
    const auto target = customerToActOn(m_store, call.agent, op.conversation);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    const Customer &customer = std::get<Customer>(target);
    const QString text = op.text.trimmed();
    if (text.isEmpty() || text.size() > 2000)
        return Refusal{ErrorCode::Invalid, QStringLiteral("a note has 1 to 2,000 characters")};

    EmpathyEntry entry;
    bool keptBoth = false;
    if (op.entry.isValid()) {
        const auto current = m_store.empathyEntry(op.entry);
        if (!current || current->customer != customer.id)
            return Refusal{ErrorCode::NotFound,
                           QStringLiteral("no note %1 on this customer's map").arg(op.entry.value())};
        if (op.baseRevision == current->revision && !current->removed) {
            entry = *current;
            ++entry.revision;
        } else { // someone else changed or removed it since: keep both versions
            entry.conflictOf = op.entry;
            entry.source = current->source;
            keptBoth = true;
        }
    }
    if (!entry.id.isValid()) {
        entry.id = m_store.nextEmpathyEntryId();
        entry.customer = customer.id;
        entry.revision = 1;
        if (!keptBoth) {
            entry.source = op.source;
            entry.suggestion = op.suggestion.left(100);
            entry.removed = op.dismissed; // a suggestion turned down
        }
    }
    entry.quadrant = op.quadrant;
    entry.text = text;
    entry.author = call.agent.id;
    entry.updatedAt = m_clock();
    entry.opId = call.opId;
    m_store.putEmpathyEntry(entry);
    return EmpathyNoteAck{entry.id, entry.revision, keptBoth, m_store.head()};
}

// Removes a note (or dismisses a suggestion, which is stored removed so it is not suggested again). A
// removal made on an older revision is refused: the other agent's newer words stay.
Answer<EmpathyRemovalAck> EmpathyOperations::remove(const OperationCall &call, const EmpathyRemoveOp &op)
{
    const auto target = customerToActOn(m_store, call.agent, op.conversation);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    const Customer &customer = std::get<Customer>(target);
    auto entry = m_store.empathyEntry(op.entry);
    if (!entry || entry->customer != customer.id)
        return Refusal{ErrorCode::NotFound,
                       QStringLiteral("no note %1 on this customer's map").arg(op.entry.value())};
    if (entry->removed)
        return EmpathyRemovalAck{op.entry, m_store.head()};
    if (op.baseRevision != entry->revision)
        return Refusal{ErrorCode::Conflict,
                       QStringLiteral("the note was changed by someone else meanwhile; it was kept")};
    entry->removed = true;
    ++entry->revision;
    entry->author = call.agent.id;
    entry->updatedAt = m_clock();
    entry->opId = call.opId;
    m_store.putEmpathyEntry(*entry);
    return EmpathyRemovalAck{op.entry, m_store.head()};
}

Answer<SeqAck> EmpathyOperations::setJourneyStage(const OperationCall &call, const SetJourneyStageOp &op)
{
    const auto target = customerToActOn(m_store, call.agent, op.conversation);
    if (const auto *refusal = std::get_if<Refusal>(&target))
        return *refusal;
    Customer customer = std::get<Customer>(target);
    customer.journeyStage = op.stage;
    m_store.putCustomer(customer);
    return SeqAck{m_store.head()};
}

} // namespace empathy
