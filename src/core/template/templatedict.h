// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include <QHash>

#include <utility>
#include <vector>

namespace Maestro::Core {

// A Python dict for the template engine: insertion-ordered, keys identified the way
// Python hashes them (TemplateValue::keyText), so 1, 1.0 and True are the same key.
class TemplateDict
{
public:
    using Entry = std::pair<TemplateValue, TemplateValue>;

    // Returns false when the key is unhashable (a list or dict).
    bool insert(const TemplateValue &key, TemplateValue value);
    void insert(const QString &key, TemplateValue value);
    const TemplateValue *find(const TemplateValue &key) const;
    const TemplateValue *find(const QString &key) const;

    const std::vector<Entry> &entries() const { return m_entries; }
    // Replaces the value of the entry at `position` (an index into entries()).
    void setValueAt(qsizetype position, TemplateValue value)
    {
        m_entries[size_t(position)].second = std::move(value);
    }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    const TemplateValue *findByKeyText(const QString &keyText) const;
    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // keyText -> position in m_entries
};

} // namespace Maestro::Core
