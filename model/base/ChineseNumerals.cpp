#include "base/ChineseNumerals.h"

#include <memory>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace nianbao::ChineseNumerals {

namespace {

// One formatter per thread: ICU formatters are not thread-safe, and creating one costs
// far more than using it.
icu::RuleBasedNumberFormat *formatter()
{
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> rbnf = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
        if (U_FAILURE(status))
            f.reset();
        return f;
    }();
    return rbnf.get();
}

int digitOf(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'零':
    case u'○':
    case u'Ｏ':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

} // namespace

bool isNumeralChar(QChar c)
{
    if (digitOf(c) >= 0)
        return true;
    switch (c.unicode()) {
    case u'十':
    case u'百':
    case u'千':
    case u'万':
        return true;
    default:
        return false;
    }
}

QString cardinal(int value)
{
    if (auto *f = formatter()) {
        icu::UnicodeString out;
        f->format(static_cast<int32_t>(value), out);
        return QString(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
    }
    return QString::number(value);
}

QString subsectionNumber(int index)
{
    return QStringLiteral("（") + cardinal(index + 1) + QStringLiteral("）");
}

QString sectionNumber(int value)
{
    return cardinal(value);
}

std::optional<qint64> parse(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (QChar c : text) {
        if (!isNumeralChar(c))
            return std::nullopt;
    }
    // Digit-by-digit form (years: 二〇二四) has no unit characters.
    const bool hasUnit
        = text.contains(u'十') || text.contains(u'百') || text.contains(u'千') || text.contains(u'万');
    if (!hasUnit) {
        if (text.size() == 1)
            return digitOf(text[0]);
        qint64 v = 0;
        for (QChar c : text)
            v = v * 10 + digitOf(c);
        return v;
    }
    if (auto *f = formatter()) {
        icu::UnicodeString in(reinterpret_cast<const UChar *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
        icu::Formattable result;
        icu::ParsePosition pos(0);
        f->parse(in, result, pos);
        if (pos.getIndex() == in.length()) {
            UErrorCode status = U_ZERO_ERROR;
            const int64_t v = result.getInt64(status);
            if (U_SUCCESS(status))
                return v;
        }
    }
    // ICU is strict about forms such as 两百; a small positional reading covers them.
    qint64 total = 0, section = 0, digit = 0;
    for (QChar c : text) {
        const int d = digitOf(c);
        if (d >= 0) {
            digit = d;
            continue;
        }
        const qint64 unit = c == u'十' ? 10 : c == u'百' ? 100 : c == u'千' ? 1000 : 10000;
        if (unit == 10000) {
            total += (section + digit) * unit;
            section = 0;
        } else {
            section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
        }
        digit = 0;
    }
    return total + section + digit;
}

} // namespace nianbao::ChineseNumerals
