#include "core/Report.h"

#include "base/TextNormalizer.h"

namespace nianbao {

bool Section::isEmpty() const
{
    for (const Paragraph &p : paragraphs) {
        if (!TextNormalizer::trimmed(p.text).isEmpty())
            return false;
    }
    for (const Subsection &s : subsections) {
        if (!TextNormalizer::trimmed(s.heading).isEmpty())
            return false;
        for (const Paragraph &p : s.paragraphs) {
            if (!TextNormalizer::trimmed(p.text).isEmpty())
                return false;
        }
    }
    return true;
}

QString Section::plainText() const
{
    QString out;
    for (const Paragraph &p : paragraphs)
        out += p.text + QLatin1Char('\n');
    for (const Subsection &s : subsections) {
        out += s.heading + QLatin1Char('\n');
        for (const Paragraph &p : s.paragraphs)
            out += p.text + QLatin1Char('\n');
    }
    return out;
}

Report::Report()
    : tables { TableData(TableId::Proactive), TableData(TableId::Applications),
               TableData(TableId::ReviewLitigation) }
{
}

CellValue Report::value(const CellRef &cell) const
{
    const TableData &t = table(cell.table);
    if (t.isAutomatic(cell.row, cell.column))
        return computedValue(cell);
    return t.stored(cell.row, cell.column);
}

CellValue Report::computedValue(const CellRef &cell) const
{
    const Identity *identity = ReportTemplate::official().computingIdentity(cell);
    if (!identity)
        return table(cell.table).stored(cell.row, cell.column);
    // Blank parts count as nothing; if every part is blank, so is the total. Invalid parts
    // are reported by cell.invalid and left out of the sum.
    double sum = 0.0;
    bool any = false;
    for (const CellRef &part : identity->parts) {
        const CellValue v = value(part);
        if (v.isNumber()) {
            sum += v.number();
            any = true;
        }
    }
    return any ? CellValue::number(sum) : CellValue::blank();
}

void Report::adoptMatchingTotals()
{
    // Identities are ordered so that a computed cell's parts are settled before it.
    for (const Identity &identity : ReportTemplate::official().identities()) {
        if (!identity.computes)
            continue;
        const CellRef &target = identity.totals.first();
        TableData &t = table(target.table);
        if (t.isAutomatic(target.row, target.column))
            continue;
        if (t.stored(target.row, target.column) == computedValue(target))
            t.setAutomatic(target.row, target.column, true);
    }
}

QString Report::newAnchor()
{
    return QStringLiteral("p") + QString::number(m_nextAnchor++);
}

void Report::assignMissingAnchors()
{
    auto fill = [this](QVector<Paragraph> &ps) {
        for (Paragraph &p : ps) {
            if (p.anchor.isEmpty())
                p.anchor = newAnchor();
        }
    };
    fill(preamble);
    for (Section &s : sections) {
        fill(s.paragraphs);
        for (Subsection &sub : s.subsections) {
            if (sub.anchor.isEmpty())
                sub.anchor = newAnchor();
            fill(sub.paragraphs);
        }
    }
}

QString Report::standardTitle(const QString &agency, int year)
{
    // Only what is known: a new blank report has neither, and "0年…" misleads.
    if (agency.isEmpty() || year <= 0)
        return QString();
    return agency + QString::number(year) + QStringLiteral("年政府信息公开工作年度报告");
}

namespace {

QStringList texts(const QVector<Paragraph> &ps)
{
    QStringList out;
    for (const Paragraph &p : ps)
        out << p.text;
    return out;
}

void compareTexts(const QString &where, const QStringList &a, const QStringList &b, QStringList &out)
{
    if (a == b)
        return;
    const int n = qMax(a.size(), b.size());
    for (int i = 0; i < n; ++i) {
        const QString x = i < a.size() ? a[i] : QStringLiteral("<none>");
        const QString y = i < b.size() ? b[i] : QStringLiteral("<none>");
        if (x != y) {
            out << QStringLiteral("%1[%2]: \"%3\" ≠ \"%4\"").arg(where).arg(i).arg(x, y);
            return;
        }
    }
}

} // namespace

QString describeDifferences(const Report &a, const Report &b, int maxItems)
{
    QStringList out;
    auto field = [&out](const QString &name, const QString &x, const QString &y) {
        if (x != y)
            out << QStringLiteral("%1: \"%2\" ≠ \"%3\"").arg(name, x, y);
    };
    field(ReportFields::key(ReportField::Agency), a.agency, b.agency);
    field(ReportFields::key(ReportField::Year), QString::number(a.year), QString::number(b.year));
    field(ReportFields::key(ReportField::Title), a.title, b.title);
    field(ReportFields::key(ReportField::BodyKind), QString::number(int(a.bodyKind)),
          QString::number(int(b.bodyKind)));
    compareTexts(QStringLiteral("preamble"), texts(a.preamble), texts(b.preamble), out);
    for (int s = 0; s < SectionCount; ++s) {
        const QString key = ReportTemplate::sectionKey(static_cast<SectionId>(s));
        const Section &x = a.sections[s];
        const Section &y = b.sections[s];
        if (x.present != y.present)
            out << QStringLiteral("%1.present: %2 ≠ %3").arg(key).arg(x.present).arg(y.present);
        compareTexts(key + QStringLiteral(".paragraphs"), texts(x.paragraphs), texts(y.paragraphs), out);
        if (x.subsections.size() != y.subsections.size())
            out << QStringLiteral("%1: %2 subsections ≠ %3")
                       .arg(key)
                       .arg(x.subsections.size())
                       .arg(y.subsections.size());
        for (int i = 0; i < qMin(x.subsections.size(), y.subsections.size()); ++i) {
            field(QStringLiteral("%1.subsections[%2].heading").arg(key).arg(i), x.subsections[i].heading,
                  y.subsections[i].heading);
            compareTexts(QStringLiteral("%1.subsections[%2].paragraphs").arg(key).arg(i),
                         texts(x.subsections[i].paragraphs), texts(y.subsections[i].paragraphs), out);
        }
    }
    for (int t = 0; t < TableCount; ++t) {
        const TableSpec &spec = ReportTemplate::official().tables()[t];
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c))
                    continue;
                const CellRef ref { spec.id, r, c };
                const CellValue x = a.value(ref);
                const CellValue y = b.value(ref);
                const bool ax = a.table(spec.id).isAutomatic(r, c);
                const bool ay = b.table(spec.id).isAutomatic(r, c);
                if (x != y || ax != ay)
                    out << QStringLiteral("%1: %2%3 ≠ %4%5")
                               .arg(spec.anchor(r, c), x.isBlank() ? QStringLiteral("blank") : x.toString(),
                                    ax ? QStringLiteral(" (computed)") : QString(),
                                    y.isBlank() ? QStringLiteral("blank") : y.toString(),
                                    ay ? QStringLiteral(" (computed)") : QString());
            }
        }
    }
    field(ReportFields::key(ReportField::SignatureOrganization), a.signature.organization,
          b.signature.organization);
    field(ReportFields::key(ReportField::SignatureDate), a.signature.date.toString(Qt::ISODate),
          b.signature.date.toString(Qt::ISODate));
    if (AnnotationAnchors::current(a) != AnnotationAnchors::current(b))
        out << QStringLiteral("annotations differ");
    if (a.review != b.review)
        out << QStringLiteral("review state or history differs");
    if (out.size() > maxItems) {
        const int more = out.size() - maxItems;
        out = out.mid(0, maxItems);
        out << QStringLiteral("… and %1 more").arg(more);
    }
    return out.join(QLatin1Char('\n'));
}

bool sameContent(const Report &a, const Report &b)
{
    return describeDifferences(a, b, 1).isEmpty();
}

} // namespace nianbao
