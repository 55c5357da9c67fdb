#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace empathy {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 520);
    retranslate();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    const auto keys = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    const QList<QPair<QString, QString>> rows{
        {keys(QKeySequence(Qt::CTRL | Qt::Key_K)), tr("Search the inbox")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Go to the inbox")},
        {tr("Up, Down, Page Up, Page Down"), tr("Move through the inbox")},
        {keys(QKeySequence(Qt::Key_Return)), tr("Open the conversation and write a reply")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_2)), tr("Go to the conversation's messages")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_3)), tr("Go to the reply box")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_4)), tr("Go to the customer's history")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Send the reply")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)), tr("Draft an apology")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_T)), tr("Insert a reply template")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_M)), tr("Correct the mood of the customer's latest message")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)), tr("Compensate the customer")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)), tr("Resolve the conversation")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)), tr("Supervisor view (team leads)")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Comma)), tr("Settings")},
        {keys(QKeySequence(Qt::Key_F1)), tr("This list")},
        {tr("Tab, Shift+Tab"), tr("Move to the next or previous control")},
        {keys(QKeySequence(Qt::Key_Escape)), tr("Leave the search for the inbox")},
        {tr("Menu key, Shift+F10"), tr("Actions on the selected item (timeline, empathy map)")},
    };
    m_list->clear();
    for (const auto &[sequence, what] : rows) {
        auto *item = new QTreeWidgetItem(m_list, {sequence, what});
        item->setData(0, Qt::AccessibleTextRole, sequence);
        item->setData(1, Qt::AccessibleTextRole, what);
    }
}

} // namespace empathy
