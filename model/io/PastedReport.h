#pragma once

#include "base/FormatError.h"

#include <QCoreApplication>

class QMimeData;

namespace nianbao {

class Report;

/// A report pasted or dropped as content rather than as a file: a web page's selection as a
/// browser copies it (its HTML when there is one, which keeps the tables' cells, else its
/// text), or any text in the shapes the text reader knows.
class PastedReport
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::PastedReport)

public:
    /// Is there anything a report could be read from?
    static bool canRead(const QMimeData &data);
    static bool read(const QMimeData &data, Report &report, FormatError &error);
};

} // namespace nianbao
