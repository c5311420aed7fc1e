#pragma once

#include "base/FormatError.h"
#include "rules/YearComparison.h"

#include <QCoreApplication>

namespace nianbao {

/// The reviewer's 年度对比 memo: a YearComparison written down, as PDF (one or more A4 pages),
/// DOCX (Word, WPS) or the JSON of `compare --json`. The memo says, in Chinese like the
/// report it is about: how much of each section repeats last year's, the largest changes in
/// a table, the sentences copied, and the cross-year findings. Written through SafeWriter.
class ComparisonMemo
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ComparisonMemo)

public:
    /// pdf (needs a QGuiApplication), docx, json.
    static QStringList suffixes();
    static bool write(const YearComparison &comparison, const QString &lastFile, const QString &thisFile,
                      const QString &path, FormatError &error);

    /// The memo as HTML (what the PDF is set from); exposed for tests.
    static QString html(const YearComparison &comparison);
    /// The memo as a WordprocessingML package.
    static bool docx(const YearComparison &comparison, QByteArray &out, FormatError &error);
};

} // namespace nianbao
