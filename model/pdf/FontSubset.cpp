#include "pdf/FontSubset.h"

#include "pdf/FontFace.h"
#include "pdf/TrueTypeSubsetter.h"

#include <QCoreApplication>
#include <QtEndian>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

namespace nianbao {

namespace {

// Tables a CIDFontType2 program does not need: text shaping, vertical and bitmap data.
// Dropping them saves the time of subsetting them as well as their bytes. (The character
// map, names and post table stay, small, for viewers that insist on them.)
constexpr hb_tag_t droppedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'),
    HB_TAG('V', 'O', 'R', 'G'), HB_TAG('E', 'B', 'D', 'T'), HB_TAG('E', 'B', 'L', 'C'),
    HB_TAG('E', 'B', 'S', 'C'), HB_TAG('g', 'a', 's', 'p'), HB_TAG('h', 'd', 'm', 'x'),
    HB_TAG('k', 'e', 'r', 'n'), HB_TAG('L', 'T', 'S', 'H'), HB_TAG('V', 'D', 'M', 'X'),
    HB_TAG('m', 'o', 'r', 't'), HB_TAG('m', 'o', 'r', 'x'),
};

int perMille(hb_position_t units, unsigned int upem)
{
    return int(qRound64(double(units) * 1000.0 / upem));
}

// The PostScript name, as a PDF name: no delimiters, no spaces.
QByteArray postScriptNameOf(hb_face_t *face)
{
    char name[128];
    unsigned int size = sizeof name;
    QByteArray raw;
    if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name) > 0)
        raw = QByteArray(name, int(size));
    QByteArray clean;
    for (char ch : std::as_const(raw)) {
        if (ch > 32 && ch < 127 && !QByteArray("()<>[]{}/%#").contains(ch))
            clean += ch;
    }
    return clean.isEmpty() ? QByteArray("CJKFont") : clean;
}

} // namespace

bool FontSubset::subsetWithHarfBuzz(hb_face_t *source, const QVector<quint32> &glyphs, QString *error)
{
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    hb_set_t *glyphSet = hb_subset_input_glyph_set(input);
    for (quint32 g : glyphs)
        hb_set_add(glyphSet, g);
    hb_set_t *dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t tag : droppedTables)
        hb_set_add(dropped, tag);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);

    hb_subset_plan_t *plan = hb_subset_plan_create_or_fail(source, input);
    hb_face_t *subset = plan ? hb_subset_plan_execute_or_fail(plan) : nullptr;
    hb_subset_input_destroy(input);
    if (!subset) {
        hb_subset_plan_destroy(plan);
        *error = tr("HarfBuzz could not subset the font");
        return false;
    }
    const hb_map_t *mapping = hb_subset_plan_old_to_new_glyph_mapping(plan);
    m_newGlyph.clear();
    for (quint32 g : glyphs)
        m_newGlyph.insert(g, hb_map_get(mapping, g));
    hb_subset_plan_destroy(plan);

    // A font with PostScript (CFF) outlines is embedded as its bare CFF program
    // (CIDFontType0C): PDF's CIDFontType2 takes TrueType outlines only.
    hb_blob_t *cff = hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' '));
    const bool isCff = hb_blob_get_length(cff) > 0;
    hb_blob_t *blob = isCff ? hb_blob_reference(cff) : hb_face_reference_blob(subset);
    hb_blob_destroy(cff);
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    m_program = QByteArray(data, int(length));
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    m_outlines = isCff ? Outlines::Cff : Outlines::TrueType;
    if (isCff && !m_charset.read(m_program)) {
        *error = tr("the font's CFF outlines are damaged");
        return false;
    }
    return true;
}

quint32 FontSubset::code(quint32 original) const
{
    const quint32 glyph = m_newGlyph.value(original);
    return m_outlines == Outlines::Cff ? m_charset.cid(glyph) : glyph;
}

bool FontSubset::build(const FontFace &face, const QVector<quint32> &glyphs, QString *error, Method method)
{
    hb_face_t *source = face.face();
    const unsigned int upem = hb_face_get_upem(source);
    if (hb_face_get_glyph_count(source) == 0 || upem == 0) {
        *error = tr("the font has no glyphs HarfBuzz can read");
        return false;
    }

    m_postScriptName = postScriptNameOf(source);
    m_outlines = Outlines::TrueType;
    if (hb_blob_t *cff2 = hb_face_reference_table(source, HB_TAG('C', 'F', 'F', '2'))) {
        const bool variable = hb_blob_get_length(cff2) > 0;
        hb_blob_destroy(cff2);
        if (variable) {
            *error = tr("the font has CFF2 (variable) outlines, which PDF cannot embed");
            return false;
        }
    }
    if (TrueTypeSubsetter::canSubset(source) && method != Method::HarfBuzz) {
        if (!TrueTypeSubsetter::subset(face, glyphs, m_postScriptName, m_program, m_newGlyph, error))
            return false;
    } else if (!subsetWithHarfBuzz(source, glyphs, error)) {
        return false;
    }

    // Metrics from the original face, in font units (a font's default scale is its em).
    hb_font_t *font = hb_font_create(source);
    m_width.clear();
    for (quint32 g : glyphs)
        m_width.insert(g, perMille(hb_font_get_glyph_h_advance(font, g), upem));
    hb_position_t ascender = 0;
    hb_position_t descender = 0;
    if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender))
        m_ascent = perMille(ascender, upem);
    if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender))
        m_descent = perMille(descender, upem);
    hb_font_destroy(font);

    hb_blob_t *head = hb_face_reference_table(source, HB_TAG('h', 'e', 'a', 'd'));
    unsigned int length = 0;
    const char *h = hb_blob_get_data(head, &length);
    if (length >= 54) {
        auto s16 = [&](int at) { return int(qFromBigEndian<qint16>(h + at)); };
        m_bbox = QRectF(QPointF(perMille(s16(36), upem), perMille(s16(38), upem)),
                        QPointF(perMille(s16(40), upem), perMille(s16(42), upem)));
    }
    hb_blob_destroy(head);

    return true;
}

} // namespace nianbao
