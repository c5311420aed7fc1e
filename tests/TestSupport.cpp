#include "TestSupport.h"

#include "io/FormatRegistry.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace nianbao::test {

QString fixture(const QString &relative)
{
    return QStringLiteral(NIANBAO_FIXTURES "/") + relative;
}

QStringList reportFixtures(const QString &extension)
{
    QDir dir(fixture(QStringLiteral("reports")));
    QStringList out;
    for (const QString &name : dir.entryList({ QStringLiteral("*.") + extension }, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

Report load(const QString &path)
{
    Report report;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, report, error))
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(error.message()));
    return report;
}

CellRef ref(const QString &anchor)
{
    const QStringList parts = anchor.split(QLatin1Char('/'));
    Q_ASSERT(parts.size() == 3);
    const int t = ReportTemplate::tableIndex(parts[0]);
    Q_ASSERT(t >= 0);
    const TableSpec &spec = ReportTemplate::official().tables()[t];
    CellRef r { spec.id, spec.rowIndex(parts[1]), spec.columnIndex(parts[2]) };
    if (!r.isValid())
        qFatal("no such cell %s", qPrintable(anchor));
    return r;
}

CellValue cell(const Report &report, const QString &anchor)
{
    return report.value(ref(anchor));
}

void setCell(Report &report, const QString &anchor, const CellValue &value)
{
    const CellRef r = ref(anchor);
    report.table(r.table).setStored(r.row, r.column, value);
    report.table(r.table).setAutomatic(r.row, r.column, false);
}

QString report000()
{
    return QStringLiteral("reports/000_e90af9d1a07c895b.txt");
}

QString report001()
{
    return QStringLiteral("reports/001_71f8b8ab64f08fc8.txt");
}

QString report003()
{
    return QStringLiteral("reports/003_b89d9c94ac7f3824.txt");
}

QStringList readingOrder(const Report &r)
{
    QStringList out { r.title };
    for (const Paragraph &p : r.preamble)
        out << p.text;
    for (int s = 0; s < SectionCount; ++s) {
        if (!r.sections[s].present)
            continue;
        out << ReportTemplate::sectionHeading(static_cast<SectionId>(s));
        for (const Paragraph &p : r.sections[s].paragraphs)
            out << p.text;
        for (const Subsection &sub : r.sections[s].subsections) {
            out << sub.heading;
            for (const Paragraph &p : sub.paragraphs)
                out << p.text;
        }
    }
    return out;
}

QString scratchDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

} // namespace nianbao::test
