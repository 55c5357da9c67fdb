#include "ReplayWindow.h"

#include "cache/CacheReader.h"
#include "ConversationView.h"
#include "DomainScoring.h"
#include "EmotionEngine.h"
#include "EmpathyMapView.h"
#include "models/EmpathyMapModel.h"
#include "models/HistoryModel.h"
#include "models/ThreadModel.h"
#include "replay/ReplayCache.h"
#include "replay/ReplaySession.h"
#include "ReplayTimeline.h"
#include "ReplyBox.h"
#include "ToneCoach.h"
#include "training/TrainingPackFile.h"

#include <QComboBox>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace empathy {

namespace {

QString replacedSummary(const QMap<QString, int> &replaced)
{
    if (replaced.isEmpty())
        return ReplayWindow::tr("no personal data was found to replace");
    QStringList parts;
    for (auto it = replaced.begin(); it != replaced.end(); ++it) {
        const QString &kind = it.key();
        const int n = it.value();
        if (kind == u"name")
            parts << ReplayWindow::tr("%n name(s)", nullptr, n);
        else if (kind == u"email")
            parts << ReplayWindow::tr("%n e-mail address(es)", nullptr, n);
        else if (kind == u"phone")
            parts << ReplayWindow::tr("%n phone number(s)", nullptr, n);
        else if (kind == u"card")
            parts << ReplayWindow::tr("%n card number(s)", nullptr, n);
        else if (kind == u"order")
            parts << ReplayWindow::tr("%n order number(s)", nullptr, n);
        else if (kind == u"address")
            parts << ReplayWindow::tr("%n address(es)", nullptr, n);
        else if (kind == u"link")
            parts << ReplayWindow::tr("%n link(s)", nullptr, n);
        else if (kind == u"number")
            parts << ReplayWindow::tr("%n other number(s)", nullptr, n);
        else
            parts << ReplayWindow::tr("%n other value(s)", nullptr, n);
    }
    return ReplayWindow::tr("replaced: %1").arg(parts.join(QStringLiteral(", ")));
}

QString conversationTitle(const PackConversation &c)
{
    QString first;
    for (const PackMessage &m : c.messages) {
        if (m.role == PackRole::Customer) {
            first = m.text.simplified();
            break;
        }
    }
    if (first.size() > 70)
        first = first.left(69) + u'…';
    const QString topic = c.topic.isEmpty() ? c.source : c.topic;
    // Each line reads in the direction of its own script, whatever the layout's.
    auto directed = [](const QString &line) {
        const QChar mark = line.isRightToLeft() ? QChar(0x200F) : QChar(0x200E);
        return mark + line + mark;
    };
    return ReplayWindow::tr("%1 · %n message(s)", nullptr, int(c.messages.size())).arg(directed(topic)) +
           u'\n' + directed(first);
}

} // namespace

