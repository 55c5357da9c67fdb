#pragma once

#include "cache/InboxRow.h"
#include "domain/Clock.h"
#include "domain/Sentiment.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace empathy {

class AsyncCodeHighlighter;
namespace emotion {
class EmotionEngine;
class ToneCoach;
} // namespace emotion

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
    // For the badges' explanations and the tone coach; may stay unset (no explanations, no coach).
    void setEmotion(const emotion::EmotionEngine *engine, const emotion::ToneCoach *coach);
    // Highlights code, data and logs in messages off the GUI thread (owned by the caller; may stay unset:
    // code is then shown in plain monospace blocks).
    void setCodeHighlighter(AsyncCodeHighlighter *highlighter);
    // The correction menu of a message's badge (what a click on the badge opens).
    void openCorrectionMenu(qint64 messageId, const QPoint &globalPos);
    // The same for the customer's latest message, from the keyboard (Ctrl+M).
    void correctLatestCustomerMessage();

signals:
    // The agent corrected the engine's label of a customer's message.
    void correctionRequested(qint64 messageId, empathy::SentimentLabel label);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render() { renderThread(false); }
    // Keeps the scroll position when only the looks changed (highlighting arrived); otherwise shows the end.
    void renderThread(bool keepScroll);
    QModelIndex messageIndex(qint64 messageId) const;
    void showBadgeTip(const QUrl &link);
    void updateReplyContext();

    ThreadModel &m_thread;
    const ChannelIcons &m_icons;
    Clock m_clock;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_name;
    QLabel *m_details;
    QTextBrowser *m_browser;
    ReplyBox *m_reply;
    const emotion::EmotionEngine *m_emotions = nullptr;
    AsyncCodeHighlighter *m_code = nullptr;
    QTimer m_codeReady; // highlighting results arrive in bursts: render once for a burst
    std::optional<ConversationHeader> m_header;
};

} // namespace empathy
