#pragma once

#include "cli/Command.h"

namespace nianbao {

/// `nianbao compare [--json] LAST_YEAR THIS_YEAR`: one agency's report beside last year's,
/// every cell's change and the prose repeated (spec/interchange.md). Exit status: 0, or 2 when
/// a file cannot be read or the two are not one agency's consecutive years.
class CompareCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CompareCommand)

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
