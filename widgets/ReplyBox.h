#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

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

signals:
    void sendRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();
    void updateButton();

    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QLabel *m_hint;
};

} // namespace empathy
