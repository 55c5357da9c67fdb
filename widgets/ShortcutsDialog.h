#pragma once

#include <QDialog>

class QTreeWidget;

namespace empathy {

// The keyboard shortcuts of the agent's desk, listed for reading (F1). Everything the desk does can be
// reached with these and Tab.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTreeWidget *m_list;
};

} // namespace empathy
