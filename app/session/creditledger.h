#pragma once

#include <QDate>
#include <QObject>

class ConversationStore;

// The credits the app spent, as the meter estimates them (api/billing.h): this run's,
// today's and the total since the account was connected, the last two kept with the
// account's store (so signing out, which deletes the store, starts them again). Before
// the store is known (a first connection, until its first page names the account),
// credits wait in memory and are added once it opens.
//
// It also holds the optional daily budget: a call whose estimate would pass it is
// refused before it is sent, unless the user allowed spending past it for today.
class CreditLedger : public QObject
{
    Q_OBJECT

public:
    explicit CreditLedger(QObject *parent = nullptr);

    // The account's store (null: none yet, or in memory only).
    void setStore(ConversationStore *store);
    void add(int credits);

    int sessionCredits() const { return m_session; }
    int totalCredits() const { return m_storedTotal + m_unsaved; }
    int todayCredits() const;

    // Credits a day; 0: no budget.
    void setDailyBudget(int credits);
    int dailyBudget() const { return m_budget; }
    // Whether a call estimated at this many credits may go.
    bool allows(int estimatedCredits) const;
    // Why a call was not sent, in the user's words.
    QString refusal() const;
    // The user chose to spend past the budget for the rest of today.
    void allowToday();
    bool isAllowedToday() const { return m_allowedOn == today(); }

    // For tests: the day it is (the local date by default).
    void setToday(const QDate &day) { m_fixedToday = day; }

signals:
    void changed();

private:
    QDate today() const;
    void load();
    void save();

    ConversationStore *m_store = nullptr;
    int m_session = 0;
    int m_storedTotal = 0;
    int m_unsaved = 0; // counted while no store could keep them
    QDate m_storedDay;
    int m_storedDayCredits = 0;
    int m_budget = 0;
    QDate m_allowedOn;
    QDate m_fixedToday;
};
