// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
#include "core/value.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Maestro::Core {

// What the readers of an environment document share while building the model: the
// file being read and the diagnostics found so far. Readers report a problem and go
// on, so one pass finds every problem of a file. Used by one thread at a time.
class BuildContext
{
public:
    BuildContext(QString fileName, QString baseDir);

    const QString &fileName() const { return m_fileName; }
    const QString &baseDir() const { return m_baseDir; }

    void error(const SourceLocation &where, const QString &path, const QString &message);
    void warning(const SourceLocation &where, const QString &path, const QString &message);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return m_errorCount > 0; }

    // Records the error of a failed Result (giving it `path` and, when the error has no
    // position, the position of `fallback`) and returns nothing; else the value.
    template<typename T>
    std::optional<T> take(Result<T> result, const QString &path, const Value &fallback)
    {
        if (result.ok())
            return std::move(result).value();
        reportError(result.error(), path, fallback);
        return std::nullopt;
    }
    void reportError(const Error &error, const QString &path, const Value &fallback);

    // A document path joined only when a problem is reported (reading a field is frequent,
    // reporting one is rare).
    struct LazyPath
    {
        const QString &parent;
        const char *key;
        QString toString() const { return join(parent, QLatin1String(key)); }
    };
    template<typename T>
    std::optional<T> take(Result<T> result, const LazyPath &path, const Value &fallback)
    {
        if (result.ok())
            return std::move(result).value();
        reportError(result.error(), path.toString(), fallback);
        return std::nullopt;
    }

    // Typed access to a mapping member. Absent members give std::nullopt without a
    // diagnostic unless `required`; a member of the wrong type is an error naming the
    // expected type.
    std::optional<QString> string(const Value &map, const QString &key, const QString &path,
                                  bool required = false);
    std::optional<qint64> integer(const Value &map, const QString &key, const QString &path);
    std::optional<bool> boolean(const Value &map, const QString &key, const QString &path);
    // A mapping member that must be a mapping (null allowed: treated as empty).
    Value mapping(const Value &map, const QString &key, const QString &path, bool required = false);
    // Service names in `requires`/`wants_info`: a list of names (a single name is accepted).
    QList<Value> nameList(const Value &map, const QString &key, const QString &path);

    // Warns about keys of `map` not in `known`, suggesting the closest known key.
    void checkKeys(const Value &map, const QStringList &known, const QString &path,
                   const QStringList &unsupported = {});
    // Warns about top-level keys of the document only when they look like a misspelt known
    // key. MaestroNG ignores other top-level keys and files use them to hold YAML anchors
    // (`_globals: &defaults ...`, spec 3), so those, even misspelt-looking, pass silently.
    void checkTopLevelKeys(const Value &root, const QStringList &known);

    static QString join(const QString &path, const QString &key);

private:
    void unknownKey(const Value::Entry &entry, const QString &path, const QString &suggestion);
    void wrongType(const Value &value, const QString &path, const QString &expected);

    QString m_fileName;
    QString m_baseDir;
    Diagnostics m_diagnostics;
    int m_errorCount = 0;
};

} // namespace Maestro::Core
