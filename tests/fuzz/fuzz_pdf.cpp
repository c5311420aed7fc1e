// libFuzzer target: a report made from the input (any text the readers accept, in every
// field, paragraph and cell) laid out and written as PDF: page flow, table painting, text
// wrapping, font subsetting, the PDF objects, and review comments as sticky notes on their
// cells, paragraphs, sections and fields (a 审阅稿).
#include "FuzzSupport.h"
#include "core/Annotation.h"
#include "core/Report.h"
#include "core/ReportLimits.h"
#include "io/FormatRegistry.h"

#include <QBuffer>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

namespace {

using namespace nianbao;

QString text(FuzzedDataProvider &in, size_t longest)
{
    return QString::fromUtf8(in.ConsumeRandomLengthString(longest));
}

QVector<Paragraph> paragraphs(FuzzedDataProvider &in)
{
    QVector<Paragraph> out(in.ConsumeIntegralInRange(0, 4));
    for (Paragraph &p : out)
        p.text = text(in, 400);
    return out;
}

ReportPlace targetFrom(FuzzedDataProvider &in, const Report &r)
{
    const auto section = [&in]() -> std::optional<SectionId> {
        const int s = in.ConsumeIntegralInRange(-1, SectionCount - 1);
        return s < 0 ? std::nullopt : std::optional<SectionId>(static_cast<SectionId>(s));
    };
    switch (in.ConsumeIntegralInRange(0, 4)) {
    case 0:
        return ReportPlace::ofReport();
    case 1: {
        // Rows and columns past the table too: a damaged file may name them.
        const auto t = static_cast<TableId>(in.ConsumeIntegralInRange(0, TableCount - 1));
        return ReportPlace::ofCell({ t, in.ConsumeIntegralInRange(0, 30), in.ConsumeIntegralInRange(0, 8) });
    }
    case 2:
        return ReportPlace::ofSection(section());
    case 3: {
        QStringList anchors;
        r.forEachProseParagraph(
            [&anchors](std::optional<SectionId>, const Paragraph &p) { anchors.append(p.anchor); });
        const QString anchor = anchors.isEmpty()
            ? text(in, 8)
            : anchors.at(in.ConsumeIntegralInRange<int>(0, anchors.size() - 1));
        return ReportPlace::ofParagraph(section(), anchor, text(in, 30));
    }
    default: {
        const QVector<ReportField> &fields = ReportFields::commentable();
        return ReportPlace::ofField(fields.at(in.ConsumeIntegralInRange<int>(0, int(fields.size()) - 1)));
    }
    }
}

void addAnnotations(FuzzedDataProvider &in, Report &r)
{
    for (int i = in.ConsumeIntegralInRange(0, 6); i > 0; --i) {
        Annotation a;
        a.id = AnnotationAnchors::newId(r);
        a.target = targetFrom(in, r);
        a.author = text(in, 20);
        a.text = text(in, 200);
        a.resolved = in.ConsumeBool();
        for (int j = in.ConsumeIntegralInRange(0, 2); j > 0; --j)
            a.replies.append({ text(in, 20), QDateTime(), text(in, 100) });
        r.annotations.append(a);
    }
}

Report reportFrom(FuzzedDataProvider &in)
{
    Report r;
    r.agency = text(in, 80);
    r.year = in.ConsumeIntegralInRange(-5, 3000);
    r.title = text(in, 120);
    r.preamble = paragraphs(in);
    for (Section &s : r.sections) {
        s.present = in.ConsumeBool();
        s.paragraphs = paragraphs(in);
        for (int i = in.ConsumeIntegralInRange(0, 2); i > 0; --i)
            s.subsections.append({ QString(), text(in, 60), paragraphs(in) });
    }
    for (TableData &t : r.tables) {
        const TableSpec &spec = t.spec();
        for (int row = 0; row < spec.rows.size(); ++row) {
            for (int column = 0; column < spec.columns.size(); ++column) {
                if (!in.ConsumeBool())
                    continue;
                switch (in.ConsumeIntegralInRange(0, 2)) {
                case 0:
                    t.setStored(row, column, CellValue::number(in.ConsumeFloatingPoint<double>()));
                    break;
                case 1:
                    t.setStored(row, column, CellValue::invalid(text(in, 40)));
                    break;
                default:
                    t.setStored(row, column, CellValue::blank(text(in, 4)));
                }
                t.setAutomatic(row, column, in.ConsumeBool());
            }
        }
    }
    r.signature.organization = text(in, 80);
    r.signature.date = QDate(in.ConsumeIntegralInRange(1, 9999), in.ConsumeIntegralInRange(1, 12),
                             in.ConsumeIntegralInRange(1, 28));
    r.assignMissingAnchors();
    addAnnotations(in, r);
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::startQt(true);
    FuzzedDataProvider in(data, size);
    const Report report = reportFrom(in);
    FormatError error;
    if (!ReportLimits::check(report, error))
        return 0;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    if (!FormatRegistry::instance().formatForFile(QStringLiteral("x.pdf"))->write(report, out, error))
        abort(); // writing to memory fails only without fonts, which the fuzzing machine has
    if (!out.data().startsWith("%PDF-") || !out.data().trimmed().endsWith("%%EOF"))
        abort();
    return 0;
}
