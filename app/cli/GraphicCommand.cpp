#include "cli/GraphicCommand.h"

#include "io/FormatRegistry.h"
#include "io/SafeWriter.h"
#include "io/graphic/GraphicWriter.h"
#include "rules/YearComparison.h"

#include <QFileInfo>

namespace nianbao {

QString GraphicCommand::name() const
{
    return QStringLiteral("graphic");
}

QString GraphicCommand::synopsis() const
{
    return QStringLiteral("[--previous LAST_YEAR] [--scale 2] REPORT OUT.svg|OUT.png|OUT.pdf");
}

QString GraphicCommand::description() const
{
    return tr("Draw the report's key figures as a 图解 for the website (SVG, PNG 750 px wide, or an A4 PDF); "
              "with last year's report, the change beside each figure.");
}

bool GraphicCommand::needsGui(const QStringList &arguments) const
{
    // PNG and PDF are painted with fonts; an SVG is written as text, and starts at once.
    for (const QString &a : arguments) {
        const QString lower = a.toLower();
        if (lower.endsWith(QLatin1String(".png")) || lower.endsWith(QLatin1String(".pdf")))
            return true;
    }
    return false;
}

QList<QCommandLineOption> GraphicCommand::options() const
{
    return { { QStringLiteral("previous"), tr("Last year's report, to show each figure's change."),
               QStringLiteral("LAST_YEAR") },
             { QStringLiteral("scale"),
               tr("Pixels per unit of a PNG: 1 (750 px wide, the default) or 2 (1,500)."),
               QStringLiteral("N"), QStringLiteral("1") } };
}

int GraphicCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << tr(
            "nianbao graphic: expected a report and the picture to write, e.g. nianbao graphic 2024.docx "
            "2024.svg")
            << Qt::endl;
        return 2;
    }
    const QString suffix = QFileInfo(files[1]).suffix().toLower();
    if (!GraphicWriter::suffixes().contains(suffix)) {
        err << tr("%1: a 图解 is written as .svg, .png or .pdf").arg(files[1]) << Qt::endl;
        return 2;
    }
    bool scaleOk = false;
    const int scale = parser.value(QStringLiteral("scale")).toInt(&scaleOk);
    if (!scaleOk || scale < 1 || scale > 4) {
        err << tr("nianbao graphic: --scale is 1, 2, 3 or 4") << Qt::endl;
        return 2;
    }
    Report report, previous;
    FormatError error;
    if (!FormatRegistry::instance().readFile(files[0], report, error)) {
        err << error.message() << Qt::endl;
        return 2;
    }
    const bool withPrevious = parser.isSet(QStringLiteral("previous"));
    if (withPrevious) {
        const QString last = parser.value(QStringLiteral("previous"));
        if (!FormatRegistry::instance().readFile(last, previous, error)) {
            err << error.message() << Qt::endl;
            return 2;
        }
        QString why;
        if (!YearComparison::consecutive(previous, report, &why)) {
            err << tr("nianbao graphic: %1 is not last year's report of %2: %3").arg(last, files[0], why)
                << Qt::endl;
            return 2;
        }
    }
    for (const QString &input : { files[0], parser.value(QStringLiteral("previous")) }) {
        if (!input.isEmpty() && SafeWriter::isSameFile(input, files[1])) {
            err << tr("%1: refusing to write the picture over a report it is drawn from").arg(files[1])
                << Qt::endl;
            return 2;
        }
    }
    const GraphicFigures figures = GraphicFigures::of(report, withPrevious ? &previous : nullptr);
    QString notice;
    if (!GraphicWriter::write(figures, files[1], scale, error, &notice)) {
        err << error.message() << Qt::endl;
        return 2;
    }
    if (!notice.isEmpty())
        err << tr("nianbao graphic: warning: %1: %2").arg(files[1], notice) << Qt::endl;
    out << tr("%1: the 图解 of %2").arg(files[1], files[0]) << Qt::endl;
    return 0;
}

} // namespace nianbao
