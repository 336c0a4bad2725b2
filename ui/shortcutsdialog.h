#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTreeWidget;

// The keyboard shortcuts sheet (Help › Keyboard Shortcuts): every shortcut of the
// window, read from its menus and actions when the sheet opens, so it cannot drift from
// them, then the keys of the list and the thread that are not actions. Non-modal: it
// stays open beside the window while the user tries the keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // One row: what the keys do, under the menu they are in.
    struct Entry
    {
        QString group; // the menu's title as the user reads it (no & mnemonic)
        QString text; // the action's text as the user reads it (no &, no trailing "…")
        QList<QKeySequence> keys;
    };

    // window: whose menu bar and actions are listed; the sheet is its child.
    explicit ShortcutsDialog(QWidget *window);

    // The sheet of that window, opened now or raised if already open.
    static ShortcutsDialog *showFor(QWidget *window);

    // Every visible action with a shortcut: those in window's menu bar by top-level
    // menu (submenus under theirs), in menu order, then window's own actions that are in
    // no menu, under "Other". Ctrl+Shift+Backtab is dropped beside Ctrl+Shift+Tab: Qt
    // delivers Shift+Tab as Backtab, so both are registered for the same keys.
    static QList<Entry> collect(const QWidget *window);
    // Keys documented in the README that are not actions (arrows, Esc, Page Up).
    static QList<Entry> navigationKeys();
    // An action's or menu's text as read: "&Open…" → "Open", "Save && Quit" → "Save & Quit".
    static QString readableText(const QString &actionText);

    QTreeWidget *tree() const { return m_tree; }

private:
    void fill(const QList<Entry> &entries);

    QTreeWidget *m_tree;
};
