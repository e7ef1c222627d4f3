// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcelocation.h"

#include <QList>
#include <QString>

namespace Maestro::Core {

// Maps positions in a rendered template back to the files the user wrote, so that
// YAML and validation errors point at the source, not at the rendered text.
//
// The rendered text is covered by segments in increasing rendered offset. A verbatim
// segment (literal template text) maps character by character; any other segment
// (the output of `{{ ... }}`) maps every character to the expression's start.
class SourceMap
{
public:
    SourceMap() = default;

    // A map for text that was not changed by rendering.
    static SourceMap identity(const QString &fileName, const QString &text);

    // Registers a source file (the main file or an include); returns its index. The map
    // keeps the text: it is what the user wrote, which an editor shows and edits.
    int addFile(const QString &fileName, const QString &text);

    // The source files, in the order they were read (the main file first).
    int fileCount() const { return int(m_files.size()); }
    const QString &fileName(int file) const { return m_files.at(file).name; }
    const QString &fileText(int file) const { return m_files.at(file).text; }
    // The index of `fileName` (as registered), or -1.
    int indexOf(const QString &fileName) const;
    void addSegment(qsizetype renderedOffset, int file, qsizetype sourceOffset, bool verbatim);
    // Must be called once rendering is done, before locate().
    void setRenderedText(const QString &renderedText);

    // 1-based line and column of the rendered text -> position in a source file.
    SourceLocation locate(int renderedLine, int renderedColumn) const;
    SourceLocation locateOffset(qsizetype renderedOffset) const;
    // An offset of a source file -> its line and column.
    SourceLocation locateInFile(int file, qsizetype sourceOffset) const;

    // Where a range of the rendered text came from, for editing the source in its place.
    struct Range
    {
        enum class Origin {
            Verbatim, // literal text, rendered once: `start`..`end` of `file` can be edited
            Repeated, // literal text rendered more than once (a loop body)
            Computed, // the output of an expression (`{{ }}`), the expression is at `start`
            Mixed,    // spans literal text and template tags
            Unmapped, // outside the rendered text
        };
        Origin origin = Origin::Unmapped;
        int file = -1;
        qsizetype start = 0; // source offsets in `file` (for Computed: the expression)
        qsizetype end = 0;
        bool isEditable() const { return origin == Origin::Verbatim; }
    };
    // The source of rendered [start, end). An empty range is an insertion point: it maps
    // to the end of the literal text before it (or the start of the one after it).
    Range mapRange(qsizetype renderedStart, qsizetype renderedEnd) const;

private:
    struct File
    {
        QString name;
        QString text;
        QList<qsizetype> lineStarts;
    };
    struct Segment
    {
        qsizetype renderedOffset;
        int file;
        qsizetype sourceOffset;
        bool verbatim;
        bool repeated = false; // verbatim source text that another segment renders too
    };

    static QList<qsizetype> lineStartsOf(const QString &text);
    SourceLocation locationIn(const File &file, qsizetype offset) const;
    qsizetype segmentEnd(qsizetype index) const;
    qsizetype segmentIndexAt(qsizetype renderedOffset) const;
    void markRepeatedSegments();

    QList<File> m_files;
    QList<Segment> m_segments;
    QList<qsizetype> m_renderedLineStarts;
    qsizetype m_renderedSize = 0;
};

} // namespace Maestro::Core
