#include "memorysecretstore.h"

#include <QMetaObject>
#include <QObject>

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result result;
    const auto found = m_values.constFind(key);
    if (found == m_values.cend())
        result.status = Status::NotFound;
    else
        result.value = *found;
    answerLater(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context,
                              Callback done)
{
    m_values.insert(key, value);
    answerLater(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result result;
    if (m_values.remove(key) == 0)
        result.status = Status::NotFound;
    answerLater(context, std::move(done), result);
}

void MemorySecretStore::answerLater(QObject *context, Callback done, const Result &result)
{
    // Queued, so callers see the same order of events as with a real keychain.
    QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result] {
                if (done)
                    done(result);
            },
            Qt::QueuedConnection);
}
