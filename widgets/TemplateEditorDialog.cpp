#include "TemplateEditorDialog.h"

#include "cache/TemplateStore.h"
#include "TemplateHighlighter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace empathy {

namespace {

QString errorsText(const QList<TemplateError> &errors)
{
    QStringList lines;
    for (const TemplateError &e : errors)
        lines << (e.line > 0 ? TemplateEditorDialog::tr("Line %1, column %2: %3")
                                   .arg(e.line)
                                   .arg(e.column)
                                   .arg(e.message)
                             : e.message);
    return lines.join(u'\n');
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(TemplateStore &store, AsyncCodeHighlighter *code,
                                           Language language, QDateTime now, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_now(std::move(now))
{
    setWindowTitle(tr("Reply templates"));
    m_language = new QComboBox(this);
    for (const Language l : supportedLanguages)
        m_language->addItem(QLocale(languageCode(l)).nativeLanguageName(), languageCode(l));
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageCode(language))));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Templates"));
    m_new = new QPushButton(tr("&New"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_name = new QLineEdit(this);
    m_body = new QPlainTextEdit(this);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(
        tr("Hi {{customer.first_name}}, … {{#if order.id}}order #{{order.id}}{{/if}}"));
    m_highlighter = new TemplateHighlighter(m_body->document(), code);
    m_purpose = new QLabel(this);
    m_purpose->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *placeholders =
        new QLabel(tr("Placeholders: %1").arg(MessageTemplate::knownPlaceholders().join(u", ")), this);
    placeholders->setWordWrap(true);

    auto *left = new QVBoxLayout;
    left->addWidget(m_language);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Text"), m_body);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_purpose);
    right->addWidget(placeholders);
    right->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    right->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);
    resize(820, 480);

    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::showLanguage);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showTemplate(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentItem(nullptr);
        showTemplate(0);
        m_name->setFocus();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_current == 0)
            return;
        if (QMessageBox::question(this, tr("Delete the template"), tr("Delete “%1”?").arg(m_name->text())) !=
            QMessageBox::Yes)
            return;
        m_store.remove(m_current);
        showLanguage();
    });
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateEditorDialog::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::check);
    showLanguage();
}

void TemplateEditorDialog::showLanguage()
{
    const Language language = languageFromCode(m_language->currentData().toString());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ReplyTemplate &t : m_store.templates(language)) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        showTemplate(m_list->item(0)->data(Qt::UserRole).toLongLong());
    } else {
        showTemplate(0);
    }
}

void TemplateEditorDialog::showTemplate(qint64 id)
{
    const std::optional<ReplyTemplate> t = id ? m_store.find(id) : std::nullopt;
    m_current = t ? t->id : 0;
    m_name->setText(t ? t->name : QString());
    m_body->setPlainText(t ? t->body : QString());
    m_delete->setEnabled(m_current != 0);
    const QString purpose = t ? t->purpose : QString();
    m_purpose->setText(
        purpose == apologyFormalPurpose  ? tr("Used by Apologise for customers who prefer a formal tone "
                                               "(and when the tone is not noted).")
        : purpose == apologyWarmPurpose  ? tr("Used by Apologise for customers who prefer a warm tone.")
        : purpose == compensationPurpose ? tr("Put into the reply after a compensation is asked for.")
                                         : QString());
    m_purpose->setVisible(!purpose.isEmpty());
    check();
}

void TemplateEditorDialog::check()
{
    QList<TemplateError> errors;
    MessageTemplate parsed;
    parsed.parse(m_body->toPlainText(), &errors);
    if (m_name->text().trimmed().isEmpty())
        errors.append({0, 0, tr("A template needs a name.")});
    if (m_body->toPlainText().trimmed().isEmpty())
        errors.append({0, 0, tr("A template needs a text.")});
    m_problems->setText(errorsText(errors));
    m_problems->setVisible(!errors.isEmpty());
    m_save->setEnabled(errors.isEmpty());
}

QString TemplateEditorDialog::problems() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

bool TemplateEditorDialog::save()
{
    ReplyTemplate t;
    t.id = m_current;
    t.language = languageFromCode(m_language->currentData().toString());
    t.name = m_name->text();
    t.body = m_body->toPlainText();
    const TemplateStore::SaveResult result = m_store.save(t, m_now);
    if (result.id == 0) {
        m_problems->setText(errorsText(result.errors));
        m_problems->setVisible(true);
        return false;
    }
    const QString name = t.name.trimmed();
    showLanguage();
    const QList<QListWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.front());
    return true;
}

} // namespace empathy
