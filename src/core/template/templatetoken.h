// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Core {

// One lexical token of a template. Literal text between tags is a Data token that refers
// to its range of the source instead of copying it.
struct TemplateToken
{
    enum class Kind {
        Data,          // literal text: source range [offset, offset + length)
        VariableBegin, // {{
        VariableEnd,   // }}
        BlockBegin,    // {%
        BlockEnd,      // %}
        Name,
        String, // text holds the decoded value
        Integer,
        Float,
        Operator, // text holds the operator, e.g. "//" or "("
        End,      // end of input
    };

    Kind kind = Kind::End;
    qsizetype offset = 0;
    qsizetype length = 0;
    QString text;
    qint64 integer = 0;
    double floating = 0;

    bool isOperator(QLatin1StringView op) const { return kind == Kind::Operator && text == op; }
    bool isName(QLatin1StringView name) const { return kind == Kind::Name && text == name; }
};

} // namespace Maestro::Core
