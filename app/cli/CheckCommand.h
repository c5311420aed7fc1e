#pragma once

#include "cli/Command.h"

namespace nianbao {

/// `nianbao check [--json] [--previous LAST_YEAR_FILE] FILE...`: runs every rule on each
/// file and prints the findings, as text lines or (--json) one JSON array of
/// {"file", "findings"} objects. Exit status: 0 no error finding, 1 at least one error
/// finding, 2 a file could not be read (named on `err`; the others are still checked).
/// `--summary [--json|--csv]`: one line per report instead of the findings.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CheckCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;

protected:
    QList<QCommandLineOption> options() const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    enum class Summary { Text, Json, Csv };
    /// --summary: one line per report (file, agency, year, counts, review state), the reports
    /// read and checked on all cores.
    static int summary(const QStringList &files, Summary form, QTextStream &out, QTextStream &err);
};

} // namespace nianbao
