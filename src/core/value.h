// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcelocation.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace Maestro::Core {

// One node of a parsed environment document, after YAML 1.1 scalar resolution, with the
// position the user wrote it at. Immutable and cheap to copy (lists and maps are shared).
// Mappings keep document order. Safe to read from any thread.
class Value
{
public:
    enum class Kind { Null, Bool, Int, Float, String, List, Map };

    struct Entry;
    using List = std::vector<Value>;
    using Map = std::vector<Entry>;

    Value() = default; // null without a location

    static Value null(SourceLocation location = {});
    static Value boolean(bool value, SourceLocation location = {});
    static Value integer(qint64 value, SourceLocation location = {});
    static Value floating(double value, SourceLocation location = {});
    static Value string(QString value, SourceLocation location = {});
    static Value list(List items, SourceLocation location = {});
    static Value map(Map entries, SourceLocation location = {});

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isInt() const { return m_kind == Kind::Int; }
    bool isFloat() const { return m_kind == Kind::Float; }
    bool isString() const { return m_kind == Kind::String; }
    bool isList() const { return m_kind == Kind::List; }
    bool isMap() const { return m_kind == Kind::Map; }
    bool isScalar() const { return m_kind != Kind::List && m_kind != Kind::Map; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toDouble() const { return m_kind == Kind::Int ? double(m_int) : m_double; }
    // The string payload; empty for every other kind (use pythonStr() to format any value).
    const QString &toString() const { return m_string; }

    const List &items() const;  // empty unless a list
    const Map &entries() const; // empty unless a map

    // Looks a key up in a mapping by the Python str() of the key; null when absent.
    const Value *find(QStringView key) const;
    const Value *find(QLatin1StringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }

    // Python truthiness: null, false, 0, "", [] and {} are false.
    bool isTruthy() const;

    const SourceLocation &location() const { return m_location; }
    // The scalar exactly as written when it was a plain (unquoted) YAML scalar; lets
    // validation warn about YAML 1.1 surprises such as `53:53` becoming 3233.
    const QString &plainText() const { return m_plainText; }
    Value withPlainText(QString text) const;
    // Whether this node, or a node inside it, was written with a YAML anchor (`&name`);
    // an alias of an anchored node does not count. Lets validation tell a key that only
    // holds anchors for later aliases (`_globals: &defaults ...`) from a misspelt key.
    bool holdsAnchor() const { return m_holdsAnchor; }
    Value withHoldsAnchor(bool holds) const;

    // "null", "boolean", "integer", "float", "string", "list", "mapping": for messages.
    QString kindName() const;

    // Deep equality of content, ignoring locations (YAML key identity).
    bool sameContent(const Value &other) const;

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    bool m_holdsAnchor = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    QString m_plainText;
    std::shared_ptr<const List> m_list;
    std::shared_ptr<const Map> m_map;
    SourceLocation m_location;
};

struct Value::Entry
{
    Value key;
    Value value;
    QString keyText; // Python str() of the key, the name used for look-ups
};

} // namespace Maestro::Core
