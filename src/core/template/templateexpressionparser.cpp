// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateexpressionparser.h"

#include "templateerror.h"
#include "templateexprnodes.h"
#include "templatelimits.h"

#include <algorithm>
#include <array>

namespace Maestro::Core {

using namespace TemplateExprNodes;

namespace {

using Kind = TemplateToken::Kind;
using namespace Qt::StringLiterals;

// Jinja2's operator levels, lowest precedence first: a level's operands are expressions
// of the next level (past the last, unary expressions). Binary levels associate to the
// left; `not` is a prefix and comparisons chain into one node (`a < b < c`).
enum class LevelForm { Binary, Not, Compare };

struct OperatorLevel
{
    LevelForm form;
    Kind token;                                 // Name (`or`) or Operator (`+`)
    std::array<QLatin1StringView, 6> operators; // unused places stay empty
};

constexpr OperatorLevel kLevels[] = {
    {LevelForm::Binary, Kind::Name, {"or"_L1}},
    {LevelForm::Binary, Kind::Name, {"and"_L1}},
    {LevelForm::Not, Kind::Name, {"not"_L1}},
    {LevelForm::Compare, Kind::Operator, {"=="_L1, "!="_L1, "<"_L1, "<="_L1, ">"_L1, ">="_L1}},
    {LevelForm::Binary, Kind::Operator, {"+"_L1, "-"_L1}},
    {LevelForm::Binary, Kind::Operator, {"~"_L1}},
    {LevelForm::Binary, Kind::Operator, {"*"_L1, "/"_L1, "//"_L1, "%"_L1}},
    {LevelForm::Binary, Kind::Operator, {"**"_L1}},
};
constexpr size_t kOrLevel = 0;

bool isOperatorOf(const OperatorLevel &level, const TemplateToken &token)
{
    const auto &ops = level.operators; // the empty places match no token: none is empty
    return token.kind == level.token
           && std::find(ops.cbegin(), ops.cend(), token.text) != ops.cend();
}

} // namespace

// Bounds recursion: every construct that can nest goes through one of these.
class TemplateExpressionParser::DepthGuard
{
public:
    explicit DepthGuard(TemplateExpressionParser &parser)
        : m_parser(parser)
    {
        ++m_parser.m_depth;
    }
    ~DepthGuard() { --m_parser.m_depth; }
    bool tooDeep() const { return m_parser.m_depth > TemplateLimits::maxExpressionDepth; }
    Error error() const
    {
        return m_parser.m_stream.errorAtCurrent(
            TemplateTr::tr("expression nested too deeply (more than %1 levels)")
                .arg(TemplateLimits::maxExpressionDepth));
    }

private:
    TemplateExpressionParser &m_parser;
};

TemplateExpressionParser::TemplateExpressionParser(TemplateTokenStream &stream)
    : m_stream(stream)
{}

Error TemplateExpressionParser::unexpected() const
{
    return m_stream.errorAtCurrent(TemplateTr::tr("unexpected %1").arg(m_stream.describeCurrent()));
}

Result<TemplateExprPtr> TemplateExpressionParser::sealed(TemplateExprPtr node) const
{
    int height = 0;
    for (const TemplateExprPtr &operand : node->operands) {
        if (operand)
            height = std::max(height, operand->height);
    }
    for (const TemplateArgument &argument : node->arguments)
        height = std::max(height, argument.value->height);
    node->height = height + 1;
    if (node->height > TemplateLimits::maxExpressionHeight) {
        return m_stream.source().errorAt(
            node->offset, TemplateTr::tr("expression nested too deeply (more than %1 levels)")
                              .arg(TemplateLimits::maxExpressionHeight));
    }
    return node;
}

Result<TemplateExprPtr> TemplateExpressionParser::parseExpression()
{
    DepthGuard guard(*this);
    if (guard.tooDeep())
        return guard.error();
    return parseConditional();
}

Result<TemplateExprPtr> TemplateExpressionParser::parseTuple(bool withConditional)
{
    const qsizetype offset = m_stream.current().offset;
    std::vector<TemplateExprPtr> items;
    bool sawComma = false;
    while (true) {
        auto item = withConditional ? parseExpression() : parseLevel(kOrLevel);
        if (!item)
            return item.error();
        items.push_back(std::move(item.value()));
        if (!m_stream.skipOperator(QLatin1StringView(",")))
            break;
        sawComma = true;
        // A trailing comma ends the tuple: `{{ 1, }}`.
        const TemplateToken &token = m_stream.current();
        if (token.kind == Kind::VariableEnd || token.kind == Kind::BlockEnd
            || token.isName(QLatin1StringView("if")) || token.isOperator(QLatin1StringView("="))
            || token.isOperator(QLatin1StringView(")")) || token.isOperator(QLatin1StringView("]")))
            break;
    }
    if (!sawComma)
        return std::move(items.front());
    auto tuple = makeNode(TemplateExpr::Kind::Tuple, offset);
    tuple->operands = std::move(items);
    return sealed(std::move(tuple));
}

Result<TemplateExprPtr> TemplateExpressionParser::parseConditional()
{
    auto expr = parseLevel(kOrLevel);
    if (!expr)
        return expr;
    while (m_stream.current().isName(QLatin1StringView("if"))) {
        m_stream.next();
        auto condition = parseLevel(kOrLevel);
        if (!condition)
            return condition;
        TemplateExprPtr otherwise;
        if (m_stream.skipName(QLatin1StringView("else"))) {
            auto alternative = parseExpression();
            if (!alternative)
                return alternative;
            otherwise = std::move(alternative.value());
        }
        auto node = makeNode(TemplateExpr::Kind::Conditional, expr.value()->start);
        node->operands.push_back(std::move(expr.value()));
        node->operands.push_back(std::move(condition.value()));
        node->operands.push_back(std::move(otherwise));
        expr = sealed(std::move(node));
        if (!expr)
            return expr;
    }
    return expr;
}

Result<TemplateExprPtr> TemplateExpressionParser::parseLevel(size_t level)
{
    if (level == std::size(kLevels))
        return parseUnary(true);
    switch (kLevels[level].form) {
    case LevelForm::Not:
        return parseNot(level);
    case LevelForm::Compare:
        return parseCompare(level);
    case LevelForm::Binary:
        break;
    }
    auto left = parseLevel(level + 1);
    while (left && isOperatorOf(kLevels[level], m_stream.current())) {
        auto node = makeNode(TemplateExpr::Kind::Binary, left.value()->start);
        node->name = m_stream.next().text;
        auto right = parseLevel(level + 1);
        if (!right)
            return right;
        node->operands.push_back(std::move(left.value()));
        node->operands.push_back(std::move(right.value()));
        left = sealed(std::move(node));
    }
    return left;
}

Result<TemplateExprPtr> TemplateExpressionParser::parseNot(size_t level)
{
    if (!isOperatorOf(kLevels[level], m_stream.current()))
        return parseLevel(level + 1);
    DepthGuard guard(*this);
    if (guard.tooDeep())
        return guard.error();
    const qsizetype offset = m_stream.next().offset;
    auto operand = parseNot(level);
    if (!operand)
        return operand;
    auto node = makeNode(TemplateExpr::Kind::Unary, offset);
    node->name = QStringLiteral("not");
    node->operands.push_back(std::move(operand.value()));
    return sealed(std::move(node));
}

Result<TemplateExprPtr> TemplateExpressionParser::parseCompare(size_t level)
{
    auto first = parseLevel(level + 1);
    if (!first)
        return first;
    TemplateExprPtr node;
    while (true) {
        QString op;
        const TemplateToken &token = m_stream.current();
        if (isOperatorOf(kLevels[level], token)) {
            op = token.text;
            m_stream.next();
        } else if (token.isName(QLatin1StringView("in"))) {
            op = QStringLiteral("in");
            m_stream.next();
        } else if (token.isName(QLatin1StringView("not"))
                   && m_stream.peek().isName(QLatin1StringView("in"))) {
            op = QStringLiteral("not in");
            m_stream.next();
            m_stream.next();
        } else {
            break;
        }
        auto operand = parseLevel(level + 1);
        if (!operand)
            return operand;
        if (!node) {
            node = makeNode(TemplateExpr::Kind::Compare, first.value()->start);
            node->operands.push_back(std::move(first.value()));
        }
        node->comparators.append(op);
        node->operands.push_back(std::move(operand.value()));
    }
    if (node)
        return sealed(std::move(node));
    return first;
}

Result<TemplateExprPtr> TemplateExpressionParser::parseUnary(bool withFilter)
{
    DepthGuard guard(*this);
    if (guard.tooDeep())
        return guard.error();
    const TemplateToken &token = m_stream.current();
    Result<TemplateExprPtr> node = TemplateExprPtr();
    if (token.isOperator(QLatin1StringView("-")) || token.isOperator(QLatin1StringView("+"))) {
        const TemplateToken &op = m_stream.next();
        auto operand = parseUnary(false);
        if (!operand)
            return operand;
        auto unary = makeNode(TemplateExpr::Kind::Unary, op.offset);
        unary->name = op.text;
        unary->operands.push_back(std::move(operand.value()));
        node = sealed(std::move(unary));
    } else {
        node = parsePrimary();
    }
    if (!node)
        return node;
    node = parsePostfix(std::move(node.value()));
    if (node && withFilter)
        node = parseFilterAndTest(std::move(node.value()));
    return node;
}

Result<TemplateExprPtr> TemplateExpressionParser::parsePrimary()
{
    const TemplateToken &token = m_stream.current();
    const qsizetype offset = token.offset;
    switch (token.kind) {
    case Kind::Name: {
        m_stream.next();
        const QString &name = token.text;
        if (name == QLatin1String("true") || name == QLatin1String("True"))
            return makeLiteral(TemplateValue::boolean(true), offset);
        if (name == QLatin1String("false") || name == QLatin1String("False"))
            return makeLiteral(TemplateValue::boolean(false), offset);
        if (name == QLatin1String("none") || name == QLatin1String("None"))
            return makeLiteral(TemplateValue::none(), offset);
        auto node = makeNode(TemplateExpr::Kind::Name, offset);
        node->name = name;
        return TemplateExprPtr(std::move(node));
    }
    case Kind::String: {
        // Adjacent string literals are concatenated, as in Python.
        QString text = m_stream.next().text;
        while (m_stream.current().kind == Kind::String)
            text += m_stream.next().text;
        return makeLiteral(TemplateValue::string(text), offset);
    }
    case Kind::Integer:
        m_stream.next();
        return makeLiteral(TemplateValue::integer(token.integer), offset);
    case Kind::Float:
        m_stream.next();
        return makeLiteral(TemplateValue::floating(token.floating), offset);
    case Kind::Operator:
        if (token.text == QLatin1String("(")) {
            m_stream.next();
            if (m_stream.skipOperator(QLatin1StringView(")")))
                return TemplateExprPtr(makeNode(TemplateExpr::Kind::Tuple, offset));
            auto inner = parseTuple();
            if (!inner)
                return inner;
            if (!m_stream.skipOperator(QLatin1StringView(")")))
                return unexpected();
            return inner;
        }
        if (token.text == QLatin1String("[")) {
            m_stream.next();
            return parseSequence(TemplateExpr::Kind::List, QLatin1StringView("]"), offset);
        }
        if (token.text == QLatin1String("{")) {
            m_stream.next();
            return parseDict(offset);
        }
        break;
    default:
        break;
    }
    return unexpected();
}

Result<TemplateExprPtr> TemplateExpressionParser::parseSequence(TemplateExpr::Kind kind,
                                                                QLatin1StringView close,
                                                                qsizetype offset)
{
    auto node = makeNode(kind, offset);
    while (!m_stream.skipOperator(close)) {
        if (!node->operands.empty() && !m_stream.skipOperator(QLatin1StringView(",")))
            return unexpected();
        if (m_stream.skipOperator(close))
            break;
        auto item = parseExpression();
        if (!item)
            return item;
        node->operands.push_back(std::move(item.value()));
    }
    return sealed(std::move(node));
}

Result<TemplateExprPtr> TemplateExpressionParser::parseDict(qsizetype offset)
{
    auto node = makeNode(TemplateExpr::Kind::Dict, offset);
    while (!m_stream.skipOperator(QLatin1StringView("}"))) {
        if (!node->operands.empty() && !m_stream.skipOperator(QLatin1StringView(",")))
            return unexpected();
        if (m_stream.skipOperator(QLatin1StringView("}")))
            break;
        auto key = parseExpression();
        if (!key)
            return key;
        if (!m_stream.skipOperator(QLatin1StringView(":")))
            return unexpected();
        auto value = parseExpression();
        if (!value)
            return value;
        node->operands.push_back(std::move(key.value()));
        node->operands.push_back(std::move(value.value()));
    }
    return sealed(std::move(node));
}

Result<TemplateExprPtr> TemplateExpressionParser::parsePostfix(TemplateExprPtr node)
{
    while (true) {
        const TemplateToken &token = m_stream.current();
        if (token.isOperator(QLatin1StringView(".")) || token.isOperator(QLatin1StringView("["))) {
            auto subscript = parseSubscript(std::move(node));
            if (subscript)
                subscript = sealed(std::move(subscript.value()));
            if (!subscript)
                return subscript;
            node = std::move(subscript.value());
        } else if (token.isOperator(QLatin1StringView("("))) {
            auto call = parseCall(std::move(node));
            if (!call)
                return call;
            node = std::move(call.value());
        } else {
            return node;
        }
    }
}

Result<TemplateExprPtr> TemplateExpressionParser::parseCall(TemplateExprPtr node)
{
    const qsizetype offset = node->offset;
    auto call = makePostfix(TemplateExpr::Kind::Call, offset, std::move(node));
    const auto args = parseArguments(&call->arguments);
    if (!args)
        return args.error();
    return sealed(std::move(call));
}

Result<TemplateExprPtr> TemplateExpressionParser::parseSubscript(TemplateExprPtr node)
{
    const TemplateToken &opener = m_stream.next();
    if (opener.text == QLatin1String(".")) {
        const TemplateToken &name = m_stream.current();
        if (name.kind == Kind::Name) {
            m_stream.next();
            auto attribute
                = makePostfix(TemplateExpr::Kind::Attribute, name.offset, std::move(node));
            attribute->name = name.text;
            return TemplateExprPtr(std::move(attribute));
        }
        if (name.kind == Kind::Integer) {
            m_stream.next();
            auto item = makePostfix(TemplateExpr::Kind::Item, name.offset, std::move(node));
            item->operands.push_back(
                makeLiteral(TemplateValue::integer(name.integer), name.offset));
            return TemplateExprPtr(std::move(item));
        }
        return unexpected();
    }

    // `[`: an index, a tuple index or a slice `[start:stop:step]`.
    const qsizetype offset = opener.offset;
    TemplateExprPtr bounds[3];
    int colons = 0;
    for (int part = 0; part < 3; ++part) {
        const TemplateToken &token = m_stream.current();
        if (!token.isOperator(QLatin1StringView(":"))
            && !token.isOperator(QLatin1StringView("]"))) {
            auto expr = part == 0 ? parseTuple() : parseExpression();
            if (!expr)
                return expr;
            bounds[part] = std::move(expr.value());
        }
        if (part < 2 && m_stream.skipOperator(QLatin1StringView(":"))) {
            ++colons;
            continue;
        }
        break;
    }
    if (!m_stream.skipOperator(QLatin1StringView("]")))
        return unexpected();
    if (colons == 0) {
        if (!bounds[0])
            return m_stream.source().errorAt(offset, TemplateTr::tr("empty subscript '[]'"));
        auto item = makePostfix(TemplateExpr::Kind::Item, offset, std::move(node));
        item->operands.push_back(std::move(bounds[0]));
        return TemplateExprPtr(std::move(item));
    }
    auto slice = makePostfix(TemplateExpr::Kind::Slice, offset, std::move(node));
    for (auto &bound : bounds)
        slice->operands.push_back(std::move(bound));
    return TemplateExprPtr(std::move(slice));
}

Result<TemplateExprPtr> TemplateExpressionParser::parseFilterAndTest(TemplateExprPtr node)
{
    while (true) {
        const TemplateToken &token = m_stream.current();
        if (token.isOperator(QLatin1StringView("|"))) {
            m_stream.next();
            const qsizetype offset = m_stream.current().offset;
            auto name = parseDottedName();
            if (!name)
                return name.error();
            auto filter = makePostfix(TemplateExpr::Kind::Filter, offset, std::move(node));
            filter->name = name.value();
            if (m_stream.current().isOperator(QLatin1StringView("("))) {
                const auto args = parseArguments(&filter->arguments);
                if (!args)
                    return args.error();
            }
            auto done = sealed(std::move(filter));
            if (!done)
                return done;
            node = std::move(done.value());
        } else if (token.isName(QLatin1StringView("is"))) {
            auto test = parseTest(std::move(node));
            if (!test)
                return test;
            node = std::move(test.value());
        } else if (token.isOperator(QLatin1StringView("("))) {
            auto call = parseCall(std::move(node));
            if (!call)
                return call;
            node = std::move(call.value());
        } else {
            return node;
        }
    }
}

Result<TemplateExprPtr> TemplateExpressionParser::parseTest(TemplateExprPtr node)
{
    m_stream.next(); // is
    const bool negated = m_stream.skipName(QLatin1StringView("not"));
    const qsizetype offset = m_stream.current().offset;
    auto name = parseDottedName();
    if (!name)
        return name.error();
    auto test = makePostfix(TemplateExpr::Kind::Test, offset, std::move(node));
    test->name = name.value();
    test->negated = negated;
    const TemplateToken &token = m_stream.current();
    if (token.isOperator(QLatin1StringView("("))) {
        const auto args = parseArguments(&test->arguments);
        if (!args)
            return args.error();
    } else if ((token.kind == Kind::Name && !token.isName(QLatin1StringView("else"))
                && !token.isName(QLatin1StringView("or"))
                && !token.isName(QLatin1StringView("and")))
               || token.kind == Kind::String || token.kind == Kind::Integer
               || token.kind == Kind::Float || token.isOperator(QLatin1StringView("["))
               || token.isOperator(QLatin1StringView("{"))) {
        // A single argument without parentheses: `x is divisibleby 3`.
        DepthGuard guard(*this);
        if (guard.tooDeep())
            return guard.error();
        auto argument = parsePrimary();
        if (!argument)
            return argument;
        auto postfixed = parsePostfix(std::move(argument.value()));
        if (!postfixed)
            return postfixed;
        test->arguments.push_back(TemplateArgument{QString(), std::move(postfixed.value())});
    }
    return sealed(std::move(test));
}

VoidResult TemplateExpressionParser::parseArguments(std::vector<TemplateArgument> *arguments)
{
    m_stream.next(); // (
    bool sawKeyword = false;
    while (!m_stream.skipOperator(QLatin1StringView(")"))) {
        if (!arguments->empty() && !m_stream.skipOperator(QLatin1StringView(",")))
            return unexpected();
        if (m_stream.skipOperator(QLatin1StringView(")")))
            break;
        if (m_stream.current().isOperator(QLatin1StringView("*"))
            || m_stream.current().isOperator(QLatin1StringView("**"))) {
            return m_stream.errorAtCurrent(
                TemplateTr::tr("'*args' and '**kwargs' arguments are not supported"));
        }
        TemplateArgument argument;
        if (m_stream.current().kind == Kind::Name
            && m_stream.peek().isOperator(QLatin1StringView("="))) {
            argument.keyword = m_stream.next().text;
            m_stream.next();
            sawKeyword = true;
        } else if (sawKeyword) {
            return m_stream.errorAtCurrent(
                TemplateTr::tr("positional argument follows keyword argument"));
        }
        auto value = parseExpression();
        if (!value)
            return value.error();
        argument.value = std::move(value.value());
        arguments->push_back(std::move(argument));
    }
    return Success{};
}

Result<QString> TemplateExpressionParser::parseDottedName()
{
    if (m_stream.current().kind != Kind::Name)
        return unexpected();
    QString name = m_stream.next().text;
    while (m_stream.current().isOperator(QLatin1StringView("."))
           && m_stream.peek().kind == Kind::Name) {
        m_stream.next();
        name += QLatin1Char('.') + m_stream.next().text;
    }
    return name;
}

} // namespace Maestro::Core
