// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateparser.h"

#include "templateerror.h"
#include "templatelexer.h"
#include "templatelimits.h"

namespace Maestro::Core {

namespace {

using Kind = TemplateToken::Kind;

std::unique_ptr<TemplateNode> makeNode(TemplateNode::Kind kind, qsizetype offset)
{
    auto node = std::make_unique<TemplateNode>();
    node->kind = kind;
    node->offset = offset;
    return node;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QLatin1Char('\'') + name + QLatin1Char('\'');
    return quoted.join(TemplateTr::tr(" or "));
}

} // namespace

TemplateParser::TemplateParser(const TemplateSource &source)
    : m_source(source)
    , m_stream(source, m_tokens)
    , m_expressions(m_stream)
{}

Result<TemplateNodeList> TemplateParser::parse()
{
    TemplateLexer lexer(m_source);
    auto tokens = lexer.tokenize();
    if (!tokens)
        return tokens.error();
    m_tokens = std::move(tokens.value());
    return parseBody({});
}

Result<TemplateNodeList> TemplateParser::parseBody(const QStringList &endTags)
{
    TemplateNodeList nodes;
    while (true) {
        const TemplateToken &token = m_stream.current();
        switch (token.kind) {
        case Kind::Data: {
            auto text = makeNode(TemplateNode::Kind::Text, token.offset);
            text->length = token.length;
            nodes.push_back(std::move(text));
            m_stream.next();
            break;
        }
        case Kind::VariableBegin: {
            m_stream.next();
            // The output maps to where the expression starts (Attribute nodes carry the
            // offset of their attribute name, for errors).
            const qsizetype expressionStart = m_stream.current().offset;
            auto expr = m_expressions.parseTuple();
            if (!expr)
                return expr.error();
            if (m_stream.current().kind != Kind::VariableEnd) {
                return m_stream.errorAtCurrent(
                    TemplateTr::tr("unexpected %1, expected '}}'").arg(m_stream.describeCurrent()));
            }
            m_stream.next();
            auto output = makeNode(TemplateNode::Kind::Output, expressionStart);
            output->expression = std::move(expr.value());
            nodes.push_back(std::move(output));
            break;
        }
        case Kind::BlockBegin: {
            const TemplateToken &name = m_stream.peek();
            if (name.kind == Kind::Name && endTags.contains(name.text)) {
                m_stream.next();
                return nodes;
            }
            const auto statement = parseStatement(&nodes);
            if (!statement)
                return statement.error();
            break;
        }
        case Kind::End:
            if (!m_openBlocks.empty()) {
                const OpenBlock &block = m_openBlocks.back();
                const SourceLocation opened = m_source.locationAt(block.offset);
                return m_source.errorAt(
                    token.offset,
                    TemplateTr::tr(
                        "unexpected end of template: the '%1' block opened at line %2, column %3 "
                        "needs %4")
                        .arg(block.tag)
                        .arg(opened.line)
                        .arg(opened.column)
                        .arg(quotedList(block.endTags)));
            }
            return nodes;
        default:
            return m_stream.errorAtCurrent(
                TemplateTr::tr("unexpected %1").arg(m_stream.describeCurrent()));
        }
    }
}

VoidResult TemplateParser::parseStatement(TemplateNodeList *nodes)
{
    const qsizetype offset = m_stream.next().offset; // {%
    const TemplateToken &name = m_stream.current();
    if (name.kind != Kind::Name)
        return m_stream.errorAtCurrent(TemplateTr::tr("expected a tag name after '{%'"));
    if (int(m_openBlocks.size()) >= TemplateLimits::maxBlockDepth) {
        return m_stream.errorAtCurrent(
            TemplateTr::tr("blocks nested too deeply (more than %1 levels)")
                .arg(TemplateLimits::maxBlockDepth));
    }
    const QString tag = name.text;
    Result<std::unique_ptr<TemplateNode>> node = std::unique_ptr<TemplateNode>();
    if (tag == QLatin1String("if"))
        node = parseIf(offset);
    else if (tag == QLatin1String("for"))
        node = parseFor(offset);
    else if (tag == QLatin1String("set"))
        node = parseSet(offset);
    else if (tag == QLatin1String("with"))
        node = parseWith(offset);
    else if (tag == QLatin1String("include"))
        node = parseInclude(offset);
    else
        return unknownTag(name);
    if (!node)
        return node.error();
    nodes->push_back(std::move(node.value()));
    return Success{};
}

Error TemplateParser::unknownTag(const TemplateToken &token) const
{
    static const QStringList unsupported = {
        QStringLiteral("macro"),   QStringLiteral("call"),       QStringLiteral("filter"),
        QStringLiteral("extends"), QStringLiteral("block"),      QStringLiteral("import"),
        QStringLiteral("from"),    QStringLiteral("autoescape"), QStringLiteral("do"),
        QStringLiteral("break"),   QStringLiteral("continue"),   QStringLiteral("trans"),
    };
    const QString &tag = token.text;
    if (unsupported.contains(tag)) {
        return m_source.errorAt(
            token.offset, TemplateTr::tr("the '{% %1 %}' tag is not supported (supported tags: if, "
                                         "for, set, with, include, raw)")
                              .arg(tag));
    }
    if (tag.startsWith(QLatin1String("end")) || tag == QLatin1String("else")
        || tag == QLatin1String("elif")) {
        if (m_openBlocks.empty())
            return m_source.errorAt(token.offset, TemplateTr::tr("unexpected tag '%1'").arg(tag));
        const OpenBlock &block = m_openBlocks.back();
        const SourceLocation opened = m_source.locationAt(block.offset);
        return m_source.errorAt(
            token.offset, TemplateTr::tr("unexpected tag '%1': the innermost open block is '%2' "
                                         "(line %3, column %4), which needs %5")
                              .arg(tag, block.tag)
                              .arg(opened.line)
                              .arg(opened.column)
                              .arg(quotedList(block.endTags)));
    }
    return m_source.errorAt(token.offset, TemplateTr::tr("unknown tag '%1'").arg(tag));
}

VoidResult TemplateParser::expectBlockEnd()
{
    if (m_stream.current().kind != Kind::BlockEnd) {
        return m_stream.errorAtCurrent(
            TemplateTr::tr("unexpected %1, expected the end of the tag '%}'")
                .arg(m_stream.describeCurrent()));
    }
    m_stream.next();
    return Success{};
}

Result<QString> TemplateParser::parseBlockBody(const QString &tag, qsizetype offset,
                                               const QStringList &endTags, TemplateNodeList *body)
{
    m_openBlocks.push_back(OpenBlock{tag, offset, endTags});
    auto nodes = parseBody(endTags);
    m_openBlocks.pop_back();
    if (!nodes)
        return nodes.error();
    *body = std::move(nodes.value());
    return m_stream.next().text; // the end tag's name
}

Result<std::unique_ptr<TemplateNode>> TemplateParser::parseIf(qsizetype offset)
{
    auto node = makeNode(TemplateNode::Kind::If, offset);
    m_stream.next(); // if
    while (true) {
        TemplateIfBranch branch;
        auto condition = m_expressions.parseTuple(false);
        if (!condition)
            return condition.error();
        branch.condition = std::move(condition.value());
        if (const auto end = expectBlockEnd(); !end)
            return end.error();
        const auto endTag = parseBlockBody(
            QStringLiteral("if"), offset,
            {QStringLiteral("elif"), QStringLiteral("else"), QStringLiteral("endif")},
            &branch.body);
        if (!endTag)
            return endTag.error();
        node->branches.push_back(std::move(branch));
        if (endTag.value() == QLatin1String("elif"))
            continue;
        if (const auto end = expectBlockEnd(); !end)
            return end.error();
        if (endTag.value() == QLatin1String("else")) {
            const auto endIf = parseBlockBody(QStringLiteral("if"), offset,
                                              {QStringLiteral("endif")}, &node->elseBody);
            if (!endIf)
                return endIf.error();
            if (const auto end = expectBlockEnd(); !end)
                return end.error();
        }
        return node;
    }
}

Result<QStringList> TemplateParser::parseTargets()
{
    const bool parenthesized = m_stream.skipOperator(QLatin1StringView("("));
    QStringList names;
    do {
        const TemplateToken &token = m_stream.current();
        static const QStringList constants
            = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("none"),
               QStringLiteral("True"), QStringLiteral("False"), QStringLiteral("None")};
        if (token.kind != Kind::Name || constants.contains(token.text)) {
            return m_stream.errorAtCurrent(
                TemplateTr::tr("cannot assign to %1, expected a variable name")
                    .arg(m_stream.describeCurrent()));
        }
        names << m_stream.next().text;
    } while (m_stream.skipOperator(QLatin1StringView(",")));
    if (parenthesized && !m_stream.skipOperator(QLatin1StringView(")")))
        return m_stream.errorAtCurrent(
            TemplateTr::tr("unexpected %1, expected ')'").arg(m_stream.describeCurrent()));
    return names;
}

