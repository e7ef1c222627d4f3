// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateast.h"
#include "templateexpressionparser.h"
#include "templatesource.h"
#include "templatetokenstream.h"

#include "core/result.h"

#include <QStringList>

namespace Maestro::Core {

// Parses one template (the main file or an include) into its syntax tree: text, {{ }},
// and the statements MaestroNG files use (if/elif/else, for/else, set, with, include).
// Every other tag is an error naming the tag, line and column.
class TemplateParser
{
public:
    explicit TemplateParser(const TemplateSource &source);

    Result<TemplateNodeList> parse();

private:
    struct OpenBlock
    {
        QString tag;
        qsizetype offset;
        QStringList endTags;
    };

    // Parses nodes until a {% tag %} named in endTags (left as the current token) or the end.
    Result<TemplateNodeList> parseBody(const QStringList &endTags);
    VoidResult parseStatement(TemplateNodeList *nodes);
    Result<std::unique_ptr<TemplateNode>> parseIf(qsizetype offset);
    Result<std::unique_ptr<TemplateNode>> parseFor(qsizetype offset);
    Result<std::unique_ptr<TemplateNode>> parseSet(qsizetype offset);
    Result<std::unique_ptr<TemplateNode>> parseWith(qsizetype offset);
    Result<std::unique_ptr<TemplateNode>> parseInclude(qsizetype offset);
    Result<QStringList> parseTargets();
    // Parses the body of a block up to one of endTags; returns the end tag found.
    Result<QString> parseBlockBody(const QString &tag, qsizetype offset, const QStringList &endTags,
                                   TemplateNodeList *body);
    VoidResult expectBlockEnd();
    Error unknownTag(const TemplateToken &token) const;

    const TemplateSource &m_source;
    std::vector<TemplateToken> m_tokens;
    TemplateTokenStream m_stream;
    TemplateExpressionParser m_expressions;
    std::vector<OpenBlock> m_openBlocks;
};

} // namespace Maestro::Core
