#pragma once

#include "cli/Command.h"

namespace nianbao {

/// `nianbao sum --output OUT [--agency NAME] FILE...`: the summary report of a district or
/// city, every table cell summed over the FILEs (rules/ReportSum). Reports of different years
/// are refused (sum.mixedYears, exit 2); an agency twice is a warning (sum.duplicateAgency);
/// each blank cell counted as 0 is listed on `err`.
class SumCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SumCommand)

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
