// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editpath.h"

#include "core/model/environmentloader.h"
#include "core/sourcelocation.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Maestro::Core {

// Where a value of the document comes from when it is not literal text the user can edit in
// its place: a template expression, an environment lookup, a loop body rendered more than
// once, an alias of an anchored node, or a merge key (`<<: *defaults`). The edit engine
// refuses to change the first four where they are (an alias has its --alias choices); a
// merged value can be overridden by a key of the merging mapping.
struct ValueOrigin
{
    enum class Kind { Expression, EnvironmentLookup, Loop, Mixed, Alias, Merge };
    Kind kind = Kind::Expression;
    SourceLocation location; // the expression, the loop's text, the anchor
    QString detail;          // the expression's text, or the anchor's name
    QStringList sharedWith;  // an alias: the paths of the anchor's other uses, and its own
    int anchoredNode = -1;   // an alias: the anchored node in the rendered text's spans

    // Whether the value can be edited in its place (only a merged one, by overriding it).
    bool isReadOnly() const { return kind != Kind::Merge; }
    // For a badge: "from the loop at maestro.yaml:14:1".
    QString describe() const;
};

// The origin of every node of a loaded document that is not literal text rendered once,
// by path (EditPath::toString()); a node below a listed path (an instance a loop renders,
// the keys of an alias) is not listed again. Pure; any thread (the desktop computes it on
// its pool after each load).
class Provenance
{
public:
    static Provenance compute(const LoadResult &loaded);

    bool isEmpty() const { return m_origins.isEmpty(); }
    // The origin of `path` itself or, failing that, of the nearest listed path above it
    // (a Merge origin only counts for the path itself); null when it is literal text.
    const ValueOrigin *originOf(const EditPath &path) const;
    const QHash<QString, ValueOrigin> &origins() const { return m_origins; }

private:
    QHash<QString, ValueOrigin> m_origins;
};

} // namespace Maestro::Core
