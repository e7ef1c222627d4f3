// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"
#include "core/edit/provenance.h"
#include "core/value.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Maestro::Gui {

class OriginBadge;

// One scalar field of an edit form (`image`, `ship`, `restart`, `limits.memory`, ...): an
// editor fitting its kind, whose accessible name is the field's YAML key; a committed change
// (Enter, leaving the field, picking a choice, a click) asks to set or, emptied, to unset
// its path. A value the field inherits (from the service, from ship_defaults) shows greyed
// as the placeholder with where it comes from, and "Override here" sets it locally; a
// service field lists the instances that set their own value. GUI thread only.
class ScalarField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalarField)

public:
    enum class Kind {
        Text,       // any string
        TextOrList, // a string, or a list in flow style (`command`)
        Integer,    // digits (`stop_timeout`, `docker_port`)
        ByteSize,   // `512m`, `1g`, `1024` (spec 8.4)
        Choice,     // one of `choices`, or any text typed in
        Bool,       // true or false
    };

    ScalarField(const QString &key, Kind kind, const QStringList &choices = {},
                QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // The choices of a Choice field (the ships of the document for `ship`).
    void setChoices(const QStringList &choices);
    void setValue(const Core::EditPath &path, const Core::Value *own,
                  const Core::Value *inherited = nullptr, const QString &inheritedFrom = {});
    // Where the value comes from when a template, a loop or an alias wrote it (null: literal
    // text): a badge that links there; read-only but for a merged value.
    // `showBadge` false: the form shows it once for all its fields (a whole instance a loop
    // or an alias wrote).
    void setOrigin(const Core::ValueOrigin *origin, bool showBadge = true);
    // From now on, a change of this field edits the anchored node its alias names.
    void editAnchor();
    QLabel *badgeLabel() const;
    OriginBadge *badge() const { return m_badge; }
    // Instances that set their own value for this (service) field; empty hides the note.
    void setOverriddenBy(const QStringList &instances);
    // The editor (a QLineEdit, QComboBox or QCheckBox), for tests and buddies.
    QWidget *editor() const;
    QToolButton *overrideButton() const { return m_override; }
    QLabel *noteLabel() const { return m_note; }

signals:
    void editRequested(const Maestro::Core::EditRequest &request);
    // The badge's link: show where the value is written.
    void sourceRequested(const Maestro::Core::SourceLocation &location);

private:
    void commitText(const QString &text);
    void emitRequest(Core::EditRequest request);
    void setReadOnly(bool readOnly);
    void overrideHere();
    QString flowOf(const QString &text) const;

    QString m_key;
    Kind m_kind;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QLabel *m_note;
    OriginBadge *m_badge;
    Core::AliasPolicy m_alias = Core::AliasPolicy::Refuse; // Anchor once the user chose it
    QToolButton *m_override;
    Core::EditPath m_path;
    Core::Value m_own;
    Core::Value m_inherited;
    bool m_hasOwn = false;
    bool m_hasInherited = false;
    QString m_shown; // the text the field showed last, to tell a change
};

} // namespace Maestro::Gui
