// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSortFilterProxyModel;
class QString;
class QTreeView;

namespace Maestro::Core {
class Environment;
}

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Gui {

// The environment tree's view: `model` through `proxy` (filtered on every column, any case,
// groups in file order until the user sorts by a column), columns the user can resize.
void setUpEnvironmentView(QTreeView *view, QSortFilterProxyModel *proxy,
                          Models::EnvironmentTreeModel *model);

// Expands every group and sizes the columns to what a new environment shows, leaving the
// state column room for the live state that arrives later.
void fitEnvironmentView(QTreeView *view);

// "2 ships, 3 services, 5 instances · 1 error": the status bar's summary of what is shown
// (nothing, or only the errors, without an environment).
QString environmentSummary(const Core::Environment *environment, int errors);

} // namespace Maestro::Gui
