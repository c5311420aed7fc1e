#include "pdf/CffCharset.h"

#include <QtEndian>

namespace nianbao {

namespace {

// Bounds-checked reading of the big-endian CFF structures.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {
    }

    bool has(qsizetype at, qsizetype length) const
    {
        return at >= 0 && length >= 0 && at <= m_data.size() && length <= m_data.size() - at;
    }
    quint32 card(qsizetype at, int size) const // 1 to 4 bytes, big-endian; callers check has()
    {
        quint32 v = 0;
        for (int i = 0; i < size; ++i)
            v = (v << 8) | quint8(m_data[at + i]);
        return v;
    }

    /// An INDEX at `at`: where its items start and end; `next` is the offset after it.
    bool index(qsizetype at, QVector<QPair<qsizetype, qsizetype>> &items, qsizetype &next) const
    {
        items.clear();
        if (!has(at, 2))
            return false;
        const quint32 count = card(at, 2);
        if (count == 0) {
            next = at + 2;
            return true;
        }
        if (!has(at + 2, 1))
            return false;
        const int offSize = int(card(at + 2, 1));
        if (offSize < 1 || offSize > 4 || !has(at + 3, qsizetype(count + 1) * offSize))
            return false;
        const qsizetype base = at + 3 + qsizetype(count + 1) * offSize - 1;
        for (quint32 i = 0; i < count; ++i) {
            const qsizetype start = base + card(at + 3 + qsizetype(i) * offSize, offSize);
            const qsizetype end = base + card(at + 3 + qsizetype(i + 1) * offSize, offSize);
            if (end < start || !has(start, end - start))
                return false;
            items.append({ start, end });
        }
        next = items.last().second;
        return true;
    }

private:
    const QByteArray &m_data;
};

struct TopDict
{
    bool ros = false;
    qsizetype charset = 0;
    qsizetype charStrings = -1;
};

// Only the operators needed here: ROS (12 30), charset (15), CharStrings (17).
bool parseTopDict(const QByteArray &data, qsizetype start, qsizetype end, TopDict &dict)
{
    QVector<double> operands;
    for (qsizetype i = start; i < end;) {
        const int b0 = quint8(data[i]);
        if (b0 <= 21) { // an operator
            int op = b0;
            ++i;
            if (b0 == 12) {
                if (i >= end)
                    return false;
                op = 1200 + quint8(data[i++]);
            }
            if (op == 1230)
                dict.ros = true;
            else if (op == 15 && !operands.isEmpty())
                dict.charset = qsizetype(operands.last());
            else if (op == 17 && !operands.isEmpty())
                dict.charStrings = qsizetype(operands.last());
            operands.clear();
        } else if (b0 == 28) {
            if (end - i < 3)
                return false;
            operands.append(qint16(quint16(quint8(data[i + 1]) << 8 | quint8(data[i + 2]))));
            i += 3;
        } else if (b0 == 29) {
            if (end - i < 5)
                return false;
            operands.append(qint32(qFromBigEndian<quint32>(data.constData() + i + 1)));
            i += 5;
        } else if (b0 == 30) { // a real number: nibbles up to the 0xf end nibble; its value is not needed
            ++i;
            while (i < end && (quint8(data[i]) & 0x0f) != 0x0f && (quint8(data[i]) >> 4) != 0x0f)
                ++i;
            ++i;
            operands.append(0);
        } else if (b0 >= 32 && b0 <= 246) {
            operands.append(b0 - 139);
            ++i;
        } else if (b0 >= 247 && b0 <= 250) {
            if (end - i < 2)
                return false;
            operands.append((b0 - 247) * 256 + quint8(data[i + 1]) + 108);
            i += 2;
        } else if (b0 >= 251 && b0 <= 254) {
            if (end - i < 2)
                return false;
            operands.append(-(b0 - 251) * 256 - quint8(data[i + 1]) - 108);
            i += 2;
        } else {
            return false; // reserved
        }
    }
    return true;
}

} // namespace

bool CffCharset::read(const QByteArray &cff)
{
    m_cidKeyed = false;
    m_cids.clear();
    const Reader in(cff);
    if (!in.has(0, 4) || in.card(0, 1) != 1)
        return false; // only CFF version 1 (CFF2 has no charset)
    const qsizetype headerSize = in.card(2, 1);
    QVector<QPair<qsizetype, qsizetype>> names, topDicts, charStrings;
    qsizetype next = 0;
    if (!in.index(headerSize, names, next) || !in.index(next, topDicts, next) || topDicts.isEmpty())
        return false;
    TopDict dict;
    if (!parseTopDict(cff, topDicts[0].first, topDicts[0].second, dict) || dict.charStrings < 0
        || !in.index(dict.charStrings, charStrings, next))
        return false;
    m_cidKeyed = dict.ros;
    if (!m_cidKeyed)
        return true;
    return readCharset(cff, dict.charset, int(charStrings.size()));
}

bool CffCharset::readCharset(const QByteArray &cff, qsizetype offset, int glyphCount)
{
    const Reader in(cff);
    if (offset <= 2) {
        // The predefined charsets (ISOAdobe, Expert, ExpertSubset) are for name-keyed fonts.
        return false;
    }
    if (!in.has(offset, 1))
        return false;
    const int format = int(in.card(offset, 1));
    m_cids.fill(0, glyphCount); // glyph 0 is .notdef, CID 0
    qsizetype at = offset + 1;
    int glyph = 1;
    if (format == 0) {
        if (!in.has(at, qsizetype(glyphCount - 1) * 2))
            return false;
        for (; glyph < glyphCount; ++glyph, at += 2)
            m_cids[glyph] = quint16(in.card(at, 2));
        return true;
    }
    if (format != 1 && format != 2)
        return false;
    const int countSize = format == 1 ? 1 : 2;
    while (glyph < glyphCount) {
        if (!in.has(at, 2 + countSize))
            return false;
        const quint32 first = in.card(at, 2);
        const quint32 left = in.card(at + 2, countSize);
        at += 2 + countSize;
        for (quint32 k = 0; k <= left && glyph < glyphCount; ++k, ++glyph)
            m_cids[glyph] = quint16(first + k);
    }
    return true;
}

quint32 CffCharset::cid(quint32 glyph) const
{
    if (!m_cidKeyed)
        return glyph;
    return glyph < quint32(m_cids.size()) ? m_cids[glyph] : 0;
}

} // namespace nianbao
