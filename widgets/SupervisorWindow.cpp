#include "SupervisorWindow.h"

#include "actions/DeskActions.h"
#include "AlertText.h"
#include "cache/CacheReader.h"
#include "cache/SupervisorReader.h"
#include "ChannelIcons.h"
#include "LanguageText.h"
#include "models/AlertModel.h"
#include "models/WallModel.h"
#include "TeamFiguresView.h"
#include "TextDelegate.h"
#include "WallView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace empathy {

namespace {

const QString viewsKey = QStringLiteral("supervisor/views");
const QString currentViewKey = QStringLiteral("supervisor/currentView");

} // namespace

SupervisorWindow::SupervisorWindow(SupervisorReader &supervisor, CacheReader &reader, DeskActions &actions,
                                   const ChannelIcons &icons, Clock clock, QSettings &settings,
                                   QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_supervisor(supervisor)
    , m_reader(reader)
    , m_actions(actions)
    , m_icons(icons)
    , m_clock(std::move(clock))
    , m_settings(settings)
    , m_wallModel(std::make_unique<WallModel>(supervisor, m_clock))
    , m_filter(std::make_unique<WallFilter>())
    , m_alerts(std::make_unique<AlertModel>(supervisor, m_clock))
{
    setObjectName(QStringLiteral("supervisorWindow"));
    m_filter->setSourceModel(m_wallModel.get());

    m_wall = new WallView(m_icons, this);
    m_wall->setModel(m_filter.get());
    connect(m_wall, &WallView::conversationActivated, this,
            [this](qint64 id) { emit conversationRequested(ConversationId(id)); });
    connect(m_wall->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_showingCriteria)
            m_views->setCurrentIndex(-1); // the view no longer matches a saved one exactly
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_wall);
    splitter->addWidget(buildAlertsPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 520});

    auto *wallPage = new QWidget(this);
    auto *wallLayout = new QVBoxLayout(wallPage);
    wallLayout->addWidget(buildFilters());
    wallLayout->addWidget(splitter, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(wallPage, QString());
    m_figures = new TeamFiguresView(m_supervisor, m_clock, m_settings, this);
    m_tabs->addTab(m_figures, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_figures)
            m_figures->refresh();
    });
    setCentralWidget(m_tabs);

    connect(m_alerts.get(), &AlertModel::raised, this, &SupervisorWindow::notify);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            show();
            raise();
            activateWindow();
        });
    }

    fillAgents();
    const QString current = m_settings.value(currentViewKey).toString();
    if (!current.isEmpty() && savedViews().contains(current))
        applyView(current);
    retranslate();
    updateCounts();
    resize(1400, 780);
}

