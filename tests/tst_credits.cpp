#include "api/apiusage.h"
#include "api/inboxcategory.h"
#include "errorbanner.h"
#include "session/creditledger.h"
#include "support/replyfixture.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// The credit meter against the built-in server's own count of what LinkupAPI would bill,
// over a session with every kind of answer in it; the total kept with the account's
// store; and the daily budget, which stops a call before it is sent.
class TestCredits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplyFixture> m_fixture;

    ScriptedDemoServer &server() { return m_fixture->demo.server; }
    CreditLedger *ledger() { return m_fixture->inbox->credits(); }

    // Every list has its answer (or its error): nothing is on its way.
    bool listsSettled() const
    {
        for (const InboxCategory category : InboxCategories::all()) {
            const InboxSync *sync = m_fixture->inbox->sync(category);
            if (sync && sync->state() == PageLoader::State::Loading)
                return false;
        }
        return true;
    }

    // Opens a thread whose first call may fail: does not wait for rows.
    void showThread(int row)
    {
        m_fixture->window->openThreadInPlace(m_fixture->list()->conversationAt(row).id);
        QTRY_VERIFY(m_fixture->thread());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"LinkupInboxCreditTests"_s);
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<ReplyFixture>();
        QVERIFY(m_fixture->start());
    }

    void cleanup() { m_fixture.reset(); }

    void theMeterAgreesWithTheServerOverASessionWithErrors()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        QTRY_VERIFY(listsSettled());
        QVERIFY(server().billedCredits() > 0);
        QTRY_COMPARE(ledger()->sessionCredits(), server().billedCredits());

        // A thread: an error inside an HTTP 200 (billed), then a dropped connection (not
        // billed, retried), then the thread.
        server().scriptConversationCall(1, ScriptedReply::errorWithHttp200(u"Bad parameter"_s));
        ScriptedReply dropped;
        dropped.closeWithoutAnswer = true;
        server().scriptConversationCall(2, dropped);
        showThread(3);
        QTRY_COMPARE(f.thread()->state(), PageLoader::State::Error);
        f.thread()->retry();
        QTRY_VERIFY(f.thread()->state() != PageLoader::State::Loading
                    && f.thread()->rowCount() > 0);
        QVERIFY(server().conversationCallCount() >= 3);

        // A refresh: 429 (billed, not retried), then on Retry a 500 (free, retried).
        const int calls = server().inboxCallCount();
        server().scriptInboxCall(calls + 1,
                                 ScriptedReply::error(429, u"API Rate limit exceeded"_s));
        server().scriptInboxCall(calls + 2,
                                 ScriptedReply::error(500, u"LinkedIn API error occurred"_s));
        f.window->currentTab()->refresh();
        ErrorBanner *banner = f.window->currentTab()->errorBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(server().inboxCallCount(), calls + 1);
        banner->retryButton()->click();
        QTRY_VERIFY(server().inboxCallCount() >= calls + 3);
        QTRY_VERIFY(listsSettled());

        // A reply that goes and one that is refused: 1 credit each.
        f.openThread(3);
        f.write(u"Thanks, talk soon"_s);
        f.pressSend();
        QTRY_COMPARE(f.lastDelivery(), MessageRow::Delivery::Sent);
        server().scriptSendCall(2, ScriptedReply::error(400, u"Required fields are missing"_s));
        f.write(u"One more thing"_s);
        f.pressSend();
        QTRY_COMPARE(f.lastDelivery(), MessageRow::Delivery::NotSent);
        QCOMPARE(server().sendCallCount(), 2);

        QTRY_COMPARE(ledger()->sessionCredits(), server().billedCredits());
        QCOMPARE(f.window->usage()->credits(), server().billedCredits());
        QCOMPARE(ledger()->totalCredits(), server().billedCredits());
        QCOMPARE(ledger()->todayCredits(), server().billedCredits());

        // The total stays with the account; a new session counts from nothing.
        const int firstSession = server().billedCredits();
        f.close();
        f.openWindow();
        QTRY_VERIFY(listsSettled());
        QTRY_COMPARE(ledger()->totalCredits(), server().billedCredits());
        QCOMPARE(ledger()->sessionCredits(), server().billedCredits() - firstSession);
        QVERIFY(ledger()->sessionCredits() > 0); // the first pages again
    }

    void aCallPastTheDailyBudgetWaitsForSpendAnyway()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        QTRY_VERIFY(listsSettled());
        const int spent = ledger()->todayCredits();
        QVERIFY(spent > 0);
        ledger()->setDailyBudget(spent + 1); // a page of 20 costs 2: it would pass
        const int calls = server().inboxCallCount();
        const int billed = server().billedCredits();

        f.window->currentTab()->refresh();
        ErrorBanner *banner = f.window->currentTab()->errorBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(u"budget"), qPrintable(banner->message()));
        QVERIFY(banner->actionButton()->isVisible());
        QCOMPARE(banner->actionButton()->text(), u"Spend Anyway"_s);
        QCOMPARE(server().inboxCallCount(), calls); // nothing went out
        QCOMPARE(ledger()->todayCredits(), spent); // and nothing was counted
        QCOMPARE(f.list()->rowCount() >= 20, true); // what was shown stays

        banner->actionButton()->click();
        QTRY_COMPARE(server().inboxCallCount(), calls + 1);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(ledger()->isAllowedToday());
        QTRY_COMPARE(ledger()->todayCredits(), spent + server().billedCredits() - billed);

        // Tomorrow the budget holds again.
        ledger()->setToday(QDate::currentDate().addDays(1));
        QVERIFY(!ledger()->isAllowedToday());
        QCOMPARE(ledger()->todayCredits(), 0);
        QVERIFY(ledger()->allows(1));
    }
};

QTEST_MAIN(TestCredits)
#include "tst_credits.moc"
