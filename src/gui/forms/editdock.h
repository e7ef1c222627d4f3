// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"
#include "core/edit/provenance.h"
#include "core/model/environmentloader.h"
#include "core/value.h"

#include <QDockWidget>
#include <QFutureWatcher>

class QAbstractItemView;
class QThreadPool;
class QLabel;
class QStackedWidget;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

class DependencyGraphScene;
class InstanceForm;
class ServiceForm;
class ShipForm;

// The "Edit" dock: the form of the ship, service or instance selected in the environment
// tree, filled from the parsed document (setLoadResult() after every load). It edits
// nothing itself: every committed change of a form leaves as editRequested(), for the
// document to apply, whose next load fills the form again. What a template, a loop or an
// alias wrote is read-only, with a badge saying where it comes from: that provenance is
// computed on the thread pool after each load. GUI thread only; the destructor waits for a
// provenance computation in flight.
class EditDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditDock)

public:
    explicit EditDock(QWidget *parent = nullptr);
    ~EditDock() override;

    // Where provenance is computed (the application's pool); the global pool by default.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    // What a load made: the forms show its document at once, its provenance once computed.
    // `meansTheSame` (EnvironmentDocument::lastLoadMeansTheSame()): the shown values stay and
    // the form is shown again once, with the new positions, when the provenance arrives.
    void setLoadResult(const Core::LoadResult &loaded, bool meansTheSame = false);
    // The parsed document and where its values come from; the shown item is shown again.
    void setDocument(const Core::Value &document, const Core::Provenance &provenance = {});
    // Whether the provenance of the last load is still to be shown.
    bool isComputingProvenance() const { return m_provenancePending; }
    void showShip(const QString &name);
    void showService(const QString &name);
    void showInstance(const QString &name);
    void showNothing();
    // Shows the document's values again, dropping what the forms show of an edit that was
    // not applied (refused by the engine).
    void refresh();
    // Shows what is current in `tree`, a view of Models::EnvironmentTreeModel (or a proxy).
    void followTree(QAbstractItemView *tree);
    // Shows the form of a service picked in `scene`, not that of its first instance, which
    // the tree (grouped by ship) makes current. Call it after the window's SelectionSync is
    // made, so that this comes last.
    void followGraph(DependencyGraphScene *scene);
    // Fills the forms from every load of `document` and hands their changes to it, to be
    // planned on the pool, verified and undoable; a refused change leaves the form showing
    // the document's value again (the document says why).
    void followDocument(Document::EnvironmentDocument *document);

    ShipForm *shipForm() const { return m_ship; }
    ServiceForm *serviceForm() const { return m_service; }
    InstanceForm *instanceForm() const { return m_instance; }
    QWidget *currentForm() const;

signals:
    void editRequested(const Maestro::Core::EditRequest &request);
    // A provenance badge was clicked: show where the value is written.
    void sourceRequested(const Maestro::Core::SourceLocation &location);

private:
    enum class Shown { Nothing, Ship, Service, Instance };
    void display(Shown what, const QString &name);

    Core::Value m_document;
    Core::Provenance m_provenance;
    QThreadPool *m_pool;
    QFutureWatcher<Core::Provenance> m_provenanceWatcher;
    bool m_provenancePending = false;
    Shown m_shown = Shown::Nothing;
    QString m_name;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    ShipForm *m_ship;
    ServiceForm *m_service;
    InstanceForm *m_instance;
};

} // namespace Maestro::Gui
