#pragma once

#include "domain/Message.h"
#include "ToneCoach.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace empathy {

// Where the agent writes. Ctrl+Enter or the button sends; an empty reply cannot be sent.
class ReplyBox : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyBox(QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QString text() const;
    void clear();
    void focusEditor();

    // The tone coach: reviews the reply a moment after the agent stops typing, and lists what to
    // reconsider under the editor. Without a coach nothing is shown.
    void setCoach(const emotion::ToneCoach *coach, const emotion::EmotionEngine *engine);
    void setReplyContext(const emotion::ReplyContext &context);
    QLabel *coachNotes() const { return m_notes; }
    // Reviews the reply now (the coach otherwise waits for a pause in typing).
    void reviewNow();
    // Puts a drafted apology at the start of the reply, ready to edit; what the agent had written stays
    // after it. The reply then goes out as an apology (purpose()) until the editor is emptied.
    void insertApology(const QString &text);
    MessagePurpose purpose() const { return m_purpose; }
    // Shows the "Apologise" button (when an apology drafter is available).
    void setApologyAvailable(bool available);
    QPushButton *apologyButton() const { return m_apology; }
    // The reply templates of the conversation's language, offered in the Templates menu by name.
    void setTemplates(const QList<QPair<qint64, QString>> &templates);
    QToolButton *templatesButton() const { return m_templates; }
    QPushButton *resolveButton() const { return m_resolve; }
    // Puts text in at the cursor (a template filled in).
    void insertText(const QString &text);
    // The send button's words ("Send", or "Compare" when a trainee practises).
    void setSendText(const QString &text);
    const emotion::ReplyContext &replyContext() const { return m_context; }
    // A tone note in the agent's words, for a reply written in `context`.
    static QString noteText(const emotion::ToneNote &note, const emotion::ReplyContext &context);

    // The tone coach's rules the agent turned off in the settings stay quiet.
    void setToneRulesOff(const QList<emotion::ToneIssue> &off);
    // Opens the templates menu under its button (Ctrl+T).
    void showTemplatesMenu();
    // Asks for an apology when the button is offered (Ctrl+Shift+A).
    void requestApology();

signals:
    void sendRequested(const QString &text);
    void apologyRequested();
    void templateChosen(qint64 id);
    void editTemplatesRequested();
    void resolveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void send();
    void updateButton();
    void retranslate();

    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QPushButton *m_apology;
    QToolButton *m_templates;
    QPushButton *m_resolve;
    QLabel *m_hint;
    QLabel *m_notes;
    QTimer m_review;
    const emotion::ToneCoach *m_coach = nullptr;
    const emotion::EmotionEngine *m_engine = nullptr;
    emotion::ReplyContext m_context;
    MessagePurpose m_purpose = MessagePurpose::Plain;
    QString m_sendText; // the send button's own text (the trainer's "Compare"); empty: "Send"
    QList<QPair<qint64, QString>> m_offered;
    QList<emotion::ToneIssue> m_rulesOff;
};

} // namespace empathy
