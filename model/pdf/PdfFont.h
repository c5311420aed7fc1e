#pragma once

#include "pdf/FontSubset.h"

#include <QHash>
#include <QRawFont>
#include <QString>
#include <QVector>

#include <memory>

namespace nianbao {

class FontFace;
class PdfObjectWriter;

/// One font of a PDF being written: which glyphs are drawn with it and what text each
/// stands for, then its objects: a Type0 font with Identity-H encoding over a CIDFontType2
/// (TrueType outlines) or CIDFontType0 (CFF outlines) whose program is the subset, and a ToUnicode map built
/// from the report's own characters. Building the map from the text drawn (not by reverse lookup in the font)
/// is what keeps 一 from reading as the radical ⼀ when a font shares one glyph between the two.
class PdfFont
{
public:
    explicit PdfFont(const QRawFont &font);
    ~PdfFont();

    /// Notes that `glyph` is drawn for `text` (one character, or a few for a ligature);
    /// the first text given for a glyph is kept.
    void use(quint32 glyph, QStringView text);
    /// Finds the font's file (or Qt's copy of its tables). On the GUI thread only.
    void openFace();
    /// True if prepare() may run on another thread: the face reads a file, not Qt.
    bool canPrepareOnAnyThread() const;
    /// Subsets and compresses the font program and its text map (after openFace()).
    bool prepare(QString *error);
    /// Writes the objects (after prepare()), the Type0 font as object `object`.
    void write(PdfObjectWriter &writer, int object);
    int glyphCount() const { return int(m_glyphs.size()); }

    /// After prepare(): the two-byte code a glyph is shown with, and its advance width in
    /// thousandths of an em.
    quint16 code(quint32 glyph) const { return quint16(m_subset.code(glyph)); }
    int width(quint32 glyph) const { return m_subset.width(glyph); }

private:
    QByteArray toUnicodeMap() const;
    QByteArray widths() const;

    QRawFont m_font;
    QVector<quint32> m_glyphs;
    QHash<quint32, QString> m_text;
    std::unique_ptr<FontFace> m_face;
    FontSubset m_subset;
    QByteArray m_deflatedProgram;
    QByteArray m_deflatedToUnicode;
};

} // namespace nianbao
