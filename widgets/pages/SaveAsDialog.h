#pragma once

#include <QString>

class QWidget;

namespace nianbao {

/// The save dialog of the exports that are not reports (a 图解, a 年度对比 memo): it starts in
/// the report's folder (or Documents) with a suggested name, and gives a name typed without
/// an extension the one of the filter chosen.
class SaveAsDialog
{
public:
    /// `reportPath` the open report's file (empty: none yet); `filters` as QFileDialog takes
    /// them, each with one "*.ext". Empty when cancelled.
    static QString ask(QWidget *parent, const QString &title, const QString &reportPath, const QString &name,
                       const QString &filters);
};

} // namespace nianbao