void SupervisorWindow::retranslate()
{
    setWindowTitle(tr("Supervisor view"));
    m_tabs->setTabText(0, tr("Live wall"));
    m_tabs->setTabText(1, tr("Team figures"));
    if (m_tray)
        m_tray->setToolTip(tr("Empathy Desk supervisor"));
    m_viewLabel->setText(tr("&View:"));
    m_views->setAccessibleName(tr("Saved view"));
    m_views->setPlaceholderText(tr("Unsaved view"));
    m_agent->setAccessibleName(tr("Agent"));
    m_alertList->setAccessibleName(tr("Alerts"));
    m_alertList->setAccessibleDescription(tr("Alerts raised by the server, newest first"));
    m_why->setAccessibleName(tr("Why the alert fired"));
    m_saveView->setText(tr("Save view…"));
    m_deleteView->setText(tr("Delete view"));
    m_agent->setItemText(0, tr("Every agent"));
    m_agent->setItemText(1, tr("Nobody assigned"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setItemText(0, tr("All channels"));
    for (int i = 1; i < m_channel->count(); ++i)
        m_channel->setItemText(i, ChannelIcons::name(Channel(m_channel->itemData(i).toInt())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("All languages"));
    for (int i = 1; i < m_language->count(); ++i)
        m_language->setItemText(i, languageName(languageFromCode(m_language->itemData(i).toString())));
    m_unhappy->setText(tr("&Unhappy"));
    m_unhappy->setToolTip(tr("Only customers whose mood is negative"));
    m_withAlerts->setText(tr("With &alerts"));
    m_atRisk->setText(tr("&Promise at risk"));
    m_atRisk->setToolTip(tr("Only conversations whose first answer or resolution is due soon or overdue"));
    m_search->setPlaceholderText(tr("Customer or agent…"));
    m_search->setAccessibleName(tr("Find a customer or an agent on the wall"));
    m_acknowledge->setText(tr("Ac&knowledge"));
    m_takeOver->setText(tr("&Take over"));
    m_takeOver->setToolTip(tr("Give the conversation to yourself"));
    m_reassign->setText(tr("&Reassign…"));
    m_note->setText(tr("Private &note…"));
    m_note->setToolTip(tr("A note to the conversation's agent; the customer never sees it"));
    m_open->setText(tr("&Open conversation"));
    for (QAbstractButton *b :
         std::initializer_list<QAbstractButton *>{m_takeOver, m_note, m_atRisk, m_unhappy})
        b->setAccessibleDescription(b->toolTip());
}

void SupervisorWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCounts();
        updateAlertDetails();
        m_alertList->viewport()->update();
    }
}

SupervisorWindow::~SupervisorWindow() = default;

QWidget *SupervisorWindow::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *outer = new QVBoxLayout(bar);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    outer->addLayout(row);

    m_views = new QComboBox(bar);
    m_views->setMinimumContentsLength(14);
    m_views->addItems(savedViews());
    m_views->setCurrentIndex(-1);
    connect(m_views, &QComboBox::textActivated, this, &SupervisorWindow::applyView);
    auto *save = m_saveView = new QPushButton(bar);
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of this view:"),
                                                   QLineEdit::Normal, m_views->currentText(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            saveView(name);
    });
    auto *remove = m_deleteView = new QPushButton(bar);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = m_views->currentText();
        if (name.isEmpty())
            return;
        QJsonObject views = QJsonDocument::fromJson(m_settings.value(viewsKey).toByteArray()).object();
        views.remove(name);
        m_settings.setValue(viewsKey, QJsonDocument(views).toJson(QJsonDocument::Compact));
        m_views->removeItem(m_views->currentIndex());
        m_views->setCurrentIndex(-1);
    });

    m_agent = new QComboBox(bar);
    m_channel = new QComboBox(bar);
    m_channel->addItem(QString());
    for (Channel channel : allChannels)
        m_channel->addItem(QIcon(m_icons.pixmap(channel, 16, devicePixelRatioF())),
                           ChannelIcons::name(channel), int(channel));
    m_language = new QComboBox(bar);
    m_language->addItem(QString());
    for (Language language : supportedLanguages)
        m_language->addItem(QString(), languageCode(language));
    m_unhappy = new QCheckBox(bar);
    m_withAlerts = new QCheckBox(bar);
    m_atRisk = new QCheckBox(bar);
    m_search = new QLineEdit(bar);
    m_search->setClearButtonEnabled(true);

    m_viewLabel = new QLabel(bar);
    m_viewLabel->setBuddy(m_views);
    // Two rows, so the longer words of other languages never push the bar past the window.
    row->addWidget(m_viewLabel);
    row->addWidget(m_views);
    row->addWidget(save);
    row->addWidget(remove);
    row->addSpacing(12);
    row->addWidget(m_search, 1);
    auto *criteria = new QHBoxLayout;
    criteria->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(criteria);
    row = criteria;
    row->addWidget(m_agent);
    row->addWidget(m_channel);
    row->addWidget(m_language);
    row->addWidget(m_unhappy);
    row->addWidget(m_withAlerts);
    row->addWidget(m_atRisk);
    row->addStretch(1);

    for (QComboBox *box : {m_agent, m_channel, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &SupervisorWindow::criteriaChanged);
    for (QCheckBox *box : {m_unhappy, m_withAlerts, m_atRisk})
        connect(box, &QCheckBox::toggled, this, &SupervisorWindow::criteriaChanged);
    connect(m_search, &QLineEdit::textChanged, this, &SupervisorWindow::criteriaChanged);
    return bar;
}

