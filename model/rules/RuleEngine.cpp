#include "rules/RuleEngine.h"

#include "base/TextNormalizer.h"
#include "content/ContentHash.h"
#include "rules/ProseRepetition.h"
#include "rules/TextRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

QString show(const CellValue &v)
{
    return v.isBlank() ? RuleEngine::tr("blank") : v.toString();
}

// Where a cell is, in words a person finds it by: row label and column label.
QString cellName(const CellRef &ref)
{
    const TableSpec &spec = ReportTemplate::official().table(ref.table);
    const RowSpec &row = spec.rows[ref.row];
    QString rowName = row.label;
    if (!row.subgroupLabel.isEmpty())
        rowName = row.subgroupLabel + rowName;
    return QStringLiteral("%1 / %2").arg(rowName, spec.columns[ref.column].label);
}

bool equal(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}

} // namespace

QStringList RuleEngine::ruleIds()
{
    return {
        QStringLiteral("applications.balance"),
        QStringLiteral("applications.rowTotal"),
        QStringLiteral("applications.processedTotal"),
        QStringLiteral("reviewLitigation.total"),
        QStringLiteral("cell.blank"),
        QStringLiteral("cell.invalid"),
        QStringLiteral("text.numberMismatch"),
        QStringLiteral("section.missing"),
        QStringLiteral("section.thin"),
        QStringLiteral("fees.unreported"),
        QStringLiteral("year.inconsistent"),
        QStringLiteral("signature.date"),
        QStringLiteral("crossYear.carriedIn"),
        QStringLiteral("crossYear.inForce"),
        QStringLiteral("crossYear.notPrevious"),
        QStringLiteral("crossYear.repeatedText"),
        QStringLiteral("template.outdated"),
        QStringLiteral("import.incomplete"),
        QStringLiteral("heading.nonstandard"),
        QStringLiteral("review.changedSinceSubmission"),
        // Found by ReportSum over several reports, not by check() on one.
        QStringLiteral("sum.mixedYears"),
        QStringLiteral("sum.duplicateAgency"),
    };
}

Findings RuleEngine::check(const Report &report, const Report *previous)
{
    return check(report, previous, nullptr);
}

Findings RuleEngine::check(const Report &report, const Report *previous,
                           const QSet<QString> *previousSentences)
{
    Findings out;
    out.reserve(16);
    if (!report.importNotes.outdatedTemplateReason.isEmpty()) {
        QString message = tr("The report uses the 2019 trial table layout (%1); use the 2021 template "
                             "(国办公开办函〔2021〕30号).")
                              .arg(report.importNotes.outdatedTemplateReason);
        if (!report.importNotes.outdatedWithoutPlace.isEmpty())
            message += QLatin1Char(' ')
                + tr("Numbers with no place in the 2021 layout were not read: %1.")
                      .arg(report.importNotes.outdatedWithoutPlace.join(QStringLiteral("、")));
        out.append({ QStringLiteral("template.outdated"), Severity::Error,
                     ReportPlace::ofTable(report.importNotes.outdatedTable), message, false });
    }
    checkImport(report, out);
    checkIdentities(report, out);
    checkCells(report, out);
    if (previous && isPreviousYear(report, *previous, out))
        checkCrossYear(report, *previous, out, previousSentences);
    TextRules::check(report, out);
    checkReview(report, out);
    return out;
}

