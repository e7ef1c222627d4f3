// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"
#include "core/edit/provenance.h"
#include "core/value.h"

#include <QAbstractTableModel>

namespace Maestro::Models {

// What the tables of the edit forms share: filled from the value the user wrote at a path
// (and the value it inherits), edited only by asking the edit engine (editRequested()); the
// document's next load fills them again. GUI thread only.
class FormEditModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormEditModel)

public:
    enum Role {
        // QStringList: the values a cell offers to pick from (it also takes others)
        ChoicesRole = Qt::UserRole + 100,
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Where the document's values come from, for the next setValue(): a row a template,
    // a loop or an alias produced is read-only and says so in its tooltip. Null: none known.
    // The provenance must outlive the next setValue().
    void setProvenance(const Core::Provenance *provenance) { m_provenance = provenance; }

    // `path` is the field's place (`services.web.instances.web-1.ports`), `own` its value
    // there (null when absent), `inherited` the value from the service (instances only).
    virtual void setValue(const Core::EditPath &path, const Core::Value *own,
                          const Core::Value *inherited = nullptr, const QString &inheritedFrom = {})
        = 0;
    // Whether `row` shows a value the instance inherits rather than sets.
    virtual bool isInherited(int row) const = 0;
    // Sets an inherited row on the instance, unchanged; a field whose inherited rows add up
    // with the instance's (lifecycle checks) has nothing to override.
    virtual void overrideRow(int row) { Q_UNUSED(row) }
    virtual bool canOverride() const { return false; }
    // The field's place and its own value, as the last setValue() gave them.
    const Core::EditPath &path() const { return m_path; }
    const Core::Value &ownValue() const { return m_own; }

signals:
    void editRequested(const Maestro::Core::EditRequest &request);

protected:
    Core::EditPath m_path;
    Core::Value m_own;

    // The origin of the value at `path` when it is not literal text, else null.
    const Core::ValueOrigin *originOf(const Core::EditPath &path) const
    {
        return m_provenance ? m_provenance->originOf(path) : nullptr;
    }

private:
    const Core::Provenance *m_provenance = nullptr;
};

} // namespace Maestro::Models