QWidget *SupervisorWindow::buildAlertsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_alertTitle = new QLabel(panel);
    m_alertTitle->setTextFormat(Qt::PlainText);
    QFont title = m_alertTitle->font();
    title.setBold(true);
    m_alertTitle->setFont(title);
    m_alertList = new QListView(panel);
    m_alertList->setModel(m_alerts.get());
    m_alertList->setItemDelegate(new TextDelegate(
        [this](const QModelIndex &index) { return AlertText::summary(index, m_clock()); },
        [](QStyleOptionViewItem *option, const QModelIndex &index) {
            const bool open = AlertState(index.data(AlertModel::StateRole).toInt()) == AlertState::Open;
            option->font.setBold(open);
            option->features |= QStyleOptionViewItem::WrapText;
            if (!open)
                option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        },
        m_alertList));
    m_alertList->setAlternatingRowColors(true);
    m_alertList->setUniformItemSizes(true);
    m_why = new QLabel(panel);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_why->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_why->setMinimumHeight(m_why->fontMetrics().lineSpacing() * 7);

    m_acknowledge = new QPushButton(panel);
    m_takeOver = new QPushButton(panel);
    m_reassign = new QPushButton(panel);
    m_note = new QPushButton(panel);
    m_open = new QPushButton(panel);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_acknowledge, m_takeOver, m_reassign, m_note, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);

    layout->addWidget(m_alertTitle);
    layout->addWidget(m_alertList, 3);
    layout->addWidget(m_why, 1);
    layout->addLayout(buttons);

    connect(m_alertList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SupervisorWindow::updateAlertDetails);
    connect(m_alerts.get(), &QAbstractItemModel::dataChanged, this, &SupervisorWindow::updateAlertDetails);
    connect(m_alerts.get(), &QAbstractItemModel::modelReset, this, &SupervisorWindow::updateAlertDetails);
    connect(m_acknowledge, &QPushButton::clicked, this, &SupervisorWindow::acknowledge);
    connect(m_takeOver, &QPushButton::clicked, this, &SupervisorWindow::takeOver);
    connect(m_reassign, &QPushButton::clicked, this, &SupervisorWindow::reassign);
    connect(m_note, &QPushButton::clicked, this, &SupervisorWindow::writePrivateNote);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QModelIndex a = currentAlert(); a.isValid())
            emit conversationRequested(ConversationId(a.data(AlertModel::ConversationIdRole).toLongLong()));
    });
    connect(m_alertList, &QListView::activated, m_open, &QPushButton::click);
    updateAlertDetails();
    return panel;
}

void SupervisorWindow::fillAgents()
{
    const QVariant chosen = m_agent->currentData();
    QSignalBlocker block(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("Every agent"), QStringLiteral("anyone"));
    m_agent->addItem(tr("Nobody assigned"), QStringLiteral("unassigned"));
    for (const Agent &agent : m_reader.agents())
        m_agent->addItem(agent.displayName, QString::number(agent.id.value()));
    const int index = chosen.isValid() ? m_agent->findData(chosen) : 0;
    m_agent->setCurrentIndex(std::max(0, index));
}

void SupervisorWindow::criteriaChanged()
{
    if (m_showingCriteria)
        return;
    WallCriteria c = m_filter->criteria();
    const QString agent = m_agent->currentData().toString();
    c.agent = agent == u"unassigned"   ? WallCriteria::Agent::Unassigned
              : agent.toLongLong() > 0 ? WallCriteria::Agent::One
                                       : WallCriteria::Agent::Anyone;
    c.agentId = AgentId(agent.toLongLong());
    c.channel = m_channel->currentIndex() > 0
                    ? std::optional<Channel>(Channel(m_channel->currentData().toInt()))
                    : std::nullopt;
    c.language = m_language->currentIndex() > 0
                     ? std::optional<Language>(languageFromCode(m_language->currentData().toString()))
                     : std::nullopt;
    c.unhappyOnly = m_unhappy->isChecked();
    c.withAlertsOnly = m_withAlerts->isChecked();
    c.promiseAtRiskOnly = m_atRisk->isChecked();
    c.text = m_search->text().trimmed();
    m_filter->setCriteria(c);
    m_views->setCurrentIndex(-1);
    updateCounts();
}

