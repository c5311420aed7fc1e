#include "pdf/TrueTypeSubsetter.h"

#include "pdf/FontFace.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QtEndian>

#include <cstdint>
#include <cstring>
#include <hb.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace nianbao {

namespace {

// The font's file, when the face was read from one: its tables are then read piece by piece
// with pread() rather than through the memory map. A CJK font's glyphs are spread over
// megabytes, and through the map each one touched costs a page fault: some 35 µs on the
// virtual machines reports are made on, 4-6 ms for a 图解's 200 characters, where a read of
// the same bytes costs 3 µs.
class FontFile
{
public:
    FontFile(hb_face_t *face, const QString &fileName)
    {
#ifdef Q_OS_UNIX
        if (fileName.isEmpty())
            return;
        m_blob = hb_face_reference_blob(face); // the whole file, as mapped
        unsigned int length = 0;
        m_base = hb_blob_get_data(m_blob, &length);
        m_size = length;
        if (m_base && m_size > 0)
            m_fd = ::open(QFile::encodeName(fileName).constData(), O_RDONLY | O_CLOEXEC);
#else
        Q_UNUSED(face)
        Q_UNUSED(fileName)
#endif
    }
    ~FontFile()
    {
#ifdef Q_OS_UNIX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
        hb_blob_destroy(m_blob);
    }
    FontFile(const FontFile &) = delete;
    FontFile &operator=(const FontFile &) = delete;

