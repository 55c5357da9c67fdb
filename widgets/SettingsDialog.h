#pragma once

#include "Preferences.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace empathy {

// The agent's settings: language, theme and text size, notifications, the server to log in to, and
// which of the tone coach's rules speak up. "Apply" hands the choices over at once (the language
// switches while the dialog stays open); OK applies and closes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const Preferences &current, bool demo, QWidget *parent = nullptr);
    Preferences preferences() const;

    void accept() override;

signals:
    void applied(const Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool validate();

    bool m_demo;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_textScale;
    QGroupBox *m_looks;
    QGroupBox *m_notify;
    QCheckBox *m_flash;
    QCheckBox *m_alertMessages;
    QCheckBox *m_alertSound;
    QGroupBox *m_connection;
    QLineEdit *m_server;
    QLabel *m_serverNote;
    QGroupBox *m_coach;
    QList<QPair<emotion::ToneIssue, QCheckBox *>> m_rules;
    QLabel *m_error;
    QLabel *m_languageLabel;
    QLabel *m_themeLabel;
    QLabel *m_scaleLabel;
    QLabel *m_serverLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace empathy
