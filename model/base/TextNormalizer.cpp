#include "base/TextNormalizer.h"

#include <QRegularExpression>

#include <unicode/uchar.h>

namespace nianbao::TextNormalizer {

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0x200B || u == 0x200C || u == 0x200D
        || u == 0xFEFF || u == 0x2060;
}

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x2E80 && u <= 0xFF60;
}

QString trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.mid(begin, end - begin).toString();
}

QString compact(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isSpace(c))
            out.append(c);
    }
    return out;
}

bool isBlankPlaceholder(QStringView t)
{
    if (t.size() != 1)
        return t == u"——" || t == u"--";
    switch (t[0].unicode()) {
    case u'/':
    case u'-':
    case 0x2014: // —
    case 0x2013: // –
    case 0xFF0D: // －
    case 0xFF0F: // ／
    case 0x2015: // ―
    case 0x65E0: // 无
        return true;
    default:
        return false;
    }
}

QString asciiDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(c);
            continue;
        }
        const int32_t digit = u_charDigitValue(static_cast<UChar32>(u));
        if (digit >= 0 && digit <= 9 && u_isdigit(static_cast<UChar32>(u)))
            out.append(QLatin1Char(static_cast<char>('0' + digit)));
        else
            out.append(c);
    }
    return out;
}

QString withoutArtefacts(QStringView text)
{
    // "[bookmark: _GoBack]" and friends come from docx → text converters.
    static const QRegularExpression bookmark(QStringLiteral("\\[bookmark:[^\\]]*\\]"));
    if (!text.contains(u"[bookmark"))
        return text.toString();
    QString out = text.toString();
    out.remove(bookmark);
    return out;
}

} // namespace nianbao::TextNormalizer
