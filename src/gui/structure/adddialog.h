// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "structuretarget.h"

#include "core/edit/editengine.h"
#include "core/model/environment.h"
#include "core/value.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Maestro::Gui {

// Add Ship, Add Service, Add Instance: the new entry's name and what its minimal valid body
// needs (a ship's address, a service's image, an instance's service and ship). The name is
// checked as it is typed (well-formed, not in use) and OK stays disabled until it passes;
// request() is the one edit that adds the entry (StructureEdits). GUI thread only.
class AddDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddDialog)

public:
    // `document` and `environment` are the file as last loaded; `service` (for an instance)
    // and `ship` preselect the choices.
    AddDialog(StructureTarget::Kind kind, const Core::Value &document,
              const Core::Environment &environment, const QString &service, const QString &ship,
              QWidget *parent = nullptr);

    Core::EditRequest request() const;
    // What is wrong with the input, as shown under it; empty when OK is enabled.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *detailEdit() const { return m_detail; }  // ip or image; null for an instance
    QComboBox *serviceBox() const { return m_service; } // instances only
    QComboBox *shipBox() const { return m_ship; }       // instances only

private:
    void validate();

    StructureTarget::Kind m_kind;
    Core::Value m_document;
    QLineEdit *m_name;
    QLineEdit *m_detail = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_ship = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Maestro::Gui
