#include "core/ReportLimits.h"

#include "core/Report.h"

#include <cmath>
#include <utility>

namespace nianbao {

bool ReportLimits::withinNumberLimits(const CellValue &value)
{
    return !value.isBeyondLimits() && !(value.isNumber() && !CellValue::holdsExactly(value.number()));
}

QString ReportLimits::spelled(const CellValue &value)
{
    if (!value.isNumber())
        return value.text();
    const double n = value.number();
    if (n == std::floor(n) && std::fabs(n) < 9e18)
        return QString::number(qint64(n));
    return QString::number(n, 'g', QLocale::FloatingPointShortest);
}

QString ReportLimits::beyondNumberLimits(const CellValue &value)
{
    return tr("%1 is past what a report holds: numbers up to %L2, with at most %3 significant digits")
        .arg(spelled(value))
        .arg(qint64(CellValue::MaxNumber))
        .arg(CellValue::MaxSignificantDigits);
}

bool ReportLimits::check(const Report &report, FormatError &error)
{
    qsizetype total = 0;
    qsizetype paragraphs = 0;
    auto tooLong = [&error](const QString &place, qsizetype length, qsizetype limit) {
        error.place = place;
        error.reason = tr("too long: %L1 characters (at most %L2)").arg(length).arg(limit);
        return false;
    };
    auto field = [&](const QString &place, const QString &text) {
        total += text.size();
        return text.size() <= MaxFieldLength || tooLong(place, text.size(), MaxFieldLength);
    };
    auto prose = [&](const QString &place, const QVector<Paragraph> &list) {
        for (int i = 0; i < list.size(); ++i) {
            total += list[i].text.size();
            if (list[i].text.size() > MaxParagraphLength)
                return tooLong(QStringLiteral("%1.paragraphs[%2]").arg(place).arg(i), list[i].text.size(),
                               MaxParagraphLength);
        }
        paragraphs += list.size();
        return true;
    };

    if (!field(QStringLiteral("$.agency"), report.agency) || !field(QStringLiteral("$.title"), report.title)
        || !field(QStringLiteral("$.signature.organization"), report.signature.organization)
        || !prose(QStringLiteral("$.preamble"), report.preamble))
        return false;
    for (int s = 0; s < SectionCount; ++s) {
        const QString place
            = QStringLiteral("$.sections.") + ReportTemplate::sectionKey(static_cast<SectionId>(s));
        const Section &section = report.sections[s];
        if (!prose(place, section.paragraphs))
            return false;
        for (int i = 0; i < section.subsections.size(); ++i) {
            const QString sub = QStringLiteral("%1.subsections[%2]").arg(place).arg(i);
            if (!field(sub + QStringLiteral(".heading"), section.subsections[i].heading)
                || !prose(sub, section.subsections[i].paragraphs))
                return false;
        }
    }
    for (const TableData &table : report.tables) {
        const TableSpec &spec = table.spec();
        for (int r = 0; r < spec.rows.size(); ++r) {
            for (int c = 0; c < spec.columns.size(); ++c) {
                // A computed total is held too: the text and DOCX forms write it as stated.
                const CellValue value = report.value(spec.id, r, c);
                const QString &text = value.text();
                total += text.size();
                const QString place = QStringLiteral("$.tables.%1.%2.%3")
                                          .arg(spec.key, spec.rows[r].key, spec.columns[c].key);
                if (text.size() > MaxCellLength)
                    return tooLong(place, text.size(), MaxCellLength);
                if (!withinNumberLimits(value)) {
                    error.place = place;
                    error.reason = beyondNumberLimits(value);
                    return false;
                }
            }
        }
    }
    if (paragraphs > MaxParagraphs) {
        error.place = QString();
        error.reason = tr("too many paragraphs: %L1 (at most %L2)").arg(paragraphs).arg(MaxParagraphs);
        return false;
    }
    if (report.annotations.size() > MaxAnnotations) {
        error.place = QStringLiteral("$.annotations");
        error.reason
            = tr("too many comments: %L1 (at most %L2)").arg(report.annotations.size()).arg(MaxAnnotations);
        return false;
    }
    // Comments and their replies count like prose: each as long as a paragraph may be, all of
    // them in the total (they go into the review copy's .docx and .pdf too).
    qsizetype replies = 0;
    for (int i = 0; i < report.annotations.size(); ++i) {
        const Annotation &a = report.annotations[i];
        // Said so that a reader of a PDF's notes or a Word file's comments can find it too:
        // who wrote it and how it begins, then its path in the interchange JSON.
        const QString place
            = tr("comment %1 by %2 (“%3…”)").arg(i + 1).arg(a.author.left(40), a.text.simplified().left(20))
            + QStringLiteral(", $.annotations[%1]").arg(i);
        for (const auto &[key, text] :
             { std::pair { "author", &a.author }, std::pair { "target.quote", &a.target.quote } }) {
            if (!field(place + QLatin1Char('.') + QLatin1String(key), *text))
                return false;
        }
        total += a.text.size();
        if (a.text.size() > MaxParagraphLength)
            return tooLong(place + QStringLiteral(".text"), a.text.size(), MaxParagraphLength);
        replies += a.replies.size();
        for (int r = 0; r < a.replies.size(); ++r) {
            total += a.replies[r].text.size() + a.replies[r].author.size();
            if (a.replies[r].text.size() > MaxParagraphLength)
                return tooLong(QStringLiteral("%1.replies[%2].text").arg(place).arg(r),
                               a.replies[r].text.size(), MaxParagraphLength);
        }
    }
    qsizetype sources = 0;
    for (auto it = report.sources.cbegin(); it != report.sources.cend(); ++it) {
        sources += it.value().size();
        const QVector<CellSource> &list = it.value();
        for (int i = 0; i < list.size(); ++i) {
            const QString place = QStringLiteral("$.sources.%1[%2]").arg(it.key()).arg(i);
            if (!field(place, list[i].from))
                return false;
            if (!withinNumberLimits(list[i].value)) {
                error.place = place + QStringLiteral(".value");
                error.reason = beyondNumberLimits(list[i].value);
                return false;
            }
        }
    }
    if (sources > MaxSources) {
        error.place = QStringLiteral("$.sources");
        error.reason = tr("too many summed values: %L1 (at most %L2)").arg(sources).arg(MaxSources);
        return false;
    }
    if (replies > MaxAnnotations) {
        error.place = QStringLiteral("$.annotations");
        error.reason = tr("too many replies to comments: %L1 (at most %L2)").arg(replies).arg(MaxAnnotations);
        return false;
    }
    if (total > MaxTotalLength) {
        error.place = QString();
        error.reason
            = tr("too much text for a report: %L1 characters (at most %L2)").arg(total).arg(MaxTotalLength);
        return false;
    }
    return true;
}

} // namespace nianbao
