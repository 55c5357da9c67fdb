#pragma once

#include "actions/DeskActions.h"
#include "domain/AgentRole.h"
#include "domain/Clock.h"
#include "domain/EmpathyMap.h"
#include "domain/Ids.h"
#include "domain/Language.h"
#include "domain/PreferredTone.h"
#include "domain/Sentiment.h"
#include "Preferences.h"
#include "replay/TrainingPackExport.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class QDialog;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;

namespace empathy {
namespace emotion {
class ApologyDrafter;
class EmotionEngine;
class ToneCoach;
} // namespace emotion

class AsyncCodeHighlighter;
class TemplateStore;
class CacheReader;
class CacheWriter;
class ChannelIcons;
class ConversationView;
class CustomerPanel;
class FilterBar;
class ApprovalQueueModel;
class EmpathyMapModel;
class HistoryModel;
class HistoryReader;
class InboxModel;
class InboxView;
class SupervisorReader;
class SupervisorWindow;
class SyncEngine;
class ThreadModel;

// The agent's workstation: filters and search over the unified inbox on the leading side, the open
// conversation in the middle, the customer's history on the trailing side. Everything it shows is read
// from the cache it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CacheReader &reader, HistoryReader &history, CacheWriter &writer, AgentId me, Clock clock,
               QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxView *inboxView() const { return m_inbox; }
    InboxModel *inboxModel() const { return m_inboxModel.get(); }
    FilterBar *filterBar() const { return m_filters; }
    ConversationView *conversationView() const { return m_conversation; }
    ThreadModel *threadModel() const { return m_threadModel.get(); }
    CustomerPanel *customerPanel() const { return m_customer; }

    void selectConversation(ConversationId id);
    // Shows a message from outside the window (a cache moved aside, for instance) in the status bar.
    void showNotice(const QString &text);
    // Shows the connection in the status bar, reads the cache again when sync changes it, and hands
    // the agent's new operations to the engine.
    void attachSync(SyncEngine &engine);
    // Reads the inbox and the open conversation again, keeping the selection and scroll position.
    void refreshFromCache();
    // The emotion engine and tone coach for the badges' explanations and the reply box (owned by the
    // caller; either may be null).
    void setEmotion(const emotion::EmotionEngine *engine, const emotion::ToneCoach *coach);
    // Drafts apologies for the reply box's "Apologise" button (owned by the caller; may be null).
    void setApologyDrafter(const emotion::ApologyDrafter *drafter);
    // Highlights code and logs in messages (owned by the caller; may be null).
    void setCodeHighlighter(AsyncCodeHighlighter *highlighter);
    // The reply template library (Templates in the reply box, and its editor).
    void setTemplateStore(TemplateStore *store);
    // Where the supervisor view reads the wall and the alerts; without it leads get no supervisor view.
    void setSupervisorReader(SupervisorReader *reader);
    // Opens (and raises) the supervisor view; leads and admins only.
    void showSupervisor();
    SupervisorWindow *supervisorWindow() const { return m_supervisorWindow; }
    // The agent is a team lead (or admin): compensation decisions and the approvals queue.
    void setLead(bool lead);
    void showApprovals();
    // The agent's role decides what the window offers: leads decide compensations, and leads and
    // trainers export training packs.
    void setRole(AgentRole role);
    // Writes the conversations to a training pack at `path`, personal data replaced; the error, or an
    // empty string.
    // Starts writing a training pack of these conversations (off the GUI thread, with progress and
    // Cancel); trainingPackFinished() says how it ended. False while another export is running.
    bool exportTrainingPack(const QList<ConversationId> &conversations, const QString &path);
    ApprovalQueueModel *approvals() const { return m_approvals.get(); }
    // What the agent and the lead do, stored with its outbox operation (the supervisor view shares it).
    DeskActions &actions() const { return *m_actions; }
    // The agent's settings: the tone coach's rules, notifications; the settings dialog starts from them.
    // `serverFixed`: the server comes from the command line or the demo, not from the settings.
    void setPreferences(const Preferences &preferences, bool serverFixed);
    const Preferences &preferences() const { return m_preferences; }
    void showSettings();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addKeyboardShortcuts();
    void restoreLayout();
    void saveLayout();
    void showConversation(ConversationId id);
    void openConversation(ConversationId id);
    void sendReply(const QString &text);
    void correctSentiment(qint64 messageId, SentimentLabel label);
    void setCustomerTone(PreferredTone tone);
    void compensate();
    void writeEmpathyNote(const EmpathyEntry &entry, bool dismissed);
    void offerTemplates();
    void insertTemplate(qint64 id, const QString &compensation = QString());
    void editTemplates();
    void resolveConversation();
    Language conversationLanguage() const;
    void decideCompensation(CompensationId id, bool approve);
    void reverseCompensation(CompensationId id);
    // What an action left to do in the window: on a failure, says so under the title `what` and returns
    // false; otherwise reloads the customer panel and the counts and returns whether an operation was queued.
    bool actionDone(const QString &what, const DeskActions::Result &result);
    void draftApology();
    void askForTrainingPack();
    void packExported(const TrainingPackExport::Outcome &outcome);
    void updateCounts();

signals:
    void operationQueued();
    // A training pack export ended: empty when the pack was written, else why not.
    void trainingPackFinished(const QString &error);
    // The agent chose (or applied) settings; the language, theme and server are the session's to apply.
    void preferencesChosen(const empathy::Preferences &preferences);

private:
    CacheReader &m_reader;
    HistoryReader &m_history;
    CacheWriter &m_writer;
    AgentId m_me;
    Clock m_clock;
    std::unique_ptr<DeskActions> m_actions; // what the agent does goes through it
    std::unique_ptr<TrainingPackExport> m_packExport;
    QSettings &m_settings;
    std::unique_ptr<ChannelIcons> m_icons;
    std::unique_ptr<InboxModel> m_inboxModel;
    std::unique_ptr<ThreadModel> m_threadModel;
    std::unique_ptr<HistoryModel> m_historyModel;
    std::unique_ptr<EmpathyMapModel> m_empathyModel;
    std::unique_ptr<ApprovalQueueModel> m_approvals;
    QPushButton *m_approvalsButton = nullptr;
    QPushButton *m_trainingButton = nullptr;
    QPushButton *m_supervisorButton = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QPushButton *m_shortcutsButton = nullptr;
    Preferences m_preferences;
    bool m_serverFixed = false;
    qint64 m_unread = 0;
    SupervisorReader *m_supervisorReader = nullptr;
    SupervisorWindow *m_supervisorWindow = nullptr;
    QDialog *m_approvalsDialog = nullptr;
    bool m_lead = false;
    QSplitter *m_splitter = nullptr;
    FilterBar *m_filters = nullptr;
    InboxView *m_inbox = nullptr;
    ConversationView *m_conversation = nullptr;
    CustomerPanel *m_customer = nullptr;
    const emotion::ApologyDrafter *m_apologies = nullptr;
    TemplateStore *m_templates = nullptr;
    AsyncCodeHighlighter *m_code = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QTimer m_tick;
    QTimer m_refresh;
};

} // namespace empathy
