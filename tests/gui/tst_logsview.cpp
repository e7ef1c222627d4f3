// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggenerator.h"

#include "gui/instance/logsview.h"
#include "models/logbuffermodel.h"
#include "models/logfilterproxymodel.h"
#include "models/logsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro;
using Gui::LogsView;
using Models::LogSession;
using Tests::LogGenerator;

class tst_LogsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsLinesAndFollowsTheBottom();
    void searchAndStreamFilter();
    void optionsRestartTheStreamAndPersist();
    void errorIsShown();
    void noInstance();
    void keyboardAndAccessibility();

private:
    QTemporaryDir m_settingsDir;
};

void tst_LogsView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("maestro-desktop-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logsview"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void tst_LogsView::init()
{
    QSettings().clear();
}

void tst_LogsView::showsLinesAndFollowsTheBottom()
{
    LogGenerator generator;
    generator.lines = 3000;
    generator.chunkLines = 7;
    LogsView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setInstance(QStringLiteral("web-1"), generator.source());
    QCOMPARE(view.instance(), QStringLiteral("web-1"));
    QTRY_COMPARE(view.session()->state(), LogSession::State::Ended);
    QCOMPARE(view.listView()->model()->rowCount(), 3000);
    QCOMPARE(view.listView()->model()->index(2999, 0).data().toString(),
             QStringLiteral("line 2999"));
    const QScrollBar *bar = view.listView()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view.statusLabel()->text().contains(QStringLiteral("web-1")));
    QVERIFY2(view.statusLabel()->text().contains(QStringLiteral("3000")),
             qPrintable(view.statusLabel()->text()));
}

void tst_LogsView::searchAndStreamFilter()
{
    LogGenerator generator;
    generator.lines = 100; // one line per chunk: odd lines on stderr
    LogsView view;
    view.setInstance(QStringLiteral("web-1"), generator.source());
    QTRY_COMPARE(view.session()->state(), LogSession::State::Ended);
    QAbstractItemModel *shown = view.listView()->model();
    QCOMPARE(shown->rowCount(), 100);

    QTest::keyClicks(view.searchEdit(), QStringLiteral("line 9"));
    QCOMPARE(shown->rowCount(), 11); // 9, 90..99
    view.streamsCombo()->setCurrentIndex(
        view.streamsCombo()->findData(int(Models::LogFilterProxyModel::Streams::StderrOnly)));
    QCOMPARE(shown->rowCount(), 6); // 9, 91, 93, 95, 97, 99
    for (int row = 0; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, 0).data(Models::LogBufferModel::StreamRole).toInt(),
                 int(Docker::OutputStream::Stderr));
    }
    view.searchEdit()->clear();
    QCOMPARE(shown->rowCount(), 50);
}

void tst_LogsView::optionsRestartTheStreamAndPersist()
{
    LogGenerator generator;
    generator.endless = true;
    {
        LogsView view;
        QVERIFY(view.followCheck()->isChecked()); // defaults
        QCOMPARE(view.tailSpin()->value(), Models::LogRequest().tail);
        view.setInstance(QStringLiteral("web-1"), generator.source());
        QTRY_VERIFY(view.session()->model()->rowCount() > 0);
        QVERIFY(generator.lastRequest.follow);

        view.followCheck()->setChecked(false);
        QVERIFY(generator.finished.tryAcquire(1, 10000)); // the first stream was stopped
        QVERIFY(!generator.lastRequest.follow);
        view.tailSpin()->setValue(42);
        QCOMPARE(generator.lastRequest.tail, 42);
        view.timestampsCheck()->setChecked(true);
        QVERIFY(generator.lastRequest.timestamps);
        view.tailSpin()->setValue(-1);
        QCOMPARE(view.tailSpin()->text(), QStringLiteral("all"));
        QCOMPARE(generator.lastRequest.tail, -1);
        view.streamsCombo()->setCurrentIndex(2);
    }
    QVERIFY(generator.finished.tryAcquire(4, 10000)); // every stream ended with its view

    LogsView again;
    QVERIFY(!again.followCheck()->isChecked());
    QVERIFY(again.timestampsCheck()->isChecked());
    QCOMPARE(again.tailSpin()->value(), -1);
    QCOMPARE(again.streamsCombo()->currentIndex(), 2);
    QCOMPARE(again.filterModel()->streams(), Models::LogFilterProxyModel::Streams::StderrOnly);
    QCOMPARE(again.session()->state(), LogSession::State::Idle); // nothing to show yet
}

void tst_LogsView::errorIsShown()
{
    LogGenerator generator;
    generator.error = QStringLiteral("ship orch1 (unix:///x.sock): no such container: web-1");
    LogsView view;
    view.setInstance(QStringLiteral("web-1"), generator.source());
    QTRY_COMPARE(view.session()->state(), LogSession::State::Failed);
    QVERIFY2(view.statusLabel()->text().contains(*generator.error),
             qPrintable(view.statusLabel()->text()));
    // The reason is a sentence of its own: the line count does not run on from it.
    QVERIFY2(view.statusLabel()->text().contains(*generator.error + QStringLiteral(". ")),
             qPrintable(view.statusLabel()->text()));
}

void tst_LogsView::noInstance()
{
    LogGenerator generator;
    generator.endless = true;
    LogsView view;
    view.setInstance(QStringLiteral("web-1"), generator.source());
    QTRY_VERIFY(view.session()->model()->rowCount() > 0);
    view.setInstance({}, generator.source());
    QVERIFY(generator.finished.tryAcquire(1, 10000));
    QCOMPARE(view.session()->model()->rowCount(), 0);
    QCOMPARE(view.session()->state(), LogSession::State::Idle);
    QVERIFY(view.instance().isEmpty());
    QVERIFY(!view.statusLabel()->text().isEmpty());
}

void tst_LogsView::keyboardAndAccessibility()
{
    LogsView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.listView()->setFocus();
    QTest::keySequence(&view, LogsView::searchShortcut());
    QTRY_VERIFY(view.searchEdit()->hasFocus());
    for (QWidget *widget : view.findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&view))
            continue;
        if (qobject_cast<QCheckBox *>(widget) || qobject_cast<QAbstractButton *>(widget))
            continue; // named by their own text
        if (widget->parentWidget() != &view)
            continue; // parts of composite widgets (the spin box's line edit)
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
}

QTEST_MAIN(tst_LogsView)
#include "tst_logsview.moc"
