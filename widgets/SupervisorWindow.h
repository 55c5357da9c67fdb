#pragma once

#include "actions/DeskActions.h"
#include "domain/Clock.h"
#include "domain/Ids.h"
#include "models/WallFilter.h"

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSystemTrayIcon;
class QTabWidget;

namespace empathy {

class AlertModel;
class CacheReader;
class ChannelIcons;
class SupervisorReader;
class TeamFiguresView;
class WallModel;
class WallView;
struct AlertRow;

// The team lead's supervisor view: the live wall of every open conversation (sortable, filterable, saved
// views), the alerts the server raised with why they fired and what to do about them (acknowledge, take
// over, give to another agent, a private note to the agent), and the team's figures. A desktop
// notification announces a new alert while the window is not in front.
class SupervisorWindow : public QMainWindow
{
    Q_OBJECT

public:
    SupervisorWindow(SupervisorReader &supervisor, CacheReader &reader, DeskActions &actions,
                     const ChannelIcons &icons, Clock clock, QSettings &settings, QWidget *parent = nullptr);
    ~SupervisorWindow() override;

    void refresh();
    WallView *wall() const { return m_wall; }
    WallFilter *wallFilter() const { return m_filter.get(); }
    AlertModel *alerts() const { return m_alerts.get(); }
    QListView *alertList() const { return m_alertList; }
    QTabWidget *tabs() const { return m_tabs; }
    TeamFiguresView *figures() const { return m_figures; }
    // Selects the alert in the list (and shows why it fired).
    void selectAlert(AlertId id);
    void saveView(const QString &name);
    void applyView(const QString &name);
    QStringList savedViews() const;
    // How many notifications were shown (a tray message, or the window's alert when there is no tray).
    int notificationCount() const { return m_notifications; }
    // What a new alert does while the window is not in front: a desktop message (else only the taskbar
    // entry is marked), and a sound.
    void setNotifications(bool desktopMessages, bool sound);

signals:
    void conversationRequested(ConversationId id);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildFilters();
    QWidget *buildAlertsPanel();
    void criteriaChanged();
    void showCriteria(const WallCriteria &criteria);
    void updateAlertDetails();
    void updateCounts();
    void acknowledge();
    void takeOver();
    void reassign();
    void writePrivateNote();
    bool actionDone(const QString &what, const DeskActions::Result &result);
    void notify(const AlertRow &alert);
    QModelIndex currentAlert() const;
    void fillAgents();

    SupervisorReader &m_supervisor;
    CacheReader &m_reader;
    DeskActions &m_actions;
    const ChannelIcons &m_icons;
    Clock m_clock;
    QSettings &m_settings;
    std::unique_ptr<WallModel> m_wallModel;
    std::unique_ptr<WallFilter> m_filter;
    std::unique_ptr<AlertModel> m_alerts;
    QTabWidget *m_tabs = nullptr;
    TeamFiguresView *m_figures = nullptr;
    WallView *m_wall = nullptr;
    QComboBox *m_views = nullptr;
    QLabel *m_viewLabel = nullptr;
    QPushButton *m_saveView = nullptr;
    QPushButton *m_deleteView = nullptr;
    bool m_alertMessages = true;
    bool m_alertSound = false;
    QComboBox *m_agent = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_unhappy = nullptr;
    QCheckBox *m_withAlerts = nullptr;
    QCheckBox *m_atRisk = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_alertList = nullptr;
    QLabel *m_alertTitle = nullptr;
    QLabel *m_why = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_takeOver = nullptr;
    QPushButton *m_reassign = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_open = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_showingCriteria = false;
    int m_notifications = 0;
};

} // namespace empathy
