#include "io/json/JsonCodec.h"

#include "content/AnnotationJson.h"
#include "content/JsonReader.h"
#include "content/ReportJson.h"
#include "core/Report.h"
#include "core/ReportLimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace nianbao {

namespace {

using Style = JsonCodec::Style;

using Keys = ReportJson::Keys;

/// A JSON number as written, where Qt kept it exactly: an integer literal within 64 bits stays
/// an integer (9007199254740993), any other is a double, said in its shortest exact spelling.
QString exactSpelling(const QJsonValue &v)
{
    const qint64 whole = v.toInteger(std::numeric_limits<qint64>::min());
    if (whole != std::numeric_limits<qint64>::min())
        return QString::number(whole);
    return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
}

// Reading helpers: each checks the type and reports the JSON path of a mismatch.
class Reader : public JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::JsonCodec)

public:
    using JsonReader::JsonReader;

    bool paragraphs(const QJsonValue &value, const QString &path, QVector<Paragraph> &out)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(path, tr("expected a list of paragraphs"));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QJsonValue item = array[i];
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (item.isString()) {
                out.append({ QString(), item.toString() });
            } else if (item.isObject()) {
                const QJsonObject o = item.toObject();
                Paragraph p;
                if (!string(o, Keys::anchor, itemPath, p.anchor) || !string(o, Keys::text, itemPath, p.text))
                    return false;
                out.append(p);
            } else {
                return fail(itemPath, tr("expected a paragraph (text)"));
            }
        }
        return true;
    }

    bool cell(const QJsonValue &v, const QString &path, CellValue &out)
    {
        if (v.isUndefined() || v.isNull())
            out = CellValue::blank();
        else if (v.isDouble() && !CellValue::holdsExactly(v.toDouble()))
            // Said as written where Qt kept it exactly (an integer literal within 64 bits).
            return fail(path, ReportLimits::beyondNumberLimits(CellValue::parse(exactSpelling(v))));
        else if (v.isDouble())
            out = CellValue::number(v.toDouble());
        else if (v.isString())
            out = CellValue::parse(v.toString()); // "12" from a spreadsheet export is 12
        else
            return fail(path, tr("expected a number or null"));
        return true;
    }

    // A summary report's provenance (native files only): {"<cell anchor>": [{"from", "value"}]}.
    bool sources(const QJsonValue &value, QHash<QString, QVector<CellSource>> &out)
    {
        const QString path = QStringLiteral("$.sources");
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(path, tr("expected an object of cells"));
        const QJsonObject cells = value.toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const QString cellPath = path + QLatin1Char('.') + it.key();
            if (!it.value().isArray())
                return fail(cellPath, tr("expected a list of summed reports"));
            QVector<CellSource> list;
            const QJsonArray items = it.value().toArray();
            for (int i = 0; i < items.size(); ++i) {
                const QString itemPath = QStringLiteral("%1[%2]").arg(cellPath).arg(i);
                CellSource source;
                if (!items[i].isObject()
                    || !string(items[i].toObject(), QStringLiteral("from"), itemPath, source.from))
                    return fail(itemPath, tr("expected a summed report with from and value"));
                if (!cell(items[i].toObject().value(QStringLiteral("value")),
                          itemPath + QStringLiteral(".value"), source.value))
                    return false;
                list.append(source);
            }
            out.insert(it.key(), list);
        }
        return true;
    }

    // Submission and review state (docs/interchange.md, "Review").
    bool review(const QJsonValue &value, Review &out)
    {
        const QString path = QStringLiteral("$.review");
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(path, tr("expected an object with state and history"));
        const QJsonObject o = value.toObject();
        const auto state
            = Review::stateFromKey(o.value(QStringLiteral("state")).toString(QStringLiteral("draft")));
        if (!state)
            return fail(path + QStringLiteral(".state"),
                        tr("expected draft, submitted, returned or approved"));
        Review review;
        review.state = *state;
        const QJsonValue history = o.value(QStringLiteral("history"));
        if (!history.isUndefined() && !history.isArray())
            return fail(path + QStringLiteral(".history"), tr("expected a list of review steps"));
        const QJsonArray steps = history.toArray();
        for (int i = 0; i < steps.size(); ++i) {
            const QString stepPath = QStringLiteral("%1.history[%2]").arg(path).arg(i);
            const QJsonObject step = steps[i].toObject();
            const auto stepState = Review::stateFromKey(step.value(QStringLiteral("state")).toString());
            if (!steps[i].isObject() || !stepState)
                return fail(stepPath, tr("expected a review step with state, by and at"));
            ReviewEvent event;
            event.state = *stepState;
            event.by = step.value(QStringLiteral("by")).toString();
            event.at = QDateTime::fromString(step.value(QStringLiteral("at")).toString(), Qt::ISODate);
            if (!event.at.isValid())
                return fail(stepPath + QStringLiteral(".at"),
                            tr("expected a time such as 2025-01-18T16:00:00+08:00"));
            event.contentHash = step.value(QStringLiteral("contentHash")).toString();
            if (!event.contentHash.isEmpty() && !isContentHash(event.contentHash))
                return fail(stepPath + QStringLiteral(".contentHash"),
                            tr("expected sha256: and 64 hexadecimal digits"));
            review.history.append(event);
        }
        out = review;
        return true;
    }

    static bool isContentHash(const QString &hash)
    {
        static const QRegularExpression form(QStringLiteral("^sha256:[0-9a-f]{64}$"));
        return form.match(hash).hasMatch();
    }
};

} // namespace

