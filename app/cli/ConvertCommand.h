#pragma once

#include "cli/Command.h"

namespace nianbao {

/// `nianbao convert IN OUT`: reads IN, writes OUT, formats by extension.
/// Exit status per docs/interchange.md: 0 done and no error finding, 1 done but the report
/// has error findings, 2 a file could not be read or written (one line on `err`; OUT is
/// not created or changed). Publication formats (.docx, .pdf, .txt) get no review comments
/// unless --with-annotations is given.
class ConvertCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ConvertCommand)

public:
    QString name() const override;
    QString synopsis() const override;
    QString description() const override;
    bool needsGui(const QStringList &arguments) const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    /// `--to FORMAT --output-dir DIR FILE...`: every file on the global thread pool, each
    /// failure named on `err` while the others go on; the exit status is the worst file's.
    /// The output of each input in `folder`, every one distinct.
    static QStringList outputNames(const QStringList &files, const QString &folder, const QString &extension);
    static int convertMany(const QStringList &files, const QString &to, const QString &folder,
                           bool withAnnotations, QTextStream &err);
};

} // namespace nianbao
