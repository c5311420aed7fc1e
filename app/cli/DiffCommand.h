#pragma once

#include "cli/Command.h"

namespace nianbao {

/// `nianbao diff [--json] OLD NEW`: what changed between two versions of a report (cells,
/// fields, paragraphs), in any readable formats. Exit status: 0 the same content, 1 it
/// differs, 2 a file could not be read.
class DiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DiffCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;

protected:
    QList<QCommandLineOption> options() const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace nianbao
