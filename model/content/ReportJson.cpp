#include "content/ReportJson.h"

#include "content/AnnotationJson.h"
#include "core/Report.h"

#include <QJsonArray>

namespace nianbao {

const QString ReportJson::Keys::format = QStringLiteral("format");
const QString ReportJson::Keys::formatVersion = QStringLiteral("formatVersion");
const QString ReportJson::Keys::paragraphs = QStringLiteral("paragraphs");
const QString ReportJson::Keys::subsections = QStringLiteral("subsections");
const QString ReportJson::Keys::heading = QStringLiteral("heading");
const QString ReportJson::Keys::anchor = QStringLiteral("anchor");
const QString ReportJson::Keys::text = QStringLiteral("text");

namespace {

using Style = ReportJson::Style;

using Keys = ReportJson::Keys;

QJsonValue cellToJson(const CellValue &v)
{
    switch (v.kind()) {
    case CellValue::Kind::Blank:
        return QJsonValue::Null;
    case CellValue::Kind::Number:
        return v.number();
    case CellValue::Kind::Invalid:
        return v.text(); // kept so that the check can name it
    }
    return QJsonValue::Null;
}

QJsonArray paragraphsToJson(const QVector<Paragraph> &ps, Style style)
{
    QJsonArray out;
    for (const Paragraph &p : ps) {
        if (style == Style::Native)
            out.append(QJsonObject { { Keys::anchor, p.anchor }, { Keys::text, p.text } });
        else
            out.append(p.text);
    }
    return out;
}

QJsonObject reviewToJson(const Review &review)
{
    QJsonArray history;
    for (const ReviewEvent &e : review.history) {
        QJsonObject o { { QStringLiteral("state"), Review::stateKey(e.state) },
                        { QStringLiteral("by"), e.by },
                        { QStringLiteral("at"), e.at.toString(Qt::ISODate) } };
        if (!e.contentHash.isEmpty())
            o.insert(QStringLiteral("contentHash"), e.contentHash);
        history.append(o);
    }
    return { { QStringLiteral("state"), Review::stateKey(review.state) },
             { QStringLiteral("history"), history } };
}

} // namespace

QString ReportJson::formatTag(Style style)
{
    return style == Style::Native ? QStringLiteral("nianbao.document") : QStringLiteral("nianbao.report");
}

QJsonObject ReportJson::toJson(const Report &report, Style style)
{
    QJsonObject root;
    root.insert(Keys::format, formatTag(style));
    root.insert(Keys::formatVersion, style == Style::Native ? NativeVersion : InterchangeVersion);
    root.insert(QStringLiteral("agency"), report.agency);
    root.insert(QStringLiteral("year"), report.year);
    root.insert(QStringLiteral("title"), report.title);
    root.insert(QStringLiteral("bodyKind"),
                report.bodyKind == BodyKind::Government ? QStringLiteral("government")
                                                        : QStringLiteral("department"));
    root.insert(QStringLiteral("preamble"), paragraphsToJson(report.preamble, style));

    QJsonObject sections;
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        const Section &section = report.sections[s];
        if (!section.present)
            continue; // absent stays absent: section.missing on the next check
        QJsonObject o;
        o.insert(Keys::paragraphs, paragraphsToJson(section.paragraphs, style));
        if (ReportTemplate::sectionHasSubsections(id)) {
            QJsonArray subs;
            for (const Subsection &sub : section.subsections) {
                QJsonObject so;
                if (style == Style::Native)
                    so.insert(Keys::anchor, sub.anchor);
                so.insert(Keys::heading, sub.heading);
                so.insert(Keys::paragraphs, paragraphsToJson(sub.paragraphs, style));
                subs.append(so);
            }
            o.insert(Keys::subsections, subs);
        }
        sections.insert(ReportTemplate::sectionKey(id), o);
    }
    root.insert(QStringLiteral("sections"), sections);

    QJsonObject tables;
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        QJsonObject t;
        for (int r = 0; r < spec.rowCount(); ++r) {
            QJsonObject row;
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (spec.hasCell(r, c))
                    row.insert(spec.columns[c].key, cellToJson(report.value(spec.id, r, c)));
            }
            t.insert(spec.rows[r].key, row);
        }
        tables.insert(spec.key, t);
    }
    root.insert(QStringLiteral("tables"), tables);

    QJsonObject signature;
    signature.insert(QStringLiteral("organization"),
                     report.signature.organization.isEmpty() ? QJsonValue()
                                                             : QJsonValue(report.signature.organization));
    signature.insert(QStringLiteral("date"),
                     report.signature.date.isValid() ? QJsonValue(report.signature.date.toString(Qt::ISODate))
                                                     : QJsonValue());
    root.insert(QStringLiteral("signature"), signature);
    root.insert(QStringLiteral("annotations"), AnnotationJson::toJson(report, style == Style::Native));
    if (!report.review.isEmpty())
        root.insert(QStringLiteral("review"), reviewToJson(report.review));
    if (style == Style::Native) {
        root.insert(QStringLiteral("nextAnchor"), report.anchorCounter());
        if (!report.sources.isEmpty()) { // a summary's provenance: the editor's, not the interchange's
            QJsonObject sources;
            for (auto it = report.sources.cbegin(); it != report.sources.cend(); ++it) {
                QJsonArray list;
                for (const CellSource &s : it.value())
                    list.append(QJsonObject { { QStringLiteral("from"), s.from },
                                              { QStringLiteral("value"), cellToJson(s.value) } });
                sources.insert(it.key(), list);
            }
            root.insert(QStringLiteral("sources"), sources);
        }
    }
    return root;
}

} // namespace nianbao
