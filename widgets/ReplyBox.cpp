#include "ReplyBox.h"

#include "LanguageText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace empathy {

ReplyBox::ReplyBox(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_apology(new QPushButton(this))
    , m_templates(new QToolButton(this))
    , m_resolve(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_notes(new QLabel(this))
{
    m_notes->setObjectName(QStringLiteral("toneCoach"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->hide();
    m_review.setSingleShot(true);
    m_review.setInterval(250);
    connect(&m_review, &QTimer::timeout, this, &ReplyBox::reviewNow);
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_hint->setEnabled(false);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // gives way to the buttons

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_templates);
    buttons->addWidget(m_apology);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &ReplyBox::send);
    connect(m_resolve, &QPushButton::clicked, this, &ReplyBox::resolveRequested);
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_templates->setMenu(new QMenu(m_templates));
    setTemplates({});
    m_apology->hide();
    connect(m_apology, &QPushButton::clicked, this, &ReplyBox::apologyRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReplyBox::updateButton);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editor->document()->isEmpty())
            m_purpose = MessagePurpose::Plain;
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_coach)
            m_review.start();
    });
    updateButton();
    retranslate();
}

void ReplyBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setTemplates(m_offered);
        reviewNow();
    }
    QWidget::changeEvent(event);
}

void ReplyBox::retranslate()
{
    m_send->setText(m_sendText.isEmpty() ? tr("Send") : m_sendText);
    m_send->setAccessibleDescription(tr("Sends the reply to the customer (Ctrl+Enter)"));
    m_apology->setText(tr("Apologise"));
    m_apology->setAccessibleDescription(tr("Drafts a personal apology in the customer's language and tone, "
                                           "naming their problem; edit it before sending (Ctrl+Shift+A)"));
    m_apology->setToolTip(m_apology->accessibleDescription());
    m_resolve->setText(tr("Resolve"));
    m_resolve->setToolTip(tr("Mark the conversation resolved; the customer is asked how satisfied they are"));
    m_resolve->setAccessibleDescription(m_resolve->toolTip());
    m_templates->setText(tr("Templates"));
    m_templates->setToolTip(tr("Insert a reply template filled in for this customer (Ctrl+T)"));
    m_templates->setAccessibleDescription(m_templates->toolTip());
    m_hint->setText(tr("Ctrl+Enter to send"));
    m_notes->setAccessibleName(tr("Tone coach"));
    m_notes->setAccessibleDescription(tr("Suggestions about the tone of the reply being written"));
    m_editor->setPlaceholderText(tr("Write a reply…"));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setAccessibleDescription(tr("The reply to the customer; Ctrl+Enter sends it, Tab moves on"));
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

void ReplyBox::setCoach(const emotion::ToneCoach *coach, const emotion::EmotionEngine *engine)
{
    m_coach = coach && engine ? coach : nullptr;
    m_engine = engine;
    reviewNow();
}

void ReplyBox::setReplyContext(const emotion::ReplyContext &context)
{
    m_context = context;
    reviewNow();
}

void ReplyBox::reviewNow()
{
    m_review.stop();
    const QString reply = text();
    if (!m_coach || reply.trimmed().isEmpty()) {
        m_notes->clear();
        m_notes->hide();
        return;
    }
    QStringList lines;
    for (const emotion::ToneNote &note : m_coach->review(reply, m_context, *m_engine)) {
        if (!m_rulesOff.contains(note.issue))
            lines << QStringLiteral("\u2022 ") + noteText(note, m_context).toHtmlEscaped();
    }
    m_notes->setText(lines.join(QStringLiteral("<br/>")));
    m_notes->setVisible(!lines.isEmpty());
}

void ReplyBox::setToneRulesOff(const QList<emotion::ToneIssue> &off)
{
    m_rulesOff = off;
    reviewNow();
}

void ReplyBox::showTemplatesMenu()
{
    if (m_templates->isEnabled() && m_templates->isVisible())
        m_templates->showMenu();
}

void ReplyBox::requestApology()
{
    if (m_apology->isVisible() && isEnabled())
        emit apologyRequested();
}

QString ReplyBox::noteText(const emotion::ToneNote &note, const emotion::ReplyContext &context)
{
    switch (note.issue) {
    case emotion::ToneIssue::StockPhrase:
        return tr("\u201C%1\u201D sounds like a stock phrase: say it in your own words.").arg(note.detail);
    case emotion::ToneIssue::MissingName:
        return tr("Address %1 by name.").arg(note.detail);
    case emotion::ToneIssue::RegisterMismatch:
        return context.preferredRegister == emotion::Register::Formal
                   ? tr("The customer prefers a formal tone; \u201C%1\u201D sounds casual.").arg(note.detail)
                   : tr("The customer prefers a warm tone; \u201C%1\u201D sounds stiff.").arg(note.detail);
    case emotion::ToneIssue::NoApology:
        return tr("The customer is upset: acknowledge it and apologise.");
    case emotion::ToneIssue::LanguageMismatch:
        return tr("The customer writes in %1, but this reply looks like %2.")
            .arg(languageName(context.customerLanguage), languageName(languageFromCode(note.detail)));
    }
    return QString();
}

void ReplyBox::setSendText(const QString &text)
{
    m_sendText = text;
    m_send->setText(text.isEmpty() ? tr("Send") : text);
}

void ReplyBox::updateButton()
{
    m_send->setEnabled(!text().trimmed().isEmpty());
}

void ReplyBox::setApologyAvailable(bool available)
{
    m_apology->setVisible(available);
}

void ReplyBox::setTemplates(const QList<QPair<qint64, QString>> &templates)
{
    m_offered = templates;
    QMenu *menu = m_templates->menu();
    menu->clear();
    for (const auto &[id, name] : templates)
        menu->addAction(name, this, [this, id = id] { emit templateChosen(id); });
    if (!templates.isEmpty())
        menu->addSeparator();
    menu->addAction(tr("Edit templates…"), this, &ReplyBox::editTemplatesRequested);
}

void ReplyBox::insertText(const QString &text)
{
    m_editor->textCursor().insertText(text);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ReplyBox::insertApology(const QString &draft)
{
    const QString written = m_editor->toPlainText().trimmed();
    m_editor->setPlainText(written.isEmpty() ? draft : draft + QStringLiteral("\n\n") + written);
    m_purpose = MessagePurpose::Apology;
    m_editor->setFocus(Qt::OtherFocusReason);
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    m_editor->setTextCursor(cursor);
}

} // namespace empathy
