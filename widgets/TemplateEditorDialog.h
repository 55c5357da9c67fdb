#pragma once

#include "templates/ReplyTemplate.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace empathy {

class AsyncCodeHighlighter;
class TemplateHighlighter;
class TemplateStore;

// The reply template library: pick a language and a template, edit its name and text. The text is
// highlighted with KDE Syntax-Highlighting; unknown placeholders and unbalanced {{#if}} blocks are listed
// with their line and column as you type, and Save stays off until there are none.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateEditorDialog(TemplateStore &store, AsyncCodeHighlighter *code, Language language, QDateTime now,
                         QWidget *parent = nullptr);

    QComboBox *languageChooser() const { return m_language; }
    QListWidget *templateList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *saveButton() const { return m_save; }
    QString problems() const; // what the error list shows
    TemplateHighlighter *highlighter() const { return m_highlighter; }
    bool save();

private:
    void showLanguage();
    void showTemplate(qint64 id);
    void check();

    TemplateStore &m_store;
    QDateTime m_now;
    qint64 m_current = 0;
    QComboBox *m_language = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_purpose = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    TemplateHighlighter *m_highlighter = nullptr;
};

} // namespace empathy
