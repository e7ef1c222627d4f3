// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdock.h"

#include "instanceform.h"
#include "serviceform.h"
#include "shipform.h"

#include "gui/graph/dependencygraphscene.h"

#include "document/environmentdocument.h"

#include "models/environmenttreemodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QThreadPool>
#include <QtConcurrent>

namespace Maestro::Gui {

using Models::EnvironmentTreeModel;

EditDock::EditDock(QWidget *parent)
    : QDockWidget(tr("Edit"), parent)
    , m_pool(QThreadPool::globalInstance())
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Select a ship, a service or an instance to edit it."), this))
    , m_ship(new ShipForm(this))
    , m_service(new ServiceForm(this))
    , m_instance(new InstanceForm(this))
{
    setObjectName(QStringLiteral("editDock"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    for (EntityForm *form : std::initializer_list<EntityForm *>{m_ship, m_service, m_instance}) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setWidget(form);
        m_stack->addWidget(scroll);
        connect(form, &EntityForm::editRequested, this, &EditDock::editRequested);
        connect(form, &EntityForm::sourceRequested, this, &EditDock::sourceRequested);
        form->setProvenance(&m_provenance);
    }
    setWidget(m_stack);
    connect(&m_provenanceWatcher, &QFutureWatcher<Core::Provenance>::finished, this, [this] {
        if (!m_provenancePending) // a document given since has its own provenance
            return;
        m_provenance = m_provenanceWatcher.result();
        m_provenancePending = false;
        display(m_shown, m_name);
    });
}

EditDock::~EditDock()
{
    m_provenanceWatcher.waitForFinished();
}

void EditDock::setLoadResult(const Core::LoadResult &loaded, bool meansTheSame)
{
    // Filling a form is not free (tens of milliseconds on a large file): once per load.
    if (meansTheSame)
        m_document = loaded.document;
    else
        setDocument(loaded.document);
    m_provenancePending = true;
    // A new watch supersedes the last one: an older result never arrives.
    m_provenanceWatcher.setFuture(
        QtConcurrent::run(m_pool, [loaded] { return Core::Provenance::compute(loaded); }));
}

QWidget *EditDock::currentForm() const
{
    auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget());
    return scroll ? scroll->widget() : nullptr;
}

void EditDock::setDocument(const Core::Value &document, const Core::Provenance &provenance)
{
    m_document = document;
    m_provenance = provenance;
    m_provenancePending = false;
    display(m_shown, m_name);
}

void EditDock::showShip(const QString &name)
{
    display(Shown::Ship, name);
}

void EditDock::showService(const QString &name)
{
    display(Shown::Service, name);
}

void EditDock::showInstance(const QString &name)
{
    display(Shown::Instance, name);
}

void EditDock::refresh()
{
    display(m_shown, m_name);
}

void EditDock::showNothing()
{
    display(Shown::Nothing, {});
}

void EditDock::display(Shown what, const QString &name)
{
    m_shown = what;
    m_name = name;
    EntityForm *form = nullptr;
    bool found = false;
    switch (what) {
    case Shown::Ship:
        form = m_ship;
        found = m_ship->showItem(m_document, name);
        break;
    case Shown::Service:
        form = m_service;
        found = m_service->showItem(m_document, name);
        break;
    case Shown::Instance:
        form = m_instance;
        found = m_instance->showItem(m_document, name);
        break;
    case Shown::Nothing:
        break;
    }
    if (found)
        m_stack->setCurrentWidget(form->parentWidget()->parentWidget()); // its scroll area
    else
        m_stack->setCurrentWidget(m_empty);
}

void EditDock::followGraph(DependencyGraphScene *scene)
{
    connect(scene, &DependencyGraphScene::serviceSelected, this, [this](const QString &service) {
        if (!service.isEmpty())
            showService(service);
    });
}

void EditDock::followDocument(Document::EnvironmentDocument *document)
{
    using Document::EnvironmentDocument;
    connect(document, &EnvironmentDocument::loadFinished, this, [this, document] {
        setLoadResult(document->lastLoad(), document->lastLoadMeansTheSame());
    });
    connect(this, &EditDock::editRequested, document, &EnvironmentDocument::applyEdit);
    connect(document, &EnvironmentDocument::editRefused, this, &EditDock::refresh);
}

void EditDock::followTree(QAbstractItemView *tree)
{
    connect(
        tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            using Kind = EnvironmentTreeModel::Kind;
            if (!current.isValid())
                return showNothing();
            const QModelIndex row = current.siblingAtColumn(0);
            if (row.data(EnvironmentTreeModel::KindRole).value<Kind>() == Kind::Instance)
                return showInstance(row.data(EnvironmentTreeModel::InstanceNameRole).toString());
            if (const QString service = row.data(EnvironmentTreeModel::ServiceNameRole).toString();
                !service.isEmpty())
                return showService(service);
            showShip(row.data(EnvironmentTreeModel::ShipNameRole).toString());
        });
}

} // namespace Maestro::Gui
