#pragma once

#include "domain/EmpathyMap.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QListView;
class QToolButton;
class QModelIndex;
class QPushButton;

namespace empathy {

class EmpathyMapModel;

// The customer's empathy map: the journey stage, then Says, Thinks, Does, Feels, Pains and Gains, each
// with the agents' notes and the suggestions from the conversation (in italics, "suggested"). A
// suggestion is accepted with a double click, or edited first, or dismissed; notes are edited and removed
// the same way, and added with "+". The view only asks: MainWindow stores and syncs. Exports to PNG and
// PDF.
class EmpathyMapView : public QWidget
{
    Q_OBJECT

public:
    explicit EmpathyMapView(EmpathyMapModel &model, QWidget *parent = nullptr);

    // The text a row shows: a note's words, or a suggestion worded in the interface language.
    static QString rowText(const QModelIndex &index);
    // A suggestion's words as a note keeps them once accepted ("contacted us 3 times about order #12…").
    static QString suggestionWords(const QModelIndex &index);
    static QString quadrantName(EmpathyQuadrant quadrant);

    QListView *quadrantList(EmpathyQuadrant quadrant) const { return m_lists[std::size_t(quadrant) - 1]; }
    QComboBox *stageChooser() const { return m_stage; }
    // Accepts the suggestion or edits the note at the row of a quadrant's list (double click).
    void activate(const QModelIndex &index);
    void accept(const QModelIndex &index, const QString &text);
    void dismiss(const QModelIndex &index);
    void remove(const QModelIndex &index);

    // A map to read, not to keep (a replay): no adding, editing, accepting or choosing the stage.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

signals:
    void noteWritten(const EmpathyEntry &entry); // new (id invalid) or edited
    void noteRemoved(EmpathyEntryId id);
    void suggestionDismissed(const EmpathyEntry &entry);
    void stageChosen(JourneyStage stage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStage();
    void exportAs(const QString &format);
    QString askText(const QString &title, const QString &text);

    EmpathyMapModel &m_model;
    QComboBox *m_stage = nullptr;
    QWidget *m_grid = nullptr;
    std::array<QListView *, empathyQuadrantCount> m_lists{};
    std::array<QToolButton *, empathyQuadrantCount> m_addButtons{};
    std::array<QLabel *, empathyQuadrantCount> m_titles{};
    QPushButton *m_png = nullptr;
    QPushButton *m_pdf = nullptr;
    bool m_readOnly = false;
};

} // namespace empathy
