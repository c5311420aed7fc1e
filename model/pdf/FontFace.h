#pragma once

#include <QString>

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
    FontFace(const FontFace &) = delete;
    FontFace &operator=(const FontFace &) = delete;

    hb_face_t *face() const { return m_face; }
    /// The file the face was read from, or empty when it came from Qt's tables.
    QString fileName() const { return m_fileName; }

private:
    hb_face_t *m_face = nullptr;
    QString m_fileName;
};

} // namespace nianbao