QString JsonCodec::formatTag(Style style)
{
    return ReportJson::formatTag(style);
}

QJsonObject JsonCodec::toJson(const Report &report, Style style)
{
    return ReportJson::toJson(report, style);
}

bool JsonCodec::fromJson(const QJsonObject &root, Style style, Report &out, FormatError &error)
{
    Reader in(error);
    const QString expectedTag = formatTag(style);
    const QJsonValue tag = root.value(Keys::format);
    if (!tag.isUndefined() && tag.toString() != expectedTag
        && !(style == Style::Interchange && tag.toString() == formatTag(Style::Native)))
        return in.fail(
            QStringLiteral("$.format"),
            tr("this is not a Nianbao report (format “%1”, expected “%2”)").arg(tag.toString(), expectedTag));
    const int supported = style == Style::Native ? NativeVersion : InterchangeVersion;
    const QJsonValue version = root.value(Keys::formatVersion);
    // A JSON number is a double: 1e308 or 1.5 must not pass for version 1.
    const double number = version.toDouble(1);
    if (!version.isUndefined() && (!version.isDouble() || number != std::floor(number) || number < 1))
        return in.fail(QStringLiteral("$.formatVersion"), tr("expected a whole number such as 1"));
    if (number > supported)
        return in.fail(QStringLiteral("$.formatVersion"),
                       tr("written by a newer Nianbao (format version %1; this version reads up to %2); "
                          "please update Nianbao")
                           .arg(number, 0, 'g', 17)
                           .arg(supported));

    Report report;
    if (!in.string(root, QStringLiteral("agency"), QStringLiteral("$"), report.agency)
        || !in.string(root, QStringLiteral("title"), QStringLiteral("$"), report.title))
        return false;
    // A year is a whole number of at most four digits: 2^40 must not become 0 or wrap.
    const QJsonValue year = root.value(QStringLiteral("year"));
    const double yearNumber = year.isString() ? year.toString().trimmed().toDouble() : year.toDouble(-1);
    if ((year.isDouble() || year.isString()) && yearNumber >= 1 && yearNumber <= 9999
        && yearNumber == std::floor(yearNumber))
        report.year = int(yearNumber);
    else if (!year.isUndefined() && !year.isNull())
        return in.fail(QStringLiteral("$.year"), tr("expected a year such as 2024"));
    report.bodyKind = root.value(QStringLiteral("bodyKind")).toString() == u"government"
        ? BodyKind::Government
        : BodyKind::Department;
    if (!in.paragraphs(root.value(QStringLiteral("preamble")), QStringLiteral("$.preamble"), report.preamble))
        return false;

    const QJsonValue sectionsValue = root.value(QStringLiteral("sections"));
    if (!sectionsValue.isUndefined() && !sectionsValue.isObject())
        return in.fail(QStringLiteral("$.sections"), tr("expected an object of sections"));
    const QJsonObject sections = sectionsValue.toObject();
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        const QString key = ReportTemplate::sectionKey(id);
        const QString path = QStringLiteral("$.sections.") + key;
        Section &section = report.sections[s];
        const QJsonValue v = sections.value(key);
        section.present = !(v.isUndefined() || v.isNull());
        if (!section.present)
            continue;
        if (!v.isObject())
            return in.fail(path, tr("expected an object with paragraphs"));
        const QJsonObject o = v.toObject();
        if (!in.paragraphs(o.value(Keys::paragraphs), path + QStringLiteral(".paragraphs"),
                           section.paragraphs))
            return false;
        const QJsonValue subs = o.value(Keys::subsections);
        if (subs.isUndefined() || subs.isNull())
            continue;
        if (!subs.isArray())
            return in.fail(path + QStringLiteral(".subsections"), tr("expected a list of subsections"));
        const QJsonArray array = subs.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString subPath = QStringLiteral("%1.subsections[%2]").arg(path).arg(i);
            if (!array[i].isObject())
                return in.fail(subPath, tr("expected a subsection with a heading and paragraphs"));
            const QJsonObject so = array[i].toObject();
            Subsection sub;
            if (!in.string(so, Keys::anchor, subPath, sub.anchor)
                || !in.string(so, Keys::heading, subPath, sub.heading)
                || !in.paragraphs(so.value(Keys::paragraphs), subPath + QStringLiteral(".paragraphs"),
                                  sub.paragraphs))
                return false;
            section.subsections.append(sub);
        }
    }

    const QJsonValue tablesValue = root.value(QStringLiteral("tables"));
    if (!tablesValue.isUndefined() && !tablesValue.isObject())
        return in.fail(QStringLiteral("$.tables"), tr("expected an object of tables"));
    const QJsonObject tables = tablesValue.toObject();
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        const QString tablePath = QStringLiteral("$.tables.") + spec.key;
        const QJsonValue tv = tables.value(spec.key);
        if (tv.isUndefined() || tv.isNull())
            continue;
        if (!tv.isObject())
            return in.fail(tablePath, tr("expected an object of rows"));
        const QJsonObject t = tv.toObject();
        TableData &data = report.table(spec.id);
        for (int r = 0; r < spec.rowCount(); ++r) {
            const QString rowPath = tablePath + QLatin1Char('.') + spec.rows[r].key;
            const QJsonValue rv = t.value(spec.rows[r].key);
            if (rv.isUndefined() || rv.isNull())
                continue;
            if (!rv.isObject())
                return in.fail(rowPath, tr("expected an object of cells"));
            const QJsonObject row = rv.toObject();
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c))
                    continue;
                CellValue value;
                if (!in.cell(row.value(spec.columns[c].key), rowPath + QLatin1Char('.') + spec.columns[c].key,
                             value))
                    return false;
                data.setStored(r, c, value);
                data.setAutomatic(r, c, false); // stated; adoptMatchingTotals() decides
            }
        }
    }
    report.adoptMatchingTotals();

    const QJsonValue sigValue = root.value(QStringLiteral("signature"));
    if (sigValue.isObject()) {
        const QJsonObject sig = sigValue.toObject();
        if (!in.string(sig, QStringLiteral("organization"), QStringLiteral("$.signature"),
                       report.signature.organization))
            return false;
        QString date;
        if (!in.string(sig, QStringLiteral("date"), QStringLiteral("$.signature"), date))
            return false;
        if (!date.isEmpty()) {
            report.signature.date = QDate::fromString(date, Qt::ISODate);
            if (!report.signature.date.isValid())
                return in.fail(QStringLiteral("$.signature.date"),
                               tr("“%1” is not a date in the form 2024-01-31").arg(date));
        }
    } else if (!sigValue.isUndefined() && !sigValue.isNull()) {
        return in.fail(QStringLiteral("$.signature"), tr("expected an object with organization and date"));
    }

    if (!AnnotationJson::fromJson(root.value(QStringLiteral("annotations")), report.annotations, error)
        || !in.review(root.value(QStringLiteral("review")), report.review))
        return false;

    if (style == Style::Native && !in.sources(root.value(QStringLiteral("sources")), report.sources))
        return false;
    const QJsonValue next = root.value(QStringLiteral("nextAnchor"));
    if (next.isDouble())
        report.setAnchorCounter(qMax(1, next.toInt()));
    // Anchors must be unique: a hand-edited file may repeat one, and then the later
    // paragraph gets a fresh anchor rather than sharing the first one's annotations.
    int highest = 0;
    QSet<QString> seen;
    auto claim = [&](QString &anchor) {
        if (anchor.isEmpty())
            return;
        if (seen.contains(anchor)) {
            anchor.clear();
            return;
        }
        seen.insert(anchor);
        if (anchor.startsWith(QLatin1Char('p')))
            highest = qMax(highest, QStringView(anchor).mid(1).toInt());
    };
    for (Paragraph &p : report.preamble)
        claim(p.anchor);
    for (Section &s : report.sections) {
        for (Paragraph &p : s.paragraphs)
            claim(p.anchor);
        for (Subsection &sub : s.subsections) {
            claim(sub.anchor);
            for (Paragraph &p : sub.paragraphs)
                claim(p.anchor);
        }
    }
    report.setAnchorCounter(qMax(report.anchorCounter(), highest + 1));
    report.assignMissingAnchors();
    AnnotationAnchors::bind(report);

    out = report;
    return true;
}

bool JsonCodec::parseObject(const QByteArray &bytes, QJsonObject &object, FormatError &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        error.place = tr("line %1, column %2").arg(line).arg(column);
        error.reason = tr("not valid JSON (%1)").arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        error.reason = tr("not a report: the JSON file holds no object");
        return false;
    }
    object = doc.object();
    return true;
}

} // namespace nianbao
