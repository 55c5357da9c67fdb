#include "FilterBar.h"

#include "ChannelIcons.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>

namespace empathy {

namespace {

QComboBox *makeCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

FilterBar::FilterBar(AgentId me, QWidget *parent)
    : QWidget(parent)
    , m_me(me)
    , m_search(new QLineEdit(this))
    , m_scope(makeCombo(this, tr("Whose conversations")))
    , m_status(makeCombo(this, tr("Status")))
    , m_channel(makeCombo(this, tr("Channel")))
    , m_language(makeCombo(this, tr("Language")))
    , m_sort(makeCombo(this, tr("Sort order")))
{
    m_search->setPlaceholderText(tr("Search messages and customers (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);

    m_scope->addItem(tr("All"), int(InboxScope::All));
    m_scope->addItem(tr("Mine"), int(InboxScope::Mine));
    m_scope->addItem(tr("Unassigned"), int(InboxScope::Unassigned));

    m_status->addItem(tr("Open and pending"), int(StatusFilter::Active));
    m_status->addItem(tr("Open"), int(StatusFilter::Open));
    m_status->addItem(tr("Pending"), int(StatusFilter::Pending));
    m_status->addItem(tr("Resolved"), int(StatusFilter::Resolved));
    m_status->addItem(tr("Any status"), int(StatusFilter::Any));

    m_channel->addItem(tr("All channels"), 0);
    for (Channel channel : allChannels)
        m_channel->addItem(ChannelIcons::name(channel), int(channel));

    m_language->addItem(tr("All languages"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Polish"), QStringLiteral("pl"));
    m_language->addItem(tr("Romanian"), QStringLiteral("ro"));
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->addItem(tr("Persian"), QStringLiteral("fa"));

    m_sort->addItem(tr("Newest first"), int(InboxSort::Newest));
    m_sort->addItem(tr("Longest waiting"), int(InboxSort::LongestWaiting));
    m_sort->addItem(tr("Due soonest"), int(InboxSort::DueSoonest));
    m_sort->addItem(tr("Needs attention"), int(InboxSort::NeedsAttention));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search, 0, 0, 1, 5);
    layout->addWidget(m_scope, 1, 0);
    layout->addWidget(m_status, 1, 1);
    layout->addWidget(m_channel, 1, 2);
    layout->addWidget(m_language, 1, 3);
    layout->addWidget(m_sort, 1, 4);
    layout->setColumnStretch(5, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(60);
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::emitQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitQuery);
    for (QComboBox *combo : {m_scope, m_status, m_channel, m_language, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitQuery);
}

InboxQuery FilterBar::query() const
{
    InboxQuery query;
    query.me = m_me;
    query.scope = InboxScope(m_scope->currentData().toInt());
    query.status = StatusFilter(m_status->currentData().toInt());
    if (const int channel = m_channel->currentData().toInt())
        query.channel = Channel(channel);
    if (const QString code = m_language->currentData().toString(); !code.isEmpty())
        query.language = languageFromCode(code);
    query.sort = InboxSort(m_sort->currentData().toInt());
    query.search = m_search->text();
    return query;
}

void FilterBar::setMe(AgentId me)
{
    if (me == m_me)
        return;
    m_me = me;
    emitQuery();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("inbox/scope"), m_scope->currentData());
    settings.setValue(QStringLiteral("inbox/status"), m_status->currentData());
    settings.setValue(QStringLiteral("inbox/channel"), m_channel->currentData());
    settings.setValue(QStringLiteral("inbox/language"), m_language->currentData());
    settings.setValue(QStringLiteral("inbox/sort"), m_sort->currentData());
}

void FilterBar::restoreState(const QSettings &settings)
{
    const auto restore = [&](QComboBox *combo, const char *key) {
        const QVariant value = settings.value(QLatin1String("inbox/") + QLatin1String(key));
        const int index = value.isValid() ? combo->findData(value) : -1;
        if (index >= 0) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(index);
        }
    };
    restore(m_scope, "scope");
    restore(m_status, "status");
    restore(m_channel, "channel");
    restore(m_language, "language");
    restore(m_sort, "sort");
}

bool FilterBar::setLanguageFilter(const QString &code)
{
    const int index = m_language->findData(code);
    if (index < 0)
        return false;
    m_language->setCurrentIndex(index);
    return true;
}

void FilterBar::setSort(InboxSort sort)
{
    const int index = m_sort->findData(int(sort));
    if (index >= 0)
        m_sort->setCurrentIndex(index);
}

void FilterBar::setSearch(const QString &text)
{
    m_search->setText(text);
    emitQuery();
}

void FilterBar::emitQuery()
{
    m_searchDelay.stop();
    emit queryChanged(query());
}

} // namespace empathy
