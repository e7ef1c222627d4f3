// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/value.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Maestro::Models {

// What a table of an edit form shows of one YAML collection (spec 6-8): a mapping (one row
// a key: ports, env, volumes, labels, extra hosts, ulimits, ...) or a sequence (one row an
// item: dns, requires, cap_add, ...), its columns, how a row's cells come from its value and
// how cells become the row's new value. Plain values; any thread.
struct FormTableSchema
{
    enum class Shape { Mapping, Sequence };
    Shape shape = Shape::Mapping;
    // Column headers; for a mapping, column 0 is the key.
    QStringList headers;
    // The cells after the key (all cells for a sequence) of one value.
    std::function<QStringList(const Core::Value &value)> decode;
    // The row's new value as YAML flow text from the same cells, `original` being its value
    // before (null for a new row); empty while the cells do not make a value yet.
    std::function<QString(const QStringList &cells, const Core::Value &original)> encode;
    // The values a cell offers, by column (the key is column 0 of a mapping).
    QHash<int, QStringList> choices;
    // A read-only last column that reads the row in words (ports); none when null.
    std::function<QString(const QStringList &cells)> hint;
    QString hintHeader;

    int columnCount() const { return int(headers.size()) + (hint ? 1 : 0); }
    int keyColumns() const { return shape == Shape::Mapping ? 1 : 0; }
};

// The tables of spec 5-8. Each header is translated.
namespace FormTables {
FormTableSchema ports();      // name, host ip, external, exposed, protocol; hint
FormTableSchema env();        // key, value (a list value in flow style)
FormTableSchema volumes();    // schema 2: host path, target, mode
FormTableSchema volumesV1();  // schema 1: target, host path
FormTableSchema keyValues();  // labels, links, log_opt, lxc_conf
FormTableSchema extraHosts(); // host, address, ship
FormTableSchema ulimits();    // name, soft, hard
FormTableSchema stringList(const QString &header); // dns, requires, cap_add, ...
} // namespace FormTables

} // namespace Maestro::Models