    /// Where a table's bytes lie in the file, or -1 when they do not lie in it.
    qsizetype offsetOf(const char *data, qsizetype size) const
    {
        if (m_fd < 0 || !data)
            return -1;
        const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(data),
                             base = reinterpret_cast<std::uintptr_t>(m_base);
        if (at < base || at - base > std::uintptr_t(m_size) || std::uintptr_t(size) > m_size - (at - base))
            return -1;
        return qsizetype(at - base);
    }
    bool read(qsizetype offset, char *into, qsizetype length) const
    {
#ifdef Q_OS_UNIX
        qsizetype done = 0;
        while (done < length) {
            const ssize_t n = ::pread(m_fd, into + done, size_t(length - done), off_t(offset + done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
#else
        Q_UNUSED(offset)
        Q_UNUSED(into)
        Q_UNUSED(length)
        return false;
#endif
    }

private:
    hb_blob_t *m_blob = nullptr;
    const char *m_base = nullptr;
    qsizetype m_size = 0;
    int m_fd = -1;
};

// A font table that stays valid as long as the face: read from the font's file where it lies
// in one, else from the face's memory (a memory map, or Qt's copy of the tables).
class Table
{
public:
    Table(hb_face_t *face, const char *tag, const FontFile &file)
        : m_blob(hb_face_reference_table(face, hb_tag_from_string(tag, 4)))
        , m_file(file)
    {
        unsigned int length = 0;
        m_data = hb_blob_get_data(m_blob, &length);
        m_size = length;
        m_offset = file.offsetOf(m_data, m_size);
    }
    ~Table() { hb_blob_destroy(m_blob); }
    Table(const Table &) = delete;
    Table &operator=(const Table &) = delete;

    qsizetype size() const { return m_size; }
    /// `length` bytes from `at`, or fewer where the table ends.
    QByteArray bytes(qsizetype at, qsizetype length) const
    {
        if (at < 0 || at >= m_size || length <= 0)
            return {};
        length = qMin(length, m_size - at);
        if (m_offset >= 0) {
            QByteArray out(length, Qt::Uninitialized);
            if (m_file.read(m_offset + at, out.data(), length))
                return out;
        }
        return QByteArray(m_data + at, length);
    }
    QByteArray bytes() const { return bytes(0, m_size); }
    quint16 u16(qsizetype at) const
    {
        const QByteArray b = bytes(at, 2);
        return b.size() == 2 ? qFromBigEndian<quint16>(b.constData()) : 0;
    }
    quint32 u32(qsizetype at) const
    {
        const QByteArray b = bytes(at, 4);
        return b.size() == 4 ? qFromBigEndian<quint32>(b.constData()) : 0;
    }

private:
    hb_blob_t *m_blob;
    const FontFile &m_file;
    const char *m_data;
    qsizetype m_size;
    qsizetype m_offset = -1;
};

void put16(QByteArray &bytes, qsizetype at, quint16 value)
{
    qToBigEndian(value, bytes.data() + at);
}

void append32(QByteArray &bytes, quint32 value)
{
    char b[4];
    qToBigEndian(value, b);
    bytes.append(b, 4);
}

void append16(QByteArray &bytes, quint16 value)
{
    char b[2];
    qToBigEndian(value, b);
    bytes.append(b, 2);
}

// The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded.
// Subsets of the large CJK fallback fonts run to megabytes, so whole words are read at once.
quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    const char *data = table.constData();
    const qsizetype whole = table.size() & ~qsizetype(3);
    for (qsizetype i = 0; i < whole; i += 4)
        sum += qFromBigEndian<quint32>(data + i);
    if (whole < table.size()) {
        char last[4] = { 0, 0, 0, 0 };
        memcpy(last, data + whole, size_t(table.size() - whole));
        sum += qFromBigEndian<quint32>(last);
    }
    return sum;
}

// Composite glyph flags (OpenType glyf table).
constexpr quint16 ArgsAreWords = 0x0001;
constexpr quint16 HaveScale = 0x0008;
constexpr quint16 MoreComponents = 0x0020;
constexpr quint16 HaveXYScale = 0x0040;
constexpr quint16 HaveTwoByTwo = 0x0080;

// Calls `visit(offset of the component's glyph index)` for each component of a composite
// glyph; false if the glyph's data ends early.
template<typename Visit> bool forEachComponent(const char *glyph, qsizetype length, Visit visit)
{
    qsizetype at = 10; // after numberOfContours and the bounding box
    quint16 flags = MoreComponents;
    while (flags & MoreComponents) {
        if (at + 4 > length)
            return false;
        flags = qFromBigEndian<quint16>(glyph + at);
        visit(at + 2);
        at += 4 + ((flags & ArgsAreWords) ? 4 : 2);
        if (flags & HaveScale)
            at += 2;
        else if (flags & HaveXYScale)
            at += 4;
        else if (flags & HaveTwoByTwo)
            at += 8;
    }
    return at <= length;
}

// A character map with only the closing segment of format 4: glyphs are reached by id.
QByteArray emptyCharacterMap()
{
    QByteArray cmap;
    for (quint16 v : { 0, 1, 3, 1 }) // version, one subtable: Windows, Unicode BMP
        append16(cmap, v);
    append32(cmap, 12); // offset of the subtable
    for (quint16 v : { 4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0 })
        append16(cmap,
                 v); // format, length, language, segCountX2, search fields, end, pad, start, delta, range
    return cmap;
}

// A character map of the characters given, by their glyphs' new ids: a format 4 subtable for
// the Basic Multilingual Plane, which every reader takes, and a format 12 one as well when a
// character lies beyond it. Runs of consecutive characters on consecutive glyphs share a
// segment; callers number glyphs in character order, so most runs are long.
QByteArray characterMap(const QMap<char32_t, quint32> &newIds)
{
    struct Run
    {
        char32_t first, last;
        quint32 glyph;
    };
    QVector<Run> runs;
    for (auto it = newIds.cbegin(); it != newIds.cend(); ++it) {
        if (!runs.isEmpty() && runs.last().last + 1 == it.key()
            && runs.last().glyph + (it.key() - runs.last().first) == it.value())
            runs.last().last = it.key();
        else
            runs.append({ it.key(), it.key(), it.value() });
    }
    QByteArray format4;
    QVector<Run> bmp;
    for (const Run &r : std::as_const(runs)) {
        if (r.first < 0xFFFF)
            bmp.append({ r.first, qMin<char32_t>(r.last, 0xFFFE), r.glyph });
    }
    bmp.append({ 0xFFFF, 0xFFFF, 0 }); // the closing segment, to .notdef
    if (16 + 8 * bmp.size() > 0xFFFF)
        return {}; // more segments than a format 4 subtable's length can count
    const quint16 segments = quint16(bmp.size());
    quint16 searchRange = 2, selector = 0;
    while (searchRange * 2 <= 2 * segments) {
        searchRange *= 2;
        ++selector;
    }
    for (quint16 v : { quint16(4), quint16(16 + 8 * segments), quint16(0), quint16(2 * segments), searchRange,
                       selector, quint16(2 * segments - searchRange) })
        append16(format4, v);
    for (const Run &r : std::as_const(bmp))
        append16(format4, quint16(r.last));
    append16(format4, 0); // reservedPad
    for (const Run &r : std::as_const(bmp))
        append16(format4, quint16(r.first));
    for (const Run &r : std::as_const(bmp))
        append16(format4, quint16((r.glyph - r.first) & 0xFFFF)); // idDelta, modulo 65536
    for (int i = 0; i < bmp.size(); ++i)
        append16(format4, 0); // idRangeOffset: none, the deltas say it all

    const bool beyondBmp = !newIds.isEmpty() && newIds.lastKey() > 0xFFFF;
    QByteArray cmap;
    append16(cmap, 0);
    append16(cmap, beyondBmp ? 2 : 1);
    const quint32 first = beyondBmp ? 20 : 12;
    for (quint16 v : { 3, 1 })
        append16(cmap, v);
    append32(cmap, first);
    if (beyondBmp) {
        for (quint16 v : { 3, 10 })
            append16(cmap, v);
        append32(cmap, first + quint32(format4.size()));
    }
    cmap += format4;
    if (beyondBmp) {
        append16(cmap, 12);
        append16(cmap, 0);
        append32(cmap, quint32(16 + 12 * runs.size()));
        append32(cmap, 0); // language
        append32(cmap, quint32(runs.size()));
        for (const Run &r : std::as_const(runs)) {
            append32(cmap, r.first);
            append32(cmap, r.last);
            append32(cmap, r.glyph);
        }
    }
    return cmap;
}

// Names 1 (family), 2 (style), 4 (full name) and 6 (PostScript), in Windows English.
QByteArray nameTable(const QByteArray &postScriptName)
{
    const QList<QPair<quint16, QByteArray>> names {
        { 1, postScriptName }, { 2, "Regular" }, { 4, postScriptName }, { 6, postScriptName }
    };
    QByteArray strings;
    QByteArray table;
    append16(table, 0);
    append16(table, quint16(names.size()));
    append16(table, quint16(6 + 12 * names.size()));
    for (const auto &[id, text] : names) {
        for (quint16 v : { quint16(3), quint16(1), quint16(0x409), id })
            append16(table, v);
        append16(table, quint16(2 * text.size()));
        append16(table, quint16(strings.size()));
        for (char ch : text)
            append16(strings, quint16(quint8(ch)));
    }
    return table + strings;
}

} // namespace

bool TrueTypeSubsetter::canSubset(hb_face_t *face)
{
    const FontFile memory(face, QString());
    const Table glyf(face, "glyf", memory);
    const Table loca(face, "loca", memory);
    const Table head(face, "head", memory);
    return glyf.size() > 0 && loca.size() > 0 && head.size() >= 54;
}

bool TrueTypeSubsetter::subset(const FontFace &source, const QVector<quint32> &glyphs,
                               const QByteArray &postScriptName, QByteArray &program,
                               QHash<quint32, quint32> &newGlyph, QString *error,
                               const QMap<char32_t, quint32> &characters)
{
    hb_face_t *face = source.face();
    const FontFile file(face, source.fileName());
    const Table head(face, "head", file);
    const Table hhea(face, "hhea", file);
    const Table maxp(face, "maxp", file);
    const Table loca(face, "loca", file);
    const Table glyf(face, "glyf", file);
    const Table hmtx(face, "hmtx", file);
    auto damaged = [&](const char *what) {
        *error = tr("the font's %1 table is damaged").arg(QLatin1String(what));
        return false;
    };
    const QByteArray headBytes = head.bytes(0, 54), hheaBytes = hhea.bytes(0, 36), maxpBytes = maxp.bytes();
    if (headBytes.size() < 54)
        return damaged("head");
    if (hheaBytes.size() < 36)
        return damaged("hhea");
    if (maxpBytes.size() < 6)
        return damaged("maxp");
    const quint32 glyphCount = qFromBigEndian<quint16>(maxpBytes.constData() + 4);
    const bool longOffsets = qFromBigEndian<quint16>(headBytes.constData() + 50) != 0;
    if (loca.size() < qsizetype(glyphCount + 1) * (longOffsets ? 4 : 2))
        return damaged("loca");
    const int metricsCount = qFromBigEndian<quint16>(hheaBytes.constData() + 34);
    if (metricsCount == 0 || hmtx.size() < 4 * metricsCount)
        return damaged("hmtx");

    // A glyph's outline, read once: its two loca entries, then its bytes.
    auto glyphData = [&](quint32 g, QByteArray &data) {
        if (g >= glyphCount)
            return false;
        const QByteArray entries = loca.bytes(qsizetype(g) * (longOffsets ? 4 : 2), longOffsets ? 8 : 4);
        if (entries.size() < (longOffsets ? 8 : 4))
            return false;
        const char *e = entries.constData();
        const qsizetype start
            = longOffsets ? qsizetype(qFromBigEndian<quint32>(e)) : 2 * qsizetype(qFromBigEndian<quint16>(e));
        const qsizetype end = longOffsets ? qsizetype(qFromBigEndian<quint32>(e + 4))
                                          : 2 * qsizetype(qFromBigEndian<quint16>(e + 2));
        if (start > end || end > glyf.size())
            return false;
        data = glyf.bytes(start, end - start);
        return data.size() == end - start;
    };

    // New ids: .notdef, the glyphs asked for, then the parts of composites.
    QVector<quint32> order { 0 };
    newGlyph.clear();
    newGlyph.insert(0, 0);
    for (quint32 g : glyphs) {
        if (!newGlyph.contains(g)) {
            newGlyph.insert(g, quint32(order.size()));
            order.append(g);
        }
    }
    QVector<QByteArray> outlines;
    for (int i = 0; i < order.size(); ++i) {
        QByteArray data;
        if (!glyphData(order[i], data))
            return damaged("glyf");
        outlines.append(data);
        if (data.size() < 10 || qint16(qFromBigEndian<quint16>(data.constData())) >= 0)
            continue;
        const bool complete = forEachComponent(data.constData(), data.size(), [&](qsizetype at) {
            const quint32 part = qFromBigEndian<quint16>(data.constData() + at);
            if (!newGlyph.contains(part)) {
                newGlyph.insert(part, quint32(order.size()));
                order.append(part);
            }
        });
        if (!complete)
            return damaged("glyf");
    }
    if (order.size() > 0xFFFF)
        return damaged("maxp");

    // Sized once: a subset of a large CJK font runs to megabytes, and growing it glyph by
    // glyph copied it over and over.
    qsizetype glyfSize = 0;
    for (const QByteArray &data : std::as_const(outlines))
        glyfSize += (data.size() + 3) & ~qsizetype(3);
    QByteArray newGlyf;
    newGlyf.reserve(glyfSize);
    QByteArray newLoca;
    newLoca.reserve(4 * (order.size() + 1));
    QByteArray newHmtx;
    newHmtx.reserve(4 * order.size());
    for (int i = 0; i < order.size(); ++i) {
        const quint32 g = order[i];
        const QByteArray &data = outlines[i];
        const qsizetype at = newGlyf.size();
        append32(newLoca, quint32(at));
        newGlyf.append(data);
        if (data.size() >= 10 && qint16(qFromBigEndian<quint16>(data.constData())) < 0) {
            forEachComponent(data.constData(), data.size(), [&](qsizetype component) {
                const char *old = data.constData() + component;
                put16(newGlyf, at + component, quint16(newGlyph.value(qFromBigEndian<quint16>(old))));
            });
        }
        while (newGlyf.size() % 4)
            newGlyf.append('\0');
        // A glyph past the long metrics has the last one's advance and a bearing of its own.
        if (int(g) < metricsCount) {
            const QByteArray metric = hmtx.bytes(4 * qsizetype(g), 4);
            newHmtx.append(metric.leftJustified(4, '\0', true));
        } else {
            append16(newHmtx, hmtx.u16(4 * qsizetype(metricsCount - 1)));
            append16(newHmtx, hmtx.u16(4 * qsizetype(metricsCount) + 2 * (g - metricsCount)));
        }
    }
    append32(newLoca, quint32(newGlyf.size()));

    QByteArray newHead = headBytes;
    put16(newHead, 8, 0); // checkSumAdjustment, set below
    put16(newHead, 10, 0);
    put16(newHead, 50, 1); // long loca offsets
    QByteArray newHhea = hheaBytes;
    put16(newHhea, 34, quint16(order.size()));
    QByteArray newMaxp = maxpBytes;
    put16(newMaxp, 4, quint16(order.size()));

    // Sorted by tag, as the table directory must be.
    QMap<QByteArray, QByteArray> tables {
        { "glyf", newGlyf }, { "head", newHead }, { "hhea", newHhea },
        { "hmtx", newHmtx }, { "loca", newLoca }, { "maxp", newMaxp },
    };
    for (const char *tag : { "cvt ", "fpgm", "prep", "OS/2" }) { // hinting (tiny in CJK fonts), metrics
        const Table t(face, tag, file);
        if (t.size() > 0)
            tables.insert(tag, t.bytes());
    }
    const Table post(face, "post", file);
    if (post.size() >= 32) { // version 3: the header without glyph names
        QByteArray header = post.bytes(0, 32);
        qToBigEndian(quint32(0x00030000), header.data());
        tables.insert("post", header);
    }
    if (characters.isEmpty()) {
        tables.insert("cmap", emptyCharacterMap());
    } else {
        QMap<char32_t, quint32> newIds;
        for (auto it = characters.cbegin(); it != characters.cend(); ++it) {
            if (newGlyph.contains(it.value()))
                newIds.insert(it.key(), newGlyph.value(it.value()));
        }
        const QByteArray cmap = characterMap(newIds);
        if (cmap.isEmpty()) {
            *error = tr("too many characters for one font's character map");
            return false;
        }
        tables.insert("cmap", cmap);
    }
    tables.insert("name", nameTable(postScriptName));

    const quint16 count = quint16(tables.size());
    quint16 power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    program.clear();
    append32(program, 0x00010000);
    append16(program, count);
    append16(program, quint16(power * 16));
    append16(program, log2);
    append16(program, quint16(count * 16 - power * 16));
    quint32 offset = 12 + 16 * count;
    qsizetype bodySize = 0;
    for (const QByteArray &table : std::as_const(tables))
        bodySize += (table.size() + 3) & ~qsizetype(3);
    QByteArray body;
    body.reserve(bodySize);
    qsizetype headAt = -1;
    quint32 tablesSum
        = 0; // each table is padded to whole words, so the font's sum is theirs plus the directory's
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (it.key() == "head")
            headAt = offset + body.size();
        program += it.key();
        const quint32 sum = checksum(it.value());
        tablesSum += sum;
        append32(program, sum);
        append32(program, offset + quint32(body.size()));
        append32(program, quint32(it.value().size()));
        body += it.value();
        while (body.size() % 4)
            body.append('\0');
    }
    // The whole font sums to 0xB1B0AFBA once head's adjustment is in.
    const quint32 adjustment = 0xB1B0AFBA - (checksum(program) + tablesSum);
    program += body;
    qToBigEndian(adjustment, program.data() + headAt + 8);
    return true;
}

} // namespace nianbao
