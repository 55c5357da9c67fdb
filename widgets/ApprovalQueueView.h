#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace empathy {

class ApprovalQueueModel;

// For team leads: the compensations over agents' limits, oldest first, with the customer's mood and why
// each waits. Approve or deny the selected one (MainWindow asks for the reason and syncs it), or open its
// conversation to see the customer's history first.
class ApprovalQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalQueueView(ApprovalQueueModel &model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *denyButton() const { return m_deny; }
    // The text a cell shows (the view words kinds, times and moods).
    static QString cellText(const QModelIndex &index);

signals:
    void decisionRequested(CompensationId id, bool approve);
    void conversationRequested(ConversationId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QModelIndex current() const;

    ApprovalQueueModel &m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_deny = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace empathy
