#include "ReplyBox.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace empathy {

ReplyBox::ReplyBox(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_hint(new QLabel(tr("Ctrl+Enter to send"), this))
{
    m_editor->setPlaceholderText(tr("Write a reply…"));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_send->setAccessibleDescription(tr("Sends the reply to the customer (Ctrl+Enter)"));
    m_hint->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &ReplyBox::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReplyBox::updateButton);
    updateButton();
}

QString ReplyBox::text() const
{
    return m_editor->toPlainText();
}

void ReplyBox::clear()
{
    m_editor->clear();
}

void ReplyBox::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool ReplyBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyBox::send()
{
    const QString body = text().trimmed();
    if (body.isEmpty() || !isEnabled())
        return;
    emit sendRequested(body);
}

void ReplyBox::updateButton()
{
    m_send->setEnabled(!text().trimmed().isEmpty());
}

} // namespace empathy
