#include "io/text/TextWriter.h"

#include "base/ChineseNumerals.h"
#include "core/PrintedLayout.h"
#include "core/Report.h"

namespace nianbao {

namespace {

QString oneLine(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return t.trimmed();
}

void writeParagraphs(const QVector<Paragraph> &ps, QString &out)
{
    for (const Paragraph &p : ps)
        out += oneLine(p.text) + QLatin1Char('\n');
}

// Cells as tab-led lines, a blank line after each row: what LibreOffice's text export of
// the published .docx gives, merged-down cells as empty cells.
void writeTable(const Report &report, TableId id, QString &out)
{
    const PrintedTable &table = PrintedLayout::table(id);
    for (const PrintedRow &row : table.rows) {
        for (const PrintedCell &cell : row.cells) {
            out += QLatin1Char('\t');
            if (cell.kind == PrintedCell::Kind::Label)
                out += cell.text;
            else if (cell.kind == PrintedCell::Kind::Value)
                out += report.value(cell.value).toString();
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
}

} // namespace

QString TextWriter::toText(const Report &report)
{
    QString out;
    const QString title = report.title.isEmpty() && !report.agency.isEmpty()
        ? Report::standardTitle(report.agency, report.year)
        : report.title;
    out += oneLine(title) + QStringLiteral("\n\n");
    writeParagraphs(report.preamble, out);

    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        const Section &section = report.sections[s];
        if (!section.present)
            continue;
        out += ReportTemplate::sectionHeading(id) + QLatin1Char('\n');
        writeParagraphs(section.paragraphs, out);
        for (int i = 0; i < section.subsections.size(); ++i) {
            const Subsection &sub = section.subsections[i];
            out += ChineseNumerals::subsectionNumber(i) + oneLine(sub.heading) + QLatin1Char('\n');
            writeParagraphs(sub.paragraphs, out);
        }
        TableId table;
        if (ReportTemplate::sectionHasTable(id, &table)) {
            out += QLatin1Char('\n');
            writeTable(report, table, out);
        }
    }

    if (!report.signature.organization.isEmpty() || report.signature.date.isValid()) {
        out += QLatin1Char('\n');
        if (!report.signature.organization.isEmpty())
            out += oneLine(report.signature.organization) + QLatin1Char('\n');
        if (report.signature.date.isValid()) {
            const QDate d = report.signature.date;
            out += QStringLiteral("%1年%2月%3日\n").arg(d.year()).arg(d.month()).arg(d.day());
        }
    }
    return out;
}

} // namespace nianbao
