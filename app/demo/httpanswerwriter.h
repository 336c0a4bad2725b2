#pragma once

#include "httpmessage.h"

class QTcpSocket;

// Writes an answer to a socket by hand rather than through a server framework, so that
// it can be delayed safely (the socket may be gone by then), cut short, never sent, or
// streamed without end, as the tests of a client against broken servers need.
namespace HttpAnswerWriter {

void deliver(QTcpSocket *socket, const HttpAnswer &answer, const Delivery &delivery = {});

QByteArray reasonPhrase(int status);

} // namespace HttpAnswerWriter
