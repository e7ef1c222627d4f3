// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/value.h"

#include <QCoreApplication>
#include <QString>

namespace Maestro::Core {

// Translation context of the value grammars. The English source texts are MaestroNG's
// messages verbatim (scripts match on them), so an untranslated build prints exactly the
// reference's text. Always fill placeholders with the one-pass multi-argument
// QString::arg(), so user text containing "%2" cannot be substituted again.
struct GrammarTr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Core::Grammar)
};

// An Error about a value the user wrote, located at that value.
inline Error grammarError(const Value &node, QString message)
{
    return Error{std::move(message), node.location(), {}};
}

} // namespace Maestro::Core
