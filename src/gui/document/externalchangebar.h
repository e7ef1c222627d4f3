// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Maestro::Core {
struct Error;
}

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

// The bar over the window's main area when the environment file changed on disk while there
// are unsaved edits: Reload (drops the edits), Keep Mine (the next save overwrites the file,
// after a confirmation) or Apply Again (the recorded edits planned again on the new text);
// after Apply Again it lists the edits that no longer apply until dismissed. Hidden
// otherwise. GUI thread only.
class ExternalChangeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalChangeBar)

public:
    explicit ExternalChangeBar(Document::EnvironmentDocument *document, QWidget *parent = nullptr);

    QString message() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *applyAgainButton() const { return m_applyAgain; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    void showChoices();
    void keepMine();
    void showReapplied(const QList<Core::Error> &failed, int typingDropped);

    Document::EnvironmentDocument *m_document;
    QLabel *m_message;
    QPushButton *m_reload;
    QPushButton *m_keepMine;
    QPushButton *m_applyAgain;
    QPushButton *m_dismiss;
};

} // namespace Maestro::Gui
