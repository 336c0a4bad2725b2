#include "connectdialog.h"

#include "account/loginflow.h"
#include "api/apierror.h"
#include "api/linkupclient.h"
#include "countrycombobox.h"
#include "painting.h"

#include <QButtonGroup>
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

// A labelled secret field: the label sits beside the field's row, not beside the field,
// so it is made the field's buddy and names it for screen readers explicitly.
void addSecretRow(QFormLayout *form, const QString &label, QLineEdit *field)
{
    QWidget *row = withRevealButton(field);
    row->setFocusProxy(field);
    form->addRow(label, row);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(row)))
        buddy->setBuddy(field);
    field->setAccessibleName(QString(label).remove(u'&').remove(u':').trimmed());
}

QLabel *explanation(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setErrorColor(QLabel *label, bool isError)
{
    QPalette palette = label->palette();
    const QPalette &parent = label->parentWidget() ? label->parentWidget()->palette() : palette;
    palette.setColor(QPalette::WindowText,
                     isError ? Painting::errorTextColor(parent)
                             : parent.color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

ConnectDialog::ConnectDialog(LinkupClient *client, const QString &country, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_flow(new LoginFlow(m_client, this))
    , m_pages(new QStackedWidget)
    , m_storageNote(explanation())
    , m_apiKey(new QLineEdit)
    , m_keyProblem(explanation())
    , m_country(new CountryComboBox)
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
    m_client->setParent(this); // its calls end with the dialog

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

    // Next and Cancel in the platform's order; Back outside the box, on the leading
    // side: as an ActionRole button some platforms would put it after Next.
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_next, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_next->setDefault(true);
    m_next->setObjectName(QStringLiteral("next"));
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setAutoDefault(false);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_back);
    buttonRow->addWidget(buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttonRow);

    m_country->setCountry(country);
    setKeychainUsable(true);

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
    connect(m_apiKey, &QLineEdit::textEdited, this, [this] { showKeyProblem({}); });
    showStep(Step::ApiKey);
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

ConnectDialog::~ConnectDialog() = default;

QWidget *ConnectDialog::createKeyPage()
{
    auto *page = new QWidget;
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Your LinkupAPI key"));
    m_country->setObjectName(QStringLiteral("country"));
    m_storageNote->setObjectName(QStringLiteral("storageNote"));
    m_keyProblem->setObjectName(QStringLiteral("apiKeyProblem"));
    m_keyProblem->hide();
    auto *form = new QFormLayout(page);
    form->setVerticalSpacing(8);
    form->addRow(explanation(tr("Linkup Inbox reads your inbox through LinkupAPI, with your "
                                "LinkupAPI key.")));
    form->addRow(m_storageNote);
    form->addItem(new QSpacerItem(0, 4));
    addSecretRow(form, tr("API &key:"), m_apiKey);
    form->addRow(static_cast<QWidget *>(nullptr), m_keyProblem); // right under the key
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
    addSecretRow(loginForm, tr("&Password:"), m_password);
    auto *tokenForm = new QFormLayout(m_tokenFields);
    tokenForm->setContentsMargins(24, 0, 0, 0);
    addSecretRow(tokenForm, tr("&Login token:"), m_token);

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

void ConnectDialog::setKeychainUsable(bool usable)
{
    m_keychainUsable = usable;
    m_storageNote->setText(
            usable ? tr("Your API key and login token will be kept in the system keychain.")
                   : tr("No system keychain is available: your API key and login token will be "
                        "kept only until you quit."));
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
    case Step::LinkedIn:
        // Where typing is left to do: back from a refused key, only the password is.
        (m_useToken->isChecked()             ? m_token
                 : m_email->text().isEmpty() ? m_email
                                             : m_password)
                ->setFocus();
        break;
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
    return m_country->country();
}

bool ConnectDialog::isBusy() const
{
    return m_flow->isBusy();
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

QString ConnectDialog::apiKeyProblem() const
{
    return m_keyProblem->isHidden() ? QString() : m_keyProblem->text();
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
    forgetPassword(); // gone from the dialog once sent; typed again after a failure
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
    if (error.kind == ApiError::Kind::InvalidApiKey) {
        // Said where it can be fixed; what the LinkedIn step holds (the email) stays.
        showStatus({}, false);
        showKeyProblem(error.message);
        showStep(Step::ApiKey);
        m_apiKey->selectAll();
        return;
    }
    showStatus(error.message, true);
    if (step() == Step::LinkedIn && error.kind == ApiError::Kind::LoginFailed)
        m_password->setFocus();
}

void ConnectDialog::showKeyProblem(const QString &text)
{
    m_keyProblem->setText(text);
    setErrorColor(m_keyProblem, true);
    m_keyProblem->setVisible(!text.isEmpty());
}

void ConnectDialog::forgetPassword()
{
    // A careful app keeps no password once it is sent, even to spare the user typing it
    // again after another step failed; the empty field says so.
    m_password->clear();
    m_password->setPlaceholderText(tr("Type your password again"));
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
    setErrorColor(m_status, isError);
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
    // Return means Next on every step: a disabled button loses its default state.
    m_next->setDefault(true);
}