void RuleEngine::checkReview(const Report &report, Findings &out)
{
    // Only a submitted report pays for the hash: a draft has nothing to compare with.
    const ReviewEvent *submission = report.review.lastSubmission();
    if (!submission || submission->contentHash.isEmpty()
        || ContentHash::of(report) == submission->contentHash)
        return;
    out.append({ QStringLiteral("review.changedSinceSubmission"), Severity::Warning,
                 ReportPlace::ofField(ReportField::Review),
                 tr("The content was changed after it was submitted for review by %1 on %2.")
                     .arg(submission->by, submission->at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 false });
}

QString RuleEngine::tableName(TableId table)
{
    switch (table) {
    case TableId::Proactive:
        return tr("Table 2 (proactive disclosure)");
    case TableId::Applications:
        return tr("Table 3 (applications)");
    case TableId::ReviewLitigation:
        return tr("Table 4 (reconsideration and litigation)");
    }
    return QString();
}

void RuleEngine::checkImport(const Report &report, Findings &out)
{
    using Incomplete = ImportNotes::IncompleteTable;
    for (Incomplete t : report.importNotes.incompleteTables) {
        const TableSpec &spec = ReportTemplate::official().table(t.table);
        // A row typed in since the import is no longer missing, and a row of totals only
        // (（七）总计) is computed from the others.
        const TableData &data = report.table(t.table);
        const auto filled = [&](int r) {
            bool computedOnly = true;
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c))
                    continue;
                computedOnly &= spec.isComputed(r, c);
                if (!data.isAutomatic(r, c) && !data.stored(r, c).isBlank())
                    return true;
            }
            return computedOnly;
        };
        t.missingRows.erase(std::remove_if(t.missingRows.begin(), t.missingRows.end(), filled),
                            t.missingRows.end());
        if (t.missingRows.isEmpty())
            continue;
        QStringList rows;
        for (int r : t.missingRows) {
            const RowSpec &row = spec.rows[r];
            rows << (row.subgroupLabel.isEmpty() || row.label.startsWith(row.subgroupLabel)
                         ? row.label
                         : row.subgroupLabel + row.label);
        }
        const int read = spec.rowCount() - int(t.missingRows.size());
        // A long list helps nobody: the first rows, then how many more.
        constexpr int MaxNamed = 6;
        if (rows.size() > MaxNamed) {
            const int more = int(rows.size()) - MaxNamed;
            rows = rows.mid(0, MaxNamed);
            rows << tr("and %n more", nullptr, more);
        }
        QString message;
        if (t.cause == Incomplete::Cause::Picture)
            message
                = tr("%1 is a picture in the page: its numbers cannot be read and were left blank; type them "
                     "in from the picture.")
                      .arg(tableName(t.table));
        else if (t.cause == Incomplete::Cause::Unplaced)
            message = tr("%1: its numbers are in the file, but not where each belongs (row and column): they "
                         "were not placed and its cells were left blank.")
                          .arg(tableName(t.table));
        else if (!t.tableFound || read == 0)
            message
                = tr("%1 was not found in the imported file, or none of its rows could be read: its cells "
                     "were left blank.")
                      .arg(tableName(t.table));
        else
            message = tr("%1: %2 of %3 rows read; not found: %4.")
                          .arg(tableName(t.table))
                          .arg(read)
                          .arg(spec.rowCount())
                          .arg(rows.join(QStringLiteral("、")));
        // The jump goes to the first cell left blank.
        ReportPlace where = ReportPlace::ofTable(t.table);
        if (!t.missingRows.isEmpty()) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (spec.hasCell(t.missingRows.first(), c)) {
                    where = ReportPlace::ofCell({ t.table, t.missingRows.first(), c });
                    break;
                }
            }
        }
        out.append({ QStringLiteral("import.incomplete"), Severity::Error, where, message, false });
    }
    for (const ImportNotes::RowByPlace &guess : report.importNotes.rowsReadByPlace) {
        const RowSpec &row = ReportTemplate::official().table(guess.table).rows[guess.row];
        out.append(
            { QStringLiteral("import.incomplete"), Severity::Info,
              ReportPlace::ofCell({ guess.table, guess.row, 0 }),
              tr("%1: the row printed as “%2” was read as “%3” by its place between the rows around it; "
                 "check its numbers.")
                  .arg(tableName(guess.table), guess.printedLabel, row.label),
              false });
    }
    if (const int n = report.importNotes.unthreadedComments; n > 0)
        out.append(
            { QStringLiteral("import.incomplete"), Severity::Warning, ReportPlace::ofReport(),
              tr("%n review comment(s) or reply(s) could not be placed: the file links them to a comment "
                 "that is not there, or to each other in a loop, or gives two of them one id. They are "
                 "kept as comments on the whole report; check the comments list.",
                 nullptr, n),
              false });
}

