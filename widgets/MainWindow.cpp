#include "MainWindow.h"

#include "ApologyDrafter.h"
#include "ApprovalQueueView.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/TemplateStore.h"
#include "ChannelIcons.h"
#include "CompensationDialog.h"
#include "CompensationText.h"
#include "ConversationView.h"
#include "CustomerPanel.h"
#include "EmpathyMapView.h"
#include "FilterBar.h"
#include "history/CustomerFacts.h"
#include "InboxDelegate.h"
#include "InboxView.h"
#include "models/AlertModel.h"
#include "models/ApprovalQueueModel.h"
#include "models/EmpathyMapModel.h"
#include "models/HistoryModel.h"
#include "models/InboxModel.h"
#include "models/ThreadModel.h"
#include "replay/PackSources.h"
#include "ReplyBox.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "sql/SqliteError.h"
#include "SupervisorWindow.h"
#include "SyncStatusLabel.h"
#include "TemplateEditorDialog.h"
#include "training/TrainingPackFile.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace empathy {

MainWindow::MainWindow(CacheReader &reader, HistoryReader &history, CacheWriter &writer, AgentId me,
                       Clock clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_reader(reader)
    , m_history(history)
    , m_writer(writer)
    , m_me(me)
    , m_clock(std::move(clock))
    , m_actions(std::make_unique<DeskActions>(reader, writer, m_clock))
    , m_packExport(std::make_unique<TrainingPackExport>())
    , m_settings(settings)
    , m_icons(std::make_unique<ChannelIcons>())
    , m_threadModel(std::make_unique<ThreadModel>(reader))
    , m_historyModel(std::make_unique<HistoryModel>(history))
    , m_empathyModel(std::make_unique<EmpathyMapModel>(history, *m_historyModel, m_clock))
    , m_approvals(std::make_unique<ApprovalQueueModel>(reader))
{
    m_actions->setAgent(me);
    connect(m_actions.get(), &DeskActions::queued, this, &MainWindow::operationQueued);
    connect(m_packExport.get(), &TrainingPackExport::finished, this, &MainWindow::packExported);
    setWindowIcon(QIcon(QStringLiteral(":/empathy/icons/empathy-desk.svg")));

    m_filters = new FilterBar(me, this);
    m_filters->restoreState(m_settings);
    m_inboxModel = std::make_unique<InboxModel>(reader, m_clock, m_filters->query());

    m_inbox = new InboxView(this);
    m_inbox->setItemDelegate(new InboxDelegate(*m_icons, m_clock, m_inbox));
    m_inbox->setInboxModel(m_inboxModel.get());

    auto *inboxPane = new QWidget(this);
    auto *inboxLayout = new QVBoxLayout(inboxPane);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->setSpacing(0);
    inboxLayout->addWidget(m_filters);
    inboxLayout->addWidget(m_inbox, 1);

    m_conversation = new ConversationView(*m_threadModel, *m_icons, m_clock, this);

    m_customer = new CustomerPanel(*m_historyModel, *m_empathyModel, *m_icons, m_clock, this);
    m_customer->setContactLimit(m_settings.value(QStringLiteral("customer/contactLimitPer7Days"), 3).toInt());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(inboxPane);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_customer);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_pendingLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_pendingLabel);
    m_approvalsButton = new QPushButton(this);
    m_approvalsButton->setFlat(true);
    m_approvalsButton->hide();
    connect(m_approvalsButton, &QPushButton::clicked, this, &MainWindow::showApprovals);
    statusBar()->addPermanentWidget(m_approvalsButton);
    m_trainingButton = new QPushButton(this);
    m_trainingButton->setFlat(true);
    m_trainingButton->hide();
    connect(m_trainingButton, &QPushButton::clicked, this, &MainWindow::askForTrainingPack);
    statusBar()->addPermanentWidget(m_trainingButton);
    m_supervisorButton = new QPushButton(this);
    m_supervisorButton->setFlat(true);
    m_supervisorButton->hide();
    connect(m_supervisorButton, &QPushButton::clicked, this, &MainWindow::showSupervisor);
    auto *supervisorShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(supervisorShortcut, &QShortcut::activated, this, [this] {
        if (m_lead)
            showSupervisor();
    });
    statusBar()->addPermanentWidget(m_supervisorButton);
    statusBar()->addPermanentWidget(m_countLabel);
    m_shortcutsButton = new QPushButton(this);
    m_shortcutsButton->setFlat(true);
    connect(m_shortcutsButton, &QPushButton::clicked, this, &MainWindow::showShortcuts);
    statusBar()->addPermanentWidget(m_shortcutsButton);
    m_settingsButton = new QPushButton(this);
    m_settingsButton->setFlat(true);
    connect(m_settingsButton, &QPushButton::clicked, this, &MainWindow::showSettings);
    statusBar()->addPermanentWidget(m_settingsButton);

    connect(m_filters, &FilterBar::queryChanged, this, [this](const InboxQuery &query) {
        const ConversationId current = m_inbox->currentConversation();
        m_inboxModel->setQuery(query);
        if (current.isValid())
            m_inbox->selectConversation(current);
        updateCounts();
    });
    connect(m_filters->searchField(), &QLineEdit::returnPressed, this, [this] {
        m_inbox->setFocus(Qt::ShortcutFocusReason);
        if (!m_inbox->currentIndex().isValid() && m_inboxModel->rowCount() > 0)
            m_inbox->setCurrentIndex(m_inboxModel->index(0));
    });
    connect(m_inbox, &InboxView::conversationSelected, this, &MainWindow::showConversation);
    connect(m_inbox, &InboxView::openRequested, this, &MainWindow::openConversation);
    connect(m_conversation->replyBox(), &ReplyBox::sendRequested, this, &MainWindow::sendReply);
    connect(m_conversation, &ConversationView::correctionRequested, this, &MainWindow::correctSentiment);
    connect(m_customer, &CustomerPanel::toneChosen, this, &MainWindow::setCustomerTone);
    for (const Agent &agent : m_reader.agents()) {
        if (agent.id == m_me) // offline start: the role from the last sync
            setRole(agent.role);
    }
    connect(m_customer, &CustomerPanel::compensateRequested, this, &MainWindow::compensate);
    // The message about a granted compensation comes from the library's compensation template.
    connect(m_customer, &CustomerPanel::compensationMessageRequested, this, [this](const QString &what) {
        if (const auto t = m_templates ? m_templates->forPurpose(conversationLanguage(), compensationPurpose)
                                       : std::nullopt)
            insertTemplate(t->id, what);
    });
    EmpathyMapView *map = m_customer->empathyMap();
    connect(map, &EmpathyMapView::noteWritten, this,
            [this](const EmpathyEntry &e) { writeEmpathyNote(e, false); });
    connect(map, &EmpathyMapView::suggestionDismissed, this,
            [this](const EmpathyEntry &e) { writeEmpathyNote(e, true); });
    connect(map, &EmpathyMapView::noteRemoved, this, [this](EmpathyEntryId id) {
        const ConversationId conversation = m_threadModel->conversation();
        actionDone(tr("Note not removed"), m_actions->removeEmpathyNote(conversation, id));
    });
    connect(map, &EmpathyMapView::stageChosen, this, [this](JourneyStage stage) {
        const ConversationId conversation = m_threadModel->conversation();
        actionDone(tr("Stage not saved"), m_actions->setJourneyStage(conversation, stage));
    });
    connect(m_customer, &CustomerPanel::compensationDecisionRequested, this, &MainWindow::decideCompensation);
    connect(m_customer, &CustomerPanel::compensationReversalRequested, this,
            &MainWindow::reverseCompensation);
    connect(m_conversation->replyBox(), &ReplyBox::apologyRequested, this, &MainWindow::draftApology);
    connect(m_conversation->replyBox(), &ReplyBox::templateChosen, this,
            [this](qint64 id) { insertTemplate(id); });
    connect(m_conversation->replyBox(), &ReplyBox::editTemplatesRequested, this, &MainWindow::editTemplates);
    connect(m_conversation->replyBox(), &ReplyBox::resolveRequested, this, &MainWindow::resolveConversation);

    auto *search = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(search, &QShortcut::activated, m_filters, &FilterBar::focusSearch);
    auto *backToInbox = new QShortcut(QKeySequence(Qt::Key_Escape), m_filters->searchField());
    backToInbox->setContext(Qt::WidgetShortcut);
    connect(backToInbox, &QShortcut::activated, this, [this] { m_inbox->setFocus(Qt::ShortcutFocusReason); });
    addKeyboardShortcuts();

    // Countdowns and waiting times move on by themselves.
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, m_inbox->viewport(), qOverload<>(&QWidget::update));
    m_tick.start();

    // Live changes arrive in bursts; the views read the cache at most five times a second.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &MainWindow::refreshFromCache);

    restoreLayout();
    retranslate();
    updateCounts();
    m_unread = m_reader.unreadMessagesFor(m_me);
}

