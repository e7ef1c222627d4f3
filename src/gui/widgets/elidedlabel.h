// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Maestro::Gui {

// A label that stays one line high whatever it is given: it shows the first line of its
// text, elided to its width, and the whole text in its tooltip. For outcome lines whose
// messages may be long or span lines (a command's usage text), which would otherwise grow
// the layout they sit in. GUI thread only.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    // Whether the label shows less than fullText() (a later line, or the end of the first).
    bool isShortened() const;

    QSize minimumSizeHint() const override;

    // The first line of `text`, with an ellipsis when more lines follow.
    static QString firstLine(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateShown();

    QString m_fullText;
};

} // namespace Maestro::Gui
