// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace Maestro::Gui {

// QGraphicsItem::type() ids of the dependency graph's items, for qgraphicsitem_cast.
enum GraphItemType { ServiceNodeType = QGraphicsItem::UserType + 1, DependencyEdgeType };

} // namespace Maestro::Gui
