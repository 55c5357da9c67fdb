#pragma once

#include "domain/Clock.h"
#include "history/EmpathyNote.h"
#include "history/EmpathySuggestions.h"

#include <QAbstractListModel>

namespace empathy {

class HistoryModel;
class HistoryReader;

// The empathy map of the customer the history model shows: the agents' notes (removed ones left out),
// then the suggestions from the customer's history not yet accepted or dismissed. Views filter by
// QuadrantRole. Qt::DisplayRole is the raw text: a note's words, a suggestion's quote, emotion name or
// order number (the view words suggestions in the agent's language).
class EmpathyMapModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        QuadrantRole = Qt::UserRole + 1, // int, empathy::EmpathyQuadrant
        IsSuggestionRole,                // bool
        EntryIdRole,                     // qint64 (notes; negative while not on the server)
        SourceMessageRole,               // qint64, or invalid
        PendingRole,                     // bool: a change to the note waits for the server
        RefusalRole,                     // QString: why the server refused the last change
        ConflictOfRole,                  // qint64: the note this one was written alongside, or invalid
        AuthorRole,                      // qint64 agent id (notes)
        BasisRole,                       // int, empathy::SuggestionBasis (suggestions)
        CountRole,                       // int (suggestions: contacts, or a survey score)
        DaysRole,                        // int (suggestions: within so many days)
        SurveyKindRole,                  // int, empathy::SurveyKind (survey suggestions)
    };

    EmpathyMapModel(HistoryReader &reader, const HistoryModel &history, Clock clock,
                    QObject *parent = nullptr);

    // Reads the notes again and suggests from the history model's items (called when it changed).
    void reload();
    CustomerId customer() const { return m_customer; }
    JourneyStage journeyStage() const;

    bool isSuggestion(int row) const { return row >= m_notes.size(); }
    const EmpathyNote &noteAt(int row) const { return m_notes[row]; }
    const EmpathySuggestion &suggestionAt(int row) const { return m_suggestions[row - m_notes.size()]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    HistoryReader &m_reader;
    const HistoryModel &m_history;
    Clock m_clock;
    CustomerId m_customer;
    QList<EmpathyNote> m_notes; // shown ones
    QList<EmpathySuggestion> m_suggestions;
};

} // namespace empathy
