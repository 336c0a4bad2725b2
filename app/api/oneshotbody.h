#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body Qt's HTTP layer can send once only. Qt (6.4) sends a request again by
// itself when the connection drops after the request went out and before any byte of the
// answer came (up to twice); for a message that is a second message, for a login a second
// code. A body that cannot be rewound turns that resend into an error the app shows
// instead (ContentReSendError). Sequential, never seekable; read once, front to back.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_body.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};
