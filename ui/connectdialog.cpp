#include "connectdialog.h"

#include "account/accountsettings.h"
#include "account/loginflow.h"
#include "api/apierror.h"
#include "api/linkupclient.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A masked field with a Show/Hide button beside it (a text button: readable and
// reachable with the keyboard, unlike an icon-only action inside the field).
QWidget *withRevealButton(QLineEdit *field)
{
    auto *reveal = new QToolButton;
    reveal->setCheckable(true);
    reveal->setText(ConnectDialog::tr("Show"));
    reveal->setToolTip(ConnectDialog::tr("Show or hide what you typed"));
    reveal->setObjectName(field->objectName() + QStringLiteral("Reveal"));
    QObject::connect(reveal, &QToolButton::toggled, field, [field, reveal](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(shown ? ConnectDialog::tr("Hide") : ConnectDialog::tr("Show"));
    });
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(reveal);
    return row;
}

QLabel *explanation(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(const QUrl &apiBase, const QString &country, QWidget *parent)
    : QDialog(parent)
    , m_client(new LinkupClient(this))
    , m_flow(new LoginFlow(m_client, this))
    , m_pages(new QStackedWidget)
    , m_apiKey(new QLineEdit)
    , m_country(new QComboBox)
    , m_useLogin(new QRadioButton(tr("Log in with my LinkedIn email and password")))
    , m_useToken(new QRadioButton(tr("Use a login token I already have")))
    , m_loginFields(new QWidget)
    , m_tokenFields(new QWidget)
    , m_email(new QLineEdit)
    , m_password(new QLineEdit)
    , m_token(new QLineEdit)
    , m_codePrompt(new QLabel)
    , m_code(new QLineEdit)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_back(new QPushButton(tr("&Back")))
    , m_next(new QPushButton(tr("&Next")))
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setWindowTitle(tr("Connect your account"));
    m_client->setApiBase(apiBase);

    m_pages->addWidget(createKeyPage());
    m_pages->addWidget(createLinkedInPage());
    m_pages->addWidget(createCodePage());

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // server text, never markup
    m_status->setObjectName(QStringLiteral("status"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_next->setDefault(true);
    m_next->setObjectName(QStringLiteral("next"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    // The country list and the default come from the settings' one list.
    m_country->addItems(AccountSettings::countries());
    m_country->setCurrentText(country);

    connect(m_back, &QPushButton::clicked, this, &ConnectDialog::goBack);
    connect(m_next, &QPushButton::clicked, this, &ConnectDialog::goForward);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(m_flow, &LoginFlow::busyChanged, this, &ConnectDialog::updateButtons);
    connect(m_flow, &LoginFlow::codeRequired, this, &ConnectDialog::onCodeRequired);
    connect(m_flow, &LoginFlow::succeeded, this, &ConnectDialog::finish);
    connect(m_flow, &LoginFlow::failed, this, &ConnectDialog::onFailed);
    for (QLineEdit *field : {m_apiKey, m_email, m_password, m_token, m_code})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_useLogin, &QRadioButton::toggled, this, &ConnectDialog::updateButtons);
    showStep(Step::ApiKey);
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

ConnectDialog::~ConnectDialog() = default;

QWidget *ConnectDialog::createKeyPage()
{
    auto *page = new QWidget;
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Your LinkupAPI key"));
    m_country->setObjectName(QStringLiteral("country"));
    auto *form = new QFormLayout(page);
    form->addRow(explanation(tr("Linkup Inbox reads your inbox through LinkupAPI. Your key "
                                "is kept in this computer's keychain, never in a file.")));
    form->addRow(tr("API &key:"), withRevealButton(m_apiKey));
    form->addRow(tr("Proxy c&ountry:"), m_country);
    return page;
}

QWidget *ConnectDialog::createLinkedInPage()
{
    auto *page = new QWidget;
    auto *choice = new QButtonGroup(page);
    choice->addButton(m_useLogin);
    choice->addButton(m_useToken);
    m_useLogin->setChecked(true);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);

    auto *loginForm = new QFormLayout(m_loginFields);
    loginForm->setContentsMargins(24, 0, 0, 0);
    loginForm->addRow(tr("&Email:"), m_email);
    loginForm->addRow(tr("&Password:"), withRevealButton(m_password));
    auto *tokenForm = new QFormLayout(m_tokenFields);
    tokenForm->setContentsMargins(24, 0, 0, 0);
    tokenForm->addRow(tr("&Login token:"), withRevealButton(m_token));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("Your password is sent once to LinkupAPI to log in to "
                                     "LinkedIn and is not stored anywhere.")));
    layout->addWidget(m_useLogin);
    layout->addWidget(m_loginFields);
    layout->addWidget(m_useToken);
    layout->addWidget(m_tokenFields);
    layout->addStretch();
    return page;
}

QWidget *ConnectDialog::createCodePage()
{
    auto *page = new QWidget;
    m_codePrompt->setWordWrap(true);
    m_codePrompt->setTextFormat(Qt::PlainText);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaxLength(12);
    auto *form = new QFormLayout(page);
    form->addRow(m_codePrompt);
    form->addRow(tr("Verification &code:"), m_code);
    return page;
}

void ConnectDialog::setApiKey(const QString &apiKey)
{
    m_apiKey->setText(apiKey);
}

void ConnectDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(int(step));
    switch (step) {
    case Step::ApiKey: m_apiKey->setFocus(); break;
    case Step::LinkedIn: (m_useLogin->isChecked() ? m_email : m_token)->setFocus(); break;
    case Step::Code: m_code->setFocus(); break;
    }
    updateButtons();
}

