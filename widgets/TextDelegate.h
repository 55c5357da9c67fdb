#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace empathy {

// Shows each cell as the text a view composes from the model's roles (kinds worded, times formatted),
// and lets the view adjust the rest of the look per row.
class TextDelegate : public QStyledItemDelegate
{
public:
    using Text = std::function<QString(const QModelIndex &)>;
    using Style = std::function<void(QStyleOptionViewItem *, const QModelIndex &)>;

    explicit TextDelegate(Text text, Style style = {}, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_text(std::move(text))
        , m_style(std::move(style))
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = m_text(index);
        if (m_style)
            m_style(option, index);
    }

private:
    Text m_text;
    Style m_style;
};

} // namespace empathy
