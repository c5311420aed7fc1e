#pragma once

#include "base/FormatError.h"
#include "core/Annotation.h"
#include "core/ReportTemplate.h"
#include "io/import/SourceBlock.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>

#include <optional>

namespace nianbao {

class Report;

/// Builds a Report from the paragraphs and table rows of a published report, by meaning:
/// the title from the lines before the first heading (also when split over two lines),
/// section headings by their words whatever their numbering (一、 / 2、 / none), subsection
/// headings of 一 and 五 (（一）…, also one missing its number), tables by their labels
/// (TableRecognizer), and the signature organisation and date at the end.
class ReportAssembler
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportAssembler)

public:
    struct HeadingMatch
    {
        SectionId section;
        bool standard; ///< written exactly as the template writes it
    };

    /// Is this paragraph a section heading? Public for tests.
    static std::optional<HeadingMatch> matchSectionHeading(QStringView text);
    /// Is this paragraph a numbered subsection heading （一）…? Returns the heading text
    /// without its number.
    static std::optional<QString> matchSubsectionHeading(QStringView text);
    /// Reads "2025年1月16日", "2025-01-16", "二〇二五年一月十六日".
    static QDate parseDate(QStringView text);

    /// Fails only when nothing in the blocks looks like an annual report. `commentTargets`, if
    /// given, receives where each review comment of the blocks landed (a cell, a paragraph, a
    /// section heading, the title or signature); one not in it belongs to the whole report.
    static bool assemble(const QVector<SourceBlock> &blocks, Report &report, FormatError &error,
                         QHash<QString, ReportPlace> *commentTargets = nullptr);
};

} // namespace nianbao
