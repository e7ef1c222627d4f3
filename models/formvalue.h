// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"
#include "core/value.h"

#include <QString>
#include <QStringList>

namespace Maestro::Models {

// How the edit forms show a YAML value in a text cell and turn what the user typed back into
// the YAML flow text of an EditRequest, typed as the user means it: `8080` stays an integer
// where it was one, `no` or `18081:8080` become quoted strings (YAML 1.1 would read a boolean
// and a sexagesimal number), `[a, b]` is a list where a list may stand. Stateless; any thread.
namespace FormValue {

// A scalar as written (`true`, `512m`, `8080`), a collection in flow style (`[a, b]`).
QString display(const Core::Value &value);
// A string, quoted where YAML would read it as something else, also inside `[...]`/`{...}`.
QString string(const QString &text);
// `text` as an integer when it is one, else as a string.
QString integerOrString(const QString &text);
// What `text` means where `original` stood: the original's kind where `text` fits it (an
// integer, a boolean), a flow collection when `text` is one (`[...]`, `{...}`) and
// `allowCollections`, else a string.
QString typed(const QString &text, const Core::Value &original, bool allowCollections = false);
// `{k1: v1, k2: v2}` of flow texts, leaving out the pairs whose value is empty.
QString mapping(const QList<QPair<QString, QString>> &pairs);
// `[a, b]` of flow texts.
QString list(const QStringList &items);

// A path below `base`, `relative` being keys separated by `.` (`limits.memory`).
Core::EditPath childPath(const Core::EditPath &base, const QString &relative);
// The value at `relative` below `node`, or null.
const Core::Value *valueAt(const Core::Value *node, const QString &relative);

Core::EditRequest set(const Core::EditPath &path, const QString &flow);
Core::EditRequest unset(const Core::EditPath &path);
Core::EditRequest rename(const Core::EditPath &path, const QString &newKey);

} // namespace FormValue

} // namespace Maestro::Models
