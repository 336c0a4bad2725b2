#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

// Links from the API kept as text: the text QUrl would give back for them, or nothing
// when QUrl (StrictMode) refuses them. Parsing a QUrl costs more than decoding the rest
// of a conversation, so a page keeps strings and a QUrl is made only where one is used
// (opening, fetching). The verdict is QUrl's own: a plain URL whose text QUrl keeps as
// it is skips the QUrl, anything else goes through it.
namespace UrlText {

// text trimmed, when it is a URL in QUrl's StrictMode, in the form QUrl::toString()
// gives; else an empty string.
QString canonical(QString text);

// The QUrl of a canonical text (an empty QUrl for an empty text), parsed as the parser
// reads it.
QUrl toUrl(const QString &text);

// True when text is an http(s) URL made only of what QUrl neither refuses nor rewrites
// (a lower-case ASCII host name or dotted IPv4, a plain port, then unreserved ASCII,
// delimiters, letters and digits; no percent sign): then it is its own canonical form.
// False says nothing: QUrl decides.
bool isPlainCanonical(QStringView text);

} // namespace UrlText