void RuleEngine::checkCells(const Report &report, Findings &out)
{
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        const TableData &table = report.table(spec.id);
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c) || table.isAutomatic(r, c))
                    continue;
                const CellValue &v = table.stored(r, c);
                const CellRef ref { spec.id, r, c };
                if (v.isBlank()) {
                    out.append(
                        { QStringLiteral("cell.blank"), Severity::Warning, ReportPlace::ofCell(ref),
                          v.text().isEmpty()
                              ? tr("%1 is blank; write 0 when nothing happened.").arg(cellName(ref))
                              : tr("%1 is “%2”; write 0 when nothing happened.").arg(cellName(ref), v.text()),
                          false });
                } else if (v.isInvalid()) {
                    out.append({ QStringLiteral("cell.invalid"), Severity::Error, ReportPlace::ofCell(ref),
                                 tr("%1: “%2” is not a number.").arg(cellName(ref), v.text()), false });
                } else if (v.number() < 0) {
                    out.append({ QStringLiteral("cell.invalid"), Severity::Error, ReportPlace::ofCell(ref),
                                 tr("%1: %2 is negative.").arg(cellName(ref), v.toString()), false });
                } else if (!v.isWholeNumber() && !spec.allowsDecimals(r, c)) {
                    out.append({ QStringLiteral("cell.invalid"), Severity::Error, ReportPlace::ofCell(ref),
                                 tr("%1: %2 is not a whole number.").arg(cellName(ref), v.toString()),
                                 false });
                }
            }
        }
    }
}

void RuleEngine::checkIdentities(const Report &report, Findings &out)
{
    const ReportTemplate &tpl = ReportTemplate::official();
    for (const Identity &identity : tpl.identities()) {
        if (identity.computes) {
            const CellRef &target = identity.totals.first();
            if (report.table(target.table).isAutomatic(target.row, target.column))
                continue; // computed from its parts: holds by construction
        }
        double parts = 0.0, totals = 0.0;
        bool anyNumber = false, anyInvalid = false;
        for (const CellRef &ref : identity.parts) {
            const CellValue v = report.value(ref);
            anyInvalid |= v.isInvalid();
            anyNumber |= v.isNumber();
            parts += v.sumValue();
        }
        for (const CellRef &ref : identity.totals) {
            const CellValue v = report.value(ref);
            anyInvalid |= v.isInvalid();
            anyNumber |= v.isNumber();
            totals += v.sumValue();
        }
        // An invalid cell is reported by cell.invalid; sums through it mean nothing.
        if (anyInvalid || !anyNumber || equal(parts, totals))
            continue;

        const CellRef &at = identity.location;
        const TableSpec &spec = tpl.table(at.table);
        const QString column = spec.columns[at.column].label;
        Finding f;
        f.rule = identity.ruleId;
        f.severity = Severity::Error;
        f.location = ReportPlace::ofCell(at);
        f.canUseComputedValue = identity.computes;
        const QString stated = show(report.value(identity.totals.first()));
        if (identity.ruleId == u"applications.rowTotal") {
            f.message = tr("%1: 总计 is %2, but the applicant columns add up to %3.")
                            .arg(spec.rows[at.row].label, stated, CellValue::number(parts).toString());
        } else if (identity.ruleId == u"applications.processedTotal") {
            f.message = tr("Column %1: （七）总计 is %2, but the results （一）–（六） add up to %3.")
                            .arg(column, stated, CellValue::number(parts).toString());
        } else if (identity.ruleId == u"reviewLitigation.total") {
            f.message = tr("%1: 总计 is %2, but 维持 + 纠正 + 其他 + 尚未审结 = %3.")
                            .arg(spec.rows[at.row].label, stated, CellValue::number(parts).toString());
        } else {
            f.message
                = tr("Column %1 does not balance: 新收 + 上年结转 = %2, but 办理结果总计 + 结转下年度 = %3.")
                      .arg(column, CellValue::number(parts).toString(), CellValue::number(totals).toString());
        }
        out.append(f);
    }
}

