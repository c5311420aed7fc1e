#pragma once

#include "pdf/CffCharset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QVector>

struct hb_face_t;

namespace nianbao {

class FontFace;

/// A font cut down to the glyphs a document uses, as a PDF embeds it (the FontFile2 of a
/// CIDFontType2 font, or the FontFile3 of a CIDFontType0 for CFF outlines), with the metrics the PDF's font
/// dictionaries need. TrueType fonts (all the CJK fonts the report asks for) are cut by TrueTypeSubsetter;
/// any other kind (CFF outlines, which fallback may bring in) by HarfBuzz's subsetter. Only the tables PDF
/// readers need are kept.
///
/// Why not Qt's PDF writer, which subsets too: it rebuilds each font's text map by looking
/// up every BMP code point, which was most of the time of a report's conversion, and its
/// reverse lookup is what maps 一 to the Kangxi radical ⼀ with some fonts.
class FontSubset
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::FontSubset)

public:
    enum class Method { Fastest, HarfBuzz };
    /// Subsets `face` to `glyphs` (original glyph ids; .notdef is always kept). Returns false
    /// with the reason if the font cannot be read. HarfBuzz can be asked for by tests.
    bool build(const FontFace &face, const QVector<quint32> &glyphs, QString *error,
               Method method = Method::Fastest);

    enum class Outlines { TrueType, Cff };
    /// TrueType: program() is a TrueType font (FontFile2 of a CIDFontType2). Cff: program()
    /// is a bare CFF program (FontFile3 /CIDFontType0C of a CIDFontType0).
    Outlines outlines() const { return m_outlines; }
    QByteArray program() const { return m_program; }
    /// The id a glyph has in the subset.
    quint32 newGlyph(quint32 original) const { return m_newGlyph.value(original); }
    /// The code (CID) a PDF shows an original glyph with: its id in the subset, or for a
    /// CID-keyed CFF the CID the subset's charset gives it.
    quint32 code(quint32 original) const;
    /// Advance width of an original glyph, in thousandths of an em (PDF glyph space).
    int width(quint32 original) const { return m_width.value(original); }
    QRectF boundingBox() const { return m_bbox; } ///< thousandths of an em
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    /// The PostScript name, for the font's name in the PDF.
    QByteArray postScriptName() const { return m_postScriptName; }

private:
    bool subsetWithHarfBuzz(hb_face_t *source, const QVector<quint32> &glyphs, QString *error);

    Outlines m_outlines = Outlines::TrueType;
    CffCharset m_charset;
    QByteArray m_program;
    QHash<quint32, quint32> m_newGlyph;
    QHash<quint32, int> m_width;
    QRectF m_bbox;
    int m_ascent = 880;
    int m_descent = -120;
    QByteArray m_postScriptName;
};

} // namespace nianbao
