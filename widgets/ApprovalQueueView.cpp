#include "ApprovalQueueView.h"

#include "CompensationText.h"
#include "DurationText.h"
#include "models/ApprovalQueueModel.h"
#include "MoodLook.h"
#include "TextDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace empathy {

ApprovalQueueView::ApprovalQueueView(ApprovalQueueModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new TextDelegate(&ApprovalQueueView::cellText, {}, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_approve = new QPushButton(this);
    m_deny = new QPushButton(this);
    m_open = new QPushButton(this);
    retranslate();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_deny);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = current(); i.isValid())
            emit decisionRequested(
                CompensationId(i.data(ApprovalQueueModel::CompensationIdRole).toLongLong()), true);
    });
    connect(m_deny, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = current(); i.isValid())
            emit decisionRequested(
                CompensationId(i.data(ApprovalQueueModel::CompensationIdRole).toLongLong()), false);
    });
    auto open = [this] {
        if (const QModelIndex i = current(); i.isValid())
            emit conversationRequested(
                ConversationId(i.data(ApprovalQueueModel::ConversationIdRole).toLongLong()));
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalQueueView::updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ApprovalQueueView::updateButtons);
    updateButtons();
}

void ApprovalQueueView::retranslate()
{
    m_table->setAccessibleName(tr("Compensations waiting for a team lead"));
    m_approve->setText(tr("Approve…"));
    m_deny->setText(tr("Deny…"));
    m_open->setText(tr("Open the conversation"));
}

void ApprovalQueueView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_table->viewport()->update();
        m_table->horizontalHeader()->viewport()->update();
    }
}

QString ApprovalQueueView::cellText(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    switch (index.column()) {
    case ApprovalQueueModel::WhatColumn:
        return CompensationText::what(CompensationKind(row.data(ApprovalQueueModel::KindRole).toInt()),
                                      row.data(ApprovalQueueModel::PercentRole).toInt(),
                                      row.data(ApprovalQueueModel::AmountMinorRole).toLongLong(),
                                      row.data(ApprovalQueueModel::CurrencyRole).toString());
    case ApprovalQueueModel::RequestedAtColumn:
        return DurationText::dateTime(row.data(ApprovalQueueModel::RequestedAtRole).toDateTime());
    case ApprovalQueueModel::MoodColumn: {
        const QVariant mood = row.data(ApprovalQueueModel::MoodRole);
        if (!mood.isValid())
            return tr("not known");
        const MoodLook look = moodLook(labelOfValence(mood.toDouble()));
        return look.symbol + u' ' + look.word + QStringLiteral(" (") +
               QLocale().toString(mood.toDouble(), 'f', 1) + u')';
    }
    case ApprovalQueueModel::WhyColumn: {
        const QString held = row.data(ApprovalQueueModel::HeldBecauseRole).toString();
        const QString reason = row.data(ApprovalQueueModel::ReasonRole).toString();
        return held.isEmpty() ? reason
                              : tr("%1 — %2", "the agent's reason, then why it waits").arg(reason, held);
    }
    default:
        return index.data().toString();
    }
}

QModelIndex ApprovalQueueView::current() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.front();
}

void ApprovalQueueView::updateButtons()
{
    const bool chosen = current().isValid();
    m_approve->setEnabled(chosen);
    m_deny->setEnabled(chosen);
    m_open->setEnabled(chosen);
}

} // namespace empathy