bool RuleEngine::isPreviousYear(const Report &report, const Report &previous, Findings &out)
{
    const QString agency = TextNormalizer::compact(report.agency);
    const QString previousAgency = TextNormalizer::compact(previous.agency);
    QString why;
    if (!agency.isEmpty() && !previousAgency.isEmpty() && agency != previousAgency)
        why = tr("it is the report of %1, not of %2").arg(previous.agency, report.agency);
    else if (report.year > 0 && previous.year > 0 && previous.year != report.year - 1)
        why = tr("it is the report for %1, not for %2").arg(previous.year).arg(report.year - 1);
    if (why.isEmpty())
        return true;
    out.append(
        { QStringLiteral("crossYear.notPrevious"), Severity::Warning,
          ReportPlace::ofField(ReportField::PreviousYear),
          tr("The report attached as last year's is not last year's: %1. The cross-year checks are not run.")
              .arg(why),
          false });
    return false;
}

void RuleEngine::checkCrossYear(const Report &report, const Report &previous, Findings &out,
                                const QSet<QString> *previousSentences)
{
    const ReportTemplate &tpl = ReportTemplate::official();
    const TableSpec &apps = tpl.table(TableId::Applications);
    const int carriedIn = apps.rowIndex(u"carriedIn");
    const int carriedOut = apps.rowIndex(u"carriedOut");
    for (int c = 0; c < apps.columnCount(); ++c) {
        const CellValue now = report.value(TableId::Applications, carriedIn, c);
        const CellValue before = previous.value(TableId::Applications, carriedOut, c);
        if (now.isInvalid() || before.isInvalid() || (now.isBlank() && before.isBlank()))
            continue;
        if (!equal(now.sumValue(), before.sumValue())) {
            out.append({ QStringLiteral("crossYear.carriedIn"), Severity::Error,
                         ReportPlace::ofCell({ TableId::Applications, carriedIn, c }),
                         tr("Column %1: 上年结转 is %2, but last year's report carried %3 over (结转下年度).")
                             .arg(apps.columns[c].label, show(now), show(before)),
                         false });
        }
    }

    const TableSpec &pro = tpl.table(TableId::Proactive);
    const int issued = pro.columnIndex(u"issued");
    const int repealed = pro.columnIndex(u"repealed");
    const int inForce = pro.columnIndex(u"inForce");
    for (const char16_t *rowKey : { u"regulations", u"normativeDocuments" }) {
        const int r = pro.rowIndex(rowKey);
        const CellValue now = report.value(TableId::Proactive, r, inForce);
        const CellValue before = previous.value(TableId::Proactive, r, inForce);
        if (!now.isNumber() || !before.isNumber())
            continue;
        const double expected = before.number() + report.value(TableId::Proactive, r, issued).sumValue()
            - report.value(TableId::Proactive, r, repealed).sumValue();
        if (!equal(now.number(), expected)) {
            out.append({ QStringLiteral("crossYear.inForce"), Severity::Info,
                         ReportPlace::ofCell({ TableId::Proactive, r, inForce }),
                         tr("%1: 现行有效 is %2; last year's %3 + 本年制发 − 本年废止 gives %4. If documents "
                            "were cleaned up, say so in the text.")
                             .arg(pro.rows[r].label, now.toString(), before.toString(),
                                  CellValue::number(expected).toString()),
                         false });
        }
    }

    // Prose copied from last year: section 五 most of all (a warning), any other section of
    // some length almost whole (an info).
    const ProseRepetition prose = previousSentences
        ? ProseRepetition::measureAgainst(report, *previousSentences)
        : ProseRepetition::measure(report, previous);
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        const std::optional<double> rate = prose.sections[s];
        if (!rate)
            continue;
        const bool problems = id == SectionId::Problems;
        if (problems ? *rate < ProseRepetition::ProblemsWarning
                     : *rate <= ProseRepetition::OtherSectionInfo
                    || prose.characters[s] < ProseRepetition::OtherSectionMinimum)
            continue;
        const QString percent = QString::number(qRound(*rate * 100));
        out.append({ QStringLiteral("crossYear.repeatedText"), problems ? Severity::Warning : Severity::Info,
                     ReportPlace::ofSection(id),
                     problems
                         ? tr("%1 repeats %2% of its text from last year's report; the problems and their "
                              "improvement should be this year's.")
                               .arg(ReportTemplate::sectionHeading(id), percent)
                         : tr("%1 repeats %2% of its text from last year's report.")
                               .arg(ReportTemplate::sectionHeading(id), percent),
                     false });
    }
}

} // namespace nianbao
