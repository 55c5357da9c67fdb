#include "SettingsDialog.h"

#include "UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace empathy {

namespace {

constexpr int textScales[] = {100, 115, 130, 150, 175, 200};

} // namespace

SettingsDialog::SettingsDialog(const Preferences &current, bool demo, QWidget *parent)
    : QDialog(parent)
    , m_demo(demo)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_textScale(new QComboBox(this))
    , m_looks(new QGroupBox(this))
    , m_notify(new QGroupBox(this))
    , m_flash(new QCheckBox(this))
    , m_alertMessages(new QCheckBox(this))
    , m_alertSound(new QCheckBox(this))
    , m_connection(new QGroupBox(this))
    , m_server(new QLineEdit(this))
    , m_serverNote(new QLabel(this))
    , m_coach(new QGroupBox(this))
    , m_error(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_scaleLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->addItem(QString(), QString());
    for (const QString &code : UiLanguage::codes())
        m_language->addItem(UiLanguage::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    for (int i = 0; i < 4; ++i)
        m_theme->addItem(QString(), i);
    m_theme->setCurrentIndex(int(current.theme));
    for (int scale : textScales)
        m_textScale->addItem(QString(), scale);
    m_textScale->setCurrentIndex(std::max(0, m_textScale->findData(current.textScalePercent)));

    auto *looks = new QFormLayout(m_looks);
    looks->addRow(m_languageLabel, m_language);
    looks->addRow(m_themeLabel, m_theme);
    looks->addRow(m_scaleLabel, m_textScale);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_scaleLabel->setBuddy(m_textScale);

    m_flash->setChecked(current.flashOnCustomerMessage);
    m_alertMessages->setChecked(current.alertMessages);
    m_alertSound->setChecked(current.alertSound);
    auto *notify = new QVBoxLayout(m_notify);
    notify->addWidget(m_flash);
    notify->addWidget(m_alertMessages);
    notify->addWidget(m_alertSound);

    m_server->setText(current.server.toString());
    m_server->setEnabled(!demo);
    m_server->setLayoutDirection(Qt::LeftToRight); // an address reads left to right in every language
    m_serverNote->setWordWrap(true);
    m_serverLabel->setBuddy(m_server);
    auto *connection = new QFormLayout(m_connection);
    connection->addRow(m_serverLabel, m_server);
    connection->addRow(m_serverNote);

    auto *coach = new QVBoxLayout(m_coach);
    for (emotion::ToneIssue issue : {emotion::ToneIssue::StockPhrase, emotion::ToneIssue::MissingName,
                                     emotion::ToneIssue::RegisterMismatch, emotion::ToneIssue::NoApology,
                                     emotion::ToneIssue::LanguageMismatch}) {
        auto *box = new QCheckBox(this);
        box->setChecked(!current.toneRulesOff.contains(issue));
        coach->addWidget(box);
        m_rules.append({issue, box});
    }

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_looks);
    layout->addWidget(m_notify);
    layout->addWidget(m_connection);
    layout->addWidget(m_coach);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (validate())
            emit applied(preferences());
    });
    retranslate();
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.theme = Theme(m_theme->currentData().toInt());
    p.textScalePercent = m_textScale->currentData().toInt();
    p.flashOnCustomerMessage = m_flash->isChecked();
    p.alertMessages = m_alertMessages->isChecked();
    p.alertSound = m_alertSound->isChecked();
    p.server = QUrl(m_server->text().trimmed());
    for (const auto &[issue, box] : m_rules) {
        if (!box->isChecked())
            p.toneRulesOff.append(issue);
    }
    return p;
}

bool SettingsDialog::validate()
{
    const QString text = m_server->text().trimmed();
    const QUrl url(text);
    const bool ok =
        text.isEmpty() || (url.isValid() && !url.host().isEmpty() &&
                           (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss")));
    m_error->setText(ok ? QString()
                        : tr("The server address must look like wss://desk.example.com:8443 (or ws:// on a "
                             "trusted network)."));
    m_error->setVisible(!ok);
    if (!ok)
        m_server->setFocus(Qt::OtherFocusReason);
    return ok;
}

void SettingsDialog::accept()
{
    if (!validate())
        return;
    emit applied(preferences());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_looks->setTitle(tr("Language and appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0,
                            tr("As the system (%1)").arg(UiLanguage::nativeName(UiLanguage::systemChoice())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of Empathy Desk; it changes at once"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("As the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setItemText(3, tr("High contrast"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(
        tr("Colours of the whole application; high contrast is white on black"));
    m_scaleLabel->setText(tr("Text &size:"));
    for (int i = 0; i < m_textScale->count(); ++i)
        m_textScale->setItemText(i, tr("%1 %", "text size as a percentage of the system's")
                                        .arg(QLocale().toString(m_textScale->itemData(i).toInt())));
    m_textScale->setAccessibleName(tr("Text size"));
    m_textScale->setAccessibleDescription(tr("The size of all text, relative to the system's font size"));

    m_notify->setTitle(tr("Notifications"));
    m_flash->setText(tr("&Flash the taskbar when one of my customers writes"));
    m_alertMessages->setText(tr("Show a desktop &message for every new alert (team leads)"));
    m_alertSound->setText(tr("Play a s&ound with alerts (team leads)"));

    m_connection->setTitle(tr("Server"));
    m_serverLabel->setText(tr("Server &address:"));
    m_server->setPlaceholderText(QStringLiteral("wss://desk.example.com:8443"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setAccessibleDescription(tr("Where Empathy Desk logs in when it is started without a server"));
    m_serverNote->setText(m_demo ? tr("The demo runs its own server on this computer; this address is used "
                                      "when Empathy Desk is started without --demo.")
                                 : tr("Changing it asks for the log-in to the new server."));

    m_coach->setTitle(tr("Tone coach"));
    for (const auto &[issue, box] : m_rules) {
        switch (issue) {
        case emotion::ToneIssue::StockPhrase:
            box->setText(tr("Point out stock phrases and clichés"));
            break;
        case emotion::ToneIssue::MissingName:
            box->setText(tr("Remind me to address the customer by name"));
            break;
        case emotion::ToneIssue::RegisterMismatch:
            box->setText(tr("Check the reply matches the customer's formal or warm tone"));
            break;
        case emotion::ToneIssue::NoApology:
            box->setText(tr("Ask for an apology when the customer is upset"));
            break;
        case emotion::ToneIssue::LanguageMismatch:
            box->setText(tr("Warn when the reply is not in the customer's language"));
            break;
        }
    }
    if (m_error->isVisible())
        validate();
}

} // namespace empathy
