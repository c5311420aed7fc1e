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

// Every file fontconfig knows for a family: the one Qt loaded is among them.
QVector<FaceFile> filesOfFamily(const QString &family)
{
    QVector<FaceFile> files;
#ifdef NIANBAO_HAVE_FONTCONFIG
    FcPattern *pattern = FcPatternCreate();
    const QByteArray name = family.toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(name.constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, FC_INDEX, nullptr);
    if (FcFontSet *set = FcFontList(nullptr, pattern, objects)) {
        for (int i = 0; i < set->nfont; ++i) {
            FcChar8 *file = nullptr;
            int index = 0;
            if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
                continue;
            FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
            files.append({ QByteArray(reinterpret_cast<const char *>(file)), index & 0xFFFF });
        }
        FcFontSetDestroy(set);
    }
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
#else
    Q_UNUSED(family)
#endif
    return files;
}

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

FontFace::~FontFace()
{
    hb_face_destroy(m_face);
}

} // namespace nianbao
