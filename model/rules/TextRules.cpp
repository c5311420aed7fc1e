#include "rules/TextRules.h"

#include "base/TextNormalizer.h"
#include "core/ProseScanner.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

#include <cmath>

namespace nianbao {

namespace {

QString sectionName(SectionId id)
{
    return ReportTemplate::sectionHeading(id);
}

double tableTotal(const Report &report, const char16_t *rowKey, TableId table = TableId::Applications)
{
    const TableSpec &spec = ReportTemplate::official().table(table);
    return report.value(table, spec.rowIndex(rowKey), spec.columnIndex(u"total")).sumValue();
}

void checkSections(const Report &report, Findings &out)
{
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        if (!report.sections[s].present) {
            out.append({ QStringLiteral("section.missing"), Severity::Error, ReportPlace::ofSection(id),
                         RuleEngine::tr("Section %1 is missing.").arg(sectionName(id)), false });
        }
    }
    // 总体情况 too (spec/rules.md, "Added"): a report whose overview is "无" says nothing.
    for (SectionId id : { SectionId::Overview, SectionId::Problems, SectionId::Other }) {
        const Section &section = report.section(id);
        if (!section.present)
            continue;
        const QString text = TextNormalizer::compact(section.plainText());
        if (text.size() < 10 || text == u"无" || text == u"无。") {
            out.append({ QStringLiteral("section.thin"), Severity::Warning, ReportPlace::ofSection(id),
                         RuleEngine::tr("Section %1 says too little; reviewers expect at least a sentence.")
                             .arg(sectionName(id)),
                         false });
        }
    }
    for (const ImportNotes::Heading &h : report.importNotes.nonstandardHeadings) {
        out.append(
            { QStringLiteral("heading.nonstandard"), Severity::Info, ReportPlace::ofSection(h.section),
              h.asWritten.isEmpty()
                  ? RuleEngine::tr("The heading of %1 is missing; export writes the standard heading.")
                        .arg(sectionName(h.section))
                  : RuleEngine::tr(
                        "The heading “%1” deviates from the standard “%2”; export writes the standard form.")
                        .arg(h.asWritten, sectionName(h.section)),
              false });
    }
}

void checkFigures(const Report &report, Findings &out)
{
    const QVector<ProseScanner::StatedFigure> figures = ProseScanner::figures(report);
    for (const ProseScanner::StatedFigure &f : figures) {
        double table = 0.0;
        switch (f.figure) {
        case ProseScanner::Figure::NewApplications:
            table = tableTotal(report, u"new");
            break;
        case ProseScanner::Figure::CarriedIn:
            table = tableTotal(report, u"carriedIn");
            break;
        case ProseScanner::Figure::CarriedOut:
            table = tableTotal(report, u"carriedOut");
            break;
        case ProseScanner::Figure::Processed:
            table = tableTotal(report, u"processedTotal");
            break;
        case ProseScanner::Figure::Reconsideration:
            table = tableTotal(report, u"reconsideration", TableId::ReviewLitigation);
            break;
        case ProseScanner::Figure::Litigation:
            table = tableTotal(report, u"litigationDirect", TableId::ReviewLitigation)
                + tableTotal(report, u"litigationAfterReconsideration", TableId::ReviewLitigation);
            break;
        }
        // A table total that is no whole count (a fraction, or a number beyond any count,
        // which converting to an integer would not survive) cannot match the text's.
        const bool wholeCount = std::isfinite(table) && std::fabs(table) < 9e15 && table == std::floor(table);
        if (!wholeCount || qint64(table) != f.value) {
            out.append({ QStringLiteral("text.numberMismatch"), Severity::Warning,
                         ReportPlace::ofParagraph(f.section, f.paragraphAnchor),
                         RuleEngine::tr("The text says “%1”, but the table gives %2.")
                             .arg(f.phrase, CellValue::number(table).toString()),
                         false });
        }
    }
}

void checkFees(const Report &report, Findings &out)
{
    if (tableTotal(report, u"otherUnpaidFee") <= 0)
        return;
    const QString other = report.section(SectionId::Other).plainText();
    if (other.contains(u"收费通知") || other.contains(u"信息处理费"))
        return;
    out.append(
        { QStringLiteral("fees.unreported"), Severity::Warning, ReportPlace::ofSection(SectionId::Other),
          RuleEngine::tr(
              "Table 三 counts applications dropped for unpaid fees (（六）2), but section 六 says nothing "
              "of 收费通知 or 信息处理费."),
          false });
}

void checkYear(const Report &report, Findings &out)
{
    if (report.year <= 0) {
        out.append({ QStringLiteral("year.inconsistent"), Severity::Error,
                     ReportPlace::ofField(ReportField::Year), RuleEngine::tr("The report year is not set."),
                     false });
        return;
    }
    const int titleYear = ProseScanner::firstYear(report.title);
    if (titleYear != 0 && titleYear != report.year) {
        out.append({ QStringLiteral("year.inconsistent"), Severity::Error,
                     ReportPlace::ofField(ReportField::Title),
                     RuleEngine::tr("The title names the year %1, but the report is for %2.")
                         .arg(titleYear)
                         .arg(report.year),
                     false });
    }
    for (const ProseScanner::StatedPeriod &p : ProseScanner::periods(report)) {
        if (p.fromYear != report.year || p.toYear != report.year) {
            out.append({ QStringLiteral("year.inconsistent"), Severity::Error,
                         ReportPlace::ofParagraph(p.section, p.paragraphAnchor),
                         RuleEngine::tr("The statistics period runs from %1 to %2, but the report is for %3.")
                             .arg(p.fromYear)
                             .arg(p.toYear)
                             .arg(report.year),
                         false });
        }
    }
}

void checkSignatureDate(const Report &report, Findings &out)
{
    const QDate date = report.signature.date;
    if (!date.isValid() || report.year <= 0)
        return;
    const ReportPlace at = ReportPlace::ofField(ReportField::SignatureDate);
    if (date <= QDate(report.year, 12, 31)) {
        out.append({ QStringLiteral("signature.date"), Severity::Warning, at,
                     RuleEngine::tr("The report is dated %1, before the year %2 has ended.")
                         .arg(date.toString(Qt::ISODate))
                         .arg(report.year),
                     false });
        return;
    }
    const bool government = report.bodyKind == BodyKind::Government;
    const QDate deadline = government ? QDate(report.year + 1, 3, 31) : QDate(report.year + 1, 1, 31);
    if (date > deadline) {
        out.append({ QStringLiteral("signature.date"), Severity::Warning, at,
                     RuleEngine::tr("The report is dated %1, after the legal deadline %2.")
                         .arg(date.toString(Qt::ISODate), deadline.toString(Qt::ISODate)),
                     false });
    }
}

} // namespace

void TextRules::check(const Report &report, Findings &out)
{
    checkSections(report, out);
    checkFigures(report, out);
    checkFees(report, out);
    checkYear(report, out);
    checkSignatureDate(report, out);
}

} // namespace nianbao
