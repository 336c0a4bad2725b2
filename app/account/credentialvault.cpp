#include "credentialvault.h"

#include "secretstore.h"

#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcAccount, "linkup.account")

namespace {

// Where a secret of this session came from, for the log: never the secret itself.
const char *originOf(const QString &value, const QString &environmentValue)
{
    if (value.isEmpty())
        return "none";
    return value == environmentValue ? "environment" : "keychain";
}

} // namespace

CredentialVault::CredentialVault(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void CredentialVault::load(const QProcessEnvironment &environment)
{
    if (m_pendingReads > 0)
        return; // loaded() follows for the load already running
    m_environmentApiKey = environment.value(QStringLiteral("LINKUP_API_KEY")).trimmed();
    m_environmentLoginToken = environment.value(QStringLiteral("LINKUP_LOGIN_TOKEN")).trimmed();
    m_loaded = false;
    m_pendingReads = 2;
    readEntry(SecretStore::apiKeyEntry(), &m_apiKey, m_environmentApiKey);
    readEntry(SecretStore::loginTokenEntry(), &m_loginToken, m_environmentLoginToken);
}

void CredentialVault::readEntry(const QString &entry, QString *target,
                                const QString &environmentValue)
{
    if (!environmentValue.isEmpty() || !m_keychainUsable) {
        // The environment wins for the session, so the keychain is not even asked.
        if (!environmentValue.isEmpty())
            *target = environmentValue;
        QMetaObject::invokeMethod(this, &CredentialVault::finishRead, Qt::QueuedConnection);
        return;
    }
    const int generation = m_generation;
    m_store->read(entry, this, [this, target, generation](const SecretStore::Result &result) {
        // A store() or signOut() since the read started knows better than the keychain.
        if (generation == m_generation && result.status == SecretStore::Status::Ok)
            *target = result.value;
        noteAnswer(result);
        finishRead();
    });
}

void CredentialVault::finishRead()
{
    if (--m_pendingReads > 0)
        return;
    m_loaded = true;
    qCDebug(lcAccount, "credentials loaded; api key: %s, login token: %s",
            originOf(m_apiKey, m_environmentApiKey),
            originOf(m_loginToken, m_environmentLoginToken));
    emit loaded();
}

void CredentialVault::store(const QString &apiKey, const QString &loginToken)
{
    ++m_generation;
    const bool different = apiKey != m_apiKey || loginToken != m_loginToken;
    m_apiKey = apiKey;
    m_loginToken = loginToken;
    persist(SecretStore::apiKeyEntry(), apiKey, m_environmentApiKey);
    persist(SecretStore::loginTokenEntry(), loginToken, m_environmentLoginToken);
    if (different)
        emit changed();
}

void CredentialVault::storeLoginToken(const QString &loginToken)
{
    ++m_generation;
    const bool different = loginToken != m_loginToken;
    m_loginToken = loginToken;
    persist(SecretStore::loginTokenEntry(), loginToken, m_environmentLoginToken);
    if (different)
        emit changed();
}

void CredentialVault::signOut()
{
    ++m_generation;
    const bool different = !m_apiKey.isEmpty() || !m_loginToken.isEmpty();
    m_apiKey.clear();
    m_loginToken.clear();
    m_environmentApiKey.clear();
    m_environmentLoginToken.clear();
    // Removed from the keychain even after it failed once: whatever an earlier session
    // left there must go, and a failure now is at worst reported again in the log.
    const auto done = [this](const SecretStore::Result &result) { noteAnswer(result); };
    m_store->remove(SecretStore::apiKeyEntry(), this, done);
    m_store->remove(SecretStore::loginTokenEntry(), this, done);
    qCDebug(lcAccount, "signed out");
    if (different)
        emit changed();
}

void CredentialVault::persist(const QString &entry, const QString &value,
                              const QString &environmentValue)
{
    if (!environmentValue.isEmpty() && value == environmentValue)
        return; // the environment's secrets are for this session only
    if (!m_keychainUsable && !value.isEmpty())
        return; // memory only from now on
    const auto done = [this](const SecretStore::Result &result) { noteAnswer(result); };
    if (value.isEmpty())
        m_store->remove(entry, this, done);
    else
        m_store->write(entry, value, this, done);
}

void CredentialVault::checkKeychain()
{
    if (m_keychainAnswered || m_checking || !m_keychainUsable)
        return;
    m_checking = true;
    m_store->read(SecretStore::checkEntry(), this, [this](const SecretStore::Result &result) {
        m_checking = false;
        noteAnswer(result);
    });
}

void CredentialVault::noteAnswer(const SecretStore::Result &result)
{
    m_keychainAnswered = true;
    if (result.status == SecretStore::Status::Unavailable)
        noteUnavailable(result.detail);
}

void CredentialVault::noteUnavailable(const QString &detail)
{
    m_keychainUsable = false;
    if (m_unavailableReported) {
        qCDebug(lcAccount, "keychain still unavailable: %s", qUtf8Printable(detail));
        return;
    }
    m_unavailableReported = true;
    qCWarning(lcAccount, "keychain unavailable, secrets stay in memory for this session: %s",
              qUtf8Printable(detail));
    emit keychainUnavailable(tr("No system keychain is available: your API key and login token "
                                "will be kept only until you quit."));
}
