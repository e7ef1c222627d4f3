// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/provenance.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Maestro::Gui {

// Says where a form field's value comes from when a template, a loop or an alias wrote it:
// a link to the place (sourceRequested()), and for an alias the choices of the edit engine:
// edit the anchor (naming the other places that change with it) or make a local copy.
// Hidden while the value is literal text. GUI thread only.
class OriginBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginBadge)

public:
    explicit OriginBadge(QWidget *parent = nullptr);

    // Null: literal text (hides the badge). `hasValue`: the field has a value to copy.
    void setOrigin(const Core::ValueOrigin *origin, bool hasValue);
    QLabel *label() const { return m_label; }
    QToolButton *editAnchorButton() const { return m_editAnchor; }
    QToolButton *localCopyButton() const { return m_localCopy; }

signals:
    void sourceRequested(const Maestro::Core::SourceLocation &location);
    // The user chose to edit the anchored node: the field's edits go there from now on.
    void editAnchorChosen();
    void localCopyChosen();

private:
    QLabel *m_label;
    QToolButton *m_editAnchor;
    QToolButton *m_localCopy;
    Core::SourceLocation m_location;
};

} // namespace Maestro::Gui
