#include "pdf/FontFace.h"

#include <QByteArray>
#include <QRawFont>
#include <QVector>

#include <hb.h>

#ifdef NIANBAO_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace nianbao {

namespace {

struct FaceFile
{
    QByteArray path;
    int index;
};

#ifdef NIANBAO_HAVE_FONTCONFIG
// Every file `config` knows for a family (nullptr: the system's configuration), the regular
// faces first.
QVector<FaceFile> filesOfFamily(const QString &family, FcConfig *config = nullptr)
{
    QVector<FaceFile> files;
    QVector<int> distances;
    FcPattern *pattern = FcPatternCreate();
    const QByteArray name = family.toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(name.constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, nullptr);
    if (FcFontSet *set = FcFontList(config, pattern, objects)) {
        for (int i = 0; i < set->nfont; ++i) {
            FcChar8 *file = nullptr;
            int index = 0, weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
            if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
                continue;
            FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
            FcPatternGetInteger(set->fonts[i], FC_WEIGHT, 0, &weight);
            FcPatternGetInteger(set->fonts[i], FC_SLANT, 0, &slant);
            const int distance = qAbs(weight - FC_WEIGHT_REGULAR) + (slant != FC_SLANT_ROMAN ? 1000 : 0);
            int at = 0;
            while (at < distances.size() && distances[at] <= distance)
                ++at;
            distances.insert(at, distance);
            files.insert(at, { QByteArray(reinterpret_cast<const char *>(file)), index & 0xFFFF });
        }
        FcFontSetDestroy(set);
    }
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    return files;
}

// The system's whole fontconfig configuration takes 6–8 ms to read (some fifty files of
// rules), more than the rest of an SVG 图解 takes to write. The fonts themselves are found in
// under a millisecond through the caches of the standard font folders, which are all the
// configuration a lookup by family needs. The whole configuration is still read when the
// family is not in those folders, or when FONTCONFIG_FILE or FONTCONFIG_PATH name another.
QVector<FaceFile> filesOfFamilyInStandardFolders(const QString &family)
{
    if (qEnvironmentVariableIsSet("FONTCONFIG_FILE") || qEnvironmentVariableIsSet("FONTCONFIG_PATH"))
        return {};
    static const char standard[] = "<fontconfig>"
                                   "<dir>/usr/share/fonts</dir><dir>/usr/local/share/fonts</dir>"
                                   "<dir prefix=\"xdg\">fonts</dir><dir>~/.fonts</dir>"
                                   "<cachedir>/var/cache/fontconfig</cachedir>"
                                   "<cachedir prefix=\"xdg\">fontconfig</cachedir>"
                                   "</fontconfig>";
    FcConfig *config = FcConfigCreate();
    QVector<FaceFile> files;
    if (FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8 *>(standard), FcFalse)
        && FcConfigBuildFonts(config))
        files = filesOfFamily(family, config);
    FcConfigDestroy(config);
    return files;
}
#else
QVector<FaceFile> filesOfFamily(const QString &)
{
    return {};
}
QVector<FaceFile> filesOfFamilyInStandardFolders(const QString &)
{
    return {};
}
#endif

QByteArray tableBytes(hb_face_t *face, hb_tag_t tag)
{
    hb_blob_t *blob = hb_face_reference_table(face, tag);
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    QByteArray bytes(data, int(length));
    hb_blob_destroy(blob);
    return bytes;
}

hb_blob_t *tableFromQt(hb_face_t *, hb_tag_t tag, void *userData)
{
    const auto *font = static_cast<const QRawFont *>(userData);
    const char name[5] = { char(tag >> 24), char(tag >> 16), char(tag >> 8), char(tag), 0 };
    auto *bytes = new QByteArray(font->fontTable(name));
    if (bytes->isEmpty()) {
        delete bytes;
        return nullptr;
    }
    return hb_blob_create(bytes->constData(), uint(bytes->size()), HB_MEMORY_MODE_READONLY, bytes,
                          [](void *p) { delete static_cast<QByteArray *>(p); });
}

} // namespace

FontFace::FontFace(const QRawFont &font)
{
    // The head table (checksum, dates) tells which of a family's files Qt is using.
    const QByteArray head = font.fontTable("head");
    for (const FaceFile &file : filesOfFamily(font.familyName())) {
        hb_blob_t *blob = hb_blob_create_from_file_or_fail(file.path.constData());
        if (!blob)
            continue;
        hb_face_t *face = hb_face_create(blob, uint(file.index));
        hb_blob_destroy(blob);
        if (!head.isEmpty() && tableBytes(face, HB_TAG('h', 'e', 'a', 'd')) == head) {
            m_face = face;
            m_fileName = QString::fromUtf8(file.path);
            return;
        }
        hb_face_destroy(face);
    }
    m_face = hb_face_create_for_tables(tableFromQt, new QRawFont(font),
                                       [](void *p) { delete static_cast<QRawFont *>(p); });
}

std::unique_ptr<FontFace> FontFace::ofFamily(const QString &family)
{
    QVector<FaceFile> files = filesOfFamilyInStandardFolders(family);
    if (files.isEmpty())
        files = filesOfFamily(family);
    for (const FaceFile &file : std::as_const(files)) {
        hb_blob_t *blob = hb_blob_create_from_file_or_fail(file.path.constData());
        if (!blob)
            continue;
        std::unique_ptr<FontFace> face(new FontFace);
        face->m_face = hb_face_create(blob, uint(file.index));
        hb_blob_destroy(blob);
        if (hb_face_get_glyph_count(face->m_face) == 0)
            continue; // not a font HarfBuzz can read
        face->m_fileName = QString::fromUtf8(file.path);
        return face;
    }
    return nullptr;
}

FontFace::~FontFace()
{
    hb_face_destroy(m_face);
}

} // namespace nianbao
