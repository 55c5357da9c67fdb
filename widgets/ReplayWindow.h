#pragma once

#include "domain/Clock.h"
#include "training/TrainingPack.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolBar;

namespace empathy {

class CacheReader;
class CacheWriter;
class ChannelIcons;
class ConversationView;
class EmpathyMapModel;
class HistoryModel;
class HistoryReader;
class ReplayCache;
class ReplaySession;
class ReplayTimeline;
class ThreadModel;

namespace emotion {
class EmotionEngine;
class ToneCoach;
} // namespace emotion

// What the replay window works with: a scratch cache it fills as the replay plays (so the desk's own
// thread, history and empathy map show it), the engine and the coach, and the pack's file to save
// annotations into.
struct ReplayDependencies
{
    CacheReader &reader;
    CacheWriter &writer;
    HistoryReader &history;
    const emotion::EmotionEngine &engine;
    const emotion::ToneCoach &coach;
    const ChannelIcons &icons;
    Clock clock;
    QString trainerName;
};

// The trainer's replay of a training pack, with no server: the pack's conversations on the side; the
// chosen one playing in the conversation view with its badges; under it the timeline with the mood
// curve (scrub, turning points) and the controls (play, step, speed 1x-16x, practice); beside it the
// empathy map filling in as the conversation goes, the annotations pinned to messages (saved in the
// pack), and in practice mode the trainee's reply compared with the agent's, both scored by the coach.
class ReplayWindow : public QMainWindow
{
    Q_OBJECT

public:
    ReplayWindow(TrainingPack pack, QString packPath, ReplayDependencies dependencies,
                 QWidget *parent = nullptr);
    ~ReplayWindow() override;

    const TrainingPack &pack() const { return m_pack; }
    ReplaySession *session() const { return m_session.get(); }
    ConversationView *conversationView() const { return m_view; }
    ReplayTimeline *timeline() const { return m_timeline; }
    QListWidget *conversationList() const { return m_conversations; }
    QListWidget *annotationList() const { return m_annotations; }
    QTextBrowser *practiceResult() const { return m_practice; }
    QTabWidget *sideTabs() const { return m_tabs; }

    void openConversation(int index);
    // Pins a comment to the last message shown and saves the pack; false (and a message) when the save
    // failed: the comment stays in the window and is saved with the next one.
    bool annotate(const QString &text);
    // The trainee's answer to the customer message the practice stopped at: scored, compared with the
    // agent's real reply, which then plays.
    void submitPractice(const QString &reply);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildControls();
    void showPlayed();
    void updateControls();
    void showAnnotations();
    void askForPractice(int customerMessage);
    QString scoredReply(const QString &title, const QString &reply) const;

    TrainingPack m_pack;
    QString m_packPath;
    ReplayDependencies m_deps;
    int m_current = -1;
    std::unique_ptr<ReplaySession> m_session;
    std::unique_ptr<ReplayCache> m_cache;
    ThreadModel *m_thread;
    HistoryModel *m_historyModel;
    EmpathyMapModel *m_mapModel;
    QListWidget *m_conversations;
    ConversationView *m_view;
    ReplayTimeline *m_timeline = nullptr;
    QWidget *m_timelineHolder;
    QTabWidget *m_tabs;
    QListWidget *m_annotations;
    QPushButton *m_annotate;
    QTextBrowser *m_practice;
    QLabel *m_position;
    QAction *m_play;
    QAction *m_step;
    QAction *m_stepBack;
    QAction *m_previousTurn;
    QAction *m_nextTurn;
    QAction *m_practiceMode;
    QComboBox *m_speed;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_packSummary = nullptr;
    QToolBar *m_controls = nullptr;
};

} // namespace empathy
