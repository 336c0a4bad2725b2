#pragma once

#include "account/secretstore.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

// A keychain stand-in for tests: keeps what was written in plain view, answers later
// like a real keychain, and can play one that is missing (every call Unavailable) or
// slow (answers held until release()).
class FakeSecretStore : public SecretStore
{
public:
    QHash<QString, QString> values;
    bool unavailable = false;
    bool holdAnswers = false;
    int reads = 0;
    int writes = 0;
    int removes = 0;

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        Result result = failure();
        if (result.status == Status::Ok) {
            if (values.contains(key))
                result.value = values.value(key);
            else
                result.status = Status::NotFound;
        }
        answer(context, std::move(done), result);
    }

    void write(const QString &key, const QString &value, QObject *context, Callback done) override
    {
        ++writes;
        const Result result = failure();
        if (result.status == Status::Ok)
            values.insert(key, value);
        answer(context, std::move(done), result);
    }

    void remove(const QString &key, QObject *context, Callback done) override
    {
        ++removes;
        Result result = failure();
        if (result.status == Status::Ok && values.remove(key) == 0)
            result.status = Status::NotFound;
        answer(context, std::move(done), result);
    }

    // Sends the answers held while holdAnswers was on, in order.
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &send : held)
            send();
    }

private:
    Result failure() const
    {
        Result result;
        if (unavailable) {
            result.status = Status::Unavailable;
            result.detail = QStringLiteral("No keychain service available (fake)");
        }
        return result;
    }

    void answer(QObject *context, Callback done, const Result &result)
    {
        auto send = [target = QPointer<QObject>(context), done = std::move(done), result] {
            if (!target)
                return;
            QMetaObject::invokeMethod(
                    target.data(), [done, result] { done(result); }, Qt::QueuedConnection);
        };
        if (holdAnswers)
            m_held.append(send);
        else
            send();
    }

    QList<std::function<void()>> m_held;
};
