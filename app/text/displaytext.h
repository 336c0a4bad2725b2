#pragma once

#include <QString>

// Makes untrusted server text safe to show: control characters and bidi embedding,
// override and isolate characters are removed (a name must not reorder the text around
// it), line breaks and tabs become spaces, and the length is bounded so eliding and
// painting stay cheap whatever the server sends.
namespace DisplayText {

constexpr int DefaultMaxChars = 1000;

QString singleLine(const QString &raw, int maxChars = DefaultMaxChars);

// The first word of a name, for "Anna: …" prefixes in group conversations.
QString firstName(const QString &displayName);

} // namespace DisplayText
