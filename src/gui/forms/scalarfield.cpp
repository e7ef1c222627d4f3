// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalarfield.h"

#include "originbadge.h"

#include "models/formvalue.h"

#include "core/edit/yamlfragment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace Maestro::Gui {

using Models::FormValue::display;

ScalarField::ScalarField(const QString &key, Kind kind, const QStringList &choices, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_kind(kind)
    , m_note(new QLabel(this))
    , m_badge(new OriginBadge(this))
    , m_override(new QToolButton(this))
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    if (kind == Kind::Bool) {
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::clicked, this, [this](bool checked) {
            commitText(checked ? QStringLiteral("true") : QStringLiteral("false"));
        });
        row->addWidget(m_check, 1);
    } else if (kind == Kind::Choice) {
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->addItems(choices);
        m_line = m_combo->lineEdit();
        connect(m_combo, &QComboBox::textActivated, this, &ScalarField::commitText);
        row->addWidget(m_combo, 1);
    } else {
        m_line = new QLineEdit(this);
        m_line->setClearButtonEnabled(true);
        row->addWidget(m_line, 1);
    }
    if (m_line) {
        // Spec 8.4 for sizes; ports and timeouts are whole numbers.
        if (kind == Kind::Integer)
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("-?[0-9]*")), this));
        else if (kind == Kind::ByteSize)
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9]*[kKmMgG]?")), this));
        connect(m_line, &QLineEdit::editingFinished, this, [this] { commitText(m_line->text()); });
    }
    editor()->setAccessibleName(key);
    m_override->setText(tr("Override here"));
    m_override->setAccessibleName(tr("Override here"));
    m_override->setToolTip(tr("Set the inherited value here, to change it for this one only"));
    m_override->hide();
    connect(m_override, &QToolButton::clicked, this, &ScalarField::overrideHere);
    row->addWidget(m_override);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(row);
    m_note->setEnabled(false); // greyed, as the inherited value
    m_note->hide();
    column->addWidget(m_note);
    connect(m_badge, &OriginBadge::sourceRequested, this, &ScalarField::sourceRequested);
    connect(m_badge, &OriginBadge::editAnchorChosen, this, &ScalarField::editAnchor);
    connect(m_badge, &OriginBadge::localCopyChosen, this, [this] {
        Core::EditRequest copy = Models::FormValue::set(
            m_path, Core::YamlFragment::flow(m_own, Core::FragmentStyle{}));
        copy.alias = Core::AliasPolicy::Copy;
        emit editRequested(copy);
    });
    column->addWidget(m_badge);
}

void ScalarField::editAnchor()
{
    m_alias = Core::AliasPolicy::Anchor;
    setReadOnly(false);
}

void ScalarField::setOrigin(const Core::ValueOrigin *origin, bool showBadge)
{
    m_alias = Core::AliasPolicy::Refuse;
    m_badge->setOrigin(showBadge ? origin : nullptr, m_hasOwn);
    setReadOnly(origin && origin->isReadOnly());
}

QLabel *ScalarField::badgeLabel() const
{
    return m_badge->label();
}

void ScalarField::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_combo || m_check)
        editor()->setEnabled(!readOnly);
    if (readOnly)
        m_override->hide();
}

void ScalarField::emitRequest(Core::EditRequest request)
{
    request.alias = m_alias;
    emit editRequested(request);
}

QWidget *ScalarField::editor() const
{
    if (m_check)
        return m_check;
    if (m_combo)
        return m_combo;
    return m_line;
}

void ScalarField::setChoices(const QStringList &choices)
{
    if (!m_combo)
        return;
    const QString text = m_line->text();
    m_combo->clear();
    m_combo->addItems(choices);
    m_line->setText(text);
}

void ScalarField::setValue(const Core::EditPath &path, const Core::Value *own,
                           const Core::Value *inherited, const QString &inheritedFrom)
{
    m_path = path;
    m_hasOwn = own && !own->isNull();
    m_own = own ? *own : Core::Value();
    m_hasInherited = !m_hasOwn && inherited && !inherited->isNull();
    m_inherited = inherited ? *inherited : Core::Value();
    m_shown = m_hasOwn ? display(m_own) : QString();
    const QString inheritedText = m_hasInherited ? display(m_inherited) : QString();
    if (m_check) {
        const Core::Value &shown = m_hasOwn ? m_own : m_inherited;
        m_check->setChecked(shown.isTruthy());
        m_shown = m_hasOwn ? (m_own.isTruthy() ? QStringLiteral("true") : QStringLiteral("false"))
                           : QString();
    } else {
        if (m_line->text() != m_shown)
            m_line->setText(m_shown);
        m_line->setPlaceholderText(inheritedText);
    }
    m_note->setText(m_hasInherited ? inheritedFrom : QString());
    m_note->setVisible(m_hasInherited);
    m_override->setVisible(m_hasInherited);
}

void ScalarField::setOverriddenBy(const QStringList &instances)
{
    if (m_hasInherited)
        return;
    m_note->setText(instances.isEmpty()
                        ? QString()
                        : tr("overridden in %1").arg(instances.join(QStringLiteral(", "))));
    m_note->setVisible(!instances.isEmpty());
}

QString ScalarField::flowOf(const QString &text) const
{
    namespace FV = Models::FormValue;
    switch (m_kind) {
    case Kind::Bool:
        return text;
    case Kind::Integer:
    case Kind::ByteSize:
        return FV::integerOrString(text);
    case Kind::TextOrList:
        return FV::typed(text, m_own, true);
    case Kind::Text:
    case Kind::Choice:
        return FV::string(text);
    }
    return FV::string(text);
}

void ScalarField::commitText(const QString &text)
{
    if (text == m_shown)
        return;
    m_shown = text;
    if (text.isEmpty()) {
        if (m_hasOwn)
            emitRequest(Models::FormValue::unset(m_path));
        m_hasOwn = false;
        return;
    }
    m_hasOwn = true;
    emitRequest(Models::FormValue::set(m_path, flowOf(text)));
}

void ScalarField::overrideHere()
{
    if (!m_hasInherited)
        return;
    const QString text
        = m_check ? (m_inherited.isTruthy() ? QStringLiteral("true") : QStringLiteral("false"))
                  : display(m_inherited);
    m_hasInherited = false;
    m_hasOwn = true;
    m_override->hide();
    m_note->hide();
    m_shown = text;
    if (m_line)
        m_line->setText(text);
    // The inherited value as it is (a mapping stays a mapping), not as typed text.
    emitRequest(Models::FormValue::set(
        m_path, Core::YamlFragment::flow(m_inherited, Core::FragmentStyle{})));
}

} // namespace Maestro::Gui