// Everything the agent does has a key (ShortcutsDialog lists them): the panes, and the reply box's and
// customer panel's actions.
void MainWindow::addKeyboardShortcuts()
{
    const auto add = [this](QKeySequence keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_inbox->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { m_conversation->threadBrowser()->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_conversation->replyBox()->focusEditor(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_4), [this] { m_customer->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        [this] { m_conversation->replyBox()->requestApology(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_conversation->replyBox()->showTemplatesMenu(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { m_conversation->correctLatestCustomerMessage(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { compensate(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { resolveConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showSettings(); });
    add(QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Empathy Desk"));
    m_approvalsButton->setToolTip(tr("Compensations over agents' limits, waiting for a team lead"));
    m_trainingButton->setText(tr("Training pack…"));
    m_trainingButton->setToolTip(
        tr("Export conversations for trainers, with customers' personal data replaced"));
    m_supervisorButton->setToolTip(tr("The team's live conversations and alerts (Ctrl+Shift+S)"));
    m_shortcutsButton->setText(tr("Shortcuts"));
    m_shortcutsButton->setToolTip(tr("The keyboard shortcuts (F1)"));
    m_settingsButton->setText(tr("Settings…"));
    m_settingsButton->setToolTip(tr("Language, theme, notifications, server and tone coach (Ctrl+,)"));
    for (QPushButton *b :
         {m_approvalsButton, m_trainingButton, m_supervisorButton, m_shortcutsButton, m_settingsButton})
        b->setAccessibleDescription(b->toolTip());
    m_countLabel->setAccessibleName(tr("Conversations in the inbox"));
    m_pendingLabel->setAccessibleName(tr("Actions waiting to be sent"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCounts();
    }
}

void MainWindow::setPreferences(const Preferences &preferences, bool serverFixed)
{
    m_preferences = preferences;
    m_serverFixed = serverFixed;
    m_conversation->replyBox()->setToneRulesOff(preferences.toneRulesOff);
    if (m_supervisorWindow)
        m_supervisorWindow->setNotifications(preferences.alertMessages, preferences.alertSound);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_preferences, m_serverFixed, this);
    connect(&dialog, &SettingsDialog::applied, this, [this](const Preferences &chosen) {
        setPreferences(chosen, m_serverFixed);
        emit preferencesChosen(chosen);
    });
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void MainWindow::attachSync(SyncEngine &engine)
{
    statusBar()->insertPermanentWidget(0, new SyncStatusLabel(engine, m_reader, this));
    connect(&engine, &SyncEngine::cacheChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(&engine, &SyncEngine::loggedIn, this, [this](const Agent &agent) {
        m_me = agent.id;
        m_actions->setAgent(agent.id);
        m_filters->setMe(agent.id);
        setRole(agent.role);
    });
    connect(this, &MainWindow::operationQueued, &engine, &SyncEngine::flushOutbox);
    connect(&engine, &SyncEngine::operationFailed, this,
            [this](const QString &, const QString &, const QString &message) {
                statusBar()->showMessage(tr("The server refused an action: %1").arg(message), 10000);
            });
}

void MainWindow::refreshFromCache()
{
    const ConversationId current = m_inbox->currentConversation();
    const int scroll = m_inbox->verticalScrollBar()->value();
    m_inboxModel->refresh();
    m_inbox->verticalScrollBar()->setValue(scroll);
    if (current.isValid()) {
        const int row = m_inboxModel->rowOf(current);
        if (row >= 0)
            m_inbox->selectionModel()->setCurrentIndex(m_inboxModel->index(row),
                                                       QItemSelectionModel::ClearAndSelect);
    }
    m_inbox->loadVisibleRows();
    // One of this agent's customers wrote: the taskbar entry asks for attention (when chosen).
    const qint64 unread = m_reader.unreadMessagesFor(m_me);
    if (unread > m_unread && m_preferences.flashOnCustomerMessage && !isActiveWindow())
        QApplication::alert(this);
    m_unread = unread;
    m_threadModel->reload();
    if (m_threadModel->conversation().isValid()) // assignment, status, the customer's tone may have changed
        m_conversation->showHeader(m_reader.header(m_threadModel->conversation()));
    if (m_historyModel->customer().isValid())
        m_customer->reload();
    if (m_supervisorWindow)
        m_supervisorWindow->refresh();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 860);
    const QByteArray splitter = m_settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter) || m_splitter->sizes().value(2) == 0)
        m_splitter->setSizes({460, 600, 380});
    if (auto *inner = m_conversation->findChild<QSplitter *>(QStringLiteral("conversationSplitter"))) {
        const QByteArray state =
            m_settings.value(QStringLiteral("window/conversationSplitter")).toByteArray();
        if (state.isEmpty() || !inner->restoreState(state))
            inner->setSizes({560, 160});
    }
}

void MainWindow::saveLayout()
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_filters->saveState(m_settings);
    m_settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (auto *inner = m_conversation->findChild<QSplitter *>(QStringLiteral("conversationSplitter")))
        m_settings.setValue(QStringLiteral("window/conversationSplitter"), inner->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::selectConversation(ConversationId id)
{
    m_inbox->selectConversation(id);
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::showConversation(ConversationId id)
{
    if (id == m_threadModel->conversation())
        return;
    m_threadModel->setConversation(id);
    const auto header = id.isValid() ? m_reader.header(id) : std::nullopt;
    m_conversation->showHeader(header);
    m_customer->showCustomer(header ? header->row.customer : CustomerId());
    offerTemplates();
    if (header && header->row.unreadCount > 0) {
        try {
            m_writer.markRead({id});
            m_inboxModel->reloadRow(id);
        } catch (const SqliteError &error) {
            statusBar()->showMessage(tr("Could not mark the conversation read: %1").arg(error.message()));
        }
    }
}

void MainWindow::openConversation(ConversationId id)
{
    showConversation(id);
    if (id.isValid())
        m_conversation->replyBox()->focusEditor();
}

void MainWindow::sendReply(const QString &text)
{
    const ConversationId id = m_threadModel->conversation();
    if (!id.isValid())
        return;
    const auto header = m_reader.header(id);
    // Contact fatigue: warn before one more message the customer did not ask for.
    if (m_customer->overContactLimit() &&
        m_historyModel->customer() == (header ? header->row.customer : CustomerId()) &&
        !customerAwaitsReply(m_historyModel->items(), id)) {
        const auto answer = QMessageBox::question(
            this, tr("Contact the customer again?"),
            tr("%1 has not written since our last message, and we already reached out unasked %2 times in "
               "the last 7 days (the limit is %3). Send this anyway?")
                .arg(header ? header->row.customerName : QString())
                .arg(m_customer->contacts().last7Days)
                .arg(m_customer->contactLimit()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return; // the text stays in the reply box
    }
    const DeskActions::Result sent = m_actions->reply(id, text, m_conversation->replyBox()->purpose());
    if (sent.failed()) {
        // The text stays in the reply box: nothing the agent wrote is lost.
        QMessageBox::warning(this, tr("Reply not saved"),
                             tr("The reply could not be saved in the local cache: %1").arg(sent.error));
        return;
    }
    m_conversation->replyBox()->clear();
    m_threadModel->reload();
    m_customer->reload();
    m_inboxModel->refresh();
    m_inbox->selectConversation(id);
    statusBar()->showMessage(tr("Reply saved. It stays marked pending until the server has it."), 8000);
    updateCounts();
}

void MainWindow::setEmotion(const emotion::EmotionEngine *engine, const emotion::ToneCoach *coach)
{
    m_conversation->setEmotion(engine, coach);
}

void MainWindow::setApologyDrafter(const emotion::ApologyDrafter *drafter)
{
    m_apologies = drafter;
    m_conversation->replyBox()->setApologyAvailable(drafter != nullptr);
}

// The apology names the customer and the problem from their own messages, in their language and tone;
// the order is the one they keep coming back about, else their latest.
void MainWindow::draftApology()
{
    const ConversationId id = m_threadModel->conversation();
    const auto header = id.isValid() ? m_reader.header(id) : std::nullopt;
    if (!m_apologies || !header)
        return;
    emotion::ApologyContext context;
    context.language =
        header->preferredLanguage != Language::Unknown ? header->preferredLanguage : header->row.language;
    context.tone = header->preferredTone;
    context.customerFirstName =
        header->customerFirstName.isEmpty() ? header->row.customerName : header->customerFirstName;
    for (const Agent &agent : m_reader.agents()) {
        if (agent.id == m_me)
            context.agentFirstName = agent.displayName.section(u' ', 0, 0);
    }
    for (int row = m_threadModel->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_threadModel->index(row, 0);
        if (Direction(index.data(ThreadModel::DirectionRole).toInt()) == Direction::Inbound)
            context.customerMessages.append(index.data(ThreadModel::BodyRole).toString());
    }
    if (m_historyModel->customer() == header->row.customer) {
        const QList<HistoryItem> &items = m_historyModel->items();
        const auto repeat = repeatContact(items, m_clock().toMSecsSinceEpoch());
        for (const HistoryItem &item : items) { // newest first
            if (item.kind != HistoryKind::Order || (repeat && item.orderNumber != repeat->orderNumber))
                continue;
            context.orderNumber = item.orderNumber;
            context.orderSummary = item.text;
            break;
        }
    }
    // The library's apology (as the team edited it) for the customer's tone; the shipped one otherwise.
    const QString purpose = context.tone == PreferredTone::Warm ? apologyWarmPurpose : apologyFormalPurpose;
    const auto own = m_templates ? m_templates->forPurpose(context.language, purpose) : std::nullopt;
    m_conversation->replyBox()->insertApology(m_apologies->draft(context, own ? own->body : QString()).text);
    statusBar()->showMessage(tr("Apology drafted in the customer's language: edit it before sending."), 8000);
}

void MainWindow::setCodeHighlighter(AsyncCodeHighlighter *highlighter)
{
    m_conversation->setCodeHighlighter(highlighter);
    m_code = highlighter;
}

void MainWindow::correctSentiment(qint64 messageId, SentimentLabel label)
{
    const DeskActions::Result corrected = m_actions->correctSentiment(MessageId(messageId), label);
    if (corrected.failed()) {
        QMessageBox::warning(
            this, tr("Correction not saved"),
            tr("The correction could not be saved in the local cache: %1").arg(corrected.error));
        return;
    }
    if (!corrected.queued)
        return;
    m_threadModel->reload();
    m_inboxModel->reloadRow(m_threadModel->conversation());
    statusBar()->showMessage(tr("Mood corrected. Thank you: corrections help the engine improve."), 8000);
    updateCounts();
}

void MainWindow::setCustomerTone(PreferredTone tone)
{
    const ConversationId id = m_threadModel->conversation();
    if (!id.isValid())
        return;
    const DeskActions::Result noted = m_actions->setCustomerTone(id, tone);
    if (noted.failed()) {
        QMessageBox::warning(
            this, tr("Tone not saved"),
            tr("The customer's tone could not be saved in the local cache: %1").arg(noted.error));
        m_customer->reload();
        return;
    }
    if (!noted.queued)
        return;
    m_customer->reload();
    m_conversation->showHeader(m_reader.header(id)); // the tone coach checks the reply against it now
    updateCounts();
}

bool MainWindow::actionDone(const QString &what, const DeskActions::Result &result)
{
    if (result.failed()) {
        QMessageBox::warning(this, what,
                             tr("It could not be saved in the local cache: %1").arg(result.error));
        return false;
    }
    m_customer->reload();
    updateCounts();
    return result.queued;
}

// Asks what to give and why, and stores the request with its outbox operation; the server decides, and
// the history shows it as waiting until then.
void MainWindow::compensate()
{
    const ConversationId id = m_threadModel->conversation();
    const CustomerId customer = m_historyModel->customer();
    if (!id.isValid() || !customer.isValid())
        return;
    QList<Order> orders;
    for (const HistoryItem &item : m_historyModel->items()) {
        if (item.kind == HistoryKind::Order)
            orders.append(Order{OrderId(item.id), customer, item.orderNumber,
                                Money{item.amountMinor, item.currency}, item.text,
                                QDateTime::fromMSecsSinceEpoch(item.at, Qt::UTC)});
    }
    const QString currency = orders.isEmpty() ? QStringLiteral("EUR") : orders.front().total.currency;
    CompensationDialog dialog(id, customer, orders, currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Compensation request = dialog.request();
    actionDone(tr("Compensation not saved"), m_actions->compensate(request));
}

void MainWindow::writeEmpathyNote(const EmpathyEntry &entry, bool dismissed)
{
    const ConversationId conversation = m_threadModel->conversation();
    if (!conversation.isValid())
        return;
    actionDone(tr("Note not saved"), m_actions->writeEmpathyNote(conversation, entry, dismissed));
}

void MainWindow::decideCompensation(CompensationId id, bool approve)
{
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, approve ? tr("Approve the compensation") : tr("Deny the compensation"),
        approve ? tr("Note for the agent (optional):") : tr("Why not (the agent sees it):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    actionDone(tr("Decision not saved"), m_actions->decideCompensation(id, approve, note.trimmed()));
}

void MainWindow::reverseCompensation(CompensationId id)
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Reverse the compensation"),
                                               tr("Why it is taken back (kept for the audit):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || note.trimmed().isEmpty())
        return;
    actionDone(tr("Reversal not saved"), m_actions->reverseCompensation(id, note.trimmed()));
}

void MainWindow::setTemplateStore(TemplateStore *store)
{
    m_templates = store;
    offerTemplates();
}

Language MainWindow::conversationLanguage() const
{
    const auto row = m_reader.inboxRow(m_threadModel->conversation());
    return row && row->language != Language::Unknown ? row->language : Language::English;
}

void MainWindow::offerTemplates()
{
    QList<QPair<qint64, QString>> offered;
    if (m_templates && m_threadModel->conversation().isValid()) {
        for (const ReplyTemplate &t : m_templates->templates(conversationLanguage()))
            offered.append({t.id, t.name});
    }
    m_conversation->replyBox()->setTemplates(offered);
    m_conversation->replyBox()->templatesButton()->setEnabled(m_templates != nullptr);
}

// Fills the template in for the open conversation's customer, their latest order and this agent.
void MainWindow::insertTemplate(qint64 id, const QString &compensation)
{
    const auto t = m_templates ? m_templates->find(id) : std::nullopt;
    if (!t)
        return;
    QHash<QString, QString> values;
    const Customer &customer = m_historyModel->record().customer;
    values.insert(QStringLiteral("customer.first_name"), customer.firstName);
    values.insert(QStringLiteral("customer.first_name_vocative"),
                  emotion::ApologyDrafter::vocative(customer.firstName, t->language));
    values.insert(QStringLiteral("customer.female"),
                  emotion::ApologyDrafter::looksFemale(customer.firstName, t->language)
                      ? QStringLiteral("yes")
                      : QString());
    values.insert(QStringLiteral("customer.name"), customer.displayName);
    for (const HistoryItem &item : m_historyModel->items()) {
        if (item.kind == HistoryKind::Order) { // newest first
            values.insert(QStringLiteral("order.id"), item.orderNumber);
            values.insert(QStringLiteral("order.summary"), item.text);
            break;
        }
    }
    for (const Agent &agent : m_reader.agents()) {
        if (agent.id == m_me) {
            values.insert(QStringLiteral("agent.name"), agent.displayName);
            values.insert(QStringLiteral("agent.first_name"), agent.displayName.section(u' ', 0, 0));
        }
    }
    values.insert(QStringLiteral("company.name"),
                  m_settings.value(QStringLiteral("company/name")).toString());
    values.insert(QStringLiteral("compensation"), compensation);
    MessageTemplate parsed;
    QList<TemplateError> errors;
    if (!parsed.parse(t->body, &errors)) { // edited outside the editor: say so rather than send it broken
        statusBar()->showMessage(tr("The template “%1” has errors: %2").arg(t->name, errors.front().message),
                                 10000);
        return;
    }
    m_conversation->replyBox()->insertText(parsed.render(values));
}

void MainWindow::resolveConversation()
{
    const ConversationId id = m_threadModel->conversation();
    if (!id.isValid())
        return;
    if (!actionDone(tr("Not resolved"), m_actions->resolve(id)))
        return;
    m_inboxModel->reloadRow(id);
    m_conversation->showHeader(m_reader.header(id));
    statusBar()->showMessage(tr("Resolved. The customer is asked how satisfied they are."), 5000);
}

void MainWindow::editTemplates()
{
    if (!m_templates)
        return;
    TemplateEditorDialog dialog(*m_templates, m_code, conversationLanguage(), m_clock(), this);
    dialog.exec();
    offerTemplates();
}

// Team leads and admins decide on compensations: the timeline's menu and the approvals queue.
void MainWindow::setLead(bool lead)
{
    m_lead = lead;
    m_customer->setDecidesCompensation(lead);
    // Made at once (hidden) for a lead, so alerts notify even before the view was opened.
    if (lead && m_supervisorReader && !m_supervisorWindow) {
        m_supervisorWindow = new SupervisorWindow(*m_supervisorReader, m_reader, *m_actions, *m_icons,
                                                  m_clock, m_settings, this);
        connect(m_supervisorWindow, &SupervisorWindow::conversationRequested, this,
                [this](ConversationId id) {
                    selectConversation(id);
                    raise();
                    activateWindow();
                });
        m_supervisorWindow->setNotifications(m_preferences.alertMessages, m_preferences.alertSound);
    }
    m_supervisorButton->setVisible(lead && m_supervisorWindow);
    updateCounts();
}

void MainWindow::setSupervisorReader(SupervisorReader *reader)
{
    m_supervisorReader = reader;
    setLead(m_lead);
}

void MainWindow::showSupervisor()
{
    if (!m_supervisorWindow)
        return;
    m_supervisorWindow->show(); // reads the wall again as it is shown
    m_supervisorWindow->raise();
    m_supervisorWindow->activateWindow();
}

void MainWindow::setRole(AgentRole role)
{
    setLead(supervises(role));
    m_trainingButton->setVisible(role == AgentRole::Lead || role == AgentRole::Admin ||
                                 role == AgentRole::Trainer);
}

void MainWindow::askForTrainingPack()
{
    constexpr int most = 500;
    const int listed = std::min(m_inboxModel->rowCount(), most);
    const ConversationId open = m_inbox->currentConversation();
    QMessageBox ask(
        QMessageBox::Question, tr("Export a training pack"),
        tr("Which conversations go into the pack? Names, e-mail addresses, phone numbers, order and "
           "card numbers and addresses are replaced; the pack lists what was replaced."),
        QMessageBox::Cancel, this);
    QPushButton *one =
        open.isValid() ? ask.addButton(tr("The open conversation"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *all = listed > 0
                           ? ask.addButton(tr("The %n conversation(s) the inbox shows", nullptr, listed),
                                           QMessageBox::AcceptRole)
                           : nullptr;
    ask.exec();
    QList<ConversationId> chosen;
    if (one && ask.clickedButton() == one) {
        chosen.append(open);
    } else if (all && ask.clickedButton() == all) {
        for (int row = 0; row < listed; ++row)
            chosen.append(m_inboxModel->conversationAt(row));
    } else {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the training pack"),
        QStringLiteral("training-%1.empathypack").arg(m_clock().toString(QStringLiteral("yyyy-MM-dd"))),
        tr("Training packs (*.empathypack)"));
    if (path.isEmpty())
        return;
    exportTrainingPack(chosen, path);
}

// Off the GUI thread, with a progress dialog that can cancel it; trainingPackFinished() says how it ended.
bool MainWindow::exportTrainingPack(const QList<ConversationId> &conversations, const QString &path)
{
    if (m_packExport->isRunning())
        return false;
    auto *progress = new QProgressDialog(tr("Replacing names and personal data…"), tr("Cancel"), 0,
                                         int(conversations.size()) * 2, this);
    progress->setWindowTitle(tr("Export a training pack"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_packExport.get(), &TrainingPackExport::progressed, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, m_packExport.get(), &TrainingPackExport::cancel);
    connect(m_packExport.get(), &TrainingPackExport::finished, progress, &QWidget::close);
    return m_packExport->start(
        {m_reader.databasePath(), conversations, path, tr("Exported from Empathy Desk"), m_clock()});
}

void MainWindow::packExported(const TrainingPackExport::Outcome &outcome)
{
    switch (outcome.status) {
    case TrainingPackExport::Outcome::Status::Written:
        statusBar()->showMessage(
            tr("Training pack written to %1: %n conversation(s), %2 personal values replaced", nullptr,
               outcome.conversations)
                .arg(outcome.path)
                .arg(outcome.replaced),
            10000);
        emit trainingPackFinished(QString());
        return;
    case TrainingPackExport::Outcome::Status::Cancelled:
        statusBar()->showMessage(tr("Training pack export cancelled; nothing was written."), 10000);
        emit trainingPackFinished(tr("Cancelled"));
        return;
    case TrainingPackExport::Outcome::Status::Failed: {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The training pack was not written"),
                                    outcome.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit trainingPackFinished(outcome.error);
        return;
    }
    }
}

void MainWindow::showApprovals()
{
    if (!m_approvalsDialog) {
        m_approvalsDialog = new QDialog(this);
        m_approvalsDialog->setWindowTitle(tr("Compensations waiting for a team lead"));
        auto *view = new ApprovalQueueView(*m_approvals, m_approvalsDialog);
        auto *layout = new QVBoxLayout(m_approvalsDialog);
        layout->addWidget(view);
        m_approvalsDialog->resize(900, 360);
        connect(view, &ApprovalQueueView::decisionRequested, this, &MainWindow::decideCompensation);
        connect(view, &ApprovalQueueView::conversationRequested, this, &MainWindow::selectConversation);
    }
    m_approvals->reload();
    m_approvalsDialog->show();
    m_approvalsDialog->raise();
}

void MainWindow::updateCounts()
{
    if (m_lead) {
        m_approvals->reload();
        m_approvalsButton->setText(
            tr("Waiting for a lead: %1").arg(QLocale().toString(m_approvals->rowCount())));
    }
    m_approvalsButton->setVisible(m_lead);
    if (m_supervisorWindow) {
        const int open = m_supervisorWindow->alerts()->openCount();
        m_supervisorButton->setText(open > 0 ? tr("Supervisor view: %n open alert(s)", nullptr, open)
                                             : tr("Supervisor view"));
    }
    m_countLabel->setText(tr("Conversations: %1").arg(QLocale().toString(m_inboxModel->rowCount())));
    const qint64 pending = m_reader.pendingOperationCount();
    m_pendingLabel->setText(pending > 0 ? tr("Waiting to be sent: %1").arg(QLocale().toString(pending))
                                        : QString());
}

} // namespace empathy