void SupervisorWindow::showCriteria(const WallCriteria &c)
{
    m_showingCriteria = true;
    const QString agent = c.agent == WallCriteria::Agent::Anyone       ? QStringLiteral("anyone")
                          : c.agent == WallCriteria::Agent::Unassigned ? QStringLiteral("unassigned")
                                                                       : QString::number(c.agentId.value());
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agent)));
    m_channel->setCurrentIndex(c.channel ? std::max(0, m_channel->findData(int(*c.channel))) : 0);
    m_language->setCurrentIndex(c.language ? std::max(0, m_language->findData(languageCode(*c.language)))
                                           : 0);
    m_unhappy->setChecked(c.unhappyOnly);
    m_withAlerts->setChecked(c.withAlertsOnly);
    m_atRisk->setChecked(c.promiseAtRiskOnly);
    m_search->setText(c.text);
    m_filter->setCriteria(c);
    m_wall->horizontalHeader()->setSortIndicator(c.sortColumn, c.sortOrder);
    m_showingCriteria = false;
    updateCounts();
}

QStringList SupervisorWindow::savedViews() const
{
    QStringList names = QJsonDocument::fromJson(m_settings.value(viewsKey).toByteArray()).object().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void SupervisorWindow::saveView(const QString &name)
{
    QJsonObject views = QJsonDocument::fromJson(m_settings.value(viewsKey).toByteArray()).object();
    views.insert(name, m_filter->criteria().toJson());
    m_settings.setValue(viewsKey, QJsonDocument(views).toJson(QJsonDocument::Compact));
    m_settings.setValue(currentViewKey, name);
    QSignalBlocker block(m_views);
    m_views->clear();
    m_views->addItems(savedViews());
    m_views->setCurrentText(name);
    statusBar()->showMessage(tr("View “%1” saved.").arg(name), 5000);
}

void SupervisorWindow::applyView(const QString &name)
{
    const QJsonValue saved =
        QJsonDocument::fromJson(m_settings.value(viewsKey).toByteArray()).object().value(name);
    if (!saved.isObject())
        return;
    showCriteria(WallCriteria::fromJson(saved.toObject()));
    QSignalBlocker block(m_views);
    m_views->setCurrentIndex(m_views->findText(name));
    m_settings.setValue(currentViewKey, name);
}

void SupervisorWindow::refresh()
{
    // The alerts are read even while the window is hidden (a lead is notified of new ones); the wall and the
    // figures only when they are seen.
    if (isVisible())
        m_wallModel->refresh();
    if (isVisible() && m_tabs->currentWidget() == m_figures)
        m_figures->refresh();
    m_alerts->refresh();
    m_wall->viewport()->update(); // waiting times and countdowns move with the clock
    updateCounts();
}

void SupervisorWindow::updateCounts()
{
    const int open = m_alerts->openCount();
    m_alertTitle->setText(open > 0 ? tr("Alerts: %n open", nullptr, open) : tr("Alerts: none open"));
    m_tabs->setTabText(
        0, tr("Live wall: %1 of %2")
               .arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_wallModel->rowCount())));
    setWindowTitle(open > 0 ? tr("Supervisor view (%n open alert(s))", nullptr, open)
                            : tr("Supervisor view"));
}

QModelIndex SupervisorWindow::currentAlert() const
{
    return m_alertList->selectionModel()->currentIndex();
}

void SupervisorWindow::selectAlert(AlertId id)
{
    const int row = m_alerts->rowOf(id);
    if (row >= 0)
        m_alertList->selectionModel()->setCurrentIndex(m_alerts->index(row),
                                                       QItemSelectionModel::ClearAndSelect);
}