ConnectDialog::Step ConnectDialog::step() const
{
    return Step(m_pages->currentIndex());
}

QString ConnectDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

QString ConnectDialog::country() const
{
    return m_country->currentText();
}

bool ConnectDialog::isBusy() const
{
    return m_flow->isBusy();
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::goForward()
{
    showStatus({}, false);
    switch (step()) {
    case Step::ApiKey: showStep(Step::LinkedIn); break;
    case Step::LinkedIn:
        if (m_useToken->isChecked())
            finish(m_token->text().trimmed());
        else
            startLogin();
        break;
    case Step::Code: submitCode(); break;
    }
}

void ConnectDialog::goBack()
{
    m_flow->cancel();
    showStatus({}, false);
    showStep(step() == Step::Code ? Step::LinkedIn : Step::ApiKey);
}

void ConnectDialog::startLogin()
{
    m_client->setApiKey(apiKey());
    const QString password = m_password->text();
    m_password->clear(); // gone from the dialog once sent; typed again after a failure
    showStatus(tr("Logging in to LinkedIn…"), false);
    m_flow->start(m_email->text().trimmed(), password, country());
}

void ConnectDialog::submitCode()
{
    const QString code = m_code->text();
    m_code->clear();
    showStatus(tr("Checking the code…"), false);
    m_flow->submitCode(code);
}

void ConnectDialog::onCodeRequired(const QString &email)
{
    m_codePrompt->setText(tr("LinkedIn sent a verification code to %1. Type it here.").arg(email));
    showStatus({}, false);
    showStep(Step::Code);
}

void ConnectDialog::onFailed(const ApiError &error)
{
    showStatus(error.message, true);
    if (error.kind == ApiError::Kind::InvalidApiKey)
        showStep(Step::ApiKey);
    else if (step() == Step::LinkedIn && error.kind == ApiError::Kind::LoginFailed)
        m_password->setFocus();
}

void ConnectDialog::finish(const QString &loginToken)
{
    m_loginToken = loginToken;
    accept();
}

void ConnectDialog::reject()
{
    // Cancel during a request stops the request; a second Cancel closes the dialog.
    if (m_flow->isBusy()) {
        m_flow->cancel();
        showStatus(tr("Cancelled."), false);
        return;
    }
    QDialog::reject();
}

void ConnectDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? QColor(0xc6, 0x28, 0x28)
                             : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void ConnectDialog::updateButtons()
{
    const bool busy = m_flow->isBusy();
    m_progress->setVisible(busy);
    m_pages->setEnabled(!busy);
    m_loginFields->setEnabled(m_useLogin->isChecked());
    m_tokenFields->setEnabled(m_useToken->isChecked());
    m_back->setVisible(step() != Step::ApiKey);
    m_back->setEnabled(!busy);
    bool ready = false;
    switch (step()) {
    case Step::ApiKey:
        m_next->setText(tr("&Next"));
        ready = !apiKey().isEmpty();
        break;
    case Step::LinkedIn:
        m_next->setText(tr("&Connect"));
        ready = m_useToken->isChecked()
                ? !m_token->text().trimmed().isEmpty()
                : !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty();
        break;
    case Step::Code:
        m_next->setText(tr("&Verify"));
        ready = !m_code->text().trimmed().isEmpty();
        break;
    }
    m_next->setEnabled(ready && !busy);
}
