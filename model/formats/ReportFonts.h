#pragma once

#include "FormatError.h"

#include <QFont>

namespace nianbao {

/// The fonts the PDF and print output use, chosen from an explicit list of free CJK fonts
/// packaged by Debian, and checked: QFontInfo must report the family that was asked for,
/// and the font must have Chinese glyphs. Fallback is never trusted.
///
/// Why not Noto CJK: its glyphs for common ideographs (一 工 比 长 …) are shared with the
/// Kangxi radicals, and Qt's PDF writer then maps them back to U+2F00… in the text layer:
/// the PDF looks right and reads wrong. The TrueType fonts below do not share those glyphs.
class ReportFonts
{
public:
    enum class Face { Song, Hei, Kai };

    /// Debian packages that provide the faces, for messages and package dependencies.
    static QStringList packages();
    /// The families tried for a face, in order.
    static QStringList candidates(Face face);

    /// Resolves all faces; fails with a clear message if no usable Chinese font exists.
    bool resolve(FormatError &error);
    QFont font(Face face, qreal pointSize, bool bold = false) const;
    QString family(Face face) const { return m_families[int(face)]; }

private:
    QString m_families[3];
};

} // namespace nianbao
