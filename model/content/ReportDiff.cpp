#include "content/ReportDiff.h"

#include <QJsonArray>

namespace nianbao {

namespace {

QJsonValue cellJson(const CellValue &v)
{
    if (v.isBlank())
        return QJsonValue::Null;
    if (v.isInvalid())
        return v.text();
    return v.number();
}

// Paragraph lists aligned by their longest common subsequence: what is not common is
// changed where an old and a new paragraph stand in the same gap, inserted or removed where
// only one side has one.
void diffParagraphs(const QStringList &before, const QStringList &after, const QString &section,
                    int subsection, QVector<ReportDiff::Paragraph> &out)
{
    const int n = int(before.size());
    const int m = int(after.size());
    QVector<QVector<int>> lcs(n + 1, QVector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = before[i] == after[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    using Op = ReportDiff::Paragraph::Op;
    QStringList removed, inserted;
    auto flushGap = [&] {
        const qsizetype common = qMin(removed.size(), inserted.size());
        for (qsizetype k = 0; k < common; ++k)
            out.append({ section, subsection, false, Op::Changed, removed[k], inserted[k] });
        for (qsizetype k = common; k < removed.size(); ++k)
            out.append({ section, subsection, false, Op::Removed, removed[k], QString() });
        for (qsizetype k = common; k < inserted.size(); ++k)
            out.append({ section, subsection, false, Op::Inserted, QString(), inserted[k] });
        removed.clear();
        inserted.clear();
    };
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[i] == after[j]) {
            flushGap();
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            inserted << after[j++];
        } else {
            removed << before[i++];
        }
    }
    flushGap();
}

QStringList texts(const QVector<nianbao::Paragraph> &ps)
{
    QStringList out;
    for (const nianbao::Paragraph &p : ps)
        out << p.text;
    return out;
}

} // namespace

ReportDiff ReportDiff::between(const Report &before, const Report &after)
{
    ReportDiff d;
    auto field = [&d](ReportField name, const QJsonValue &a, const QJsonValue &b) {
        if (a != b)
            d.fields.append({ ReportFields::key(name), a, b });
    };
    auto date = [](const QDate &date) {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
    };
    auto kind = [](BodyKind k) {
        return QString::fromLatin1(k == BodyKind::Government ? "government" : "department");
    };
    field(ReportField::Agency, before.agency, after.agency);
    field(ReportField::Year, before.year, after.year);
    field(ReportField::Title, before.title, after.title);
    field(ReportField::BodyKind, kind(before.bodyKind), kind(after.bodyKind));
    field(ReportField::SignatureOrganization, before.signature.organization, after.signature.organization);
    field(ReportField::SignatureDate, date(before.signature.date), date(after.signature.date));

    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c))
                    continue;
                const CellValue a = before.value(spec.id, r, c);
                const CellValue b = after.value(spec.id, r, c);
                if (!(a == b))
                    d.cells.append({ CellRef { spec.id, r, c }, a, b });
            }
        }
    }

    diffParagraphs(texts(before.preamble), texts(after.preamble), QStringLiteral("preamble"), -1,
                   d.paragraphs);
    for (int s = 0; s < SectionCount; ++s) {
        const QString key = ReportTemplate::sectionKey(static_cast<SectionId>(s));
        const Section &a = before.sections[s];
        const Section &b = after.sections[s];
        diffParagraphs(texts(a.paragraphs), texts(b.paragraphs), key, -1, d.paragraphs);
        const int subsections = int(qMax(a.subsections.size(), b.subsections.size()));
        for (int i = 0; i < subsections; ++i) {
            const QString headingA = i < a.subsections.size() ? a.subsections[i].heading : QString();
            const QString headingB = i < b.subsections.size() ? b.subsections[i].heading : QString();
            if (headingA != headingB) {
                const Paragraph::Op op = i >= a.subsections.size() ? Paragraph::Op::Inserted
                    : i >= b.subsections.size()                    ? Paragraph::Op::Removed
                                                                   : Paragraph::Op::Changed;
                d.paragraphs.append({ key, i, true, op, headingA, headingB });
            }
            diffParagraphs(i < a.subsections.size() ? texts(a.subsections[i].paragraphs) : QStringList(),
                           i < b.subsections.size() ? texts(b.subsections[i].paragraphs) : QStringList(), key,
                           i, d.paragraphs);
        }
    }
    return d;
}

QString ReportDiff::opKey(Paragraph::Op op)
{
    switch (op) {
    case Paragraph::Op::Inserted:
        return QStringLiteral("inserted");
    case Paragraph::Op::Removed:
        return QStringLiteral("removed");
    case Paragraph::Op::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QJsonObject ReportDiff::toJson() const
{
    QJsonArray cellList, fieldList, paragraphList;
    for (const Cell &c : cells) {
        const TableSpec &spec = ReportTemplate::official().table(c.cell.table);
        cellList.append(QJsonObject { { QStringLiteral("table"), spec.key },
                                      { QStringLiteral("row"), spec.rows[c.cell.row].key },
                                      { QStringLiteral("column"), spec.columns[c.cell.column].key },
                                      { QStringLiteral("old"), cellJson(c.before) },
                                      { QStringLiteral("new"), cellJson(c.after) } });
    }
    for (const Field &f : fields) {
        fieldList.append(QJsonObject { { QStringLiteral("field"), f.field },
                                       { QStringLiteral("old"), f.before },
                                       { QStringLiteral("new"), f.after } });
    }
    for (const Paragraph &p : paragraphs) {
        QJsonObject o { { QStringLiteral("section"), p.section }, { QStringLiteral("op"), opKey(p.op) } };
        if (p.subsection >= 0)
            o.insert(QStringLiteral("subsection"), p.subsection);
        if (p.heading)
            o.insert(QStringLiteral("heading"), true);
        if (p.op != Paragraph::Op::Inserted)
            o.insert(QStringLiteral("old"), p.before);
        if (p.op != Paragraph::Op::Removed)
            o.insert(QStringLiteral("new"), p.after);
        paragraphList.append(o);
    }
    return { { QStringLiteral("cells"), cellList },
             { QStringLiteral("fields"), fieldList },
             { QStringLiteral("paragraphs"), paragraphList } };
}

} // namespace nianbao
