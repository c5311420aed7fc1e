#pragma once

#include <QByteArray>
#include <QHash>
#include <QRectF>
#include <QVector>

namespace nianbao {

class FontFace;

/// A font cut down to the glyphs a document uses, as a PDF embeds it (the FontFile2 of a
/// CIDFontType2 font), made by HarfBuzz's subsetter. Only the tables PDF readers need are
/// kept; hinting is dropped (readers draw PDF text unhinted).
///
/// Why not Qt's PDF writer, which subsets too: it rebuilds each font's text map by looking
/// up every BMP code point, which was most of the time of a report's conversion, and its
/// reverse lookup is what maps 一 to the Kangxi radical ⼀ with some fonts.
class FontSubset
{
public:
    /// Subsets `face` to `glyphs` (original glyph ids; .notdef is always kept). Returns false
    /// with the reason if HarfBuzz cannot read the font.
    bool build(const FontFace &face, const QVector<quint32> &glyphs, QString *error);

    QByteArray program() const { return m_program; }
    /// The id a glyph has in the subset.
    quint32 newGlyph(quint32 original) const { return m_newGlyph.value(original); }
    /// Advance width of an original glyph, in thousandths of an em (PDF glyph space).
    int width(quint32 original) const { return m_width.value(original); }
    QRectF boundingBox() const { return m_bbox; } ///< thousandths of an em
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    /// The PostScript name, for the font's name in the PDF.
    QByteArray postScriptName() const { return m_postScriptName; }

private:
    QByteArray m_program;
    QHash<quint32, quint32> m_newGlyph;
    QHash<quint32, int> m_width;
    QRectF m_bbox;
    int m_ascent = 880;
    int m_descent = -120;
    QByteArray m_postScriptName;
};

} // namespace nianbao
