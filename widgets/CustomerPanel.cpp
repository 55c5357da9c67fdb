#include "CustomerPanel.h"

#include "ChannelIcons.h"
#include "CompensationText.h"
#include "DurationText.h"
#include "EmpathyMapView.h"
#include "HistoryDelegate.h"
#include "LanguageText.h"
#include "models/HistoryModel.h"
#include "MoneyText.h"
#include "SentimentChart.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace empathy {

namespace {

QString languageText(Language language)
{
    if (language == Language::Unknown)
        return CustomerPanel::tr("unknown");
    return languageName(language);
}

QString identityKindName(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Email:
        return CustomerPanel::tr("E-mail");
    case IdentityKind::Phone:
        return CustomerPanel::tr("Phone");
    case IdentityKind::Telegram:
        return QStringLiteral("Telegram");
    case IdentityKind::Viber:
        return QStringLiteral("Viber");
    case IdentityKind::Vk:
        return QStringLiteral("VK");
    case IdentityKind::WebVisitor:
        return CustomerPanel::tr("Web chat");
    }
    return {};
}

} // namespace

CustomerPanel::CustomerPanel(HistoryModel &model, EmpathyMapModel &empathyModel, const ChannelIcons &icons,
                             Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(std::move(clock))
{
    m_name = new QLabel(this);
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fatigue = new QLabel(this);
    m_fatigue->setWordWrap(true);
    m_repeat = new QLabel(this);
    m_repeat->setWordWrap(true);
    m_chart = new SentimentChart(m_clock, this);
    m_chart->setMinimumHeight(150);
    m_tone = new QComboBox(this);
    for (PreferredTone tone : {PreferredTone::Unknown, PreferredTone::Formal, PreferredTone::Warm})
        m_tone->addItem(QString(), int(tone));
    m_tone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tone->setMinimumContentsLength(8);
    connect(m_tone, &QComboBox::activated, this,
            [this](int index) { emit toneChosen(PreferredTone(m_tone->itemData(index).toInt())); });

    m_messages = new QCheckBox(this);
    m_orders = new QCheckBox(this);
    m_surveys = new QCheckBox(this);
    m_apologies = new QCheckBox(this);
    m_compensations = new QCheckBox(this);
    m_notes = new QCheckBox(this);
    auto *kinds = new QGridLayout;
    kinds->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    for (QCheckBox *box : {m_messages, m_orders, m_surveys, m_apologies, m_compensations, m_notes}) {
        box->setChecked(true);
        kinds->addWidget(box, column / 3, column % 3);
        ++column;
        connect(box, &QCheckBox::toggled, this, [this] {
            m_model.setKinds((m_messages->isChecked() ? int(HistoryKind::Message) : 0) |
                             (m_orders->isChecked() ? int(HistoryKind::Order) : 0) |
                             (m_surveys->isChecked() ? int(HistoryKind::Survey) : 0) |
                             (m_apologies->isChecked() ? int(HistoryKind::Apology) : 0) |
                             (m_compensations->isChecked() ? int(HistoryKind::Compensation) : 0) |
                             (m_notes->isChecked() ? int(HistoryKind::Note) : 0));
        });
    }
    kinds->setColumnStretch(3, 1);

    m_compensate = new QPushButton(this);
    connect(m_compensate, &QPushButton::clicked, this, &CustomerPanel::compensateRequested);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_tone, 1);
    actions->addWidget(m_compensate);

    m_timeline = new QListView(this);
    m_timeline->setModel(&m_model);
    m_timeline->setItemDelegate(new HistoryDelegate(icons, m_timeline));
    m_timeline->setUniformItemSizes(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timeline, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions(compensationActions(m_timeline->indexAt(at), &menu));
        if (!menu.isEmpty())
            menu.exec(m_timeline->viewport()->mapToGlobal(at));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addLayout(actions);
    layout->addWidget(m_fatigue);
    layout->addWidget(m_repeat);
    layout->addWidget(m_chart, 2);
    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->addLayout(kinds);
    timelineLayout->addWidget(m_timeline, 1);
    m_empathy = new EmpathyMapView(empathyModel, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(timelinePage, QString());
    m_tabs->addTab(m_empathy, QString());
    layout->addWidget(m_tabs, 3);

    connect(&m_model, &HistoryModel::customerChanged, this, &CustomerPanel::updateFacts);
    retranslate();
    updateFacts();
}

void CustomerPanel::retranslate()
{
    setAccessibleName(tr("Customer history"));
    m_tone->setItemText(0, tr("Tone not noted yet"));
    m_tone->setItemText(1, tr("Prefers a formal tone"));
    m_tone->setItemText(2, tr("Prefers a warm tone"));
    m_tone->setAccessibleName(tr("Preferred tone"));
    m_tone->setToolTip(
        tr("How this customer likes to be addressed; the tone coach checks replies against it."));
    m_tone->setAccessibleDescription(m_tone->toolTip());
    m_messages->setText(tr("Messages"));
    m_orders->setText(tr("Orders"));
    m_surveys->setText(tr("Surveys"));
    m_apologies->setText(tr("Apologies"));
    m_compensations->setText(tr("Compensations"));
    m_notes->setText(tr("Notes"));
    for (QCheckBox *box : {m_messages, m_orders, m_surveys, m_apologies, m_compensations, m_notes})
        box->setAccessibleDescription(tr("Shows or hides this kind of event in the timeline"));
    m_compensate->setText(tr("Compensate…"));
    m_compensate->setToolTip(tr("Give the customer a discount, voucher, free shipping, gift or refund, "
                                "within the company's limits (Ctrl+Shift+C)"));
    m_compensate->setAccessibleDescription(m_compensate->toolTip());
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setAccessibleDescription(
        tr("Everything that happened with this customer, newest first; the context menu key offers actions"));
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabToolTip(0, tr("Everything that happened with this customer: messages, orders, surveys, "
                                "apologies, compensations and notes"));
    m_tabs->setTabText(1, tr("Empathy map"));
    m_tabs->setTabToolTip(1, tr("What the customer says, thinks, does and feels, with suggestions from their "
                                "messages"));
}

void CustomerPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateFacts();
        m_timeline->viewport()->update();
    }
}

