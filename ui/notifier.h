#pragma once

#include <QObject>

// Where desktop notifications go: the system tray's balloons and the desktop's
// notification service, or a test's fake. Text arrives plain; an implementation shows
// it as plain text whatever the platform does with markup.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    virtual void show(const QString &title, const QString &body, const QString &conversationId) = 0;

signals:
    // The user clicked the notification of this conversation.
    void clicked(const QString &conversationId);
};
