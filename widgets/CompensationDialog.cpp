#include "CompensationDialog.h"

#include "CompensationText.h"
#include "MoneyText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace empathy {

CompensationDialog::CompensationDialog(ConversationId conversation, CustomerId customer,
                                       const QList<Order> &orders, const QString &defaultCurrency,
                                       QWidget *parent)
    : QDialog(parent)
    , m_conversation(conversation)
    , m_customer(customer)
    , m_orders(orders)
{
    setWindowTitle(tr("Compensate the customer"));
    m_kind = new QComboBox(this);
    for (const CompensationKind kind :
         {CompensationKind::Voucher, CompensationKind::Discount, CompensationKind::FreeShipping,
          CompensationKind::Gift, CompensationKind::PartialRefund, CompensationKind::FullRefund})
        m_kind->addItem(CompensationText::kind(kind), int(kind));
    m_order = new QComboBox(this);
    m_order->addItem(tr("No particular order"), QVariant());
    const QLocale locale;
    for (const Order &order : orders)
        m_order->addItem(
            tr("Order #%1 · %2")
                .arg(order.number, moneyText(order.total.minorUnits, order.total.currency, locale)),
            order.id.value());
    if (!orders.isEmpty())
        m_order->setCurrentIndex(1);
    m_percent = new QSpinBox(this);
    m_percent->setRange(1, 100);
    m_percent->setValue(10);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(locale.toString(10.0, 'f', 2));
    m_currency = new QLineEdit(defaultCurrency, this);
    m_currency->setMaxLength(3);
    m_currency->setFixedWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 12);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Why: what went wrong for the customer (kept for the audit)"));
    m_reason->setTabChangesFocus(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto *limits = new QLabel(tr("The company's limits apply: over them, a team lead decides, and the "
                                 "customer's history shows it as waiting until then."),
                              this);
    limits->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&What"), m_kind);
    form->addRow(tr("&Order"), m_order);
    form->addRow(tr("&Percent"), m_percent);
    form->addRow(tr("&Amount"), amountRow);
    form->addRow(tr("&Reason"), m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Give"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(limits);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompensationDialog::update);
    connect(m_order, &QComboBox::currentIndexChanged, this, &CompensationDialog::update);
    connect(m_amount, &QLineEdit::textChanged, this, &CompensationDialog::update);
    connect(m_currency, &QLineEdit::textChanged, this, &CompensationDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CompensationDialog::update);
    update();
}

CompensationKind CompensationDialog::kind() const
{
    return CompensationKind(m_kind->currentData().toInt());
}

std::optional<Order> CompensationDialog::chosenOrder() const
{
    const QVariant id = m_order->currentData();
    for (const Order &order : m_orders) {
        if (id.isValid() && order.id.value() == id.toLongLong())
            return order;
    }
    return std::nullopt;
}

Compensation CompensationDialog::request() const
{
    Compensation c;
    c.conversation = m_conversation;
    c.customer = m_customer;
    c.kind = kind();
    const std::optional<Order> order = chosenOrder();
    if (order)
        c.order = order->id;
    c.reason = m_reason->toPlainText().trimmed();
    if (c.kind == CompensationKind::Discount) {
        c.percent = m_percent->value();
    } else if (c.kind == CompensationKind::FullRefund) {
        c.amount = order ? order->total : Money{};
    } else {
        const QString currency = order ? order->total.currency : m_currency->text().trimmed().toUpper();
        QString text = m_amount->text().trimmed();
        text.replace(QLocale().decimalPoint(), QStringLiteral("."));
        text.replace(u',', u'.');
        c.amount = Money{parseMinorUnits(text, currency).value_or(0), currency};
    }
    return c;
}

QString CompensationDialog::problem() const
{
    const Compensation c = request();
    const bool needsOrder =
        c.kind == CompensationKind::PartialRefund || c.kind == CompensationKind::FullRefund;
    if (needsOrder && !c.order.isValid())
        return tr("A refund is for one of the customer's orders: choose it.");
    const bool amountKind = c.kind != CompensationKind::Discount && c.kind != CompensationKind::FullRefund;
    if (amountKind && c.amount.currency.size() != 3)
        return tr("Give the currency as its three-letter code, such as EUR.");
    if (amountKind && c.amount.minorUnits <= 0)
        return tr("Give an amount greater than zero, such as %1.").arg(QLocale().toString(10.0, 'f', 2));
    if (c.reason.isEmpty())
        return tr("Say why: the reason is kept with the compensation.");
    return QString();
}

void CompensationDialog::update()
{
    const CompensationKind k = kind();
    const std::optional<Order> order = chosenOrder();
    m_percent->setEnabled(k == CompensationKind::Discount);
    const bool amountKind = k != CompensationKind::Discount && k != CompensationKind::FullRefund;
    m_amount->setEnabled(amountKind);
    m_currency->setEnabled(amountKind && !order); // an order's compensation is in the order's currency
    if (order)
        m_currency->setText(order->total.currency);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace empathy
