#include "pdf/PdfObjectWriter.h"

#include <QString>

#include <cmath>
#include <zlib.h>

namespace nianbao {

PdfObjectWriter::PdfObjectWriter()
    : m_offsets(1, 0) // object 0 is the head of the free list
{
    // The second line's high bytes tell transfer programs that the file is binary.
    m_out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
}

int PdfObjectWriter::reserve()
{
    m_offsets.append(0);
    return int(m_offsets.size()) - 1;
}

void PdfObjectWriter::object(int number, const QByteArray &body)
{
    m_offsets[number] = m_out.size();
    m_out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfObjectWriter::stream(int number, const QByteArray &dictionary, const QByteArray &data, bool compress)
{
    if (compress) {
        deflatedStream(number, dictionary, deflate(data));
        return;
    }
    m_offsets[number] = m_out.size();
    m_out += QByteArray::number(number) + " 0 obj\n<< " + dictionary + " /Length "
        + QByteArray::number(data.size()) + " >>\nstream\n";
    m_out += data;
    m_out += "\nendstream\nendobj\n";
}

void PdfObjectWriter::deflatedStream(int number, const QByteArray &dictionary, const QByteArray &deflated)
{
    m_offsets[number] = m_out.size();
    m_out += QByteArray::number(number) + " 0 obj\n<< " + dictionary + " /Length "
        + QByteArray::number(deflated.size()) + " /Filter /FlateDecode >>\nstream\n";
    m_out += deflated;
    m_out += "\nendstream\nendobj\n";
}

namespace {

// One zlib deflate state per thread, reset between streams. A state is about 270 KB; a
// report's PDF has a dozen streams, and a batch conversion thousands, so making one for each
// (as qCompress does) spent more time on allocating and zeroing it than on small streams.
class Deflater
{
public:
    Deflater()
    {
        // Level 3: on a CJK font subset it is 40% faster than zlib's default 6 for 4% more bytes.
        m_ready = deflateInit(&m_stream, 3) == Z_OK;
    }
    ~Deflater()
    {
        if (m_ready)
            deflateEnd(&m_stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    QByteArray deflate(const QByteArray &data)
    {
        if (!m_ready || deflateReset(&m_stream) != Z_OK)
            return qCompress(data, 3).mid(4); // qCompress: a zlib stream after a 4-byte length
        QByteArray out(qsizetype(deflateBound(&m_stream, uLong(data.size()))), Qt::Uninitialized);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_stream.avail_in = uInt(data.size());
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data());
        m_stream.avail_out = uInt(out.size());
        if (::deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            return qCompress(data, 3).mid(4);
        out.truncate(qsizetype(m_stream.total_out));
        return out;
    }

private:
    z_stream m_stream {};
    bool m_ready = false;
};

} // namespace

QByteArray PdfObjectWriter::deflate(const QByteArray &data)
{
    // deflateBound and avail_in are 32-bit in zlib: a larger stream (none is, see
    // docs/limits.md) goes through qCompress, which chunks it.
    if (data.size() > 0x3FFFFFFF)
        return qCompress(data, 3).mid(4);
    thread_local Deflater deflater;
    return deflater.deflate(data);
}

QByteArray PdfObjectWriter::finish(int catalog, int info)
{
    const qint64 xref = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(m_offsets.size()) + "\n0000000000 65535 f \n";
    for (int i = 1; i < m_offsets.size(); ++i) {
        Q_ASSERT_X(m_offsets[i] > 0, "PdfObjectWriter", "a reserved object was never written");
        m_out += QByteArray::number(m_offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    }
    m_out += "trailer\n<< /Size " + QByteArray::number(m_offsets.size()) + " /Root " + reference(catalog)
        + " /Info " + reference(info) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return std::move(m_out);
}

QByteArray PdfObjectWriter::hex16(quint16 value)
{
    static const char digits[] = "0123456789ABCDEF";
    const char out[4]
        = { digits[value >> 12], digits[(value >> 8) & 15], digits[(value >> 4) & 15], digits[value & 15] };
    return QByteArray(out, 4);
}

QByteArray PdfObjectWriter::utf16Hex(const QString &text)
{
    QByteArray out;
    out.reserve(4 * text.size());
    for (QChar c : text)
        out += hex16(c.unicode());
    return out;
}

QByteArray PdfObjectWriter::textString(const QString &text)
{
    return "<FEFF" + utf16Hex(text) + '>';
}

QByteArray PdfObjectWriter::number(double value)
{
    const double rounded = std::round(value * 1000.0) / 1000.0;
    if (rounded == std::floor(rounded))
        return QByteArray::number(qint64(rounded));
    QByteArray s = QByteArray::number(rounded, 'f', 3);
    while (s.endsWith('0'))
        s.chop(1);
    return s;
}

QByteArray PdfObjectWriter::reference(int number)
{
    return QByteArray::number(number) + " 0 R";
}

} // namespace nianbao
