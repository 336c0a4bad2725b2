#pragma once

#include <QObject>

class ApiUsage;
class CreditLedger;
class QLabel;
class QStatusBar;
class QTimer;

// The window's status bar: the current list's state on the left, the credits spent on
// the right (both plain text, the credits explained in a tooltip), messages that pass,
// and a clock that keeps "Updated … ago" current.
class WindowStatus : public QObject
{
    Q_OBJECT

public:
    static constexpr int MessageMs = 8000;
    static constexpr int ClockMs = 30000;

    WindowStatus(QStatusBar *bar, const ApiUsage *usage, const CreditLedger *credits,
                 QObject *parent = nullptr);

    void setListStatus(const QString &text);
    void updateCredits();
    // Said for a while, over the list's status.
    void showMessage(const QString &text);

signals:
    // Every ClockMs: time to say again how old what is shown is.
    void ticked();

private:
    QStatusBar *m_bar;
    const ApiUsage *m_usage;
    const CreditLedger *m_credits;
    QLabel *m_listText;
    QLabel *m_creditText;
    QTimer *m_clock;
};
