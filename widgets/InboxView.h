#pragma once

#include "domain/Ids.h"

#include <QListView>

namespace empathy {

class InboxModel;

// The inbox list. Before rows become visible (scrolling, resizing, a new query) it asks the model to
// read them, a page at a time; Enter or a double click opens the current conversation.
class InboxView : public QListView
{
    Q_OBJECT

public:
    explicit InboxView(QWidget *parent = nullptr);

    void setInboxModel(InboxModel *model);
    ConversationId currentConversation() const;
    void selectConversation(ConversationId id);
    // The rows on screen plus one screen of margin either side.
    void loadVisibleRows();

signals:
    void conversationSelected(ConversationId id);
    void openRequested(ConversationId id);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void retranslate();
    InboxModel *m_model = nullptr;
};

} // namespace empathy
