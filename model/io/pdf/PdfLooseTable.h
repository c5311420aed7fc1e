#pragma once

#include "io/pdf/PdfLines.h"

#include <QStringList>
#include <QVector>

namespace nianbao {

/// A table printed without rulings, read by geometry as the rows a word processor would have:
/// the lines that hold numbers are the data rows; the numbers' x positions make the columns;
/// a line above a block of data rows whose words stand over the columns is a header (words
/// stacked in one column are one header cell: 商业企 / 业; words standing over several columns
/// are a group header: 法人或其他组织); a line with words only left of the columns is part of
/// the row label nearest to it (a wrapped label), or, away from any row, a label merged over
/// several rows, which is left out. A new header after data rows starts a new block (the
/// sub-tables of 第二十条), each with its own columns.
class PdfLooseTable
{
public:
    struct Line
    {
        PdfLine line;
        int page = 0;
    };

    /// `em`: the body text's line height. Returns rows in reading order.
    static QVector<QStringList> rows(const QVector<Line> &lines, qreal em);
};

} // namespace nianbao
