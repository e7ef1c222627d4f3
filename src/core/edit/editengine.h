// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editpath.h"
#include "sourceedit.h"

#include "core/model/environmentloader.h"
#include "core/result.h"

#include <QMap>
#include <QStringList>

namespace Maestro::Core {

// What to do with a path that goes through an alias (`*anchor`).
enum class AliasPolicy {
    Refuse, // the default: explain where the anchor is and who else uses it
    Anchor, // edit the anchored node, which changes every alias of it
    Copy,   // replace the alias by an edited copy of what it names
};

struct EditRequest
{
    // Insert: `path` ends in [N]; the value becomes item N (N = the length appends, as Set
    // of that item does).
    enum class Operation { Set, Unset, Rename, Insert };
    Operation operation = Operation::Set;
    EditPath path;
    QString argument; // Set, Insert: the value in YAML flow syntax; Rename: the new key
    AliasPolicy alias = AliasPolicy::Refuse;
};

// A verified change of the files of an environment.
struct EditOutcome
{
    QList<SourceEdit> edits;
    QList<SourceEdit> inverse;     // restores the original bytes
    QMap<QString, QString> before; // file -> text, for every file touched
    QMap<QString, QString> after;
    QStringList notes; // other places the change reaches (aliases, references)
    // The edited environment as the verification loaded it: what loading the written files
    // would give, so an editor adopts it instead of loading again. It has spans when the
    // LoadRequest asked for them, for the next planEdit() on it.
    LoadResult verified;
};

// Plans an edit as byte edits of the files the user wrote (only literal template text
// rendered once is ever changed), then loads the edited environment again and accepts the
// edit only if it loads with no new error and means exactly the intended change. Nothing
// is written. Refusals name the file, line and column. Any thread.
Result<EditOutcome> planEdit(const LoadRequest &load, const EditRequest &request);
// Same, on `current`, the result of loading `load` that the caller already holds (an
// editor's document): one load for the verification, none before it. When `current` has
// no spans (LoadRequest::recordSpans was off) the rendered text is parsed once more; an
// editor that keeps `verified` for its next edit sets `load.recordSpans`. `current` may be
// parsed only (LoadRequest::buildModel off): its errors are then looked up, by a full load
// of `load`, only when the edited result has an error.

Result<EditOutcome> planEdit(const LoadResult &current, const LoadRequest &load,
                             const EditRequest &request);

} // namespace Maestro::Core
