#pragma once

#include "cache/InboxRow.h"
#include "models/Clock.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace empathy {

class ChannelIcons;
class ReplyBox;
class ThreadModel;

// One conversation: who the customer is, the thread, and the reply box. Renders the thread model;
// new messages are appended as the model announces them.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    ConversationView(ThreadModel &thread, const ChannelIcons &icons, Clock clock, QWidget *parent = nullptr);

    void showHeader(const std::optional<ConversationHeader> &header);
    ReplyBox *replyBox() const { return m_reply; }
    QTextBrowser *threadBrowser() const { return m_browser; }
    QString threadText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ThreadModel &m_thread;
    const ChannelIcons &m_icons;
    Clock m_clock;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_name;
    QLabel *m_details;
    QTextBrowser *m_browser;
    ReplyBox *m_reply;
};

} // namespace empathy
