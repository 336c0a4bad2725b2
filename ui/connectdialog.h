#pragma once

#include <QDialog>
#include <QUrl>

class CountryComboBox;
class LinkupClient;
class LoginFlow;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
struct ApiError;

// Connects an account in two short steps: the LinkupAPI key and proxy country, then the
// LinkedIn login (email and password, and a verification code when LinkedIn asks) or a
// login token pasted in. Every step shows progress, can be cancelled, and says what went
// wrong in plain words, next to the field it is about when there is one. Going back keeps
// what was typed, except the password and the code: they leave their fields as soon as
// they are sent (and the dialog says to type the password again). It talks through a client
// of its own, so nothing changes until it succeeds.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // The dialog's own client (it takes the one it is given, pointed at the account's API,
    // with no credentials): nothing of the session changes until a login succeeds.
    LinkupClient *client() const { return m_client; }
    enum class Step { ApiKey, LinkedIn, Code };
    Q_ENUM(Step)

    ConnectDialog(LinkupClient *client, const QString &country, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Where the secrets will be kept, said on the first step before any is typed: the
    // system keychain, or memory until the app quits. Can change while the dialog is open.
    void setKeychainUsable(bool usable);
    bool isKeychainUsable() const { return m_keychainUsable; }

    // For "Log in again" / "Change API key": what is known already, and where to begin.
    void setApiKey(const QString &apiKey);
    void showStep(Step step);
    Step step() const;

    // After accept().
    QString apiKey() const;
    QString loginToken() const { return m_loginToken; }
    QString country() const;

    bool isBusy() const;
    QString statusText() const;
    // The server's word on the key, shown under the key field; empty when none.
    QString apiKeyProblem() const;

public slots:
    void reject() override;

private:
    QWidget *createKeyPage();
    QWidget *createLinkedInPage();
    QWidget *createCodePage();
    void goForward();
    void goBack();
    void startLogin();
    void submitCode();
    void onCodeRequired(const QString &email);
    void onFailed(const ApiError &error);
    void finish(const QString &loginToken);
    void showStatus(const QString &text, bool isError);
    void showKeyProblem(const QString &text);
    void forgetPassword();
    void updateButtons();

    LinkupClient *m_client;
    LoginFlow *m_flow;
    QStackedWidget *m_pages;
    QLabel *m_storageNote;
    QLineEdit *m_apiKey;
    QLabel *m_keyProblem;
    CountryComboBox *m_country;
    QRadioButton *m_useLogin;
    QRadioButton *m_useToken;
    QWidget *m_loginFields;
    QWidget *m_tokenFields;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLabel *m_codePrompt;
    QLineEdit *m_code;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QString m_loginToken;
    bool m_keychainUsable = true;
};
