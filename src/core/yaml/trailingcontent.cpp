// SPDX-License-Identifier: GPL-3.0-or-later
#include "trailingcontent.h"

#include "yamltr.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace Maestro::Core {

namespace {

struct StopParsing
{};

// Records where the next document starts, then leaves yaml-cpp by throwing, so the
// rest of the input is never parsed.
class DocumentStartProbe final : public YAML::EventHandler
{
public:
    YAML::Mark start;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        start = mark;
        throw StopParsing{};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {}
    void OnMapEnd() override {}
};

// A `---` at the start of a line, followed by a blank or the end of the input.
bool isDocumentStartAt(const QByteArray &utf8, qsizetype pos)
{
    if (pos < 0 || pos + 3 > utf8.size() || (pos > 0 && utf8.at(pos - 1) != '\n'))
        return false;
    if (QByteArrayView(utf8).sliced(pos, 3) != "---")
        return false;
    if (pos + 3 == utf8.size())
        return true;
    const char next = utf8.at(pos + 3);
    return next == ' ' || next == '\t' || next == '\n' || next == '\r';
}

bool hasDocumentStartBetween(const QByteArray &utf8, qsizetype from, qsizetype to)
{
    for (qsizetype pos = utf8.indexOf('\n', from); pos >= 0 && pos < to;
         pos = utf8.indexOf('\n', pos + 1)) {
        if (isDocumentStartAt(utf8, pos + 1))
            return true;
    }
    return false;
}

} // namespace

VoidResult checkTrailingContent(YAML::Parser &parser, const QByteArray &utf8, int lastNodePos,
                                const MarkLocator &locator)
{
    DocumentStartProbe probe;
    try {
        if (!parser.HandleNextDocument(probe))
            return Success{};
    } catch (const StopParsing &) {
        if (isDocumentStartAt(utf8, probe.start.pos))
            return Success{};
        return Error{YamlTr::tr("expected the end of the document, but found more content "
                                "(is this line indented correctly?)"),
                     locator.locate(probe.start),
                     {}};
    } catch (const YAML::Exception &e) {
        // Failing to read the start of a `---` document does not matter: it is ignored.
        if (hasDocumentStartBetween(utf8, lastNodePos, e.mark.pos))
            return Success{};
        throw;
    }
    return Success{};
}

} // namespace Maestro::Core
