#include "creditledger.h"

#include "store/conversationstore.h"

namespace {

const auto TotalKey = QStringLiteral("credits/total");
const auto DayKey = QStringLiteral("credits/day");
const auto DayCreditsKey = QStringLiteral("credits/dayCredits");

} // namespace

CreditLedger::CreditLedger(QObject *parent)
    : QObject(parent)
{
}

QDate CreditLedger::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

void CreditLedger::setStore(ConversationStore *store)
{
    m_store = store;
    m_storedTotal = 0;
    m_storedDay = {};
    m_storedDayCredits = 0;
    load();
    save(); // what waited in memory goes into the account's store
    emit changed();
}

void CreditLedger::load()
{
    if (!m_store)
        return;
    m_storedTotal = qMax(0, m_store->meta(TotalKey).toInt());
    m_storedDay = QDate::fromString(m_store->meta(DayKey), Qt::ISODate);
    m_storedDayCredits = qMax(0, m_store->meta(DayCreditsKey).toInt());
}

void CreditLedger::save()
{
    if (!m_store || m_unsaved == 0)
        return;
    const QDate day = today();
    const int dayCredits = (m_storedDay == day ? m_storedDayCredits : 0) + m_unsaved;
    const int total = m_storedTotal + m_unsaved;
    if (!m_store->setMeta(TotalKey, QString::number(total))
        || !m_store->setMeta(DayKey, day.toString(Qt::ISODate))
        || !m_store->setMeta(DayCreditsKey, QString::number(dayCredits)))
        return; // kept in memory; the next call tries again
    m_storedTotal = total;
    m_storedDay = day;
    m_storedDayCredits = dayCredits;
    m_unsaved = 0;
}

void CreditLedger::add(int credits)
{
    if (credits <= 0)
        return;
    m_session += credits;
    m_unsaved += credits;
    save();
    emit changed();
}

int CreditLedger::todayCredits() const
{
    return (m_storedDay == today() ? m_storedDayCredits : 0) + m_unsaved;
}

void CreditLedger::setDailyBudget(int credits)
{
    m_budget = qMax(0, credits);
    emit changed();
}

bool CreditLedger::allows(int estimatedCredits) const
{
    return m_budget <= 0 || isAllowedToday() || todayCredits() + estimatedCredits <= m_budget;
}

QString CreditLedger::refusal() const
{
    return tr("Not sent: this would pass your daily budget of %n credit(s) (%1 spent today). "
              "Spend Anyway allows it until tomorrow; Settings change the budget.",
              nullptr, m_budget)
            .arg(todayCredits());
}

void CreditLedger::allowToday()
{
    m_allowedOn = today();
    emit changed();
}
