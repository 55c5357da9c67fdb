#include "InboxView.h"

#include "models/InboxModel.h"

#include <QKeyEvent>
#include <QScrollBar>

namespace empathy {

InboxView::InboxView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    retranslate();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &InboxView::loadVisibleRows);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model)
            emit openRequested(m_model->conversationAt(index.row()));
    });
}

void InboxView::retranslate()
{
    setAccessibleName(tr("Inbox"));
    setAccessibleDescription(tr("Conversations from every channel. Arrow keys move, Enter opens."));
}

void InboxView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Rows are drawn from the delegate's words and the font: both changed, so lay out and draw again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        doItemsLayout();
        viewport()->update();
    }
}

void InboxView::setInboxModel(InboxModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &InboxView::loadVisibleRows);
    loadVisibleRows();
}

void InboxView::loadVisibleRows()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int rowHeight = std::max(1, sizeHintForRow(0));
    const int perScreen = viewport()->height() / rowHeight + 1;
    const QModelIndex top = indexAt(QPoint(1, 1));
    const int first = top.isValid() ? top.row() : verticalScrollBar()->value() / rowHeight;
    m_model->ensureLoaded(std::max(0, first - perScreen), first + 2 * perScreen);
}

ConversationId InboxView::currentConversation() const
{
    return m_model && currentIndex().isValid() ? m_model->conversationAt(currentIndex().row())
                                               : ConversationId();
}

void InboxView::selectConversation(ConversationId id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index);
}

void InboxView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit openRequested(currentConversation());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void InboxView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    loadVisibleRows();
}

void InboxView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    if (m_model && current.isValid())
        emit conversationSelected(m_model->conversationAt(current.row()));
}

} // namespace empathy
