// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateinterpreter.h"

#include "templatedict.h"
#include "templateerror.h"
#include "templateevaluator.h"
#include "templatelimits.h"
#include "templateoperations.h"

#include <algorithm>

namespace Maestro::Core {

namespace {

using Kind = TemplateNode::Kind;

Error locateAt(Error error, const TemplateSource &source, qsizetype offset)
{
    if (!error.location.isValid())
        error.location = source.locationAt(offset);
    return error;
}

// The `loop` variable: one object per loop, updated in place for each iteration (as
// Jinja2's LoopContext is), its entries always in this order.
enum LoopField {
    Index,
    Index0,
    RevIndex,
    RevIndex0,
    First,
    Last,
    Length,
    PrevItem,
    NextItem,
    Depth,
    Depth0
};

TemplateValue makeLoop()
{
    TemplateDict loop;
    for (const char *name : {"index", "index0", "revindex", "revindex0", "first", "last", "length",
                             "previtem", "nextitem", "depth", "depth0"})
        loop.insert(QString::fromLatin1(name), TemplateValue());
    loop.setValueAt(Depth, TemplateValue::integer(1));
    loop.setValueAt(Depth0, TemplateValue::integer(0));
    return TemplateValue::dict(std::move(loop));
}

void updateLoop(TemplateDict &loop, const TemplateValue::List &items, size_t index)
{
    const qint64 length = qint64(items.size());
    const qint64 i = qint64(index);
    loop.setValueAt(Index, TemplateValue::integer(i + 1));
    loop.setValueAt(Index0, TemplateValue::integer(i));
    loop.setValueAt(RevIndex, TemplateValue::integer(length - i));
    loop.setValueAt(RevIndex0, TemplateValue::integer(length - i - 1));
    loop.setValueAt(First, TemplateValue::boolean(i == 0));
    loop.setValueAt(Last, TemplateValue::boolean(i == length - 1));
    loop.setValueAt(Length, TemplateValue::integer(length));
    loop.setValueAt(PrevItem,
                    i > 0 ? items[index - 1]
                          : TemplateValue::undefined(TemplateTr::tr("there is no previous item")));
    loop.setValueAt(NextItem, i + 1 < length ? items[index + 1]
                                             : TemplateValue::undefined(
                                                 TemplateTr::tr("there is no next item")));
}

} // namespace

TemplateInterpreter::TemplateInterpreter(TemplateLoader &loader, TemplateOutput &output,
                                         TemplateBudget &budget)
    : m_loader(loader)
    , m_output(output)
    , m_budget(budget)
{}

VoidResult TemplateInterpreter::render(const TemplateUnit &unit, TemplateScope &scope)
{
    m_includeStack.push_back(&unit);
    auto result = renderNodes(unit.nodes, *unit.source, scope);
    m_includeStack.pop_back();
    return result;
}

VoidResult TemplateInterpreter::renderNodes(const TemplateNodeList &nodes,
                                            const TemplateSource &source, TemplateScope &scope)
{
    for (const auto &node : nodes) {
        if (const auto charged = m_budget.charge(); !charged)
            return locateAt(charged.error(), source, node->offset);
        if (auto rendered = renderNode(*node, source, scope); !rendered)
            return rendered;
    }
    return Success{};
}

VoidResult TemplateInterpreter::renderNode(const TemplateNode &node, const TemplateSource &source,
                                           TemplateScope &scope)
{
    TemplateEvaluator evaluator(source, scope, m_budget);
    switch (node.kind) {
    case Kind::Text: {
        const auto appended
            = m_output.appendVerbatim(source.sourceMapFile(), node.offset,
                                      QStringView(source.text()).mid(node.offset, node.length));
        if (!appended)
            return locateAt(appended.error(), source, node.offset);
        return Success{};
    }
    case Kind::Output: {
        auto value = evaluator.evaluate(*node.expression);
        if (!value)
            return value.error();
        const QString text = value.value().str();
        if (const auto charged = m_budget.chargeSize(text.size()); !charged)
            return locateAt(charged.error(), source, node.offset);
        const auto appended = m_output.appendComputed(source.sourceMapFile(), node.offset, text);
        if (!appended)
            return locateAt(appended.error(), source, node.offset);
        return Success{};
    }
    case Kind::If:
        for (const TemplateIfBranch &branch : node.branches) {
            auto condition = evaluator.evaluate(*branch.condition);
            if (!condition)
                return condition.error();
            if (condition.value().isTruthy())
                return renderNodes(branch.body, source, scope);
        }
        return renderNodes(node.elseBody, source, scope);
    case Kind::For:
        return renderFor(node, source, scope);
    case Kind::Set:
    case Kind::SetBlock:
        return renderSet(node, source, scope);
    case Kind::With:
        return renderWith(node, source, scope);
    case Kind::Include:
        return renderInclude(node, source, scope);
    }
    return Success{};
}

VoidResult TemplateInterpreter::assign(const QStringList &targets, const TemplateValue &value,
                                       TemplateScope &scope)
{
    if (targets.size() == 1) {
        scope.set(targets.front(), value);
        return Success{};
    }
    auto items = TemplateOperations::iterate(value);
    if (!items || value.isUndefined())
        return templateError(
            TemplateTr::tr("cannot unpack non-iterable %1 object").arg(value.typeName()));
    const qsizetype count = qsizetype(items.value().size());
    if (count != targets.size()) {
        return templateError(
            count > targets.size()
                ? TemplateTr::tr("too many values to unpack (expected %1)").arg(targets.size())
                : TemplateTr::tr("not enough values to unpack (expected %1, got %2)")
                      .arg(targets.size())
                      .arg(count));
    }
    for (qsizetype i = 0; i < count; ++i)
        scope.set(targets[i], items.value()[size_t(i)]);
    return Success{};
}

VoidResult TemplateInterpreter::renderFor(const TemplateNode &node, const TemplateSource &source,
                                          TemplateScope &scope)
{
    TemplateEvaluator evaluator(source, scope, m_budget);
    auto iterable = evaluator.evaluate(*node.expression);
    if (!iterable)
        return iterable.error();
    // A snapshot: appending to the list inside the loop does not extend the loop.
    auto items = TemplateOperations::iterate(iterable.value());
    if (!items)
        return locateAt(items.error(), source, node.expression->offset);
    if (const auto charged = m_budget.chargeSize(qsizetype(items.value().size())); !charged)
        return locateAt(charged.error(), source, node.expression->offset);

    if (node.condition) {
        // `{% for x in xs if cond %}` filters before the loop, so loop.length counts
        // only the items that pass.
        TemplateValue::List kept;
        for (const TemplateValue &item : items.value()) {
            TemplateScopeFrame frame(scope);
            if (const auto assigned = assign(node.targets, item, scope); !assigned)
                return locateAt(assigned.error(), source, node.offset);
            auto keep = evaluator.evaluate(*node.condition);
            if (!keep)
                return keep.error();
            if (keep.value().isTruthy())
                kept.push_back(item);
        }
        items = std::move(kept);
    }

    const TemplateValue::List &list = items.value();
    if (list.empty())
        return renderNodes(node.elseBody, source, scope);

    const TemplateValue loop = makeLoop();
    for (size_t i = 0; i < list.size(); ++i) {
        if (const auto charged = m_budget.charge(); !charged)
            return locateAt(charged.error(), source, node.offset);
        TemplateScopeFrame frame(scope);
        if (const auto assigned = assign(node.targets, list[i], scope); !assigned)
            return locateAt(assigned.error(), source, node.offset);
        updateLoop(*loop.entries(), list, i);
        scope.set(QStringLiteral("loop"), loop);
        if (auto rendered = renderNodes(node.body, source, scope); !rendered)
            return rendered;
    }
    return Success{};
}

VoidResult TemplateInterpreter::renderSet(const TemplateNode &node, const TemplateSource &source,
                                          TemplateScope &scope)
{
    TemplateValue value;
    if (node.kind == Kind::SetBlock) {
        m_output.beginCapture();
        auto rendered = renderNodes(node.body, source, scope);
        value = TemplateValue::string(m_output.endCapture());
        if (!rendered)
            return rendered;
    } else {
        TemplateEvaluator evaluator(source, scope, m_budget);
        auto evaluated = evaluator.evaluate(*node.expression);
        if (!evaluated)
            return evaluated.error();
        value = std::move(evaluated.value());
    }
    if (node.attribute.isEmpty()) {
        if (const auto assigned = assign(node.targets, value, scope); !assigned)
            return locateAt(assigned.error(), source, node.offset);
        return Success{};
    }
    // {% set ns.attribute = value %} changes a namespace() object in place.
    const TemplateValue *target = scope.find(node.targets.front());
    if (!target || !target->isNamespace()) {
        return source.errorAt(node.offset,
                              TemplateTr::tr("cannot assign attribute '%1' on '%2': it is not a "
                                             "namespace() object")
                                  .arg(node.attribute, node.targets.front()));
    }
    if (const auto size = TemplateOperations::checkContainerSize(target->entries()->size() + 1);
        !size)
        return locateAt(size.error(), source, node.offset);
    target->entries()->insert(node.attribute, value);
    return Success{};
}

VoidResult TemplateInterpreter::renderWith(const TemplateNode &node, const TemplateSource &source,
                                           TemplateScope &scope)
{
    // All values are evaluated in the enclosing scope before any is bound.
    TemplateEvaluator evaluator(source, scope, m_budget);
    std::vector<TemplateValue> values;
    for (const TemplateAssignment &assignment : node.assignments) {
        auto value = evaluator.evaluate(*assignment.value);
        if (!value)
            return value.error();
        values.push_back(std::move(value.value()));
    }
    TemplateScopeFrame frame(scope);
    for (size_t i = 0; i < values.size(); ++i)
        scope.set(node.assignments[i].name, std::move(values[i]));
    return renderNodes(node.body, source, scope);
}

VoidResult TemplateInterpreter::renderInclude(const TemplateNode &node,
                                              const TemplateSource &source, TemplateScope &scope)
{
    TemplateEvaluator evaluator(source, scope, m_budget);
    auto name = evaluator.evaluate(*node.expression);
    if (!name)
        return name.error();
    // A list of names includes the first one that exists.
    TemplateValue::List candidates;
    if (name.value().isList())
        candidates = *name.value().items();
    else
        candidates.push_back(name.value());

    const TemplateUnit *unit = nullptr;
    Error lastError;
    for (const TemplateValue &candidate : candidates) {
        if (!candidate.isString()) {
            return source.errorAt(
                node.expression->offset,
                TemplateTr::tr("an include needs a template name (a string), not '%1'")
                    .arg(candidate.typeName()));
        }
        bool notFound = false;
        auto loaded = m_loader.loadInclude(candidate.text(), &notFound);
        if (loaded) {
            unit = loaded.value();
            break;
        }
        if (!notFound) {
            // A syntax error inside the included file keeps its own location.
            return locateAt(loaded.error(), source, node.expression->offset);
        }
        lastError = loaded.error();
    }
    if (!unit) {
        if (node.ignoreMissing)
            return Success{};
        if (candidates.empty())
            lastError.message = TemplateTr::tr("an include needs at least one template name");
        return locateAt(lastError, source, node.expression->offset);
    }

    if (std::find(m_includeStack.begin(), m_includeStack.end(), unit) != m_includeStack.end()) {
        QStringList chain;
        for (const TemplateUnit *open : m_includeStack)
            chain << open->source->fileName();
        chain << unit->source->fileName();
        return source.errorAt(
            node.expression->offset,
            TemplateTr::tr("include cycle: %1").arg(chain.join(QStringLiteral(" -> "))));
    }
    if (int(m_includeStack.size()) > TemplateLimits::maxIncludeDepth) {
        return source.errorAt(node.expression->offset,
                              TemplateTr::tr("includes nested too deeply (more than %1 levels)")
                                  .arg(TemplateLimits::maxIncludeDepth));
    }
    if (node.withoutContext) {
        TemplateScope isolated;
        return render(*unit, isolated);
    }
    TemplateScopeFrame frame(scope);
    return render(*unit, scope);
}

} // namespace Maestro::Core
