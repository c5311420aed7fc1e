#include "cli/DiffCommand.h"

#include "content/ReportDiff.h"
#include "io/FormatRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nianbao {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

} // namespace

QString DiffCommand::name() const
{
    return QStringLiteral("diff");
}

QString DiffCommand::synopsis() const
{
    return QStringLiteral("[--json] OLD NEW");
}

QString DiffCommand::description() const
{
    return tr("Show what changed between two versions of a report: cells, fields and paragraphs.");
}

QList<QCommandLineOption> DiffCommand::options() const
{
    return { { QStringLiteral("json"), tr("Print the changes as JSON.") } };
}

int DiffCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << tr("nianbao diff: expected two reports, e.g. nianbao diff submitted.docx returned.docx")
            << Qt::endl;
        return 2;
    }
    Report before, after;
    FormatError error;
    if (!FormatRegistry::instance().readFile(files[0], before, error)
        || !FormatRegistry::instance().readFile(files[1], after, error)) {
        err << error.message() << Qt::endl;
        return 2;
    }
    const ReportDiff diff = ReportDiff::between(before, after);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented);
        return diff.isEmpty() ? 0 : 1;
    }
    const QJsonObject json = diff.toJson();
    for (const QJsonValue &v : json.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        out << QStringLiteral("%1: %2 → %3")
                   .arg(f.value(QStringLiteral("field")).toString(), shown(f.value(QStringLiteral("old"))),
                        shown(f.value(QStringLiteral("new"))))
            << Qt::endl;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject c = v.toObject();
        out << QStringLiteral("%1/%2/%3: %4 → %5")
                   .arg(c.value(QStringLiteral("table")).toString(),
                        c.value(QStringLiteral("row")).toString(),
                        c.value(QStringLiteral("column")).toString(), shown(c.value(QStringLiteral("old"))),
                        shown(c.value(QStringLiteral("new"))))
            << Qt::endl;
    }
    for (const ReportDiff::Paragraph &p : diff.paragraphs) {
        const QString where
            = p.subsection >= 0 ? QStringLiteral("%1/%2").arg(p.section).arg(p.subsection) : p.section;
        out << QStringLiteral("%1 %2%3: %4")
                   .arg(where, ReportDiff::opKey(p.op), p.heading ? tr(" (heading)") : QString(),
                        p.op == ReportDiff::Paragraph::Op::Removed ? p.before
                            : p.op == ReportDiff::Paragraph::Op::Inserted
                            ? p.after
                            : p.before + QStringLiteral(" → ") + p.after)
            << Qt::endl;
    }
    if (diff.isEmpty())
        out << tr("The two reports have the same content.") << Qt::endl;
    return diff.isEmpty() ? 0 : 1;
}

} // namespace nianbao
