#include "models/EmpathyMapModel.h"

#include "cache/HistoryReader.h"
#include "models/HistoryModel.h"

namespace empathy {

EmpathyMapModel::EmpathyMapModel(HistoryReader &reader, const HistoryModel &history, Clock clock,
                                 QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_history(history)
    , m_clock(std::move(clock))
{
    connect(&history, &HistoryModel::customerChanged, this, &EmpathyMapModel::reload);
}

void EmpathyMapModel::reload()
{
    beginResetModel();
    m_customer = m_history.record().customer.id;
    m_notes.clear();
    m_suggestions.clear();
    if (m_customer.isValid()) {
        const QList<EmpathyNote> all = m_reader.empathyNotes(m_customer);
        for (const EmpathyNote &note : all) {
            if (!note.entry.removed)
                m_notes.append(note);
        }
        m_suggestions = suggestEmpathy(m_history.items(), all, m_clock().toMSecsSinceEpoch());
    }
    endResetModel();
}

JourneyStage EmpathyMapModel::journeyStage() const
{
    return m_history.record().customer.journeyStage;
}

int EmpathyMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size() + m_suggestions.size());
}

QVariant EmpathyMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (!isSuggestion(row)) {
        const EmpathyNote &note = m_notes[row];
        const EmpathyEntry &e = note.entry;
        switch (role) {
        case Qt::DisplayRole:
            return e.text;
        case QuadrantRole:
            return int(e.quadrant);
        case IsSuggestionRole:
            return false;
        case EntryIdRole:
            return e.id.value();
        case SourceMessageRole:
            return e.source.isValid() ? QVariant(e.source.value()) : QVariant();
        case PendingRole:
            return note.pending;
        case RefusalRole:
            return note.refusal;
        case ConflictOfRole:
            return e.conflictOf.isValid() ? QVariant(e.conflictOf.value()) : QVariant();
        case AuthorRole:
            return e.author.value();
        default:
            return {};
        }
    }
    const EmpathySuggestion &s = suggestionAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return s.text;
    case QuadrantRole:
        return int(s.quadrant);
    case IsSuggestionRole:
        return true;
    case SourceMessageRole:
        return s.source.isValid() ? QVariant(s.source.value()) : QVariant();
    case PendingRole:
        return false;
    case BasisRole:
        return int(s.basis);
    case CountRole:
        return s.count;
    case DaysRole:
        return s.days;
    case SurveyKindRole:
        return int(s.surveyKind);
    default:
        return {};
    }
}

QHash<int, QByteArray> EmpathyMapModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{QuadrantRole, "quadrant"},
                  {IsSuggestionRole, "isSuggestion"},
                  {EntryIdRole, "entryId"},
                  {SourceMessageRole, "sourceMessage"},
                  {PendingRole, "pending"},
                  {RefusalRole, "refusal"},
                  {ConflictOfRole, "conflictOf"},
                  {AuthorRole, "author"},
                  {BasisRole, "basis"},
                  {CountRole, "count"},
                  {DaysRole, "days"},
                  {SurveyKindRole, "surveyKind"}});
    return names;
}

} // namespace empathy
