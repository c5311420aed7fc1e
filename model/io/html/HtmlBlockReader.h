#pragma once

#include "io/import/SourceBlock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace nianbao {

/// Turns an HTML page into the paragraphs and table rows the other importers produce. The
/// markup is parsed by libxml2's HTML parser, which builds a tree from the malformed markup
/// real CMS pages have (unclosed tags, stray </div>s, tables inside <p>) as browsers do.
///
/// - Block elements end a paragraph; inline ones (<span>, <font>, <b>) do not; <br> ends a
///   paragraph in the text and joins the lines of a table cell ("商业<br>企业").
/// - A table without tables inside is a data table: one row per <tr>, a cell per <td>/<th>
///   (colspan: one cell, as a .docx's w:gridSpan), and an empty cell where a rowspan from a
///   row above covers the column (as a .docx's w:vMerge continuation). A table holding
///   tables is page layout: its cells are read as text.
/// - The report is found inside the page: the smallest element holding the report's section
///   headings and statistics tables, so navigation, breadcrumbs, "字号 大 中 小", share buttons
///   and the footer around it are left out; the title, often set apart above the article
///   body, is taken from the nearest heading before it that names the report.
class HtmlBlockReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::HtmlBlockReader)

public:
    struct Result
    {
        QVector<SourceBlock> blocks;
        /// Images inside the report's region: a table given only as a picture cannot be read.
        int images = 0;
    };
    /// Where the blocks come from: the report found inside a page, or all of a fragment (a
    /// table written as HTML inside Markdown).
    enum class Scope { Report, Everything };
    /// `utf8` is the page already decoded (HtmlFormat::decode) and re-encoded as UTF-8.
    static Result read(const QByteArray &utf8, Scope scope = Scope::Report);
};

} // namespace nianbao
