#pragma once

#include "cli/Command.h"

namespace nianbao {

/// `nianbao graphic [--previous LAST_YEAR] [--scale 2] REPORT OUT`: the report's key figures as
/// a 图解, OUT .svg, .png (750 px wide, 1,500 with --scale 2 or @2x in the name) or .pdf (A4).
/// With last year's report, the change beside each figure. Exit status 0, or 2.
class GraphicCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::GraphicCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    bool needsGui(const QStringList &arguments) const override;

protected:
    QList<QCommandLineOption> options() const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace nianbao
