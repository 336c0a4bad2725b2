#include "account/credentialvault.h"
#include "account/session.h"
#include "accountcontroller.h"
#include "api/linkupclient.h"
#include "connectdialog.h"
#include "demo/builtindemo.h"
#include "demo/scripting/scripteddemoserver.h"
#include "errorbanner.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "inboxtab.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "session/inboxsession.h"
#include "settingsdialog.h"
#include "store/storedatabase.h"
#include "store/storelocation.h"
#include "support/fakesecretstore.h"
#include "support/userscroll.h"
#include "welcomepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using State = PageLoader::State;

namespace {

QStringList g_log; // every message, for the secrets scan

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

} // namespace

// First run, connecting an account, "Log in again", settings and sign-out, end to end:
// the real window and dialogs over the built-in server, with a fake keychain.
class TestAccountFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedDemoServer> m_server;
    FakeSecretStore m_keychain;
    BuiltInDemo m_builtInDemo; // as main() gives the session
    std::unique_ptr<LinkupClient> m_client;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<InboxSession> m_inbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_stores;

    InboxSync *sync() const { return m_window->currentTab()->sync(); }

    MainWindow *start(const StartupOptions &options = {})
    {
        m_client = std::make_unique<LinkupClient>();
        m_vault = std::make_unique<CredentialVault>(&m_keychain);
        m_session = std::make_unique<Session>(m_client.get(), m_vault.get());
        m_session->setDemo(&m_builtInDemo);
        AccountSettings settings = m_session->settings();
        [&] { QVERIFY(settings.setApiBase(m_server->apiBase()).isEmpty()); }();
        m_session->setSettings(settings);
        m_inbox = std::make_unique<InboxSession>(m_session.get());
        m_window = std::make_unique<MainWindow>(m_inbox.get(), StartupOptions());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        m_session->start(options);
        return m_window.get();
    }

    // Starts on the welcome panel with a server whose login answers after 5 s.
    void startWithALateLogin()
    {
        ScriptedReply slow;
        slow.delayMs = 5000;
        slow.body = R"({"status":"success","login_token":"late","message":"Login successful"})";
        m_server->scriptAuthCall(1, slow);
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
    }

    ConnectDialog *dialog() const { return m_window->accounts()->connectDialog(); }

    template <typename T>
    T *field(const char *name) const
    {
        return dialog()->findChild<T *>(QString::fromLatin1(name));
    }

    void clickNext() { QTest::mouseClick(field<QPushButton>("next"), Qt::LeftButton); }

    // Fills the API key step and the LinkedIn step and presses Connect.
    void logIn(const QString &email, const QString &password,
               const QString &apiKey = DemoServer::apiKey())
    {
        field<QLineEdit>("apiKey")->setText(apiKey);
        clickNext();
        QCOMPARE(dialog()->step(), ConnectDialog::Step::LinkedIn);
        field<QLineEdit>("email")->setText(email);
        field<QLineEdit>("password")->setText(password);
        clickNext();
    }

    // The country combo boxes show names ("Germany (DE)") and keep the API's code as data.
    static void selectCountry(QWidget *dialog, const QString &code)
    {
        auto *box = dialog->findChild<QComboBox *>(QStringLiteral("country"));
        const int index = box->findData(code);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
    }

    QString storageNote() const { return field<QLabel>("storageNote")->text(); }

    ConversationListModel *waitForInbox()
    {
        [&] { QTRY_VERIFY(m_window->model() && m_window->model()->rowCount() > 0); }();
        [&] { QTRY_VERIFY(sync()->state() != State::Loading); }();
        return m_window->model();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LinkupInboxAccountTests"));
    }

    void init()
    {
        QSettings().clear();
        m_keychain.values.clear();
        m_keychain.unavailable = false;
        m_server = std::make_unique<ScriptedDemoServer>();
        QVERIFY(m_server->listenOnLoopback());
        m_stores = std::make_unique<QTemporaryDir>();
        StoreLocation::setFolder(m_stores->path());
    }

    void cleanup()
    {
        m_window.reset();
        m_inbox.reset();
        m_session.reset();
        m_vault.reset();
        m_client.reset();
        m_server.reset();
        StoreLocation::setFolder({});
        m_stores.reset();
    }

    void firstRunShowsTheWelcomePanel()
    {
        MainWindow *window = start();
        QTRY_VERIFY(window->welcomePanel()->isVisible());
        QCOMPARE(m_session->kind(), Session::Kind::None);
        QVERIFY(!window->model());
        QCOMPARE(m_server->inboxCallCount(), 0);
    }

    void theDemoStartsFromTheWelcomePanel()
    {
        MainWindow *window = start();
        QTRY_VERIFY(window->welcomePanel()->isVisible());
        QTest::mouseClick(window->welcomePanel()->demoButton(), Qt::LeftButton);
        QCOMPARE(m_session->kind(), Session::Kind::Demo);
        QVERIFY(window->windowTitle().contains(u"Demo"));
        QVERIFY(window->demoBanner()->isVisible());
        QVERIFY(waitForInbox()->rowCount() > 0);
        QVERIFY(m_keychain.values.isEmpty()); // the demo stores nothing
    }

    void connectsWithEmailAndPassword()
    {
        MainWindow *window = start();
        QTRY_VERIFY(window->welcomePanel()->isVisible());
        QTest::mouseClick(window->welcomePanel()->connectButton(), Qt::LeftButton);
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
        logIn(DemoServer::demoEmail(), DemoServer::demoPassword());
        QVERIFY(field<QLineEdit>("password")->text().isEmpty()); // gone once sent
        QTRY_VERIFY(!dialog());
        QCOMPARE(m_session->kind(), Session::Kind::Account);
        QVERIFY(!window->windowTitle().contains(u"Demo"));
        QVERIFY(waitForInbox()->rowCount() > 0);
        QCOMPARE(m_keychain.values.value(SecretStore::apiKeyEntry()), DemoServer::apiKey());
        QCOMPARE(m_keychain.values.value(SecretStore::loginTokenEntry()), DemoServer::loginToken());

        // The next start finds the account in the keychain.
        cleanup();
        init();
        m_keychain.values.insert(SecretStore::apiKeyEntry(), DemoServer::apiKey());
        m_keychain.values.insert(SecretStore::loginTokenEntry(), DemoServer::loginToken());
        start();
        QVERIFY(waitForInbox()->rowCount() > 0);
        QCOMPARE(m_session->kind(), Session::Kind::Account);
    }

    void secretsAreMaskedWithAShowToggle()
    {
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        auto *key = field<QLineEdit>("apiKey");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        auto *reveal = field<QToolButton>("apiKeyReveal");
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->text(), QStringLiteral("Hide"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(field<QLineEdit>("password")->echoMode(), QLineEdit::Password);
        QCOMPARE(field<QLineEdit>("token")->echoMode(), QLineEdit::Password);
    }

    void asksForTheVerificationCode()
    {
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        logIn(DemoServer::codeEmail(), DemoServer::demoPassword());
        QTRY_COMPARE(dialog()->step(), ConnectDialog::Step::Code);
        field<QLineEdit>("code")->setText(QStringLiteral("000000"));
        clickNext();
        QTRY_VERIFY(dialog()->statusText().contains(u"That code did not work"));
        QCOMPARE(dialog()->step(), ConnectDialog::Step::Code);
        field<QLineEdit>("code")->setText(DemoServer::verificationCode());
        clickNext();
        QTRY_VERIFY(!dialog());
        QCOMPARE(m_session->kind(), Session::Kind::Account);
        QVERIFY(waitForInbox()->rowCount() > 0);
    }

    void saysWhatWentWrong_data()
    {
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<ConnectDialog::Step>("step");
        QTest::newRow("wrong password")
                << DemoServer::apiKey() << QStringLiteral("nope")
                << QStringLiteral("Wrong email or password") << ConnectDialog::Step::LinkedIn;
        QTest::newRow("bad key") << QStringLiteral("bad-key") << DemoServer::demoPassword()
                                 << QStringLiteral("API key was not accepted")
                                 << ConnectDialog::Step::ApiKey;
        // The key's problem is said under the key field (see aRefusedKeyIsSaidAtTheKey).
    }

    void saysWhatWentWrong()
    {
        QFETCH(QString, apiKey);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QFETCH(ConnectDialog::Step, step);
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        logIn(DemoServer::demoEmail(), password, apiKey);
        const auto said = [this] {
            return QString(dialog()->statusText() + dialog()->apiKeyProblem());
        };
        QTRY_VERIFY2(said().contains(expected), qPrintable(said()));
        QCOMPARE(dialog()->step(), step);
        QVERIFY(dialog()->isVisible());
        QCOMPARE(m_session->kind(), Session::Kind::None);
        QVERIFY(m_keychain.values.isEmpty());
    }

    void aRefusedKeyIsSaidAtTheKeyAndTheEmailStays()
    {
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        QVERIFY(QTest::qWaitForWindowExposed(dialog()));
        logIn(DemoServer::demoEmail(), DemoServer::demoPassword(), QStringLiteral("bad-key"));
        QTRY_COMPARE(dialog()->step(), ConnectDialog::Step::ApiKey);
        // Under the key field, in plain text, and not repeated below.
        auto *problem = field<QLabel>("apiKeyProblem");
        auto *key = field<QLineEdit>("apiKey");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        QVERIFY2(problem->text().contains(u"API key was not accepted"),
                 qPrintable(problem->text()));
        const QRect keyRect(key->mapTo(dialog(), QPoint(0, 0)), key->size());
        const QRect problemRect(problem->mapTo(dialog(), QPoint(0, 0)), problem->size());
        QCOMPARE(problemRect.left(), keyRect.left());
        QVERIFY(problemRect.top() >= keyRect.bottom());
        QVERIFY(problemRect.top() - keyRect.bottom() < 2 * key->height());
        QVERIFY(dialog()->statusText().isEmpty());
        QCOMPARE(QApplication::focusWidget(), key);
        // Typing a new key takes the complaint away.
        QTest::keyClicks(key, DemoServer::apiKey());
        QVERIFY(problem->isHidden());
        QCOMPARE(key->text(), DemoServer::apiKey());

        // The email is still there; the password, sent once, is not, and the field says so.
        clickNext();
        QCOMPARE(dialog()->step(), ConnectDialog::Step::LinkedIn);
        QCOMPARE(field<QLineEdit>("email")->text(), DemoServer::demoEmail());
        QVERIFY(field<QLineEdit>("password")->text().isEmpty());
        QCOMPARE(field<QLineEdit>("password")->placeholderText(), u"Type your password again");
        QCOMPARE(dialog()->focusWidget(), field<QLineEdit>("password")); // what is left to type
        field<QLineEdit>("password")->setText(DemoServer::demoPassword());
        clickNext();
        QTRY_VERIFY(!dialog());
        QCOMPARE(m_session->kind(), Session::Kind::Account);
    }

    void returnPressesNextOnEveryStep()
    {
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        QApplication::setActiveWindow(dialog());
        QVERIFY(QTest::qWaitForWindowActive(dialog()));
        // Typed where the dialog puts the keyboard, and sent with Return alone.
        const auto type = [this](const QString &text, Qt::Key end) {
            QWidget *focus = dialog()->focusWidget();
            QTest::keyClicks(focus, text);
            QTest::keyClick(focus, end);
        };
        QCOMPARE(dialog()->focusWidget(), field<QLineEdit>("apiKey"));
        type(DemoServer::apiKey(), Qt::Key_Return);
        QCOMPARE(dialog()->step(), ConnectDialog::Step::LinkedIn);
        QCOMPARE(dialog()->focusWidget(), field<QLineEdit>("email"));
        type(DemoServer::codeEmail(), Qt::Key_Tab);
        QCOMPARE(dialog()->focusWidget(), field<QLineEdit>("password"));
        type(DemoServer::demoPassword(), Qt::Key_Return);
        QTRY_COMPARE(dialog()->step(), ConnectDialog::Step::Code);
        QCOMPARE(dialog()->focusWidget(), field<QLineEdit>("code"));
        type(DemoServer::verificationCode(), Qt::Key_Return);
        QTRY_VERIFY(!dialog());
        QCOMPARE(m_session->kind(), Session::Kind::Account);
    }

    void goingBackKeepsWhatWasTyped()
    {
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        field<QLineEdit>("apiKey")->setText(QStringLiteral("my-key"));
        selectCountry(dialog(), QStringLiteral("DE"));
        clickNext();
        field<QLineEdit>("email")->setText(QStringLiteral("ada@example.com"));
        field<QLineEdit>("password")->setText(QStringLiteral("typed"));
        QTest::mouseClick(field<QPushButton>("back"), Qt::LeftButton);
        QCOMPARE(dialog()->step(), ConnectDialog::Step::ApiKey);
        QCOMPARE(field<QLineEdit>("apiKey")->text(), QStringLiteral("my-key"));
        QCOMPARE(dialog()->country(), QStringLiteral("DE"));
        clickNext();
        QCOMPARE(field<QLineEdit>("email")->text(), QStringLiteral("ada@example.com"));
        QCOMPARE(field<QLineEdit>("password")->text(), QStringLiteral("typed")); // never sent
    }

    void backComesBeforeNextWhateverThePlatformOrder()
    {
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        QVERIFY(QTest::qWaitForWindowExposed(dialog()));
        QVERIFY(!field<QPushButton>("back")->isVisible()); // nothing to go back to
        field<QLineEdit>("apiKey")->setText(DemoServer::apiKey());
        clickNext();
        auto *back = field<QPushButton>("back");
        auto *next = field<QPushButton>("next");
        QVERIFY(back->isVisible());
        QVERIFY(back->mapTo(dialog(), QPoint()).x() < next->mapTo(dialog(), QPoint()).x());
        // Next and Cancel are in a button box with their roles: the platform orders them.
        auto *box = qobject_cast<QDialogButtonBox *>(next->parentWidget());
        QVERIFY(box);
        QCOMPARE(box->buttonRole(next), QDialogButtonBox::AcceptRole);
        QCOMPARE(box->buttons().size(), 2);
        QCOMPARE(box->buttonRole(box->buttons().at(0) == next ? box->buttons().at(1)
                                                              : box->buttons().at(0)),
                 QDialogButtonBox::RejectRole);
    }

    void theDialogSaysWhereTheSecretsWillBeKept()
    {
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        QVERIFY(storageNote().contains(u"will be kept in the system keychain"));
        QVERIFY(dialog()->isKeychainUsable());
        dialog()->reject();
        QTRY_VERIFY(!dialog());

        // No keychain: known at load, said in the dialog, and nowhere else.
        cleanup();
        init();
        m_keychain.unavailable = true;
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        QCOMPARE(storageNote(),
                 u"No system keychain is available: your API key and login token will be kept "
                 "only until you quit.");
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
        QVERIFY(!m_window->findChild<NoticeBanner *>()->isVisibleTo(m_window.get()));
    }

    void aDemoSessionAsksTheKeychainBeforeTheSecretsAreTyped()
    {
        // The demo never reads the keychain; the connect dialog finds out for itself.
        m_keychain.unavailable = true;
        StartupOptions demo;
        demo.demo = true;
        start(demo);
        QCOMPARE(m_session->kind(), Session::Kind::Demo);
        QVERIFY(!m_vault->hasKeychainAnswered());
        QTest::mouseClick(m_window->demoBanner()->findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(dialog());
        QTRY_VERIFY(storageNote().contains(u"only until you quit"));
        QVERIFY(!dialog()->isKeychainUsable());
        QVERIFY(m_keychain.values.isEmpty());
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }

    void aKeychainFailingAfterConnectingSaysSoOnceInABanner()
    {
        MainWindow *window = start();
        QTRY_VERIFY(window->welcomePanel()->isVisible());
        window->accounts()->connectAccount();
        QVERIFY(storageNote().contains(u"system keychain"));
        m_keychain.unavailable = true; // it worked for the reads, then fails the writes
        logIn(DemoServer::demoEmail(), DemoServer::demoPassword());
        QTRY_VERIFY(!dialog());
        waitForInbox();
        auto *notice = window->findChild<NoticeBanner *>();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->message().contains(u"only until you quit"));
        QVERIFY(window->statusBar()->currentMessage().isEmpty()); // the list's status shows
        QTest::mouseClick(notice->dismissButton(), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
    }

    void networkErrorIsExplained()
    {
        QTcpServer probe; // a port with nobody listening
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        start();
        AccountSettings settings = m_session->settings();
        QVERIFY(settings.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)))
                        .isEmpty());
        m_session->setSettings(settings);
        m_window->accounts()->connectAccount();
        logIn(DemoServer::demoEmail(), DemoServer::demoPassword());
        QTRY_VERIFY2(dialog()->statusText().contains(u"Could not reach the server"),
                     qPrintable(dialog()->statusText()));
        QVERIFY(!dialog()->isBusy());
    }

    void cancelStopsTheRequestThenCloses()
    {
        startWithALateLogin();
        m_window->accounts()->connectAccount();
        logIn(DemoServer::demoEmail(), DemoServer::demoPassword());
        QTRY_VERIFY(dialog()->isBusy());
        QTest::keyClick(dialog(), Qt::Key_Escape);
        QVERIFY(!dialog()->isBusy());
        QVERIFY(dialog()->isVisible());
        QVERIFY(dialog()->statusText().contains(u"Cancelled"));
        QTest::keyClick(dialog(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog());
        QCOMPARE(m_session->kind(), Session::Kind::None);
        QVERIFY(m_keychain.values.isEmpty());
    }

    // The dialog's client is the session's sibling: its own credentials, the session's
    // connections and call policy (a short silence timeout here ends the login early).
    void theLoginKeepsTheSessionsCallPolicyAndLeavesItsCredentials()
    {
        startWithALateLogin();
        CallPolicy quick = m_client->callPolicy();
        quick.timeoutMs = 200;
        m_client->setCallPolicy(quick);
        m_window->accounts()->connectAccount();
        QVERIFY(dialog()->client() != m_client.get());
        QCOMPARE(dialog()->client()->apiBase(), m_session->accountApiBase());
        logIn(DemoServer::demoEmail(), DemoServer::demoPassword());
        // Without the policy the late answer logs in and the dialog goes.
        const auto status = [this] {
            return dialog() ? dialog()->statusText() : QStringLiteral("(the dialog closed)");
        };
        QTRY_VERIFY2(status().contains(u"did not answer in time"), qPrintable(status()));
        QVERIFY(!m_client->hasApiKey()); // typed into the dialog's client only
        QCOMPARE(m_session->kind(), Session::Kind::None);
    }

    void expiredLoginKeepsRowsAndContinuesAfterLoggingInAgain()
    {
        m_keychain.values.insert(SecretStore::apiKeyEntry(), DemoServer::apiKey());
        m_keychain.values.insert(SecretStore::loginTokenEntry(), DemoServer::loginToken());
        start();
        ConversationListModel *model = waitForInbox();
        const int rows = model->rowCount();
        // LinkedIn ends the login: the old token now gets 403 "LinkedIn token expired".
        m_server->setLoginToken(QStringLiteral("fresh-token"));
        const int calls = m_server->inboxCallCount();
        userScrollToBottom(m_window->conversationView());
        QTRY_COMPARE(sync()->state(), State::Error);
        QCOMPARE(sync()->lastError().kind, ApiError::Kind::LoginExpired);
        QCOMPARE(model->rowCount(), rows);
        const QByteArray failedBody = m_server->inboxRequests().at(calls).body;
        const QString failedCursor =
                QJsonDocument::fromJson(failedBody).object().value(u"next_cursor").toString();
        QVERIFY(!failedCursor.isEmpty());

        InboxTab *tab = m_window->tab(InboxCategory::Inbox);
        QVERIFY(tab->errorBanner()->actionButton()->isVisible());
        QVERIFY(tab->errorBanner()->actionButton()->text().contains(u"Log In Again"));
        const int callsBeforeFix = m_server->inboxCallCount();
        QTest::mouseClick(tab->errorBanner()->actionButton(), Qt::LeftButton);
        QVERIFY(dialog());
        QCOMPARE(dialog()->step(), ConnectDialog::Step::LinkedIn);
        QCOMPARE(dialog()->apiKey(), DemoServer::apiKey()); // known already
        QCOMPARE(m_server->inboxCallCount(), callsBeforeFix); // nothing retried by itself
        field<QLineEdit>("email")->setText(DemoServer::demoEmail());
        field<QLineEdit>("password")->setText(DemoServer::demoPassword());
        clickNext();
        QTRY_VERIFY(!dialog());
        QTRY_VERIFY(model->rowCount() > rows);
        const QJsonObject retried =
                QJsonDocument::fromJson(m_server->inboxRequests().at(callsBeforeFix).body).object();
        QCOMPARE(retried.value(u"next_cursor").toString(), failedCursor);
        QCOMPARE(retried.value(u"login_token").toString(), QStringLiteral("fresh-token"));
        QCOMPARE(m_keychain.values.value(SecretStore::loginTokenEntry()),
                 QStringLiteral("fresh-token"));
    }

    void settingsChangeCountryAndPageSize()
    {
        m_keychain.values.insert(SecretStore::apiKeyEntry(), DemoServer::apiKey());
        m_keychain.values.insert(SecretStore::loginTokenEntry(), DemoServer::loginToken());
        start();
        waitForInbox();
        m_window->accounts()->openSettings();
        SettingsDialog *settings = m_window->accounts()->settingsDialog();
        QVERIFY(settings);
        selectCountry(settings, QStringLiteral("DE"));
        auto *pageSize = settings->findChild<QComboBox *>(QStringLiteral("pageSize"));
        pageSize->setCurrentIndex(pageSize->findData(10));
        // An http address that is not loopback is refused, and the dialog stays open.
        auto *apiBase = settings->findChild<QLineEdit *>(QStringLiteral("apiBase"));
        apiBase->setText(QStringLiteral("http://api.example.com/v1"));
        settings->accept();
        QVERIFY(settings->isVisible());
        QVERIFY(settings->findChild<QLabel *>(QStringLiteral("apiBaseProblem"))->isVisible());
        apiBase->setText(m_server->apiBase().toString());
        const int calls = m_server->inboxCallCount();
        settings->accept();
        QTRY_VERIFY(!m_window->accounts()->settingsDialog());
        QCOMPARE(QSettings().value(QStringLiteral("account/country")).toString(),
                 QStringLiteral("DE"));
        // Nothing is bought again for a setting: the next request uses it.
        QTest::qWait(200);
        QCOMPARE(m_server->inboxCallCount(), calls);
        QApplication::setActiveWindow(m_window.get());
        m_window->conversationView()->setFocus();
        QTest::keyClick(m_window->conversationView(), Qt::Key_F5);
        QTRY_VERIFY(m_server->inboxCallCount() > calls);
        const QJsonObject body =
                QJsonDocument::fromJson(m_server->inboxRequests().last().body).object();
        QCOMPARE(body.value(u"country").toString(), QStringLiteral("DE"));
        QCOMPARE(body.value(u"total_results").toInt(), 10);
    }

    void unchangedSettingsReloadNothing()
    {
        m_keychain.values.insert(SecretStore::apiKeyEntry(), DemoServer::apiKey());
        m_keychain.values.insert(SecretStore::loginTokenEntry(), DemoServer::loginToken());
        start();
        ConversationListModel *model = waitForInbox();
        const int calls = m_server->inboxCallCount();
        m_window->accounts()->openSettings();
        m_window->accounts()->settingsDialog()->accept(); // OK without changing anything
        QTRY_VERIFY(!m_window->accounts()->settingsDialog());
        QCOMPARE(m_window->model(), model); // the same list, not a reloaded one
        QCOMPARE(m_server->inboxCallCount(), calls);
    }

    void signOutForgetsTheSecrets()
    {
        m_keychain.values.insert(SecretStore::apiKeyEntry(), DemoServer::apiKey());
        m_keychain.values.insert(SecretStore::loginTokenEntry(), DemoServer::loginToken());
        start();
        waitForInbox();
        // The account's own store, on disk, with what the first page brought.
        QTRY_VERIFY(!m_inbox->database()->path().isEmpty());
        const QString store = m_inbox->database()->path();
        QVERIFY(QFileInfo::exists(store));
        QVERIFY(store != StoreLocation::demoFile());
        m_window->accounts()->openSettings();
        QTest::mouseClick(m_window->accounts()->settingsDialog()->findChild<QPushButton *>(
                                  QStringLiteral("signOut")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        QCOMPARE(m_session->kind(), Session::Kind::None);
        QTRY_VERIFY(m_keychain.values.isEmpty());
        QVERIFY(!m_window->model());
        // Signing out takes the account's conversations off this computer.
        QTRY_VERIFY(!QFileInfo::exists(store));
        QVERIFY(!QFileInfo::exists(store + u"-wal"));
    }

    void noSecretLeavesTheKeychain()
    {
        // A whole session: log in, browse, change a setting, quit. Then no file we
        // write and no log line holds the key, the token or the password.
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("linkup.*=true\nqt.network.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const QString password = DemoServer::demoPassword();
        // A token unlike any other string, so finding it anywhere means it leaked.
        m_server->setLoginToken(QStringLiteral("t0ken-5ecret-77aa"));
        // The account's store where the app keeps it, so the scan below reads it too.
        StoreLocation::setFolder({});
        start();
        QTRY_VERIFY(m_window->welcomePanel()->isVisible());
        m_window->accounts()->connectAccount();
        logIn(DemoServer::demoEmail(), password);
        QTRY_VERIFY(!dialog());
        QVERIFY(waitForInbox());
        sync()->loadMore();
        QTRY_VERIFY(sync()->state() != State::Loading);
        m_window->accounts()->openSettings();
        selectCountry(m_window->accounts()->settingsDialog(), QStringLiteral("UK"));
        m_window->accounts()->settingsDialog()->accept();
        QTRY_VERIFY(m_window->model() && m_window->model()->rowCount() > 0);
        m_window->close();
        cleanup();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("linkup.*.debug=false"));

        const QList<QByteArray> secrets = {DemoServer::apiKey().toUtf8(),
                                           QByteArrayLiteral("t0ken-5ecret-77aa"),
                                           password.toUtf8()};
        const QStringList places = {
                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/'
                        + QCoreApplication::organizationName(),
                QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
        int scanned = 0;
        for (const QString &place : places) {
            QDirIterator files(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                ++scanned;
                for (const QByteArray &secret : secrets)
                    QVERIFY2(!bytes.contains(secret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned > 0); // the settings file at least
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            for (const QByteArray &secret : secrets)
                QVERIFY2(!line.contains(QString::fromUtf8(secret)), qPrintable(line));
        }
    }
};

int main(int argc, char *argv[])
{
    // Rules from the environment beat setFilterRules(); the scan needs every line.
    qunsetenv("QT_LOGGING_RULES");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("linkup.*.debug=false"));
    TestAccountFlow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountflow.moc"
