// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonregex.h"

#include <algorithm>

namespace Maestro::Core {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Translates the escape at pattern[i] == '\\' (appending to `out`) and returns the index
// of its last character, or -1 when only one engine accepts it.
qsizetype translateEscape(const QString &pattern, qsizetype i, bool inClass, QString &out)
{
    if (i + 1 >= pattern.size())
        return -1; // Python: "bad escape (end of pattern)"
    const QChar c = pattern[i + 1];
    if (!isAsciiLetter(c)) {
        out += pattern.mid(i, 2); // punctuation, digits, non-ASCII: literal or backreference
        return i + 1;
    }
    switch (c.unicode()) {
    case 'd':
    case 'D':
    case 's':
    case 'S':
    case 'w':
    case 'W':
    case 'a':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'b': // word boundary outside a class, backspace inside: the same in both engines
        out += pattern.mid(i, 2);
        return i + 1;
    case 'A':
    case 'B':
        if (inClass)
            return -1;
        out += pattern.mid(i, 2);
        return i + 1;
    case 'Z':
        // Python's \Z is the very end of the text: PCRE's \z (PCRE's \Z allows a final \n).
        if (inClass)
            return -1;
        out += QStringLiteral("\\z");
        return i + 1;
    case 'v':
        // Python: the vertical tab character; PCRE: any vertical whitespace.
        out += QStringLiteral("\\x0b");
        return i + 1;
    case 'x':
        // Python requires exactly two hex digits; PCRE would also take \x{...} and \x7.
        if (i + 3 >= pattern.size() || !isHexDigit(pattern[i + 2]) || !isHexDigit(pattern[i + 3]))
            return -1;
        out += pattern.mid(i, 4);
        return i + 3;
    default:
        // \u, \U, \N{..}: Python only; \p, \h, \K, \Q, \R, \X, \g, \k, \z...: PCRE only
        // (or errors in both).
        return -1;
    }
}

// Checks the group opening at pattern[i] == '(' followed by '?', returning false for
// syntax only PCRE has.
bool groupAcceptedByBoth(const QString &pattern, qsizetype i)
{
    const QStringView rest = QStringView(pattern).sliced(i + 2);
    if (rest.isEmpty())
        return false;
    const QChar c = rest[0];
    if (c == QLatin1Char(':') || c == QLatin1Char('=') || c == QLatin1Char('!')
        || c == QLatin1Char('#') || c == QLatin1Char('>'))
        return true;
    if (c == QLatin1Char('(')) {
        // Conditionals on a group number or name; PCRE's (?(R..), (?(DEFINE) and assertion
        // conditions are unknown to Python.
        qsizetype end = 1;
        while (end < rest.size() && (rest[end].isLetterOrNumber() || rest[end] == QLatin1Char('_')))
            ++end;
        if (end == 1 || end >= rest.size() || rest[end] != QLatin1Char(')'))
            return false;
        const QStringView name = rest.sliced(1, end - 1);
        const bool recursion
            = name.startsWith(QLatin1Char('R'))
              && std::all_of(name.begin() + 1, name.end(), [](QChar d) { return d.isDigit(); });
        return !recursion && name != QLatin1String("DEFINE") && name != QLatin1String("VERSION");
    }
    if (c == QLatin1Char('<'))
        return rest.startsWith(QLatin1String("<=")) || rest.startsWith(QLatin1String("<!"));
    if (c == QLatin1Char('P'))
        return rest.startsWith(QLatin1String("P<")) || rest.startsWith(QLatin1String("P="));
    // Inline flags: Python's i, m, s, x (a, L, u have no PCRE2 10.42 equivalent).
    for (const QChar f : rest) {
        if (f == QLatin1Char(')') || f == QLatin1Char(':'))
            return true;
        if (f != QLatin1Char('i') && f != QLatin1Char('m') && f != QLatin1Char('s')
            && f != QLatin1Char('x') && f != QLatin1Char('-'))
            return false;
    }
    return false;
}

} // namespace

std::optional<QRegularExpression> compilePythonRegex(const QString &pattern)
{
    QString translated;
    translated.reserve(pattern.size() + 8);
    bool inClass = false;
    qsizetype classStart = -1;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('\\')) {
            const qsizetype last = translateEscape(pattern, i, inClass, translated);
            if (last < 0)
                return std::nullopt;
            i = last;
            continue;
        }
        if (inClass) {
            // A ']' right after '[' or '[^' is a literal in both engines.
            const bool literalBracket
                = i == classStart + 1
                  || (i == classStart + 2 && pattern[classStart + 1] == QLatin1Char('^'));
            if (c == QLatin1Char(']') && !literalBracket) {
                inClass = false;
            } else if (c == QLatin1Char('[') && i + 1 < pattern.size()
                       && (pattern[i + 1] == QLatin1Char(':') || pattern[i + 1] == QLatin1Char('=')
                           || pattern[i + 1] == QLatin1Char('.'))) {
                return std::nullopt; // POSIX classes: special in PCRE, literal text in Python
            }
            translated += c;
            continue;
        }
        if (c == QLatin1Char('[')) {
            inClass = true;
            classStart = i;
        } else if (c == QLatin1Char('(') && i + 1 < pattern.size()) {
            if (pattern[i + 1] == QLatin1Char('*'))
                return std::nullopt; // PCRE verbs; "nothing to repeat" in Python
            if (pattern[i + 1] == QLatin1Char('?') && !groupAcceptedByBoth(pattern, i))
                return std::nullopt;
        }
        translated += c;
    }
    QRegularExpression regex(translated, QRegularExpression::DotMatchesEverythingOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    if (!regex.isValid())
        return std::nullopt;
    return regex;
}

} // namespace Maestro::Core
