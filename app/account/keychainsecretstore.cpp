#include "keychainsecretstore.h"

#include <QMetaObject>
#include <QObject>

#ifdef LINKUP_HAVE_QTKEYCHAIN
#  include <qt6keychain/keychain.h>
#endif

namespace {

#ifdef LINKUP_HAVE_QTKEYCHAIN

SecretStore::Result resultOf(const QKeychain::Job *job)
{
    SecretStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError: break;
    case QKeychain::EntryNotFound: result.status = SecretStore::Status::NotFound; break;
    default:
        // No backend, access denied, a locked wallet the user would not open, ...: all
        // mean the same to the app, which then keeps the secret in memory only.
        result.status = SecretStore::Status::Unavailable;
        result.detail = job->errorString();
        break;
    }
    return result;
}

// Sets up a job the way every call needs it and reports its end to done via context.
template <typename JobType>
JobType *newJob(const QString &key, QObject *context, SecretStore::Callback done)
{
    auto *job = new JobType(KeychainSecretStore::serviceName());
    job->setAutoDelete(true); // the job deletes itself once finished
    // Never let QtKeychain write a secret to a plain settings file when there is no
    // keychain: the app keeps it in memory instead.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finishedJob) {
                         SecretStore::Result result = resultOf(finishedJob);
                         if (result.status == SecretStore::Status::Ok) {
                             if (auto *reader =
                                         qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
                                 result.value = reader->textData();
                         }
                         if (done)
                             done(result);
                     });
    return job;
}

#else

void answerUnavailable(QObject *context, SecretStore::Callback done)
{
    SecretStore::Result result;
    result.status = SecretStore::Status::Unavailable;
    result.detail = QStringLiteral("built without QtKeychain");
    QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result] {
                if (done)
                    done(result);
            },
            Qt::QueuedConnection);
}

#endif

} // namespace

bool KeychainSecretStore::isBuiltIn()
{
#ifdef LINKUP_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
#ifdef LINKUP_HAVE_QTKEYCHAIN
    newJob<QKeychain::ReadPasswordJob>(key, context, std::move(done))->start();
#else
    Q_UNUSED(key);
    answerUnavailable(context, std::move(done));
#endif
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context,
                                Callback done)
{
#ifdef LINKUP_HAVE_QTKEYCHAIN
    auto *job = newJob<QKeychain::WritePasswordJob>(key, context, std::move(done));
    job->setTextData(value);
    job->start();
#else
    Q_UNUSED(key);
    Q_UNUSED(value);
    answerUnavailable(context, std::move(done));
#endif
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
#ifdef LINKUP_HAVE_QTKEYCHAIN
    newJob<QKeychain::DeletePasswordJob>(key, context, std::move(done))->start();
#else
    Q_UNUSED(key);
    answerUnavailable(context, std::move(done));
#endif
}
