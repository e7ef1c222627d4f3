// SPDX-License-Identifier: GPL-3.0-or-later
// Answering modal dialogs in offscreen GUI tests: exec() blocks, so the answer has to run
// from inside the dialog's own event loop.
#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

// Answers the next modal dialog of type T from inside its event loop (exec() blocks).
// Returns a flag that says whether one appeared; the watch ends with `owner` at the latest.
template<typename T>
std::shared_ptr<bool> whenModal(QObject *owner, std::function<void(T *)> answer)
{
    auto appeared = std::make_shared<bool>(false);
    auto *timer = new QTimer(owner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, appeared] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        *appeared = true;
        answer(dialog);
    });
    timer->start();
    return appeared;
}
