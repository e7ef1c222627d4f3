// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logsource.h"

#include <QKeySequence>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QToolButton;

namespace Maestro::Models {
class LogFilterProxyModel;
class LogSession;
} // namespace Maestro::Models

namespace Maestro::Gui {

// The output of one instance's container: follow on/off, how many lines of history (tail),
// timestamps, which streams, a search that filters the lines, stderr in its own colour.
// The newest lines stay in view while the list is scrolled to the bottom. Tail, follow,
// timestamps and streams persist in QSettings (group "Logs"). GUI thread only.
class LogsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsView)

public:
    explicit LogsView(QWidget *parent = nullptr);
    ~LogsView() override;

    // Streams `instance`'s output from `source` with the current options; an empty
    // instance (or no source) clears the view.
    void setInstance(const QString &instance, Models::LogSource source);
    QString instance() const { return m_instance; }
    // Focuses the search field.
    static QKeySequence searchShortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F); }
    // Starts the stream again with the current options (after the container was recreated).
    void restart();

    Models::LogSession *session() const { return m_session; }
    Models::LogFilterProxyModel *filterModel() const { return m_filter; }
    QListView *listView() const { return m_list; }
    QCheckBox *followCheck() const { return m_follow; }
    QCheckBox *timestampsCheck() const { return m_timestamps; }
    QSpinBox *tailSpin() const { return m_tail; }
    QComboBox *streamsCombo() const { return m_streams; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *statusLabel() const { return m_status; }

private:
    void setupWidgets();
    void loadSettings();
    void saveSettings() const;
    Models::LogRequest currentRequest() const;
    void onOptionsChanged();
    void updateStatus();

    QString m_instance;
    Models::LogSession *m_session;
    Models::LogFilterProxyModel *m_filter;
    QCheckBox *m_follow = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QSpinBox *m_tail = nullptr;
    QComboBox *m_streams = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_clear = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    bool m_stickToBottom = true;
    bool m_loadingSettings = false;
};

} // namespace Maestro::Gui