Result<std::unique_ptr<TemplateNode>> TemplateParser::parseFor(qsizetype offset)
{
    auto node = makeNode(TemplateNode::Kind::For, offset);
    m_stream.next(); // for
    auto targets = parseTargets();
    if (!targets)
        return targets.error();
    node->targets = targets.value();
    if (!m_stream.skipName(QLatin1StringView("in")))
        return m_stream.errorAtCurrent(
            TemplateTr::tr("unexpected %1, expected 'in'").arg(m_stream.describeCurrent()));
    auto iterable = m_expressions.parseTuple(false);
    if (!iterable)
        return iterable.error();
    node->expression = std::move(iterable.value());
    if (m_stream.skipName(QLatin1StringView("if"))) {
        auto condition = m_expressions.parseExpression();
        if (!condition)
            return condition.error();
        node->condition = std::move(condition.value());
    }
    if (m_stream.current().isName(QLatin1StringView("recursive")))
        return m_stream.errorAtCurrent(TemplateTr::tr("recursive loops are not supported"));
    if (const auto end = expectBlockEnd(); !end)
        return end.error();
    const auto endTag
        = parseBlockBody(QStringLiteral("for"), offset,
                         {QStringLiteral("endfor"), QStringLiteral("else")}, &node->body);
    if (!endTag)
        return endTag.error();
    if (const auto end = expectBlockEnd(); !end)
        return end.error();
    if (endTag.value() == QLatin1String("else")) {
        const auto endFor = parseBlockBody(QStringLiteral("for"), offset,
                                           {QStringLiteral("endfor")}, &node->elseBody);
        if (!endFor)
            return endFor.error();
        if (const auto end = expectBlockEnd(); !end)
            return end.error();
    }
    return node;
}

