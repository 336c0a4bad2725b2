#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

// Shift+Tab arrives as Backtab, so actions register both; the sheet shows one.
bool isBacktabTwin(const QKeySequence &keys, const QList<QKeySequence> &all)
{
    if (keys.count() != 1 || keys[0].key() != Qt::Key_Backtab)
        return false;
    return all.contains(QKeySequence(QKeyCombination(keys[0].keyboardModifiers(), Qt::Key_Tab)));
}

QList<QKeySequence> shownKeys(const QAction *action)
{
    const QList<QKeySequence> all = action->shortcuts();
    QList<QKeySequence> shown;
    for (const QKeySequence &keys : all) {
        if (!keys.isEmpty() && !isBacktabTwin(keys, all) && !shown.contains(keys))
            shown.append(keys);
    }
    return shown;
}

bool isListed(const QAction *action)
{
    return action->isVisible() && !action->isSeparator() && !action->menu()
            && !action->text().isEmpty() && !shownKeys(action).isEmpty();
}

// The menu's actions in order, those of submenus where the submenu is.
void collectMenu(const QMenu *menu, const QString &group, QList<ShortcutsDialog::Entry> *entries,
                 QSet<const QAction *> *seen, int depth = 0)
{
    constexpr int MaxDepth = 8; // menus can be nested in a cycle; ours never are
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        seen->insert(action);
        if (const QMenu *submenu = action->menu()) {
            if (action->isVisible() && depth < MaxDepth)
                collectMenu(submenu, group, entries, seen, depth + 1);
        } else if (isListed(action)) {
            entries->append(
                    {group, ShortcutsDialog::readableText(action->text()), shownKeys(action)});
        }
    }
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &sequence : keys)
        texts.append(sequence.toString(QKeySequence::NativeText));
    return texts.join(u", ");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_tree(new QTreeWidget)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_tree->setObjectName(QStringLiteral("shortcuts"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(16);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    QList<Entry> entries = collect(window);
    entries.append(navigationKeys());
    fill(entries);
    // Tall enough for every row without scrolling, where the screen allows.
    int rowsHeight = 2 * m_tree->frameWidth();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        rowsHeight += m_tree->visualItemRect(*it).height();
    const QSize wanted(540,
                       rowsHeight + buttons->sizeHint().height() + 3 * layout->spacing()
                               + layout->contentsMargins().top()
                               + layout->contentsMargins().bottom());
    const QSize available = window->screen()->availableGeometry().size() * 0.85;
    resize(wanted.boundedTo(available).expandedTo(minimumSizeHint()));
}

ShortcutsDialog *ShortcutsDialog::showFor(QWidget *window)
{
    if (auto *open = window->findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *sheet = new ShortcutsDialog(window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    // show(), not exec(): the window stays usable while the sheet is open.
    sheet->show();
    return sheet;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    if (const auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        const QList<QAction *> menus = bar->actions();
        for (const QAction *menuAction : menus) {
            seen.insert(menuAction);
            if (menuAction->menu() && menuAction->isVisible())
                collectMenu(menuAction->menu(), readableText(menuAction->text()), &entries, &seen);
        }
    }
    const QList<QAction *> own = window->actions();
    for (const QAction *action : own) {
        if (!seen.contains(action) && isListed(action))
            entries.append({tr("Other"), readableText(action->text()), shownKeys(action)});
    }
    return entries;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::navigationKeys()
{
    const QString group = tr("In the list and the conversation");
    using K = QKeySequence;
    return {
            {group,
             tr("Previous or next conversation or message"),
             {K(Qt::Key_Up), K(Qt::Key_Down)}},
            {group, tr("A screen up or down"), {K(Qt::Key_PageUp), K(Qt::Key_PageDown)}},
            {group, tr("First or last (End also loads more)"), {K(Qt::Key_Home), K(Qt::Key_End)}},
            {group,
             tr("Between the list and the conversation"),
             {K(Qt::Key_Tab), K(Qt::SHIFT | Qt::Key_Tab)}},
            {group, tr("Older messages (at the top of a conversation)"), {K(Qt::Key_PageUp)}},
            {group, tr("Copy the current message (in the conversation)"), {K(K::Copy)}},
            {group, tr("Open the conversation (narrow window)"), {K(Qt::Key_Right)}},
            {group, tr("Back to the list (narrow window)"), {K(Qt::Key_Left), K(Qt::Key_Escape)}},
            {group,
             tr("Send the reply (in the reply box; Return too when set so)"),
             {K(Qt::CTRL | Qt::Key_Return)}},
            {group,
             tr("A new line in the reply"),
             {K(Qt::Key_Return), K(Qt::SHIFT | Qt::Key_Return)}},
            {group, tr("Leave the reply box for the list, keeping the text"), {K(Qt::Key_Escape)}},
            {group, tr("Search (in the list)"), {K(Qt::Key_Slash)}},
            {group,
             tr("To the first match (in the search field)"),
             {K(Qt::Key_Return), K(Qt::Key_Down)}},
            {group, tr("End the search, back to the list"), {K(Qt::Key_Escape)}},
    };
}

QString ShortcutsDialog::readableText(const QString &actionText)
{
    QString text;
    text.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        // "&x" marks the mnemonic x; "&&" is a literal ampersand.
        if (actionText.at(i) == u'&' && ++i >= actionText.size())
            break;
        text += actionText.at(i);
    }
    text = text.trimmed();
    for (const QStringView ellipsis : {QStringView(u"…"), QStringView(u"...")}) {
        if (text.endsWith(ellipsis))
            text.chop(ellipsis.size());
    }
    return text.trimmed();
}

void ShortcutsDialog::fill(const QList<Entry> &entries)
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = m_tree->font();
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        auto *row = new QTreeWidgetItem(group, {entry.text, keysText(entry.keys)});
        row->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->setColumnWidth(1, m_tree->columnWidth(1) + 2 * m_tree->indentation()); // air
}
