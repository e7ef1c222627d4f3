// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlparser.h"

#include "eventtee.h"
#include "indentationhint.h"
#include "marklocator.h"
#include "simpleyamlreader.h"
#include "sourcetext.h"
#include "trailingcontent.h"
#include "valuebuilder.h"
#include "yamltr.h"

#include <future>
#include <istream>
#include <new>
#include <streambuf>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace Maestro::Core {

namespace {

// Lets yaml-cpp read the UTF-8 bytes in place instead of from a copy in a stringstream.
class ByteArrayBuffer final : public std::streambuf
{
public:
    explicit ByteArrayBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData()); // only ever read
        setg(begin, begin, begin + bytes.size());
    }
};

// MAESTRO_YAML_CPP_ONLY=1 turns the fast reader off, so that one run can compare the two
// (tests/bench, docs/performance.md). Read once.
bool simpleReaderEnabled()
{
    static const bool enabled = qEnvironmentVariableIntValue("MAESTRO_YAML_CPP_ONLY") == 0;
    return enabled;
}

} // namespace

Result<Value> parseYaml(const QString &renderedText, const SourceMap &sourceMap)
{
    return parseYaml(renderedText, sourceMap, nullptr);
}

Result<Value> parseYaml(const QString &renderedText, const SourceMap &sourceMap,
                        YAML::EventHandler *observer)
{
    // yaml-cpp drops a byte order mark without counting it in its columns; cut it here
    // so that the locator knows to add it back.
    const bool hasBom = renderedText.startsWith(QChar(0xFEFF));
    const QByteArray utf8 = QStringView(renderedText).mid(hasBom ? 1 : 0).toUtf8();
    const MarkLocator locator(sourceMap, utf8, hasBom ? 1 : 0);
    const SourceText source(utf8);

    try {
        if (simpleReaderEnabled()) {
            if (const std::optional<YamlEventLog> events = readSimpleYaml(utf8)) {
                ValueBuilder builder(locator, source);
                // The observer (an editor's span recorder) shares nothing with the builder:
                // it reads the same log on a thread of its own meanwhile.
                std::future<void> observed;
                if (observer) {
                    observed
                        = std::async(std::launch::async, [&] { events->replay(utf8, *observer); });
                }
                events->replay(utf8, builder);
                if (observed.valid())
                    observed.get();
                return builder.takeResult(); // the whole text was one document
            }
        }
        ByteArrayBuffer buffer(utf8);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        ValueBuilder builder(locator, source);
        // Only the first document counts; later ones are not even parsed.
        if (observer) {
            EventTee tee(builder, *observer);
            parser.HandleNextDocument(tee);
        } else {
            parser.HandleNextDocument(builder);
        }
        // Like PyYAML, report syntax before construction errors (duplicate keys...).
        const VoidResult rest = checkTrailingContent(parser, utf8, builder.lastNodePos(), locator);
        if (!rest)
            return rest.error();
        return builder.takeResult();
    } catch (const YAML::DeepRecursion &e) {
        return Error{YamlTr::tr("the document is nested too deeply (%1 levels)").arg(e.depth()),
                     locator.locate(e.mark),
                     {}};
    } catch (const YAML::Exception &e) {
        // Every yaml-cpp exception (ParserException, BadFile, ...) carries a mark.
        const QString message = QString::fromStdString(e.msg);
        if (e.msg == YAML::ErrorMsg::MAP_VALUE) {
            // yaml-cpp's words name the symptom, a line after the mistake: say what breaks.
            if (const auto hint = explainIllegalMapValue(utf8, e.mark.line, e.mark.column)) {
                YAML::Mark where = e.mark;
                where.pos = hint->pos;
                where.line = hint->line;
                where.column = hint->column;
                return Error{
                    message + QStringLiteral(": ") + hint->explanation, locator.locate(where), {}};
            }
        }
        return Error{message, locator.locate(e.mark), {}};
    } catch (const std::bad_alloc &) {
        return Error{YamlTr::tr("out of memory while parsing YAML"), locator.start(), {}};
    } catch (const std::exception &e) {
        return Error{YamlTr::tr("YAML parser failure: %1").arg(QString::fromLocal8Bit(e.what())),
                     locator.start(),
                     {}};
    } catch (...) {
        return Error{YamlTr::tr("YAML parser failure"), locator.start(), {}};
    }
}

} // namespace Maestro::Core