void SupervisorWindow::updateAlertDetails()
{
    const QModelIndex a = currentAlert();
    const bool open = a.isValid() && AlertState(a.data(AlertModel::StateRole).toInt()) == AlertState::Open &&
                      !a.data(AlertModel::PendingRole).toBool();
    m_why->setText(a.isValid() ? AlertText::why(a, m_clock()) : tr("Choose an alert to see why it fired."));
    for (QPushButton *b : {m_acknowledge, m_takeOver, m_reassign})
        b->setEnabled(open);
    m_note->setEnabled(a.isValid());
    m_open->setEnabled(a.isValid());
}

void SupervisorWindow::acknowledge()
{
    if (const QModelIndex a = currentAlert(); a.isValid())
        actionDone(tr("Alert not acknowledged"),
                   m_actions.acknowledgeAlert(AlertId(a.data(AlertModel::AlertIdRole).toLongLong())));
}

void SupervisorWindow::takeOver()
{
    if (const QModelIndex a = currentAlert(); a.isValid())
        actionDone(tr("Conversation not taken over"),
                   m_actions.takeOver(AlertId(a.data(AlertModel::AlertIdRole).toLongLong())));
}

// A failed action is said in words, in a box the lead must close; the window stays as it was.
bool SupervisorWindow::actionDone(const QString &what, const DeskActions::Result &result)
{
    if (result.failed()) {
        statusBar()->showMessage(what);
        QMessageBox::warning(this, what,
                             tr("It could not be saved in the local cache: %1").arg(result.error));
        return false;
    }
    refresh();
    return result.queued;
}

void SupervisorWindow::reassign()
{
    const QModelIndex a = currentAlert();
    if (!a.isValid())
        return;
    QMenu menu(this);
    for (const Agent &agent : m_reader.agents()) {
        if (agent.role != AgentRole::Agent && agent.role != AgentRole::Lead)
            continue;
        menu.addAction(agent.displayName, this, [this, a, id = agent.id] {
            actionDone(tr("Conversation not reassigned"),
                       m_actions.reassign(AlertId(a.data(AlertModel::AlertIdRole).toLongLong()), id));
        });
    }
    menu.exec(m_reassign->mapToGlobal(QPoint(0, m_reassign->height())));
}

void SupervisorWindow::writePrivateNote()
{
    const QModelIndex a = currentAlert();
    if (!a.isValid())
        return;
    const ConversationId conversation(a.data(AlertModel::ConversationIdRole).toLongLong());
    const QVariant agent = a.data(AlertModel::AgentNameRole);
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Private note"),
                                       tr("A note to %1 in this conversation. The customer never sees it.")
                                           .arg(agent.isValid() ? agent.toString() : tr("whoever takes it")),
                                       QString(), &ok)
            .trimmed();
    if (!ok || text.isEmpty())
        return;
    if (actionDone(tr("Private note not saved"), m_actions.privateNote(conversation, text)))
        statusBar()->showMessage(tr("Private note sent to the conversation."), 5000);
}

void SupervisorWindow::notify(const AlertRow &alert)
{
    QWidget *front = QApplication::activeWindow();
    if (front == this || (front && front == parentWidget() && isVisible() && !isMinimized()))
        return; // the lead is looking at the desk already
    ++m_notifications;
    const QString title = AlertText::kind(alert.alert.kind);
    const QString body =
        alert.messageBody.isEmpty()
            ? alert.customerName
            : QStringLiteral("%1: “%2”").arg(alert.customerName, alert.messageBody.left(140));
    if (m_alertMessages && m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 10000);
    if (m_alertSound)
        QApplication::beep();
    QApplication::alert(isVisible() ? this : parentWidget());
}

void SupervisorWindow::setNotifications(bool desktopMessages, bool sound)
{
    m_alertMessages = desktopMessages;
    m_alertSound = sound;
}

void SupervisorWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_alerts->reload(); // with the names as they are now
    refresh();          // the wall was not kept up while hidden
}

void SupervisorWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(QStringLiteral("supervisor/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace empathy
