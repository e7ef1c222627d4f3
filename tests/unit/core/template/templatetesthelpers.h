// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/template/templaterenderer.h"

#include <QHash>
#include <QString>

namespace Maestro::Core::TestSupport {

// The process environment the template tests render with.
inline QHash<QString, QString> testEnvironment()
{
    return {{QStringLiteral("HOME"), QStringLiteral("/home/maestro")},
            {QStringLiteral("EMPTY"), QString()},
            {QStringLiteral("PORT"), QStringLiteral("8080")},
            {QStringLiteral("NAME"), QStringLiteral("web")}};
}

inline QString templateDataDir()
{
    return QStringLiteral(MAESTRO_TEST_DATA_DIR "/template");
}

inline Result<RenderedTemplate> render(const QString &text,
                                       const QString &fileName = QStringLiteral("maestro.yaml"),
                                       const QString &searchDirectory = templateDataDir())
{
    return renderTemplate(TemplateInput{fileName, text, searchDirectory, testEnvironment()});
}

} // namespace Maestro::Core::TestSupport
