// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Maestro::Core {

// The UTF-8 text yaml-cpp parses, read back at the byte offsets of its marks for what its
// events leave out. yaml-cpp is more lenient than PyYAML in a few places (see
// ValueBuilder); these facts let the builder tell those cases apart. Holds a reference:
// the text must outlive it. Any thread.
class SourceText
{
public:
    explicit SourceText(const QByteArray &utf8)
        : m_utf8(utf8)
    {}

    struct ScalarFacts
    {
        bool nonSpecificTag = false;    // tagged with a bare `!`, typed like a plain scalar
        bool unterminatedQuote = false; // a quote left open until the end of the input
    };
    // For a non-plain scalar whose node starts at `pos` (its first property or its
    // first character): yaml-cpp gives `!` and quoted scalars the same tag, and closes
    // an open quote at the end of the input without a word.
    ScalarFacts scalarFacts(qsizetype pos) const;

    // Whether a null node at `pos` was written (`~`, `null`, or properties such as
    // `&a`). yaml-cpp reports an empty value at the position of the token after it.
    bool isWrittenNull(qsizetype pos) const;

    // The byte at `pos`, or '\0' outside the text.
    char at(qsizetype pos) const;
    // Whether only blanks precede `pos` on its line.
    bool isFirstOnLine(qsizetype pos) const;
    // The nearest byte before `pos` that is not a blank or a line break, or '\0'.
    char previousNonBlank(qsizetype pos) const;

private:
    const QByteArray &m_utf8;
};

} // namespace Maestro::Core