void CustomerPanel::showEmpathyMap(bool show)
{
    m_tabs->setCurrentWidget(show ? static_cast<QWidget *>(m_empathy) : m_tabs->widget(0));
}

QList<QAction *> CustomerPanel::compensationActions(const QModelIndex &index, QObject *owner)
{
    if (!index.isValid() ||
        HistoryKind(index.data(HistoryModel::KindRole).toInt()) != HistoryKind::Compensation)
        return {};
    const CompensationId id(index.data(HistoryModel::ItemIdRole).toLongLong());
    if (id.value() <= 0) // not on the server yet
        return {};
    QList<QAction *> actions;
    const auto status = CompensationStatus(index.data(HistoryModel::CompensationStatusRole).toInt());
    if (status == CompensationStatus::Granted) {
        // Only once the server granted it does the customer hear of it.
        auto *tell = new QAction(tr("Tell the customer"), owner);
        const QString what =
            CompensationText::what(CompensationKind(index.data(HistoryModel::CompensationKindRole).toInt()),
                                   index.data(HistoryModel::PercentRole).toInt(),
                                   index.data(HistoryModel::AmountMinorRole).toLongLong(),
                                   index.data(HistoryModel::CurrencyRole).toString());
        connect(tell, &QAction::triggered, this, [this, what] { emit compensationMessageRequested(what); });
        actions << tell;
    }
    if (!m_lead)
        return actions;
    switch (status) {
    case CompensationStatus::Pending: {
        auto *approve = new QAction(tr("Approve…"), owner);
        connect(approve, &QAction::triggered, this,
                [this, id] { emit compensationDecisionRequested(id, true); });
        auto *deny = new QAction(tr("Deny…"), owner);
        connect(deny, &QAction::triggered, this,
                [this, id] { emit compensationDecisionRequested(id, false); });
        actions << approve << deny;
        break;
    }
    case CompensationStatus::Granted: {
        auto *reverse = new QAction(tr("Reverse…"), owner);
        connect(reverse, &QAction::triggered, this, [this, id] { emit compensationReversalRequested(id); });
        actions << reverse;
        break;
    }
    default:
        break;
    }
    return actions;
}

void CustomerPanel::showCustomer(CustomerId customer)
{
    if (customer == m_model.customer() && customer.isValid())
        return;
    m_model.setCustomer(customer);
}

void CustomerPanel::reload()
{
    m_model.reload();
}

