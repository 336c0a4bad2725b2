#include "searchbar.h"

#include "accessiblenames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit)
    , m_scope(new QComboBox)
{
    setObjectName(QStringLiteral("searchBar"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search names, headlines and messages"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    AccessibleNames::nameClearButton(m_field, tr("Clear search"));
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->setAccessibleName(tr("Search in"));
    m_scope->addItem(tr("This list"), int(ListSearch::Scope::ThisList));
    m_scope->addItem(tr("All conversations"), int(ListSearch::Scope::Everything));
    m_scope->setToolTip(tr("All conversations: every stored conversation of every list, and "
                           "the messages of every conversation read before"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(6);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_scope);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { emit searchChanged(text, scope()); });
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { emit searchChanged(text(), scope()); });
}

QString SearchBar::text() const
{
    return m_field->text();
}

ListSearch::Scope SearchBar::scope() const
{
    return ListSearch::Scope(m_scope->currentData().toInt());
}

void SearchBar::setScope(ListSearch::Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void SearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::clear()
{
    m_field->clear();
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            emit toFirstMatch();
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_field->clear();
            emit finished();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
