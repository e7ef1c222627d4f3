// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsview.h"

#include "models/logbuffermodel.h"
#include "models/logfilterproxymodel.h"
#include "models/logsession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace Maestro::Gui {

using Models::LogFilterProxyModel;
using Models::LogSession;

namespace {
const QString kFollowKey = QStringLiteral("Logs/follow");
const QString kTailKey = QStringLiteral("Logs/tail");
const QString kTimestampsKey = QStringLiteral("Logs/timestamps");
const QString kStreamsKey = QStringLiteral("Logs/streams");
constexpr int kMaxTail = 100000;
} // namespace

LogsView::LogsView(QWidget *parent)
    : QWidget(parent)
    , m_session(new LogSession(this))
    , m_filter(new LogFilterProxyModel(this))
{
    m_filter->setSourceModel(m_session->model());
    setupWidgets();
    loadSettings();
    connect(m_session, &LogSession::stateChanged, this, &LogsView::updateStatus);
    connect(m_session, &LogSession::linesAppended, this, &LogsView::updateStatus);
    updateStatus();
}

LogsView::~LogsView() = default;

void LogsView::setupWidgets()
{
    m_follow = new QCheckBox(tr("&Follow"), this);
    m_follow->setToolTip(tr("Keep reading new output as the container writes it"));
    m_timestamps = new QCheckBox(tr("&Timestamps"), this);
    m_timestamps->setToolTip(tr("Show when the daemon received each line"));

    m_tail = new QSpinBox(this);
    m_tail->setRange(-1, kMaxTail);
    m_tail->setSpecialValueText(tr("all"));
    m_tail->setPrefix(tr("last "));
    m_tail->setSuffix(tr(" lines"));
    m_tail->setKeyboardTracking(false); // restart once the number is entered, not per digit
    m_tail->setAccessibleName(tr("Lines of history"));
    m_tail->setToolTip(tr("How many earlier lines to show before new ones"));
    auto *tailLabel = new QLabel(tr("&History:"), this);
    tailLabel->setBuddy(m_tail);

    m_streams = new QComboBox(this);
    m_streams->addItem(tr("stdout and stderr"), int(LogFilterProxyModel::Streams::Both));
    m_streams->addItem(tr("stdout only"), int(LogFilterProxyModel::Streams::StdoutOnly));
    m_streams->addItem(tr("stderr only"), int(LogFilterProxyModel::Streams::StderrOnly));
    m_streams->setAccessibleName(tr("Streams shown"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the output"));
    auto *findAction = new QAction(this);
    // Not Ctrl+F: the main window filters its tree with it, and a duplicate is ambiguous.
    findAction->setShortcut(searchShortcut());
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    m_clear = new QToolButton(this);
    m_clear->setText(tr("C&lear"));
    m_clear->setToolTip(tr("Clear the lines shown so far"));
    connect(m_clear, &QToolButton::clicked, m_session->model(), &Models::LogBufferModel::clear);

    m_list = new QListView(this);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true); // no per-row size hint: appends stay cheap
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Container output"));

    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Logs status"));

    auto *options = new QHBoxLayout;
    options->addWidget(m_follow);
    options->addWidget(m_timestamps);
    options->addWidget(tailLabel);
    options->addWidget(m_tail);
    options->addWidget(m_streams);
    options->addWidget(m_search, 1);
    options->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_list);

    connect(m_follow, &QCheckBox::toggled, this, &LogsView::onOptionsChanged);
    connect(m_timestamps, &QCheckBox::toggled, this, &LogsView::onOptionsChanged);
    connect(m_tail, &QSpinBox::valueChanged, this, &LogsView::onOptionsChanged);
    connect(m_streams, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStreams(LogFilterProxyModel::Streams(m_streams->currentData().toInt()));
        saveSettings();
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &LogFilterProxyModel::setSearchText);

    // Stay at the bottom while new lines arrive, unless the user scrolled up to read.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_list->verticalScrollBar();
        m_stickToBottom = bar->value() >= bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_stickToBottom)
            m_list->scrollToBottom();
    });
}

void LogsView::loadSettings()
{
    const QSettings settings;
    m_loadingSettings = true;
    m_follow->setChecked(settings.value(kFollowKey, true).toBool());
    m_timestamps->setChecked(settings.value(kTimestampsKey, false).toBool());
    m_tail->setValue(settings.value(kTailKey, Models::LogRequest().tail).toInt());
    const int streams = m_streams->findData(settings.value(kStreamsKey, 0).toInt());
    m_streams->setCurrentIndex(std::max(streams, 0));
    m_loadingSettings = false;
}

void LogsView::saveSettings() const
{
    if (m_loadingSettings)
        return;
    QSettings settings;
    settings.setValue(kFollowKey, m_follow->isChecked());
    settings.setValue(kTimestampsKey, m_timestamps->isChecked());
    settings.setValue(kTailKey, m_tail->value());
    settings.setValue(kStreamsKey, m_streams->currentData().toInt());
}

Models::LogRequest LogsView::currentRequest() const
{
    Models::LogRequest request;
    request.follow = m_follow->isChecked();
    request.timestamps = m_timestamps->isChecked();
    request.tail = m_tail->value();
    return request;
}

void LogsView::setInstance(const QString &instance, Models::LogSource source)
{
    m_instance = source ? instance : QString();
    m_session->setSource(m_instance.isEmpty() ? Models::LogSource() : std::move(source));
    m_stickToBottom = true;
    restart();
}

void LogsView::restart()
{
    if (m_session->hasSource())
        m_session->start(currentRequest());
    updateStatus();
}

void LogsView::onOptionsChanged()
{
    if (m_loadingSettings)
        return;
    saveSettings();
    restart();
}

void LogsView::updateStatus()
{
    const Models::LogBufferModel *model = m_session->model();
    QString text;
    if (m_instance.isEmpty()) {
        text = tr("Select an instance to see its output.");
    } else {
        switch (m_session->state()) {
        case LogSession::State::Idle:
            text = tr("Output of %1 (stopped).").arg(m_instance);
            break;
        case LogSession::State::Running:
            text = m_session->request().follow ? tr("Following %1.").arg(m_instance)
                                               : tr("Reading the output of %1…").arg(m_instance);
            break;
        case LogSession::State::Ended:
            text = tr("End of the output of %1.").arg(m_instance);
            break;
        case LogSession::State::Failed: {
            // A sentence of its own, so the line count after it does not run on.
            QString reason = m_session->errorString().trimmed();
            while (reason.endsWith(QLatin1Char('.')))
                reason.chop(1);
            text = tr("Could not read the output of %1: %2.").arg(m_instance, reason);
            break;
        }
        }
        text += QLatin1Char(' ') + tr("%n line(s) shown.", nullptr, model->rowCount());
        if (model->evictedCount() > 0) {
            text += QLatin1Char(' ')
                    + tr("%n older line(s) dropped: the view keeps the newest %1.", nullptr,
                         int(std::min<qint64>(model->evictedCount(), INT_MAX)))
                          .arg(model->capacity());
        }
        if (m_session->droppedBytes() > 0) {
            text += QLatin1Char(' ')
                    + tr("%1 bytes skipped while the view caught up.")
                          .arg(m_session->droppedBytes());
        }
    }
    m_status->setText(text);
}

} // namespace Maestro::Gui
