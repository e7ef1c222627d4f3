// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;

namespace Maestro::Gui {

// Keeps keyboard focus out of docks that cannot be seen: a dock lying behind another dock's
// tab (or closed) has its contents disabled until its tab is raised again, so Tab does not
// walk into widgets the user cannot see. Covers the docks `window` has now; call it once
// they are all added. GUI thread only.
void keepFocusOutOfHiddenDocks(QMainWindow *window);

} // namespace Maestro::Gui
