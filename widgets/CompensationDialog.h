#pragma once

#include "domain/Compensation.h"
#include "domain/Order.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace empathy {

// Asks what to give the customer: the kind, the percentage or amount, the order it is for and why.
// Only checks that the request is complete; the company's limits are the server's to enforce.
class CompensationDialog : public QDialog
{
    Q_OBJECT

public:
    CompensationDialog(ConversationId conversation, CustomerId customer, const QList<Order> &orders,
                       const QString &defaultCurrency, QWidget *parent = nullptr);

    // The request as filled in; valid only when problem() is empty.
    Compensation request() const;
    // What is missing or wrong, in words; empty when the request can be sent.
    QString problem() const;

    QComboBox *kindChooser() const { return m_kind; }
    QComboBox *orderChooser() const { return m_order; }
    QSpinBox *percentBox() const { return m_percent; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
    void update();
    CompensationKind kind() const;
    std::optional<Order> chosenOrder() const;

    ConversationId m_conversation;
    CustomerId m_customer;
    QList<Order> m_orders;
    QComboBox *m_kind = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_percent = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_currency = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace empathy
