// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace Maestro::Testing {

// Writes every yaml-cpp event, marks, tags, anchors and values included, as one line of
// text, so that two readers' events can be compared (and a difference read) as strings.
class YamlEventRecorder final : public YAML::EventHandler
{
public:
    std::string text;

    void OnDocumentStart(const YAML::Mark &m) override { line("doc", m); }
    void OnDocumentEnd() override { text += "end-doc\n"; }
    void OnNull(const YAML::Mark &m, YAML::anchor_t a) override { line("null", m, a); }
    void OnAlias(const YAML::Mark &m, YAML::anchor_t a) override { line("alias", m, a); }
    void OnScalar(const YAML::Mark &m, const std::string &tag, YAML::anchor_t a,
                  const std::string &value) override
    {
        line("scalar", m, a, tag + " [" + value + "]");
    }
    void OnSequenceStart(const YAML::Mark &m, const std::string &tag, YAML::anchor_t a,
                         YAML::EmitterStyle::value style) override
    {
        line("seq", m, a, tag + " style " + std::to_string(int(style)));
    }
    void OnSequenceEnd() override { text += "end-seq\n"; }
    void OnMapStart(const YAML::Mark &m, const std::string &tag, YAML::anchor_t a,
                    YAML::EmitterStyle::value style) override
    {
        line("map", m, a, tag + " style " + std::to_string(int(style)));
    }
    void OnMapEnd() override { text += "end-map\n"; }
    void OnAnchor(const YAML::Mark &m, const std::string &name) override
    {
        line("anchor", m, 0, name);
    }

private:
    void line(const char *what, const YAML::Mark &m, YAML::anchor_t anchor = 0,
              const std::string &rest = {})
    {
        text += std::string(what) + " " + std::to_string(m.pos) + ":" + std::to_string(m.line) + ":"
                + std::to_string(m.column) + " &" + std::to_string(anchor) + " " + rest + "\n";
    }
};

// yaml-cpp's events for the first document of `utf8`, or "error: ..." when it throws.
inline std::string yamlCppEvents(const QByteArray &utf8)
{
    std::istringstream stream(utf8.toStdString());
    YAML::Parser parser(stream);
    YamlEventRecorder recorder;
    try {
        parser.HandleNextDocument(recorder);
    } catch (const YAML::Exception &e) {
        return "error: " + e.msg;
    }
    return recorder.text;
}

} // namespace Maestro::Testing
