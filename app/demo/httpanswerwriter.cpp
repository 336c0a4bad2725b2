#include "httpanswerwriter.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace HttpAnswerWriter {

namespace {

constexpr qint64 MaxUnsentBytes = 1024 * 1024; // a slow reader is not flooded

QByteArray headOf(const HttpAnswer &answer, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
            + reasonPhrase(answer.status) + "\r\nContent-Type: " + answer.contentType;
    if (contentLength >= 0)
        head += "\r\nContent-Length: " + QByteArray::number(contentLength);
    head += "\r\nConnection: close\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

// Writes white space after the body, a chunk at a time, until done or the peer is gone.
void stream(QTcpSocket *socket, qint64 remaining, const Delivery &delivery)
{
    auto *timer = new QTimer(socket);
    const QByteArray chunk(delivery.chunkBytes, ' ');
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, chunk, remaining]() mutable {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (socket->bytesToWrite() > MaxUnsentBytes)
            return;
        const qint64 size = remaining < 0 ? chunk.size() : qMin<qint64>(chunk.size(), remaining);
        socket->write(chunk.constData(), size);
        if (remaining > 0) {
            remaining -= size;
            if (remaining == 0) {
                timer->stop();
                socket->disconnectFromHost();
            }
        }
    });
    timer->start(delivery.chunkIntervalMs);
}

void write(QTcpSocket *socket, const HttpAnswer &answer, const Delivery &delivery)
{
    if (delivery.drop) {
        socket->abort();
        return;
    }
    if (delivery.never)
        return; // the socket stays open until the client gives up
    QByteArray body = answer.body;
    if (delivery.truncate)
        body.truncate(body.size() / 2);
    if (delivery.streamBytes == 0) {
        socket->write(headOf(answer, body.size()) + body);
        socket->disconnectFromHost();
        return;
    }
    const qint64 declared = delivery.declareLength && delivery.streamBytes > 0
            ? body.size() + delivery.streamBytes
            : -1;
    socket->write(headOf(answer, declared) + body);
    stream(socket, delivery.streamBytes, delivery);
}

} // namespace

void deliver(QTcpSocket *socket, const HttpAnswer &answer, const Delivery &delivery)
{
    if (delivery.delayMs <= 0) {
        write(socket, answer, delivery);
        return;
    }
    QPointer<QTcpSocket> target(socket);
    QTimer::singleShot(delivery.delayMs, socket, [target, answer, delivery] {
        if (target)
            write(target, answer, delivery);
    });
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace HttpAnswerWriter
