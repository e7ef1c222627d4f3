// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "structuretarget.h"

#include "core/value.h"

#include <QString>
#include <QStringList>

namespace Maestro::Gui::StructureNames {

// The names of one kind the document already uses: its ships, its services, or the
// instances of all its services (instance names are container names: one namespace).
QStringList taken(const Core::Value &document, StructureTarget::Kind kind);

// Why `name` cannot name a new (or renamed) ship, service or instance of `document`: empty,
// a name Docker would not take as a container name (letters, digits, `_`, `.`, `-`, not
// starting with a punctuation mark), or a name in use. The message is for the user.
QString problem(const Core::Value &document, StructureTarget::Kind kind, const QString &name);

// The first name after `name` that `taken` does not hold: `web-2` -> `web-3`, `db` -> `db-2`.
QString nextFree(const QString &name, const QStringList &taken);

} // namespace Maestro::Gui::StructureNames
