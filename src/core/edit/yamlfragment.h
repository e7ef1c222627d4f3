// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/value.h"

#include <QString>

namespace Maestro::Core {

// How new YAML text should look to blend in with the file it goes into.
struct FragmentStyle
{
    QChar quote = QLatin1Char('"');         // for strings that need quotes
    QString newline = QStringLiteral("\n"); // "\r\n" in a CRLF file
    int indentStep = 2;                     // columns per nesting level
    bool indentSequences = true;            // `key:\n  - a` (or `key:\n- a`)
};

// Writes Values as YAML text that the loader reads back as the same Values (YAML 1.1,
// PyYAML's typing): a string that would read as something else (`8080:80`, `yes`,
// `012`, `null`, `*x`) is quoted. Stateless.
namespace YamlFragment {

QString scalar(const Value &value, bool inFlow, const FragmentStyle &style);
// `[a, b]`, `{k: v}`, or a scalar.
QString flow(const Value &value, const FragmentStyle &style);
// A non-empty collection in block style, its first line unindented and every further line
// indented by `indent` columns; other values as flow().
QString block(const Value &value, int indent, const FragmentStyle &style);
bool isBlockCollection(const Value &value);
// `text` in the style's quotes (double quotes when single ones cannot hold it).
QString quoted(const QString &text, const FragmentStyle &style);
// Whether `text` may be written unquoted and read back as the same string.
bool isPlainSafe(const QString &text, bool inFlow);

} // namespace YamlFragment

} // namespace Maestro::Core
