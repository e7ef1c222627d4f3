// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include "models/instancedetailsmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Maestro::Gui {

using Models::InstanceDetailsModel;

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new InstanceDetailsModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QAction(tr("&Refresh"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Container summary"));

    // Not F5: the main window reloads the file with it.
    m_refresh->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Inspect the container again"));
    m_refresh->setEnabled(false);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &DetailsPanel::refresh);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refresh);

    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Instance details"));
    // New rows (another instance, the container's rows) are shown expanded.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view,
            [this](const QModelIndex &parent) { m_view->expand(parent); });
    setupColumns();

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DetailsPanel::onInspected);
    // Events come in bursts (stop: kill, die, stop; restart: those and start): one inspection.
    m_liveRefresh.setSingleShot(true);
    m_liveRefresh.setInterval(300);
    connect(&m_liveRefresh, &QTimer::timeout, this, &DetailsPanel::refresh);
    updateSummary();
}

void DetailsPanel::setupColumns()
{
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InstanceDetailsModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(InstanceDetailsModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InstanceDetailsModel::RuntimeColumn, QHeaderView::Stretch);
    int headerWidth = 0;
    for (int column = 0; column < InstanceDetailsModel::ColumnCount; ++column)
        headerWidth = std::max(headerWidth, header->sectionSizeHint(column));
    header->setMinimumSectionSize(headerWidth);

    // Fitted after the rows are expanded (the connections above come first), and again
    // when the width changes, until the user sizes the column by hand.
    connect(m_model, &QAbstractItemModel::modelReset, this, &DetailsPanel::fitNameColumn);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DetailsPanel::fitNameColumn);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == InstanceDetailsModel::NameColumn && !m_fittingColumns)
            m_nameColumnSizedByUser = true;
    });
    m_view->viewport()->installEventFilter(this);
    fitNameColumn();
}

void DetailsPanel::fitNameColumn()
{
    if (m_nameColumnSizedByUser)
        return;
    const int column = InstanceDetailsModel::NameColumn;
    // Public in QAbstractItemView (QTreeView only narrows the access): the visible rows.
    const int contents = static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column);
    const int names = std::max(contents, m_view->header()->sectionSizeHint(column));
    const int cap = m_view->viewport()->width() * 2 / 5;
    const QScopedValueRollback fitting(m_fittingColumns, true);
    m_view->header()->resizeSection(
        column, std::max(std::min(names, cap), m_view->header()->minimumSectionSize()));
}

bool DetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

DetailsPanel::~DetailsPanel()
{
    m_watcher.disconnect(this);
    waitForInspection();
}

void DetailsPanel::waitForInspection()
{
    m_running.waitForFinished();
}

QString DetailsPanel::instance() const
{
    return m_model->instance();
}

void DetailsPanel::setInstance(Core::EnvironmentPtr environment, const QString &instance,
                               InstanceInspector inspector)
{
    // A result for the previous instance must not land on this one. (Not by watching an
    // empty future: Qt 6 reports that one as finished, as if an inspection had failed.)
    m_wanted = false;
    m_again = false;
    m_live.reset();
    m_liveRefresh.stop();
    m_model->setInstance(std::move(environment), instance);
    m_inspector = m_model->instance().isEmpty() ? InstanceInspector() : std::move(inspector);
    m_refresh->setEnabled(bool(m_inspector));
    refresh();
}

void DetailsPanel::refresh()
{
    m_liveRefresh.stop();
    if (m_inspector) {
        m_model->setInspecting();
        if (m_inFlight) {
            // Its answer may predate what made us ask: the next one is the one to show.
            m_wanted = false;
            m_again = true;
        } else {
            startInspection();
        }
    }
    updateSummary();
}

void DetailsPanel::startInspection()
{
    m_inFlight = true;
    m_wanted = true;
    m_running = m_inspector();
    m_watcher.setFuture(m_running);
}

void DetailsPanel::setObservedState(const Orchestration::ObservedState &state)
{
    const LiveKey key{state.status, state.containerId, state.startedAt};
    const bool changed = m_live && *m_live != key;
    m_live = key;
    if (changed && m_inspector)
        m_liveRefresh.start();
}

void DetailsPanel::setLiveRefreshDelay(int ms)
{
    m_liveRefresh.setInterval(std::max(0, ms));
}

void DetailsPanel::onInspected()
{
    if (!m_inFlight || !m_running.isFinished())
        return; // a signal of a future no longer watched
    m_inFlight = false;
    if (m_again && m_inspector) {
        m_again = false;
        startInspection();
        return;
    }
    m_again = false;
    if (!m_wanted)
        return;
    const QFuture<Core::Result<Orchestration::InstanceRuntime>> future = m_running;
    if (future.isCanceled() || future.resultCount() == 0) {
        m_model->setRuntimeError(tr("the inspection was cancelled"));
    } else if (const auto result = future.result(); result.ok()) {
        m_model->setRuntime(*result);
    } else {
        m_model->setRuntimeError(result.error().toString());
    }
    updateSummary();
    emit runtimeUpdated();
}

void DetailsPanel::updateSummary()
{
    const QString name = m_model->instance();
    QString text;
    switch (m_model->runtimeState()) {
    case InstanceDetailsModel::RuntimeState::NotInspected:
        text = name.isEmpty()
                   ? tr("Select an instance to see its configuration.")
                   : tr("%1: configuration (the container was not inspected).").arg(name);
        break;
    case InstanceDetailsModel::RuntimeState::Inspecting:
        text = tr("%1: inspecting the container…").arg(name);
        break;
    case InstanceDetailsModel::RuntimeState::NoContainer:
        text = tr("%1: the ship has no such container.").arg(name);
        break;
    case InstanceDetailsModel::RuntimeState::Inspected:
        text = m_model->driftCount() == 0
                   ? tr("%1: the container matches the configuration.").arg(name)
                   : tr("%1: the container differs from the configuration in %n place(s).", nullptr,
                        m_model->driftCount())
                         .arg(name);
        break;
    case InstanceDetailsModel::RuntimeState::Failed:
        text = tr("%1: could not inspect the container (see Container below).").arg(name);
        break;
    }
    m_summary->setText(text);
}

} // namespace Maestro::Gui
