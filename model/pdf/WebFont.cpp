#include "pdf/WebFont.h"

#include "pdf/FontFace.h"
#include "pdf/TrueTypeSubsetter.h"

#include <QFont>
#include <QGuiApplication>
#include <QMap>
#include <QRawFont>
#include <QSet>
#include <QVector>

#include <hb-subset.h>
#include <hb.h>

namespace nianbao {

namespace {

// A PostScript name from the family: letters and digits only, as the name table wants.
QByteArray postScriptName(const QString &family)
{
    QByteArray name;
    for (QChar ch : family) {
        if (ch.unicode() < 128 && ch.isLetterOrNumber())
            name += char(ch.unicode());
    }
    return (name.isEmpty() ? QByteArray("Font") : name) + "-Subset";
}

QByteArray subsetWithHarfBuzz(hb_face_t *face, const QMap<char32_t, quint32> &characters)
{
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        return {};
    hb_set_t *unicodes = hb_subset_input_unicode_set(input);
    for (auto it = characters.cbegin(); it != characters.cend(); ++it)
        hb_set_add(unicodes, it.key());
    hb_face_t *subset = hb_subset_or_fail(face, input);
    hb_subset_input_destroy(input);
    if (!subset)
        return {};
    hb_blob_t *blob = hb_face_reference_blob(subset);
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    const QByteArray program(data, int(length));
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    return program;
}

} // namespace

std::unique_ptr<FontFace> WebFont::faceOf(const QString &family, Lookup lookup)
{
    if (lookup == Lookup::FilesFirst) {
        if (std::unique_ptr<FontFace> face = FontFace::ofFamily(family))
            return face;
    }
    // Qt's font database, where there is one (the editor): on Windows, where no fontconfig
    // names the files, the tables come from Qt.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return nullptr;
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.familyName() != family)
        return nullptr;
    return std::make_unique<FontFace>(raw);
}

bool WebFont::build(const QStringList &families, const QString &text, QString *error, Lookup lookup)
{
    m_family.clear();
    m_program.clear();
    m_missing.clear();
    QString reason = tr("none of the fonts %1 is installed").arg(families.join(QStringLiteral(", ")));
    for (const QString &family : families) {
        const std::unique_ptr<FontFace> face = faceOf(family, lookup);
        if (!face)
            continue;
        hb_font_t *font = hb_font_create(face->face());
        hb_codepoint_t glyph = 0;
        if (!hb_font_get_nominal_glyph(font, U'政', &glyph)) {
            hb_font_destroy(font);
            continue; // a family of that name without Chinese glyphs
        }
        // In character order, so that runs of characters get runs of glyphs and the character
        // map stays short.
        QMap<char32_t, quint32> characters;
        QString missing;
        for (char32_t ch : text.toUcs4()) {
            if (ch < 0x20 || characters.contains(ch) || missing.contains(QString::fromUcs4(&ch, 1)))
                continue;
            if (hb_font_get_nominal_glyph(font, ch, &glyph))
                characters.insert(ch, glyph);
            else
                missing += QString::fromUcs4(&ch, 1);
        }
        hb_font_destroy(font);

        QByteArray program;
        QString subsetError;
        if (TrueTypeSubsetter::canSubset(face->face())) {
            QVector<quint32> glyphs;
            QSet<quint32> seen;
            for (quint32 g : std::as_const(characters)) {
                if (!seen.contains(g)) {
                    seen.insert(g);
                    glyphs.append(g);
                }
            }
            QHash<quint32, quint32> newGlyph;
            if (!TrueTypeSubsetter::subset(*face, glyphs, postScriptName(family), program, newGlyph,
                                           &subsetError, characters))
                program.clear();
            m_mediaType = QStringLiteral("font/ttf");
        } else {
            program = subsetWithHarfBuzz(face->face(), characters);
            subsetError = tr("HarfBuzz could not subset the font");
            m_mediaType = QStringLiteral("font/otf");
        }
        if (program.isEmpty()) {
            reason = tr("the font %1 (%2) cannot be cut down: %3").arg(family, face->fileName(), subsetError);
            continue;
        }
        m_family = family;
        m_program = program;
        m_missing = missing;
        return true;
    }
    if (error)
        *error = reason;
    return false;
}

} // namespace nianbao
