#pragma once

#include "base/FormatError.h"

#include <QCoreApplication>
#include <QIODevice>

namespace nianbao {

class DocxComments;
class Report;

/// Writes a report as a .docx that Word, WPS and LibreOffice open without a repair prompt,
/// looking like a published government document (GB/T 9704 as agencies apply it): A4,
/// 方正小标宋简体 二号 title, 仿宋_GB2312 三号 body, 黑体 and 楷体_GB2312 headings, 22 lines of
/// 28 characters, tables with exactly the official template's merged cells and header rows
/// repeated across pages, page numbers "— 1 —", the signature right-aligned.
///
/// What Word insists on is kept: every cell ends with a paragraph, property children in
/// schema order, a w:tblGrid per table, [Content_Types].xml first, entries deflated with
/// "version needed" 2.0 and never zip64.
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DocxWriter)

public:
    static bool write(const Report &report, QIODevice &device, FormatError &error);
    /// The main part alone, for tests.
    static QByteArray documentXml(const Report &report);
    /// With the review comments' ranges and references (null: none).
    static QByteArray documentXml(const Report &report, DocxComments *comments);
};

} // namespace nianbao
