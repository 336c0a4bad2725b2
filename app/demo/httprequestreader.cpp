#include "httprequestreader.h"

#include <QTcpSocket>

HttpRequestReader::HttpRequestReader(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &HttpRequestReader::onReadyRead);
}

void HttpRequestReader::onReadyRead()
{
    if (m_done) {
        m_socket->readAll(); // one request per connection: the rest is ignored
        return;
    }
    const qint64 room = m_bodyLength < 0 ? MaxHeadBytes + 4 - m_buffer.size()
                                         : m_bodyLength - m_request.body.size();
    const QByteArray chunk = m_socket->read(qMax<qint64>(0, room));
    if (m_bodyLength < 0) {
        m_buffer.append(chunk);
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > MaxHeadBytes)
                refuse(431, "Request header fields too large");
            return;
        }
        if (!parseHead(headEnd))
            return;
        m_request.body = m_buffer.mid(headEnd + 4, m_bodyLength);
        m_buffer.clear();
    } else {
        m_request.body.append(chunk);
    }
    if (m_request.body.size() >= m_bodyLength) {
        m_done = true;
        emit received(m_request);
    } else if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
    }
}

bool HttpRequestReader::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(400, "Bad request line");
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400, "Bad header line");
            return false;
        }
        m_request.headers.insert(line.left(colon).trimmed().toLower(),
                                 line.mid(colon + 1).trimmed());
    }
    if (m_request.headers.contains("transfer-encoding")) {
        refuse(411, "Length required");
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0) {
        refuse(400, "Bad Content-Length");
        return false;
    }
    if (m_bodyLength > MaxBodyBytes) {
        refuse(413, "Request body too large");
        return false;
    }
    return true;
}

void HttpRequestReader::refuse(int httpStatus, const QByteArray &message)
{
    m_done = true;
    m_buffer.clear();
    emit refused(httpStatus, message);
}
