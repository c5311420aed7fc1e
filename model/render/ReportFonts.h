#pragma once

#include "base/FormatError.h"

#include <QCoreApplication>
#include <QFont>

namespace nianbao {

/// The fonts the PDF and print output use, chosen from an explicit list of free CJK fonts
/// packaged by Debian, and checked: QFontInfo must report the family that was asked for,
/// and the font must have Chinese glyphs. Fallback is never trusted.
///
/// Why not Noto CJK: its glyphs for common ideographs (一 工 比 长 …) are shared with the
/// Kangxi radicals, and any PDF writer that rebuilds the text layer from the font (Qt's
/// does, and Qt's is what printing to a file uses) maps them back to U+2F00…: the PDF looks
/// right and reads wrong. Our PDF writer takes the text layer from the report's characters
/// (PdfFont), and the TrueType fonts below do not share those glyphs in the first place.
class ReportFonts
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportFonts)

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
