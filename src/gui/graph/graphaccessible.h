// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Maestro::Gui::GraphAccessible {

// QGraphicsView shows none of its items to screen readers and UI automation (AT-SPI): the
// graph would be one blank area. This installs (once, idempotent) an accessibility factory
// that gives the GraphView an interface whose children are its own (viewport, scroll bars)
// followed by one child per service node, in service-name order: named after the service,
// described by its tooltip, selectable, with the node's box as its screen rectangle. So a
// user of a screen reader can find a service in the graph, and a script can find where to
// click or drag. GUI thread only.
void install();

} // namespace Maestro::Gui::GraphAccessible
