// SPDX-License-Identifier: GPL-3.0-or-later
#include "editengine.h"

#include "editplanner.h"
#include "edittr.h"
#include "valueedit.h"

#include <QSet>

#include <algorithm>

namespace Maestro::Core {

namespace {

QString templateOrigin(const SourceMap &map, const SourceMap::Range &range)
{
    const QString &text = map.fileText(range.file);
    // The whole `{{ ... }}`, from its opening braces (the range starts at the expression).
    const qsizetype open = text.lastIndexOf(QLatin1String("{{"), range.start);
    const qsizetype start = open >= 0 && range.start - open <= 3 ? open : range.start;
    const qsizetype close = text.indexOf(QLatin1String("}}"), range.start);
    const QString expression
        = text.mid(start, close < 0 ? 40 : std::min<qsizetype>(close + 2 - start, 80));
    if (expression.contains(QLatin1String("env")))
        return EditTr::tr("an environment lookup %1").arg(expression);
    return EditTr::tr("the template expression %1").arg(expression);
}

} // namespace

Result<EditOutcome> planEdit(const LoadRequest &load, const EditRequest &request)
{
    // Parsed once, not again for the spans; validated only if the result has an error.
    LoadRequest planning = load;
    planning.recordSpans = true;
    planning.buildModel = false;
    return planEdit(loadEnvironment(planning), load, request);
}

Result<EditOutcome> planEdit(const LoadResult &loaded, const LoadRequest &load,
                             const EditRequest &request)
{
    if (loaded.renderedText.isEmpty() && loaded.document.isNull()) {
        const Diagnostic first = loaded.diagnostics.value(0);
        return Error{
            EditTr::tr("the file does not load: %1").arg(first.message), first.location, {}};
    }
    std::shared_ptr<const YamlSpans> spans = loaded.spans;
    if (!spans) {
        auto scanned = YamlSpans::scan(loaded.renderedText);
        if (!scanned)
            return scanned.error();
        spans = std::make_shared<const YamlSpans>(std::move(scanned.value()));
    }
    if (spans->root() < 0)
        return Error{
            EditTr::tr("the document is empty"), SourceLocation{loaded.fileName, 1, 1}, {}};
    EditPlanner planner(loaded, *spans, request);
    if (const VoidResult planned = planner.run(); !planned)
        return planned.error();

    EditOutcome outcome;
    outcome.notes = planner.notes();
    const SourceMap &map = loaded.sourceMap;
    std::vector<RenderedEdit> edits = planner.edits();
    std::sort(edits.begin(), edits.end(),
              [](const RenderedEdit &a, const RenderedEdit &b) { return a.start < b.start; });
    for (size_t i = 0; i < edits.size(); ++i) {
        const RenderedEdit &edit = edits.at(i);
        const SourceMap::Range range = map.mapRange(edit.start, edit.end);
        const SourceLocation where
            = range.file >= 0 ? map.locateInFile(range.file, range.start) : planner.at(edit.start);
        const QString what = request.path.toString();
        if (range.origin == SourceMap::Range::Origin::Computed)
            return Error{EditTr::tr("%1 is produced by %2, which an edit does not change")
                             .arg(what, templateOrigin(map, range)),
                         where, what};
        if (range.origin == SourceMap::Range::Origin::Repeated)
            return Error{
                EditTr::tr(
                    "%1 is written in a template loop body (or an include) rendered more than once")
                    .arg(what),
                where, what};
        if (!range.isEditable() || (i > 0 && edit.start < edits.at(i - 1).end))
            return Error{
                EditTr::tr("%1 spans template tags, which an edit does not change").arg(what),
                where, what};
        outcome.edits.append(
            SourceEdit{map.fileName(range.file), range.start, range.end - range.start, edit.text});
        outcome.before.insert(map.fileName(range.file), map.fileText(range.file));
    }
    LoadRequest again = load;
    again.buildModel = true;
    for (auto it = outcome.before.cbegin(); it != outcome.before.cend(); ++it) {
        outcome.after.insert(it.key(), SourceEdits::apply(it.value(), outcome.edits, it.key()));
        again.sourceOverrides.insert(it.key(), outcome.after.value(it.key()));
    }
    outcome.inverse = SourceEdits::inverse(outcome.before, outcome.edits);

    // Verified before written: no new error, and exactly the intended meaning.
    outcome.verified = loadEnvironment(again);
    const LoadResult &reloaded = outcome.verified;
    QSet<QString> known;
    const bool newErrorsPossible
        = std::any_of(reloaded.diagnostics.cbegin(), reloaded.diagnostics.cend(),
                      [](const Diagnostic &d) { return d.isError(); });
    if (newErrorsPossible) {
        // Which errors were there before: the held result's, or (when it was only parsed)
        // those of a full load of the original.
        LoadRequest original = load;
        original.recordSpans = false;
        original.buildModel = true;
        for (const Diagnostic &d :
             loaded.modelBuilt ? loaded.diagnostics : loadEnvironment(original).diagnostics)
            known.insert(d.message);
    }
    for (const Diagnostic &d : reloaded.diagnostics) {
        if (d.isError() && !known.contains(d.message))
            return Error{EditTr::tr("the edited file would not be valid: %1").arg(d.message),
                         d.location, request.path.toString()};
    }
    if (const auto difference = ValueEdit::firstDifference(planner.expected(), reloaded.document)) {
        const SourceLocation where
            = outcome.edits.isEmpty() ? SourceLocation{} : planner.at(edits.front().start);
        return Error{EditTr::tr("the edit would also change %1; nothing was written")
                         .arg(difference->toString()),
                     where, request.path.toString()};
    }
    return outcome;
}

} // namespace Maestro::Core
