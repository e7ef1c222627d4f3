// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/logframedecoder.h"

#include <QDateTime>
#include <QString>

namespace Maestro::Models {

// One line of a container's output as the logs view shows it: the stream it came from,
// the daemon's timestamp when the logs were requested with timestamps, and the text
// without its line break. Plain value.
struct LogLine
{
    Docker::OutputStream stream = Docker::OutputStream::Stdout;
    QDateTime timestamp; // invalid without timestamps
    QString text;
};

} // namespace Maestro::Models
