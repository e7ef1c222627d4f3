// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateloader.h"

#include "templateerror.h"
#include "templatelimits.h"
#include "templateparser.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Maestro::Core {

TemplateLoader::TemplateLoader(QString searchDirectory, SourceMap *sourceMap,
                               const QHash<QString, QString> *overrides)
    : m_searchDirectory(std::move(searchDirectory))
    , m_sourceMap(sourceMap)
    , m_overrides(overrides)
{}

Result<const TemplateUnit *> TemplateLoader::loadMain(const QString &fileName, const QString &text)
{
    return parse(fileName, text);
}

Result<const TemplateUnit *> TemplateLoader::parse(const QString &fileName, QString text)
{
    auto unit = std::make_unique<TemplateUnit>();
    const int file = m_sourceMap->addFile(fileName, text);
    unit->source = std::make_unique<TemplateSource>(fileName, std::move(text), file);
    TemplateParser parser(*unit->source);
    auto nodes = parser.parse();
    if (!nodes)
        return nodes.error();
    unit->nodes = std::move(nodes.value());
    const TemplateUnit *result = unit.get();
    m_units[fileName] = std::move(unit);
    return result;
}

Result<const TemplateUnit *> TemplateLoader::loadInclude(const QString &name, bool *notFound)
{
    *notFound = false;
    auto missing = [&] {
        *notFound = true;
        return templateError(
            TemplateTr::tr("template '%1' not found in %2")
                .arg(name, m_searchDirectory.isEmpty()
                               ? TemplateTr::tr("the current directory")
                               : QLatin1Char('\'') + m_searchDirectory + QLatin1Char('\'')));
    };
    QStringList pieces;
    for (const QString &piece : name.split(QLatin1Char('/'))) {
        if (piece == QLatin1String(".."))
            return missing();
        if (!piece.isEmpty() && piece != QLatin1String("."))
            pieces << piece;
    }
    if (pieces.isEmpty())
        return missing();
    QString path = pieces.join(QLatin1Char('/'));
    if (!m_searchDirectory.isEmpty())
        path = m_searchDirectory
               + (m_searchDirectory.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/"))
               + path;

    if (const auto cached = m_units.find(path); cached != m_units.end())
        return static_cast<const TemplateUnit *>(cached->second.get());

    if (m_overrides && m_overrides->contains(path))
        return parse(path, m_overrides->value(path));
    const QFileInfo info(path);
    if (!info.isFile())
        return missing();
    if (info.size() > TemplateLimits::maxFileSize) {
        return templateError(TemplateTr::tr("included file '%1' is larger than %2 bytes")
                                 .arg(path)
                                 .arg(TemplateLimits::maxFileSize));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return templateError(
            TemplateTr::tr("cannot read included file '%1': %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(TemplateLimits::maxFileSize + 1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return templateError(TemplateTr::tr("included file '%1' is not valid UTF-8").arg(path));
    return parse(path, std::move(text));
}

} // namespace Maestro::Core
