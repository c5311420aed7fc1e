#include "core/ProseScanner.h"

#include "base/ChineseNumerals.h"
#include "base/TextNormalizer.h"

#include <limits>
#include <unicode/uchar.h>

namespace nianbao {

namespace {

struct Keyword
{
    const char16_t *text;
    ProseScanner::Figure figure;
};

// Longer keywords first: 结转下年度 must not be read as 上年结转 and vice versa.
constexpr Keyword keywords[] = {
    { u"结转下年度", ProseScanner::Figure::CarriedOut },
    { u"上年结转", ProseScanner::Figure::CarriedIn },
    { u"新收", ProseScanner::Figure::NewApplications },
    { u"受理", ProseScanner::Figure::NewApplications },
    { u"办结", ProseScanner::Figure::Processed },
    { u"行政复议", ProseScanner::Figure::Reconsideration },
    { u"行政诉讼", ProseScanner::Figure::Litigation },
};

// How far after the keyword the number may stand: "受理政府信息公开申请 12 件".
constexpr qsizetype window = 16;

bool endsClause(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'，':
    case u'；':
    case u'、':
    case u'：':
    case u'！':
    case u'？':
    case u',':
    case u';':
    case u':':
    case u'.':
    case u'\n':
        return true;
    default:
        return false;
    }
}

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u < 0x80)
        return -1;
    if (!u_isdigit(static_cast<UChar32>(u)))
        return -1;
    return u_charDigitValue(static_cast<UChar32>(u));
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c.unicode() == 0x3000 || c.unicode() == 0xA0;
}

// Reads a number (digits of any script, or a Chinese numeral) starting at i. Returns the
// position after it, or -1. A run of digits too long for any count (it would overflow)
// gives *value = -1: a number, but not one a report states.
qsizetype readNumber(QStringView text, qsizetype i, qint64 *value)
{
    constexpr qint64 Largest = std::numeric_limits<qint64>::max() / 10 - 9;
    qsizetype j = i;
    qint64 v = 0;
    while (j < text.size() && digitValue(text[j]) >= 0) {
        v = v < 0 || v > Largest ? -1 : v * 10 + digitValue(text[j]);
        ++j;
    }
    if (j > i) {
        *value = v;
        return j;
    }
    while (j < text.size() && ChineseNumerals::isNumeralChar(text[j]))
        ++j;
    if (j > i) {
        if (auto parsed = ChineseNumerals::parse(text.mid(i, j - i))) {
            *value = *parsed;
            return j;
        }
    }
    return -1;
}

} // namespace

void ProseScanner::scanFigures(QStringView text, std::optional<SectionId> section, const QString &anchor,
                               QVector<StatedFigure> &out)
{
    for (const Keyword &k : keywords) {
        const QStringView key(k.text);
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(key, from);
            if (at < 0)
                break;
            from = at + key.size();
            // 上年结转 contains no 结转下年度, but "结转下年度" must not also count as a later
            // keyword's hit; the same goes for 受理 inside 不予受理.
            if (k.figure == Figure::NewApplications && at > 0 && text[at - 1] == u'予')
                continue;
            const qsizetype limit = qMin(text.size(), from + window);
            for (qsizetype i = from; i < limit; ++i) {
                if (endsClause(text[i]))
                    break;
                qint64 value = 0;
                const qsizetype after = readNumber(text, i, &value);
                if (after < 0)
                    continue;
                if (value < 0)
                    break; // too long to be a count
                qsizetype j = after;
                while (j < text.size() && isSpace(text[j]))
                    ++j;
                if (j < text.size() && text[j] == u'件') {
                    out.append({ k.figure, value, section, anchor, text.mid(at, j + 1 - at).toString() });
                }
                break; // the first number after the keyword is the one it states
            }
        }
    }
}

void ProseScanner::scanPeriods(QStringView text, std::optional<SectionId> section, const QString &anchor,
                               QVector<StatedPeriod> &out)
{
    // "2024年1月1日起至2024年12月31日止", "自2023年1月1日至2023年12月31日"; full-width
    // digits are read as digits.
    // Spaces are not read: text extracted from a PDF writes "2024 年 1 月 1 日".
    if (!text.contains(u'月'))
        return;
    const QString ascii = TextNormalizer::compact(TextNormalizer::asciiDigits(text));
    if (!ascii.contains(u"月1日"))
        return;
    text = ascii;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(u"年1月1日", from);
        if (start < 0)
            break;
        from = start + 1;
        const int fromYear
            = firstYear(text.mid(qMax<qsizetype>(0, start - 4), qMin<qsizetype>(start + 1, 5)));
        const qsizetype end = text.indexOf(u"年12月31日", start);
        if (end < 0 || end - start > 20 || fromYear == 0)
            continue;
        const int toYear = firstYear(text.mid(qMax<qsizetype>(0, end - 4), 5));
        if (toYear == 0)
            continue;
        out.append({ fromYear, toYear, section, anchor });
    }
}

int ProseScanner::firstYear(QStringView text)
{
    for (qsizetype at = text.indexOf(u'年'); at >= 0; at = text.indexOf(u'年', at + 1)) {
        if (at < 4)
            continue;
        const QStringView four = text.mid(at - 4, 4);
        int year = 0;
        bool digits = true;
        for (QChar c : four) {
            const int d = digitValue(c);
            if (d < 0) {
                digits = false;
                break;
            }
            year = year * 10 + d;
        }
        if (digits && year >= 1900 && year <= 2999)
            return year;
        if (auto parsed = ChineseNumerals::parse(four)) {
            if (*parsed >= 1900 && *parsed <= 2999)
                return int(*parsed);
        }
    }
    return 0;
}

QVector<ProseScanner::StatedFigure> ProseScanner::figures(const Report &report)
{
    QVector<StatedFigure> out;
    report.forEachProseParagraph([&out](std::optional<SectionId> section,
                                        const Paragraph &p) { scanFigures(p.text, section, p.anchor, out); },
                                 false); // the preamble states no figures of its own
    return out;
}

QVector<ProseScanner::StatedPeriod> ProseScanner::periods(const Report &report)
{
    QVector<StatedPeriod> out;
    report.forEachProseParagraph([&out](std::optional<SectionId> section, const Paragraph &p) {
        scanPeriods(p.text, section, p.anchor, out);
    });
    return out;
}

} // namespace nianbao
