#pragma once

#include "httpmessage.h"

#include <QObject>

class QTcpSocket;

// Reads one HTTP/1.1 request from a socket, within bounds: the head (request line and
// headers) at most MaxHeadBytes, the body at most MaxBodyBytes, refused from its
// Content-Length before a byte of it is read; chunked bodies are not accepted (no
// LinkupAPI client sends one). Lives as a child of the socket.
class HttpRequestReader : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    explicit HttpRequestReader(QTcpSocket *socket);

signals:
    void received(const HttpRequest &request);
    // Not a request the server takes: answer with this status and close.
    void refused(int httpStatus, const QByteArray &message);

private:
    void onReadyRead();
    bool parseHead(qsizetype headEnd);
    void refuse(int httpStatus, const QByteArray &message);

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_bodyLength = -1; // known once the head is read
    bool m_done = false;
};
