#pragma once

#include "inbox/listsearch.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// The search field above the lists, with its scope: the list shown, or everything
// stored. Typing searches at once (it costs nothing); Return or Down goes to the first
// match, Escape ends the search and goes back to the list.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QComboBox *scopeBox() const { return m_scope; }
    QString text() const;
    ListSearch::Scope scope() const;
    void setScope(ListSearch::Scope scope);
    // Focus in the field, its text selected for typing over.
    void focusField();
    void clear();

signals:
    void searchChanged(const QString &text, ListSearch::Scope scope);
    // Return or Down: to the first match.
    void toFirstMatch();
    // Escape: the search is over (the field is empty now).
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QComboBox *m_scope;
};
