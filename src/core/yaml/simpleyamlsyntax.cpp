// SPDX-License-Identifier: GPL-3.0-or-later
#include "simpleyamlsyntax.h"

#include <string_view>

namespace Maestro::Core::SimpleYamlSyntax {

static bool isDigitOrLetter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsPlain(char c, char next)
{
    if (isDigitOrLetter(c) || static_cast<unsigned char>(c) >= 0x80)
        return true;
    switch (c) {
    case '_':
    case '/':
    case '.':
    case '~':
    case '$':
    case '+':
    case '=':
    case '(':
    case '<':
    case '^':
    case '\\':
        return true;
    case '-':
        return isDigitOrLetter(next) || next == '.';
    default:
        return false;
    }
}

bool isNullWord(const char *text, int length)
{
    const std::string_view word(text, size_t(length));
    return word.empty() || word == "~" || word == "null" || word == "Null" || word == "NULL";
}

bool hasExcludedBytes(const QByteArray &utf8)
{
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.constData());
    const qsizetype n = utf8.size();
    bool lineStart = true;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        if (lineStart) {
            if (c == '%')
                return true;
            if ((c == '-' || c == '.') && i + 2 < n && s[i + 1] == c && s[i + 2] == c)
                return true;
        }
        lineStart = c == '\n';
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n') || c == 0x7f)
                return true;
            ++i;
            continue;
        }
        const int length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
        if (length == 0 || c > 0xf4 || i + length > n)
            return true;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return true;
        }
        if (length == 2 && c == 0xc2 && s[i + 1] == 0x85) // NEL
            return true;
        if (length == 3) {
            const unsigned code
                = ((c & 0x0fu) << 12) | ((s[i + 1] & 0x3fu) << 6) | (s[i + 2] & 0x3fu);
            if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff) || code == 0x2028
                || code == 0x2029 || code == 0xfeff)
                return true;
        }
        if (length == 4) {
            const unsigned code = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3fu) << 12);
            if (code < 0x10000 || code > 0x10ffff)
                return true;
        }
        i += length;
    }
    return false;
}

static bool atBreakOrEnd(const char *text, int size, int pos)
{
    return pos >= size || text[pos] == '\n';
}

// What a double-quoted `\c` stands for; '\0' for the escapes left to yaml-cpp.
static char unescaped(char c)
{
    switch (c) {
    case '\\':
    case '"':
    case '/':
        return c;
    case 'n':
        return '\n';
    case 't':
        return '\t';
    default:
        return '\0';
    }
}

std::optional<QuotedScalar> scanQuoted(const char *text, int size, int pos)
{
    const char quote = text[pos];
    const int contentStart = pos + 1;
    QuotedScalar scalar;
    for (pos = contentStart;;) {
        if (atBreakOrEnd(text, size, pos))
            return std::nullopt; // over several lines: folding is yaml-cpp's
        const char c = text[pos];
        const bool doubledQuote
            = quote == '\'' && c == '\'' && pos + 1 < size && text[pos + 1] == '\'';
        if (c == quote && !doubledQuote)
            break;
        if (doubledQuote || (quote == '"' && c == '\\')) {
            const char meant
                = doubledQuote ? '\'' : unescaped(pos + 1 < size ? text[pos + 1] : '\0');
            if (meant == '\0')
                return std::nullopt;
            if (!scalar.decoded)
                scalar.value.assign(text + contentStart, size_t(pos - contentStart));
            scalar.decoded = true;
            scalar.value.push_back(meant);
            pos += 2;
            continue;
        }
        if (scalar.decoded)
            scalar.value.push_back(c);
        ++pos;
    }
    scalar.closingQuote = pos;
    return scalar;
}

bool startsKey(const char *text, int size, int pos)
{
    const auto at = [&](int p) { return p < size ? text[p] : '\0'; };
    const auto blankOrEnd = [&](int p) { return atBreakOrEnd(text, size, p) || text[p] == ' '; };
    const char c = at(pos);
    if (c == '"' || c == '\'') {
        const std::optional<QuotedScalar> key = scanQuoted(text, size, pos);
        return key && at(key->closingQuote + 1) == ':' && blankOrEnd(key->closingQuote + 2);
    }
    if (!startsPlain(c, at(pos + 1)))
        return false;
    for (; !atBreakOrEnd(text, size, pos); ++pos) {
        if (text[pos] == ':' && blankOrEnd(pos + 1))
            return true;
        if (text[pos] == ' ' && at(pos + 1) == '#')
            return false;
    }
    return false;
}

} // namespace Maestro::Core::SimpleYamlSyntax
