#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QVector>

struct hb_face_t;

namespace nianbao {

class FontFace;

/// Cuts a font with TrueType outlines (a glyf table) down to some glyphs: the tables a PDF
/// reader uses for a CIDFontType2 program (head, hhea, maxp, loca, glyf, hmtx and the
/// hinting tables), glyphs renumbered 0 (.notdef), 1, 2, … in the order given, the parts
/// of composite glyphs added after them. Like Cairo's and Qt's subsets, it also carries
/// OS/2, a short post, a name table with the PostScript name and an empty character map:
/// the PDF needs none of them, but some viewers and printer drivers refuse fonts without.
///
/// Why not HarfBuzz's subsetter for these fonts: its plan maps the whole character map and
/// every glyph before it copies anything, 2–8 ms per CJK font whatever the number of glyphs
/// (a third of a report's conversion), while this is a copy of the glyphs used. HarfBuzz
/// still subsets every other kind of font (CFF outlines).
///
/// A face read from a file is read with pread(), a piece at a time, not through its memory
/// map: each page of the map touched costs a fault, and a CJK font's glyphs lie on as many
/// pages as there are glyphs.
class TrueTypeSubsetter
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::TrueTypeSubsetter)

public:
    /// True if `face` has TrueType outlines this class can subset.
    static bool canSubset(hb_face_t *face);

    /// Returns false with the reason if the font's tables are damaged. `characters` (a
    /// character → its original glyph, each glyph among `glyphs`) becomes the subset's character
    /// map, which a web font needs; without it the map is empty, as a PDF needs none.
    static bool subset(const FontFace &face, const QVector<quint32> &glyphs, const QByteArray &postScriptName,
                       QByteArray &program, QHash<quint32, quint32> &newGlyph, QString *error,
                       const QMap<char32_t, quint32> &characters = {});
};

} // namespace nianbao
