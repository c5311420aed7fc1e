#include "pdf/PdfFont.h"

#include "pdf/FontFace.h"
#include "pdf/PdfObjectWriter.h"

#include <QCryptographicHash>

#include <algorithm>

namespace nianbao {

PdfFont::PdfFont(const QRawFont &font)
    : m_font(font)
{
}

PdfFont::~PdfFont() = default;

void PdfFont::openFace()
{
    m_face = std::make_unique<FontFace>(m_font);
}

bool PdfFont::canPrepareOnAnyThread() const
{
    return m_face && !m_face->fileName().isEmpty();
}

bool PdfFont::prepare(QString *error)
{
    if (!m_subset.build(*m_face, m_glyphs, error))
        return false;
    m_deflatedProgram = PdfObjectWriter::deflate(m_subset.program());
    m_deflatedToUnicode = PdfObjectWriter::deflate(toUnicodeMap());
    return true;
}

void PdfFont::use(quint32 glyph, QStringView text)
{
    auto it = m_text.find(glyph);
    if (it == m_text.end()) {
        m_glyphs.append(glyph);
        m_text.insert(glyph, text.toString());
    } else if (it->isEmpty()) {
        *it = text.toString();
    }
}

QByteArray PdfFont::widths() const
{
    // Runs of consecutive codes share one array: [1 [500 1000 1000] 7 [1000]]
    QVector<QPair<quint16, int>> byCode;
    for (quint32 g : m_glyphs)
        byCode.append({ code(g), width(g) });
    std::sort(byCode.begin(), byCode.end());
    QByteArray w = "[";
    for (int i = 0; i < byCode.size(); ++i) {
        if (i == 0 || byCode[i].first != byCode[i - 1].first + 1)
            w += (i ? "] " : "") + QByteArray::number(byCode[i].first) + " [";
        else
            w += ' ';
        w += QByteArray::number(byCode[i].second);
    }
    return w + (byCode.isEmpty() ? "]" : "]]");
}

QByteArray PdfFont::toUnicodeMap() const
{
    QVector<QPair<quint16, QString>> entries;
    for (quint32 g : m_glyphs) {
        const QString text = m_text.value(g);
        if (!text.isEmpty())
            entries.append({ code(g), text });
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray map = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (int start = 0; start < entries.size(); start += 100) { // at most 100 per block
        const int n = int(qMin<qsizetype>(100, entries.size() - start));
        map += QByteArray::number(n) + " beginbfchar\n";
        for (int i = start; i < start + n; ++i)
            map += '<' + PdfObjectWriter::hex16(entries[i].first) + "> <"
                + PdfObjectWriter::utf16Hex(entries[i].second) + ">\n";
        map += "endbfchar\n";
    }
    map += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return map;
}

void PdfFont::write(PdfObjectWriter &writer, int object)
{
    // A subset's name starts with six capital letters that differ between subsets.
    QVector<quint32> sorted = m_glyphs;
    std::sort(sorted.begin(), sorted.end());
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(reinterpret_cast<const char *>(sorted.constData()), sorted.size() * int(sizeof(quint32))),
        QCryptographicHash::Md5);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);
    const QByteArray name = '/' + tag + '+' + m_subset.postScriptName();

    const int cidFont = writer.reserve();
    const int descriptor = writer.reserve();
    const int program = writer.reserve();
    const int toUnicode = writer.reserve();
    const QRectF box = m_subset.boundingBox();
    auto n = &PdfObjectWriter::number;
    writer.object(object,
                  "<< /Type /Font /Subtype /Type0 /BaseFont " + name
                      + " /Encoding /Identity-H /DescendantFonts [" + PdfObjectWriter::reference(cidFont)
                      + "] /ToUnicode " + PdfObjectWriter::reference(toUnicode) + " >>");
    const bool cff = m_subset.outlines() == FontSubset::Outlines::Cff;
    writer.object(cidFont,
                  "<< /Type /Font /Subtype " + QByteArray(cff ? "/CIDFontType0" : "/CIDFontType2")
                      + " /BaseFont " + name
                      + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                        " /FontDescriptor "
                      + PdfObjectWriter::reference(descriptor) + " /DW 1000 /W " + widths()
                      + (cff ? " >>" : " /CIDToGIDMap /Identity >>"));
    writer.object(descriptor,
                  "<< /Type /FontDescriptor /FontName " + name + " /Flags 4 /FontBBox [" + n(box.left()) + ' '
                      + n(box.top()) + ' ' + n(box.right()) + ' ' + n(box.bottom())
                      + "] /ItalicAngle 0 /Ascent " + n(m_subset.ascent()) + " /Descent "
                      + n(m_subset.descent()) + " /CapHeight " + n(m_subset.ascent()) + " /StemV 80 "
                      + (cff ? "/FontFile3 " : "/FontFile2 ") + PdfObjectWriter::reference(program) + " >>");
    writer.deflatedStream(program,
                          cff ? QByteArray("/Subtype /CIDFontType0C")
                              : "/Length1 " + QByteArray::number(m_subset.program().size()),
                          m_deflatedProgram);
    writer.deflatedStream(toUnicode, QByteArray(), m_deflatedToUnicode);
}

} // namespace nianbao
