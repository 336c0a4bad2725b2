#pragma once

#include "apiusage.h"

#include <QDateTime>
#include <QObject>

// Whether the API can be reached, as the last HTTP attempt of any call told: no answer
// at all (refused, reset, silence) means offline; any HTTP answer, even an error, means
// online again. Lists show "Offline" from this and go on when it comes back.
class Connectivity : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isOffline() const { return m_offline; }
    // When the app went offline (invalid while online).
    QDateTime offlineSince() const { return m_since; }

    void record(const ApiUsageRecord &attempt);

signals:
    void offlineChanged(bool offline);

private:
    bool m_offline = false;
    QDateTime m_since;
};