ReplayWindow::ReplayWindow(TrainingPack pack, QString packPath, ReplayDependencies dependencies,
                           QWidget *parent)
    : QMainWindow(parent)
    , m_pack(std::move(pack))
    , m_packPath(std::move(packPath))
    , m_deps(std::move(dependencies))
    , m_cache(std::make_unique<ReplayCache>(m_deps.writer))
    , m_thread(new ThreadModel(m_deps.reader, this))
    , m_historyModel(new HistoryModel(m_deps.history, this))
    , m_mapModel(new EmpathyMapModel(m_deps.history, *m_historyModel, m_deps.clock, this))
    , m_conversations(new QListWidget(this))
    , m_view(new ConversationView(*m_thread, m_deps.icons, m_deps.clock, this))
    , m_timelineHolder(new QWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_annotations(new QListWidget(this))
    , m_annotate(new QPushButton(this))
    , m_practice(new QTextBrowser(this))
    , m_position(new QLabel(this))
    , m_speed(new QComboBox(this))
{
    m_view->setEmotion(&m_deps.engine, &m_deps.coach);
    ReplyBox *reply = m_view->replyBox();
    reply->templatesButton()->hide();
    reply->resolveButton()->hide();
    reply->setApologyAvailable(false);
    reply->setEnabled(false);
    connect(reply, &ReplyBox::sendRequested, this, &ReplayWindow::submitPractice);

    m_conversations->setWordWrap(true);
    for (const PackConversation &c : m_pack.conversations)
        m_conversations->addItem(conversationTitle(c));
    connect(m_conversations, &QListWidget::currentRowChanged, this, &ReplayWindow::openConversation);

    auto *empathy = new EmpathyMapView(*m_mapModel, this);
    empathy->setReadOnly(true); // the map of a replay fills in as it plays; it is not kept
    auto *notesPage = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->addWidget(m_annotations);
    notesLayout->addWidget(m_annotate);
    m_annotations->setWordWrap(true);
    connect(m_annotate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Pin a comment"), tr("Comment on message %1:").arg(m_session->shown()), QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            annotate(text.trimmed());
    });
    connect(m_annotations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (m_session)
            m_session->seekToMessage(item->data(Qt::UserRole).toInt());
    });
    m_tabs->addTab(empathy, QString());
    m_tabs->addTab(notesPage, QString());
    m_tabs->addTab(m_practice, QString());

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_view, 1);
    auto *holderLayout = new QVBoxLayout(m_timelineHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_timelineHolder);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_conversations);
    splitter->addWidget(centre);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({280, 700, 520});
    setCentralWidget(splitter);

    buildControls();
    m_packSummary = new QLabel(this);
    statusBar()->addWidget(m_packSummary);
    statusBar()->addPermanentWidget(m_position);
    retranslate();
    if (!m_pack.conversations.isEmpty())
        m_conversations->setCurrentRow(0);
    updateControls();
}

void ReplayWindow::retranslate()
{
    setWindowTitle(tr("Replay: %1").arg(m_pack.title.isEmpty() ? tr("training pack") : m_pack.title));
    m_view->replyBox()->setSendText(tr("Compare"));
    m_conversations->setAccessibleName(tr("Conversations of the pack"));
    for (int i = 0; i < m_conversations->count() && i < m_pack.conversations.size(); ++i)
        m_conversations->item(i)->setText(conversationTitle(m_pack.conversations.at(i)));
    m_annotations->setAccessibleName(tr("Annotations"));
    m_annotate->setText(tr("Pin a comment…"));
    m_annotate->setAccessibleDescription(
        tr("Pins a comment to the last message shown; it is saved in the pack"));
    m_practice->setAccessibleName(tr("Practice result"));
    m_practice->setPlaceholderText(
        tr("Turn on Practice: the replay stops where the agent answered the customer, "
           "you write your reply, and it is compared with the agent's."));
    m_tabs->setTabText(0, tr("Empathy map"));
    m_tabs->setTabText(1, tr("Annotations"));
    m_tabs->setTabText(2, tr("Practice"));
    m_packSummary->setText(tr("%n conversation(s)", nullptr, int(m_pack.conversations.size())) +
                           QStringLiteral(" · ") + replacedSummary(m_pack.replaced));
    m_controls->setWindowTitle(tr("Replay"));
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_stepBack->setText(tr("Step back"));
    m_stepBack->setToolTip(tr("Hide the last message (Alt+Left)"));
    m_step->setText(tr("Step"));
    m_step->setToolTip(tr("Show the next message (Alt+Right)"));
    m_previousTurn->setText(tr("Previous turning point"));
    m_previousTurn->setToolTip(tr("Jump back to where the customer's mood turned (Alt+Up)"));
    m_nextTurn->setText(tr("Next turning point"));
    m_nextTurn->setToolTip(tr("Jump to where the customer's mood turns next (Alt+Down)"));
    m_speedLabel->setText(tr("&Speed"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(QLocale().toString(m_speed->itemData(i).toInt())));
    m_speed->setAccessibleName(tr("Replay speed"));
    m_practiceMode->setText(tr("Practice"));
    m_practiceMode->setToolTip(tr("Stop where the agent answered, so you can answer first"));
}

void ReplayWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateControls();
        showAnnotations();
    }
}