void CustomerPanel::setContactLimit(int perSevenDays)
{
    m_contactLimit = std::max(1, perSevenDays);
    updateFacts();
}

void CustomerPanel::setKinds(int kinds)
{
    m_messages->setChecked(kinds & int(HistoryKind::Message));
    m_orders->setChecked(kinds & int(HistoryKind::Order));
    m_surveys->setChecked(kinds & int(HistoryKind::Survey));
    m_apologies->setChecked(kinds & int(HistoryKind::Apology));
}

QString CustomerPanel::factsText() const
{
    QStringList parts{m_name->text()};
    if (m_facts->isVisibleTo(this))
        parts << m_facts->text() << m_tone->currentText();
    if (m_fatigue->isVisibleTo(this))
        parts << m_fatigue->text();
    if (m_repeat->isVisibleTo(this))
        parts << m_repeat->text();
    return parts.join(u'\n');
}

void CustomerPanel::updateFacts()
{
    const CustomerRecord &record = m_model.record();
    const Customer &customer = record.customer;
    const QList<HistoryItem> &items = m_model.items();
    const bool known = customer.id.isValid() && !customer.displayName.isEmpty();
    for (QWidget *part : std::initializer_list<QWidget *>{m_facts, m_tone, m_compensate, m_chart, m_tabs})
        part->setVisible(known);
    if (!known) {
        m_name->setText(tr("No customer selected"));
        m_name->setToolTip(QString());
        m_facts->clear();
        m_fatigue->hide();
        m_repeat->hide();
        m_chart->setPoints({});
        m_contacts = {};
        return;
    }
    const QLocale locale;
    const qint64 now = m_clock().toMSecsSinceEpoch();
    // The labels sit on the layout's leading edge whatever the script of their text.
    const Qt::Alignment edge = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel *label : {m_name, m_facts, m_fatigue, m_repeat})
        label->setAlignment(Qt::AlignVCenter | Qt::AlignAbsolute | edge);
    m_name->setText(customer.displayName);
    QStringList identities;
    for (const CustomerIdentity &identity : customer.identities)
        identities << identityKindName(identity.kind) + QStringLiteral(": ") + identity.value;
    m_name->setToolTip(identities.join(u'\n'));

    QStringList facts;
    QString language = languageText(customer.preferredLanguage);
    if (const auto channel = preferredChannel(items))
        language += QStringLiteral(" · ") + tr("prefers %1").arg(ChannelIcons::name(*channel));
    facts << language;
    QStringList value;
    for (const Money &money : lifetimeValue(items))
        value << moneyText(money.minorUnits, money.currency, locale);
    facts << tr("Lifetime value: %1")
                 .arg(value.isEmpty() ? tr("no orders yet") : value.join(QStringLiteral(" + ")));
    facts << tr("Conversations: %1 open of %2").arg(record.openConversations).arg(record.conversations);
    m_facts->setText(facts.join(u'\n'));
    m_tone->setCurrentIndex(std::max(0, m_tone->findData(int(customer.preferredTone))));

    m_contacts = companyContacts(items, now);
    const QString contacts = tr("Reached out unasked: %1 in 7 days, %2 in 30 days")
                                 .arg(m_contacts.last7Days)
                                 .arg(m_contacts.last30Days);
    if (overContactLimit()) {
        m_fatigue->setText(QStringLiteral("\u26A0 ") + contacts + QStringLiteral(" — ") +
                           tr("the limit is %1: think twice before one more").arg(m_contactLimit));
        m_fatigue->setStyleSheet(QStringLiteral("color: #D55E00; font-weight: bold"));
    } else {
        m_fatigue->setText(contacts);
        m_fatigue->setStyleSheet(QString());
    }
    m_fatigue->show();

    if (const auto repeat = repeatContact(items, now)) {
        m_repeat->setText(QStringLiteral("\u21BB ") +
                          tr("Order #%1: %2 contacts in %3")
                              .arg(repeat->orderNumber)
                              .arg(repeat->contacts)
                              .arg(DurationText::compact(qint64(repeat->withinDays) * 86400)));
        m_repeat->setStyleSheet(QStringLiteral("color: #D55E00; font-weight: bold"));
        m_repeat->show();
    } else {
        m_repeat->hide();
    }
    m_chart->setPoints(m_model.sentiment());
    setAccessibleDescription(factsText());
}

} // namespace empathy
