// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Ui {
class MainWindow;
}

namespace Maestro::Gui {

// Gives the window's own actions (File, View, Help, the graph's zoom) their themed icons and
// the platform's standard shortcuts; the form declares only their texts.
void decorateWindowActions(Ui::MainWindow &ui);

} // namespace Maestro::Gui
