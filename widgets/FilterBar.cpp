#include "FilterBar.h"

#include "ChannelIcons.h"
#include "LanguageText.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>

namespace empathy {

namespace {

QComboBox *makeCombo(QWidget *parent, std::initializer_list<QVariant> values)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QVariant &value : values)
        combo->addItem(QString(), value);
    return combo;
}

// Names a combo box (for screen readers and as its tooltip) and its items, in order.
void setTexts(QComboBox *combo, const QString &name, const QStringList &items)
{
    combo->setAccessibleName(name);
    combo->setAccessibleDescription(name); // AT-SPI names a combo box by its current item
    combo->setToolTip(name);
    for (int i = 0; i < items.size() && i < combo->count(); ++i)
        combo->setItemText(i, items[i]);
}

} // namespace

FilterBar::FilterBar(AgentId me, QWidget *parent)
    : QWidget(parent)
    , m_me(me)
    , m_search(new QLineEdit(this))
    , m_scope(makeCombo(this, {int(InboxScope::All), int(InboxScope::Mine), int(InboxScope::Unassigned)}))
    , m_status(
          makeCombo(this, {int(StatusFilter::Active), int(StatusFilter::Open), int(StatusFilter::Pending),
                           int(StatusFilter::Resolved), int(StatusFilter::Any)}))
    , m_channel(makeCombo(this, {0}))
    , m_language(makeCombo(this, {QString(), QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("ro"),
                                  QStringLiteral("ru"), QStringLiteral("fa")}))
    , m_sort(makeCombo(this, {int(InboxSort::Newest), int(InboxSort::LongestWaiting),
                              int(InboxSort::DueSoonest), int(InboxSort::NeedsAttention)}))
{
    m_search->setClearButtonEnabled(true);
    for (Channel channel : allChannels)
        m_channel->addItem(QString(), int(channel));

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
    retranslate();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(60);
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::emitQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitQuery);
    for (QComboBox *combo : {m_scope, m_status, m_channel, m_language, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitQuery);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search messages and customers (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(
        tr("Finds conversations by the words of their messages or the customer's "
           "name; Enter moves to the results"));
    setTexts(m_scope, tr("Whose conversations"), {tr("All"), tr("Mine"), tr("Unassigned")});
    setTexts(m_status, tr("Status"),
             {tr("Open and pending"), tr("Open"), tr("Pending"), tr("Resolved"), tr("Any status")});
    QStringList channels{tr("All channels")};
    for (Channel channel : allChannels)
        channels.append(ChannelIcons::name(channel));
    setTexts(m_channel, tr("Channel"), channels);
    QStringList languages{tr("All languages")};
    for (Language language : supportedLanguages)
        languages.append(languageName(language));
    setTexts(m_language, tr("Language"), languages);
    setTexts(m_sort, tr("Sort order"),
             {tr("Newest first"), tr("Longest waiting"), tr("Due soonest"), tr("Needs attention")});
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
