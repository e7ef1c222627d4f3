// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Maestro::Core {

// The small per-container fields of spec 7 and 8.8. Null always means "not given" and
// yields an empty result; the caller decides whether to send the Docker field at all.

// `labels`: a list gives each label the value "" (duplicates dropped); a mapping keeps its
// order with values stringified Python-style; anything else is MaestroNG's "Invalid labels
// configuration for container {name}; must be a list or mapping! " (trailing space).
Result<QList<QPair<QString, QString>>> parseLabels(const Value &v, const QString &container);

// `dns`: a string becomes a one-element list; a list is kept, items stringified.
Result<QStringList> parseDns(const Value &v);

// `links: {container: alias}` -> "container:alias" sorted by container (HostConfig.Links).
// A list is an error (the reference crashes).
Result<QStringList> parseLinks(const Value &v, const QString &container);

// `command` (or the deprecated `cmd`): a string is split into argv with POSIX shell-word
// rules (ShellWords; an unbalanced quote or a trailing backslash is an error); a list is
// used as it is, items stringified Python-style. Numbers, booleans and mappings are errors.
Result<QStringList> parseCommand(const Value &v);

// cap_add, cap_drop, security_opt and similar string lists, `what` being the key name.
// A single string is wrapped into a list, except for security_opt, which docker-py
// requires to be a list ("Invalid type for security_opt param: expected list but found
// <class 'str'>"). Scalar items are stringified; a nested collection is an error.
Result<QStringList> parseStringList(const Value &v, const QString &what);

} // namespace Maestro::Core
