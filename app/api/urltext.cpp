#include "urltext.h"

namespace UrlText {

namespace {

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// QStringView::startsWith() with a string is a call into Qt; this is a few compares.
template <qsizetype N>
bool startsWith(QStringView text, const char (&prefix)[N])
{
    if (text.size() < N - 1)
        return false;
    for (qsizetype i = 0; i < N - 1; ++i) {
        if (text[i] != QLatin1Char(prefix[i]))
            return false;
    }
    return true;
}

// RFC 3986 unreserved, sub-delims, ':', '@', '/' and '?': the ASCII QUrl keeps as it is
// in a path, query or fragment. '%' is left out (QUrl re-codes some escapes), and so is every
// character QUrl would escape or refuse.
struct PlainAscii
{
    bool path[128] = {};
    constexpr PlainAscii()
    {
        for (int c = 'a'; c <= 'z'; ++c)
            path[c] = path[c - 'a' + 'A'] = true;
        for (int c = '0'; c <= '9'; ++c)
            path[c] = true;
        for (const char c : "-._~!$&'()*+,;=:@/?")
            path[uchar(c)] = c != 0;
    }
};
constexpr PlainAscii Plain;

// Beyond ASCII, letters and digits of the BMP, which QUrl shows as they are: names in
// profile links ("/in/jörg").
bool isPlainBeyondAscii(QChar c)
{
    return !c.isSurrogate() && c.isLetterOrNumber();
}

// Dotted decimal, four parts, no leading zeros: the one IPv4 form QUrl prints back alike.
bool isPlainIp4(QStringView host)
{
    int parts = 0;
    qsizetype i = 0;
    while (i <= host.size()) {
        const qsizetype start = i;
        int value = 0;
        while (i < host.size() && isDigit(host.at(i)) && i - start < 3)
            value = value * 10 + (host.at(i++).unicode() - '0');
        const qsizetype length = i - start;
        if (length == 0 || value > 255 || (length > 1 && host.at(start) == u'0'))
            return false;
        ++parts;
        if (i == host.size())
            return parts == 4;
        if (host.at(i) != u'.')
            return false;
        ++i;
    }
    return false;
}

// Lower-case ASCII labels of 1 to 63 characters, no hyphen at either end, no IDN
// ("xn--", which QUrl may show decoded), the last one starting with a letter (so it is
// no IPv4 address in one of the forms QUrl rewrites).
bool isPlainHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    qsizetype start = 0;
    while (true) {
        qsizetype end = start;
        while (end < host.size() && host.at(end) != u'.') {
            const QChar c = host.at(end);
            if (!isLower(c) && !isDigit(c) && c != u'-')
                return false;
            ++end;
        }
        const QStringView label = host.sliced(start, end - start);
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-')
            || startsWith(label, "xn--"))
            return false;
        if (end == host.size())
            return isLower(label.front());
        start = end + 1;
    }
}

// 1 to 65535 without a leading zero.
bool isPlainPort(QStringView port)
{
    if (port.isEmpty() || port.size() > 5 || port.front() == u'0')
        return false;
    int value = 0;
    for (const QChar c : port) {
        if (!isDigit(c))
            return false;
        value = value * 10 + (c.unicode() - '0');
    }
    return value <= 65535;
}

} // namespace

bool isPlainCanonical(QStringView text)
{
    if (!startsWith(text, "http"))
        return false;
    qsizetype i = 4;
    if (i < text.size() && text.at(i) == u's')
        ++i;
    if (!startsWith(text.sliced(i), "://"))
        return false;
    i += 3;

    // The host is what a host name or an IPv4 address may hold; whatever ends it must be
    // a port, a path, a query or a fragment. Only a host with a letter can be a name,
    // only one without can be an address.
    const qsizetype hostStart = i;
    bool hasLetter = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isLower(c))
            hasLetter = true;
        else if (!isDigit(c) && c != u'.' && c != u'-')
            break;
    }
    if (i < text.size() && text.at(i) != u'/' && text.at(i) != u'?' && text.at(i) != u'#'
        && text.at(i) != u':')
        return false;
    const QStringView host = text.sliced(hostStart, i - hostStart);
    if (hasLetter ? !isPlainHostName(host) : !isPlainIp4(host))
        return false;
    if (i < text.size() && text.at(i) == u':') {
        const qsizetype portStart = ++i;
        while (i < text.size() && isDigit(text.at(i)))
            ++i;
        if (!isPlainPort(text.sliced(portStart, i - portStart)))
            return false;
    }
    if (i < text.size() && text.at(i) != u'/' && text.at(i) != u'?' && text.at(i) != u'#')
        return false;

    // One table look-up a character: the path, query and fragment are most of a link.
    bool inFragment = false;
    const char16_t *end = text.utf16() + text.size();
    for (const char16_t *p = text.utf16() + i; p != end; ++p) {
        if (*p < 128) {
            if (Plain.path[*p])
                continue;
            if (*p == u'#' && !inFragment) {
                inFragment = true;
                continue;
            }
            return false;
        }
        if (!isPlainBeyondAscii(QChar(*p)))
            return false;
    }
    return true;
}

QString canonical(QString text)
{
    // Links seldom have spaces around them, and trimmed() is a call even when it cuts
    // nothing; when it cuts, it cuts this string in place.
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = std::move(text).trimmed();
    if (text.isEmpty())
        return {};
    if (isPlainCanonical(text))
        return text;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() ? url.toString() : QString();
}

QUrl toUrl(const QString &text)
{
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace UrlText
