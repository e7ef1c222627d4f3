// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcelocation.h"
#include "core/value.h"

#include <QHash>

#include <vector>

namespace Maestro::Document {

// Where each instance is written in the files of a parsed document, for an editor whose
// cursor and the window's selection follow each other: the key of every instance
// (`services.S.instances.I`), and which instance's entry a line of a file lies in. Built
// from the positions the loader keeps on every key. Immutable once built; any thread.
class InstancePositions
{
public:
    InstancePositions() = default;
    explicit InstancePositions(const Core::Value &document);

    // Where the key of `instance` is written; invalid when the document has none.
    Core::SourceLocation keyOf(const QString &instance) const;
    // The instance whose entry holds `line` (1-based) of `file` (absolute); empty for none.
    QString instanceAt(const QString &file, int line) const;

private:
    // A key the entries of instances end at (top-level keys, services and their keys), or
    // an instance's key.
    struct Landmark
    {
        QString file;
        int line = 0;
        QString instance; // empty: not an instance
    };
    void add(const Core::Value &key, const QString &instance);

    std::vector<Landmark> m_landmarks; // sorted by file, then line
    QHash<QString, Core::SourceLocation> m_keys;
};

} // namespace Maestro::Document
