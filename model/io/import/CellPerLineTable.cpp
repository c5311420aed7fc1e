#include "io/import/CellPerLineTable.h"

#include "base/TextNormalizer.h"
#include "io/import/ReportAssembler.h"
#include "io/import/TableRecognizer.h"

namespace nianbao {

int CellPerLineTable::read(const QStringList &lines, int start, QVector<SourceBlock> &out,
                           const std::function<QString(int)> &placeOf)
{
    QStringList row;
    bool rowHasValues = false;
    int rowLine = start;
    auto flush = [&](QStringList carried) {
        if (!row.isEmpty())
            out.append(SourceBlock::row(row, placeOf(rowLine)));
        row = carried;
        rowHasValues = false;
    };
    int i = start;
    for (; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString c = TextNormalizer::compact(line);
        const bool isValue = TableRecognizer::isValueText(c);
        // The table ends where prose or the next heading begins.
        if (!isValue && (ReportAssembler::matchSectionHeading(line) || c.size() > 45 || c.endsWith(u'。')))
            break;
        if (!c.isEmpty() && !isValue && (rowHasValues || TableRecognizer::startsRow(c))) {
            QStringList carried;
            while (!row.isEmpty() && TextNormalizer::compact(row.last()).isEmpty())
                carried.prepend(row.takeLast());
            flush(carried);
            rowLine = i;
        }
        row << line;
        rowHasValues |= isValue && !c.isEmpty();
    }
    if (i == start)
        return start; // not a table after all: nothing taken, nothing written
    while (!row.isEmpty() && TextNormalizer::compact(row.last()).isEmpty())
        row.removeLast();
    flush({});
    out.append(SourceBlock::tableEnd());
    return i;
}

} // namespace nianbao