ReplayWindow::~ReplayWindow()
{
    m_session.reset(); // before the models it feeds
}

void ReplayWindow::buildControls()
{
    auto *bar = m_controls = addToolBar(QString());
    bar->setObjectName(QStringLiteral("replayControls"));
    bar->setMovable(false);
    m_play = bar->addAction(QString());
    m_play->setShortcut(Qt::Key_Space);
    connect(m_play, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        m_session->isPlaying() ? m_session->pause() : m_session->play();
    });
    m_stepBack = bar->addAction(QString());
    m_stepBack->setShortcut(Qt::ALT | Qt::Key_Left);
    connect(m_stepBack, &QAction::triggered, this, [this] { m_session->stepBack(); });
    m_step = bar->addAction(QString());
    m_step->setShortcut(Qt::ALT | Qt::Key_Right);
    connect(m_step, &QAction::triggered, this, [this] { m_session->step(); });
    bar->addSeparator();
    m_previousTurn = bar->addAction(QString());
    m_previousTurn->setShortcut(Qt::ALT | Qt::Key_Up);
    connect(m_previousTurn, &QAction::triggered, this, [this] { m_session->jumpToPreviousTurningPoint(); });
    m_nextTurn = bar->addAction(QString());
    m_nextTurn->setShortcut(Qt::ALT | Qt::Key_Down);
    connect(m_nextTurn, &QAction::triggered, this, [this] { m_session->jumpToNextTurningPoint(); });
    bar->addSeparator();
    auto *speedLabel = m_speedLabel = new QLabel(this);
    speedLabel->setBuddy(m_speed);
    bar->addWidget(speedLabel);
    for (int speed : {1, 2, 4, 8, 16})
        m_speed->addItem(QString(), speed);
    bar->addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_session)
            m_session->setSpeed(m_speed->currentData().toInt());
    });
    bar->addSeparator();
    m_practiceMode = bar->addAction(QString());
    m_practiceMode->setCheckable(true);
    connect(m_practiceMode, &QAction::toggled, this, [this](bool on) {
        if (m_session)
            m_session->setPractice(on);
        updateControls();
    });
}

void ReplayWindow::openConversation(int index)
{
    if (index < 0 || index >= m_pack.conversations.size() || index == m_current)
        return;
    m_current = index;
    delete m_timeline; // it draws the session: gone first
    m_timeline = nullptr;
    m_session.reset();
    m_cache->clear();
    const emotion::EmotionEngine &engine = m_deps.engine;
    m_session = std::make_unique<ReplaySession>(m_pack.conversations.at(index),
                                                [&engine](Message &m) { emotion::scoreMessage(engine, m); });
    m_session->setSpeed(m_speed->currentData().toInt());
    m_session->setPractice(m_practiceMode->isChecked());
    m_timeline = new ReplayTimeline(*m_session, m_timelineHolder);
    m_timelineHolder->layout()->addWidget(m_timeline);
    connect(m_session.get(), &ReplaySession::shownChanged, this, &ReplayWindow::showPlayed);
    connect(m_session.get(), &ReplaySession::playingChanged, this, &ReplayWindow::updateControls);
    connect(m_session.get(), &ReplaySession::playheadMoved, this, &ReplayWindow::updateControls);
    connect(m_session.get(), &ReplaySession::practiceRequested, this, &ReplayWindow::askForPractice);
    m_practice->clear();
    m_cache->sync(*m_session);
    m_thread->setConversation(ConversationId(1));
    m_historyModel->setCustomer(m_session->customer().id);
    showPlayed();
    showAnnotations();
}

void ReplayWindow::showPlayed()
{
    if (!m_session)
        return;
    m_cache->sync(*m_session);
    m_thread->reload();
    m_view->showHeader(m_deps.reader.header(ConversationId(1)));
    m_historyModel->reload();
    m_mapModel->reload();
    updateControls();
}

