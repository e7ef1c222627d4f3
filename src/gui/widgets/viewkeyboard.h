// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;

namespace Maestro::Gui {

// Keyboard use of an item view (the environment tree, the diagnostics, the run steps):
// - a view that gets the focus without a current row makes its first row current (not
//   selected), so the focus frame shows where the keyboard is;
// - a tree shows the focus on the whole row, not on one cell;
// - Shift+F10 opens the context menu where the Menu key would (at the current row): a
//   keyboard QContextMenuEvent to the viewport, so the view's menu policy decides as usual.
// The helpers are children of `view`. GUI thread only.
void setUpKeyboard(QAbstractItemView *view);

} // namespace Maestro::Gui
