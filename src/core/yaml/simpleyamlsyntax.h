// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>
#include <string>

namespace Maestro::Core::SimpleYamlSyntax {

// The character rules of SimpleYamlReader (the subset of YAML it reads; see there).

// Whether a plain scalar may start with `c` (followed by `next`). Narrower than YAML
// allows: what is left out is declined, never misread.
bool startsPlain(char c, char next);

// yaml-cpp's null words: a plain scalar spelt so is reported as a null event.
bool isNullWord(const char *text, int length);

// Whether the text holds anything the reader does not handle at all: control characters
// other than the line feed (tabs and CRs included), invalid UTF-8, a Unicode line or
// paragraph separator, NEL or byte order mark, and lines starting a directive or a document
// marker.
bool hasExcludedBytes(const QByteArray &utf8);

// A single- or double-quoted scalar that closes on its line, starting at the quote at `pos`
// of the `size` bytes at `text`.
struct QuotedScalar
{
    int closingQuote = 0;
    bool decoded = false; // `value` holds the scalar, which differs from its bytes
    std::string value;
};
// Nothing for a scalar over several lines or with an escape other than \\ \" \/ \n \t.
std::optional<QuotedScalar> scanQuoted(const char *text, int size, int pos);

// Whether `key:` (a plain or quoted key, its colon followed by a blank or the line's end)
// starts at `pos`.
bool startsKey(const char *text, int size, int pos);

} // namespace Maestro::Core::SimpleYamlSyntax