void ReplayWindow::updateControls()
{
    const bool has = m_session != nullptr;
    const bool awaiting = has && m_session->awaitingReplyTo() >= 0;
    m_play->setText(has && m_session->isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setEnabled(has && !awaiting);
    m_step->setEnabled(has && (awaiting || m_session->shown() < m_session->messages().size()));
    m_stepBack->setEnabled(has && m_session->shown() > 0);
    m_nextTurn->setEnabled(has && !m_session->turningPoints().isEmpty());
    m_previousTurn->setEnabled(has && !m_session->turningPoints().isEmpty());
    m_annotate->setEnabled(has && m_session->shown() > 0);
    m_view->replyBox()->setEnabled(awaiting);
    if (!has) {
        m_position->clear();
        return;
    }
    const int shown = m_session->shown();
    QString where = tr("Message %1 of %2").arg(shown).arg(m_session->messages().size());
    if (shown > 0) {
        const QDateTime at = m_session->messages().at(shown - 1).sentAt;
        where += QStringLiteral(" · ") + QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    if (awaiting)
        where += QStringLiteral(" · ") + tr("your turn to answer");
    m_position->setText(where);
}

void ReplayWindow::showAnnotations()
{
    m_annotations->clear();
    if (m_current < 0)
        return;
    for (const PackAnnotation &a : m_pack.conversations.at(m_current).annotations) {
        auto *item = new QListWidgetItem(
            tr("Message %1 — %2").arg(a.message + 1).arg(a.author) + u'\n' + a.text, m_annotations);
        item->setData(Qt::UserRole, a.message);
    }
}

bool ReplayWindow::annotate(const QString &text)
{
    if (!m_session || m_session->shown() == 0)
        return false;
    PackAnnotation annotation;
    annotation.message = m_session->shown() - 1;
    annotation.text = text;
    annotation.author = m_deps.trainerName;
    annotation.at = m_deps.clock();
    m_pack.conversations[m_current].annotations.append(annotation);
    showAnnotations();
    QString error;
    if (!TrainingPackFile::save(m_pack, m_packPath, &error)) {
        QMessageBox::warning(this, tr("Comment not saved"),
                             tr("The comment could not be saved in the pack (%1). It stays here and is "
                                "saved with the next one.")
                                 .arg(error));
        return false;
    }
    return true;
}

void ReplayWindow::askForPractice(int customerMessage)
{
    Q_UNUSED(customerMessage);
    updateControls();
    m_tabs->setCurrentWidget(m_practice);
    m_practice->setHtml(QStringLiteral("<p>%1</p>")
                            .arg(tr("Your turn: answer the customer in the reply box, then press Compare to "
                                    "see the agent's reply.")
                                     .toHtmlEscaped()));
    m_view->replyBox()->focusEditor();
}

QString ReplayWindow::scoredReply(const QString &title, const QString &reply) const
{
    constexpr int checks = 5; // the kinds of tone notes (emotion::ToneIssue)
    const emotion::ReplyContext &context = m_view->replyBox()->replyContext();
    const QList<emotion::ToneNote> notes = m_deps.coach.review(reply, context, m_deps.engine);
    QList<emotion::ToneIssue> failed;
    for (const emotion::ToneNote &note : notes) {
        if (!failed.contains(note.issue))
            failed.append(note.issue);
    }
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b></p>")
            .arg(title.toHtmlEscaped(), reply.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")),
                 tr("Tone: passes %1 of %2 checks").arg(checks - failed.size()).arg(checks).toHtmlEscaped());
    if (!notes.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const emotion::ToneNote &note : notes)
            html += QStringLiteral("<li>%1</li>").arg(ReplyBox::noteText(note, context).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

void ReplayWindow::submitPractice(const QString &reply)
{
    if (!m_session || m_session->awaitingReplyTo() < 0)
        return;
    const int agentReply = m_session->awaitingReplyTo() + 1;
    const QString real = m_session->messages().at(agentReply).body;
    m_practice->setHtml(scoredReply(tr("Your reply"), reply) + QStringLiteral("<hr/>") +
                        scoredReply(tr("The agent's reply"), real));
    m_tabs->setCurrentWidget(m_practice);
    m_view->replyBox()->clear();
    m_session->finishPractice();
}

} // namespace empathy
