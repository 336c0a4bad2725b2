#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

// One HTTP/1.1 request as the built-in server read it (bounded: see HttpRequestReader).
struct HttpRequest
{
    QByteArray method; // "POST"
    QByteArray target; // path and query as sent: "/v1/messages/inbox"
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray path() const
    {
        const qsizetype query = target.indexOf('?');
        return query < 0 ? target : target.left(query);
    }
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// What the built-in server answers.
struct HttpAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

// How an answer goes out: as it is, or the ways a broken server or network sends it.
struct Delivery
{
    int delayMs = 0;
    bool truncate = false; // the body cut in the middle
    bool drop = false; // the connection closes before any byte
    bool never = false; // the request is read and never answered
    // After the answer's body, this many more bytes of JSON white space (-1: without end),
    // chunkBytes at a time every chunkIntervalMs: a reply too large, or a slow drip.
    qint64 streamBytes = 0;
    bool declareLength = true; // a Content-Length for the whole streamed body
    int chunkBytes = 64 * 1024;
    int chunkIntervalMs = 0;
};
