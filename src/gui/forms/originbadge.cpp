// SPDX-License-Identifier: GPL-3.0-or-later
#include "originbadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Maestro::Gui {

OriginBadge::OriginBadge(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_editAnchor(new QToolButton(this))
    , m_localCopy(new QToolButton(this))
{
    m_label->setWordWrap(true);
    connect(m_label, &QLabel::linkActivated, this, [this] { emit sourceRequested(m_location); });
    m_editAnchor->setText(tr("Edit the anchor"));
    m_editAnchor->setAccessibleName(m_editAnchor->text());
    m_localCopy->setText(tr("Make a local copy"));
    m_localCopy->setAccessibleName(m_localCopy->text());
    m_localCopy->setToolTip(
        tr("Replace the alias by a copy of what it names, to change it here only"));
    connect(m_editAnchor, &QToolButton::clicked, this, [this] {
        m_editAnchor->setEnabled(false);
        emit editAnchorChosen();
    });
    connect(m_localCopy, &QToolButton::clicked, this, &OriginBadge::localCopyChosen);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_editAnchor);
    buttons->addWidget(m_localCopy);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_label);
    layout->addLayout(buttons);
    hide();
}

void OriginBadge::setOrigin(const Core::ValueOrigin *origin, bool hasValue)
{
    setVisible(origin != nullptr);
    m_location = origin ? origin->location : Core::SourceLocation{};
    m_label->setText(
        origin ? QStringLiteral("<a href=\"#\">%1</a>").arg(origin->describe().toHtmlEscaped())
               : QString());
    const bool alias = origin && origin->kind == Core::ValueOrigin::Kind::Alias;
    m_editAnchor->setVisible(alias);
    m_editAnchor->setEnabled(true);
    m_editAnchor->setToolTip(alias ? tr("Edit the anchored value; this also changes: %1")
                                         .arg(origin->sharedWith.join(QStringLiteral(", ")))
                                   : QString());
    m_localCopy->setVisible(alias && hasValue);
}

} // namespace Maestro::Gui
