#pragma once

#include <QString>

// Makes untrusted server text safe to show: control characters and bidi embedding,
// override and isolate characters are removed (a name must not reorder the text around
// it), and so are invisible format characters (zero-width space, word joiner, BOM,
// soft hyphen, stray joiners and tags) that only serve to forge look-alike names,
// while the joiners inside emoji sequences and words, and the marks right-to-left text
// needs (LRM, RLM, ALM), stay. Line breaks and tabs become spaces, and the length is
// bounded so eliding and painting stay cheap whatever the server sends.
namespace DisplayText {

constexpr int DefaultMaxChars = 1000;

QString singleLine(const QString &raw, int maxChars = DefaultMaxChars);

constexpr int DefaultMultiLineMaxChars = 20000;

// The same cleaning for text shown wrapped over several lines (a message in a thread):
// line breaks are kept, every kind of them as '\n' ("\r\n" counts once), tabs become
// spaces, and each line keeps its inner spacing and indentation. Blank lines at both
// ends and spaces at line ends go, and a run of empty lines shrinks to one, so a flood
// of line breaks cannot make a message taller than its words.
QString multiLine(const QString &raw, int maxChars = DefaultMultiLineMaxChars);

// The first word of a name, for "Anna: …" prefixes in group conversations.
QString firstName(const QString &displayName);

} // namespace DisplayText
