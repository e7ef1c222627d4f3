# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled Qt and standard library headers, shared by the targets that compile with the
# same flags (docs/testing.md, "The test command's time"). In the sanitizer build, a source
# that includes only the usual Qt headers takes 2.7 s of CPU to compile, 0.6 s with them
# precompiled; every one of the 300 sources of a build pays that.
#
# GCC uses a precompiled header only when every macro defined while precompiling it is
# defined the same way in the source that includes it (extra macros are fine, as long as the
# headers never test them). So there is one small owner target per set of macros, defining
# only what all its users define, and every user REUSE_FROMs one of them:
#   core           QtCore headers               tests, docker, orchestration, cli
#   core_strict    the same, QT_NO_CAST_*_ASCII core, document, models (library code)
#   widgets        QtCore and QtWidgets headers tests linking maestro_gui
#   widgets_strict the same, QT_NO_CAST_*_ASCII maestro_gui, maestro-desktop
# QtTest's headers stay out: they test QT_TESTCASE_SOURCEDIR, which differs per directory.
# A header that no longer matches shows as "-Winvalid-pch: ... not used because" in the build
# log and only costs time. The clang build of the fuzzers uses them as well (its compiler
# compares the macros too). -DMAESTRO_PCH=OFF builds without (e.g. to check that every file
# includes what it uses).
option(MAESTRO_PCH "Precompile the Qt and standard headers (GCC, Clang)" ON)

set(MAESTRO_PCH_CORE_HEADERS
    <algorithm> <cstdio> <functional> <map> <memory> <optional> <string> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo>
    <QFuture> <QFutureWatcher> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QLoggingCategory> <QMap> <QMutex> <QObject> <QPointer> <QProcess> <QRegularExpression>
    <QSet> <QString> <QStringList> <QTemporaryDir> <QThreadPool> <QTimer> <QVariant>)
set(MAESTRO_PCH_WIDGETS_HEADERS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QDockWidget>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMainWindow> <QMenu> <QMessageBox>
    <QPainter> <QPlainTextEdit> <QPushButton> <QSortFilterProxyModel> <QToolButton> <QTreeView>
    <QTreeWidget> <QVBoxLayout> <QWidget>)

# Included after the project's compile options, which every owner and user shares (sanitizers,
# -g, -O): GCC compares those too.
if(MAESTRO_PCH AND NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(STATUS "MAESTRO_PCH: precompiled headers only with GCC and Clang; building without")
    set(MAESTRO_PCH OFF)
endif()

function(maestro_add_pch_owner flavour qt_target)
    set(owner maestro_pch_${flavour})
    # Built only for the targets that use it (bootstrap builds a few executables only).
    add_library(${owner} OBJECT EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/cmake/pchowner.cpp)
    set_target_properties(${owner} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(${owner} PRIVATE ${qt_target})
    if(flavour MATCHES "_strict$")
        target_compile_definitions(${owner} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
    endif()
    set(headers ${MAESTRO_PCH_CORE_HEADERS})
    if(flavour MATCHES "^widgets")
        list(APPEND headers ${MAESTRO_PCH_WIDGETS_HEADERS})
    endif()
    target_precompile_headers(${owner} PRIVATE ${headers})
endfunction()

if(MAESTRO_PCH)
    maestro_add_pch_owner(core Qt6::Core)
    maestro_add_pch_owner(core_strict Qt6::Core)
    if(MAESTRO_DESKTOP)
        find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets)
        maestro_add_pch_owner(widgets Qt6::Widgets)
        maestro_add_pch_owner(widgets_strict Qt6::Widgets)
    endif()
endif()

# maestro_use_pch(TARGET FLAVOUR): TARGET compiles with the precompiled headers of FLAVOUR
# (see the table above); its macros must include the flavour's.
function(maestro_use_pch target flavour)
    if(MAESTRO_PCH)
        target_precompile_headers(${target} REUSE_FROM maestro_pch_${flavour})
    endif()
endfunction()
