#pragma once

#include <QByteArray>
#include <QVector>

namespace nianbao {

/// The glyph-to-CID map of a CFF font program (Adobe TN #5176), which a PDF needs to show
/// glyphs of an embedded CIDFontType0C font: the codes of the text are CIDs, and a CID-keyed
/// CFF (Noto CJK, Source Han) names its glyphs by CIDs that are not their glyph indices.
/// For a CFF that is not CID-keyed, CIDs are glyph indices.
class CffCharset
{
public:
    /// Reads the header, the Top DICT and the charset of `cff`; false if it is not a CFF
    /// program or is damaged (every offset is checked against the data).
    bool read(const QByteArray &cff);

    bool isCidKeyed() const { return m_cidKeyed; }
    /// The CID of glyph `glyph` (its index when the font is not CID-keyed).
    quint32 cid(quint32 glyph) const;

private:
    bool readCharset(const QByteArray &cff, qsizetype offset, int glyphCount);

    bool m_cidKeyed = false;
    QVector<quint16> m_cids; ///< by glyph index; empty when not CID-keyed
};

} // namespace nianbao
