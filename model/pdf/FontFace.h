#pragma once

#include <QString>

#include <memory>

struct hb_face_t;
class QRawFont;

namespace nianbao {

/// The HarfBuzz face of a font Qt has loaded, for subsetting and metrics. Where fontconfig
/// names the font's file, the face reads the file through a memory map, so only the pages
/// holding the tables and glyphs used are touched: a 16 MB CJK font costs neither 16 MB of
/// copying nor of memory. Elsewhere (no fontconfig, as on Windows) the tables are copied
/// out of Qt's font engine on demand, which gives the same bytes more slowly.
class FontFace
{
public:
    explicit FontFace(const QRawFont &font);
    ~FontFace();

    /// An installed family's regular face, found by fontconfig alone: the command line writes
    /// an SVG without Qt's font database. Null when the family is not installed, or where
    /// there is no fontconfig (Windows).
    static std::unique_ptr<FontFace> ofFamily(const QString &family);
    FontFace(const FontFace &) = delete;
    FontFace &operator=(const FontFace &) = delete;

    hb_face_t *face() const { return m_face; }
    /// The file the face was read from, or empty when it came from Qt's tables.
    QString fileName() const { return m_fileName; }

private:
    FontFace() = default;

    hb_face_t *m_face = nullptr;
    QString m_fileName;
};

} // namespace nianbao
