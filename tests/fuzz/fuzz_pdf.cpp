// libFuzzer target: a report made from the input (any text the readers accept, in every
// field, paragraph and cell) laid out and written as PDF: page flow, table painting, text
// wrapping, font subsetting and the PDF objects.
#include "FuzzSupport.h"
#include "content/ReportLimits.h"
#include "core/Report.h"
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