Result<std::unique_ptr<TemplateNode>> TemplateParser::parseSet(qsizetype offset)
{
    auto node = makeNode(TemplateNode::Kind::Set, offset);
    m_stream.next(); // set
    if (m_stream.current().kind == Kind::Name && m_stream.peek().isOperator(QLatin1StringView("."))
        && m_stream.peek(2).kind == Kind::Name) {
        // {% set ns.attribute = value %}
        node->targets << m_stream.next().text;
        m_stream.next();
        node->attribute = m_stream.next().text;
    } else {
        auto targets = parseTargets();
        if (!targets)
            return targets.error();
        node->targets = targets.value();
    }
    if (m_stream.skipOperator(QLatin1StringView("="))) {
        auto value = m_expressions.parseTuple();
        if (!value)
            return value.error();
        node->expression = std::move(value.value());
        if (const auto end = expectBlockEnd(); !end)
            return end.error();
        return node;
    }
    if (m_stream.current().kind != Kind::BlockEnd || node->targets.size() != 1
        || !node->attribute.isEmpty()) {
        return m_stream.errorAtCurrent(
            TemplateTr::tr("unexpected %1, expected '='").arg(m_stream.describeCurrent()));
    }
    // {% set name %}captured text{% endset %}
    m_stream.next();
    node->kind = TemplateNode::Kind::SetBlock;
    const auto endTag
        = parseBlockBody(QStringLiteral("set"), offset, {QStringLiteral("endset")}, &node->body);
    if (!endTag)
        return endTag.error();
    if (const auto end = expectBlockEnd(); !end)
        return end.error();
    return node;
}

Result<std::unique_ptr<TemplateNode>> TemplateParser::parseWith(qsizetype offset)
{
    auto node = makeNode(TemplateNode::Kind::With, offset);
    m_stream.next(); // with
    while (m_stream.current().kind != Kind::BlockEnd) {
        if (!node->assignments.empty() && !m_stream.skipOperator(QLatin1StringView(",")))
            return m_stream.errorAtCurrent(
                TemplateTr::tr("unexpected %1, expected ','").arg(m_stream.describeCurrent()));
        const TemplateToken &name = m_stream.current();
        if (name.kind != Kind::Name)
            return m_stream.errorAtCurrent(TemplateTr::tr("unexpected %1, expected a variable name")
                                               .arg(m_stream.describeCurrent()));
        m_stream.next();
        if (!m_stream.skipOperator(QLatin1StringView("=")))
            return m_stream.errorAtCurrent(
                TemplateTr::tr("unexpected %1, expected '='").arg(m_stream.describeCurrent()));
        auto value = m_expressions.parseExpression();
        if (!value)
            return value.error();
        node->assignments.push_back(
            TemplateAssignment{name.text, name.offset, std::move(value.value())});
    }
    m_stream.next(); // %}
    const auto endTag
        = parseBlockBody(QStringLiteral("with"), offset, {QStringLiteral("endwith")}, &node->body);
    if (!endTag)
        return endTag.error();
    if (const auto end = expectBlockEnd(); !end)
        return end.error();
    return node;
}

Result<std::unique_ptr<TemplateNode>> TemplateParser::parseInclude(qsizetype offset)
{
    auto node = makeNode(TemplateNode::Kind::Include, offset);
    m_stream.next(); // include
    auto name = m_expressions.parseExpression();
    if (!name)
        return name.error();
    node->expression = std::move(name.value());
    if (m_stream.current().isName(QLatin1StringView("ignore"))
        && m_stream.peek().isName(QLatin1StringView("missing"))) {
        m_stream.next();
        m_stream.next();
        node->ignoreMissing = true;
    }
    if ((m_stream.current().isName(QLatin1StringView("with"))
         || m_stream.current().isName(QLatin1StringView("without")))
        && m_stream.peek().isName(QLatin1StringView("context"))) {
        node->withoutContext = m_stream.next().text == QLatin1String("without");
        m_stream.next();
    }
    if (const auto end = expectBlockEnd(); !end)
        return end.error();
    return node;
}

} // namespace Maestro::Core
