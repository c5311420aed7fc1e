#include "pdf/PdfCanvas.h"

#include "pdf/PdfFont.h"
#include "pdf/PdfObjectWriter.h"

#include <QDateTime>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <thread>

namespace nianbao {

namespace {

// Text is laid out as for a 600 dpi printer: fine enough that glyph positions need no
// rounding, the resolution the Qt PDF writer used before.
constexpr int LayoutDpi = 600;
constexpr double A4Width = 595.276; // points
constexpr double A4Height = 841.89;

// The weight class a font file declares (OS/2), 400 if it does not say.
int declaredWeight(const QRawFont &raw)
{
    const QByteArray os2 = raw.fontTable("OS/2");
    return os2.size() >= 6 ? qFromBigEndian<quint16>(os2.constData() + 4) : 400;
}

} // namespace

PdfCanvas::PdfCanvas()
    : m_device(LayoutDpi)
    , m_scale(72.0 / LayoutDpi)
    , m_pageHeight(A4Height)
    , m_pages(1)
{
}

PdfCanvas::~PdfCanvas() = default;

QPointF PdfCanvas::toPdf(const QPointF &device) const
{
    return { device.x() * m_scale, m_pageHeight - device.y() * m_scale };
}

const PdfCanvas::FontUse &PdfCanvas::fontFor(const QRawFont &raw)
{
    // One QRawFont per face and size; one PDF font per face.
    for (const FontUse &use : std::as_const(m_uses)) {
        if (use.raw == raw)
            return use;
    }
    const QByteArray face
        = raw.familyName().toUtf8() + '\0' + raw.styleName().toUtf8() + '\0' + raw.fontTable("head");
    auto it = m_fontByFace.find(face);
    if (it == m_fontByFace.end()) {
        m_fonts.push_back(std::make_unique<PdfFont>(raw));
        it = m_fontByFace.insert(face, int(m_fonts.size()) - 1);
    }
    // Bold asked of a face that has none: Qt draws it emboldened, and so does the PDF.
    const bool syntheticBold = raw.weight() >= QFont::DemiBold && declaredWeight(raw) < QFont::DemiBold;
    m_uses.append({ raw, *it, syntheticBold });
    return m_uses.last();
}

void PdfCanvas::drawGlyphRuns(const QList<QGlyphRun> &runs, const QPointF &origin, QStringView text)
{
    const QList<uint> characters = text.toUcs4();
    auto character
        = [&](int i) { return QString::fromUcs4(reinterpret_cast<const char32_t *>(&characters[i]), 1); };
    for (const QGlyphRun &run : runs) {
        const QRawFont raw = run.rawFont();
        const FontUse &use = fontFor(raw);
        PdfFont &font = *m_fonts[use.font];
        TextRun out { use.font, raw.pixelSize() * m_scale, use.syntheticBold, run.glyphIndexes(), {} };
        out.positions.reserve(out.glyphs.size());
        for (const QPointF &p : run.positions())
            out.positions.append(toPdf(p + origin));

        // What each glyph stands for: one glyph per character in a run that covers the
        // whole text (the usual case for Chinese); otherwise the font's own character map.
        if (runs.size() == 1 && characters.size() == out.glyphs.size()) {
            for (int i = 0; i < characters.size(); ++i)
                font.use(out.glyphs[i], character(i));
        } else {
            const QString string = text.toString();
            const QList<quint32> nominal = raw.glyphIndexesForString(string);
            QHash<quint32, QString> byGlyph;
            if (nominal.size() == characters.size()) {
                for (int i = 0; i < characters.size(); ++i) {
                    if (nominal[i] && !byGlyph.contains(nominal[i]))
                        byGlyph.insert(nominal[i], character(i));
                }
            }
            for (quint32 g : std::as_const(out.glyphs))
                font.use(g, byGlyph.value(g));
        }
        m_pages.last().runs.append(std::move(out));
    }
}

void PdfCanvas::drawRect(const QRectF &rect, qreal penWidth)
{
    const QPointF bottomLeft = toPdf(rect.bottomLeft());
    m_pages.last().rulings.append(
        { QRectF(bottomLeft, QSizeF(rect.width() * m_scale, rect.height() * m_scale)), penWidth * m_scale });
}

void PdfCanvas::mark(const QString &place, const QRectF &rect)
{
    if (m_pages.isEmpty() || m_marks.contains(place))
        return;
    const QPointF bottomLeft = toPdf(rect.bottomLeft());
    m_marks.insert(place,
                   { int(m_pages.size()) - 1,
                     QRectF(bottomLeft, QSizeF(rect.width() * m_scale, rect.height() * m_scale)) });
}

QPair<int, int> PdfCanvas::busiestNotesPage() const
{
    QVector<int> perPage(qMax(qsizetype(1), m_pages.size()));
    for (const Note &note : m_notes)
        ++perPage[qBound(0, m_marks.value(note.place).page, int(perPage.size()) - 1)];
    const auto most = std::max_element(perPage.cbegin(), perPage.cend());
    return { int(most - perPage.cbegin()), *most };
}

QVector<QByteArray> PdfCanvas::writeNotes(PdfObjectWriter &writer, const QVector<int> &pageObjects) const
{
    QVector<QByteArray> annots(pageObjects.size());
    QVector<int> objects;
    for (int i = 0; i < m_notes.size(); ++i)
        objects << writer.reserve();
    QHash<QString, int> perPlace; // notes already at a place: the next one sits to its left
    constexpr double Icon = 14; // points
    for (int i = 0; i < m_notes.size(); ++i) {
        const Note &note = m_notes[i];
        const Mark mark = m_marks.value(
            note.place, { 0, QRectF(0, m_pageHeight - 60, A4Width - 40, 20) }); // unmarked: top right
        const int page = qBound(0, mark.page, int(pageObjects.size()) - 1);
        const int nth = note.inReplyTo >= 0 ? perPlace.value(note.place) - 1 : perPlace[note.place]++;
        // Side by side from the top right corner leftwards, then in rows downwards, and over
        // again: every icon stays inside its cell or paragraph, where a reader (this program
        // too) places it. Marching on leftwards put the 400th note of a cell on another cell.
        constexpr double Step = Icon + 2;
        const int across = qMax(1, int((mark.rect.width() + 2) / Step));
        const int down = qMax(1, int((mark.rect.height() + 2) / Step));
        const int slot = qMax(0, nth) % (across * down);
        const double right = mark.rect.right() - (slot % across) * Step;
        const double top = mark.rect.bottom() - (slot / across) * Step; // PDF space: bottom() is the top
        QByteArray dictionary = "<< /Type /Annot /Subtype /Text /Rect ["
            + PdfObjectWriter::number(right - Icon) + ' ' + PdfObjectWriter::number(top - Icon) + ' '
            + PdfObjectWriter::number(right) + ' ' + PdfObjectWriter::number(top) + "] /P "
            + PdfObjectWriter::reference(pageObjects[page]) + " /Name /Comment /F 4 /Contents "
            + PdfObjectWriter::textString(note.text) + " /T " + PdfObjectWriter::textString(note.author);
        if (!note.subject.isEmpty())
            dictionary += " /Subj " + PdfObjectWriter::textString(note.subject);
        if (note.created.isValid())
            dictionary += " /M (D:"
                + note.created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
        if (note.inReplyTo >= 0 && note.inReplyTo < i)
            dictionary += " /IRT " + PdfObjectWriter::reference(objects[note.inReplyTo]) + " /RT /R";
        writer.object(objects[i], dictionary + " >>");
        annots[page] += PdfObjectWriter::reference(objects[i]) + ' ';
    }
    return annots;
}

void PdfCanvas::newPage()
{
    m_pages.append(Page());
}

QByteArray PdfCanvas::content(const Page &page) const
{
    auto n = &PdfObjectWriter::number;
    QByteArray out;
    double width = -1;
    for (const Ruling &r : page.rulings) {
        if (r.width != width) {
            if (width >= 0)
                out += "S\n";
            width = r.width;
            out += n(width) + " w\n";
        }
        out += n(r.rect.x()) + ' ' + n(r.rect.y()) + ' ' + n(r.rect.width()) + ' ' + n(r.rect.height())
            + " re\n";
    }
    if (width >= 0)
        out += "S\n";

    for (const TextRun &run : page.runs) {
        const PdfFont &font = *m_fonts[run.font];
        if (run.bold) // fill and stroke the outlines, as Qt emboldens a regular face
            out += "q 2 Tr " + n(run.size / 30.0) + " w\n";
        out += "BT /F" + QByteArray::number(run.font) + ' ' + n(run.size) + " Tf\n";
        // One TJ per baseline; each glyph's position is kept exactly by adjusting the
        // advance the font would give it (thousandths of the font size).
        bool open = false;
        for (int i = 0; i < run.glyphs.size(); ++i) {
            const QPointF p = run.positions[i];
            if (i > 0) {
                const QPointF prev = run.positions[i - 1];
                const double advance = font.width(run.glyphs[i - 1]) * run.size / 1000.0;
                const double dx = p.x() - prev.x();
                if (std::abs(p.y() - prev.y()) < 0.001 && dx >= 0) {
                    const double adjust = (advance - dx) * 1000.0 / run.size;
                    if (std::abs(adjust) >= 0.5)
                        out += "> " + n(adjust) + " <";
                    out += PdfObjectWriter::hex16(font.code(run.glyphs[i]));
                    continue;
                }
            }
            if (open)
                out += "> ] TJ\n";
            out += "1 0 0 1 " + n(p.x()) + ' ' + n(p.y()) + " Tm [<"
                + PdfObjectWriter::hex16(font.code(run.glyphs[i]));
            open = true;
        }
        if (open)
            out += "> ] TJ\n";
        out += run.bold ? "ET Q\n" : "ET\n";
    }
    return out;
}

bool PdfCanvas::prepareFonts(QString *error)
{
    // Subsetting and compressing a font is independent of the others: a second thread
    // takes a share (by glyph count) of the fonts that are read from files. Fonts whose
    // tables come from Qt stay on this thread, as Qt's font engines belong to it.
    std::vector<PdfFont *> here;
    std::vector<PdfFont *> there;
    int hereGlyphs = 0;
    int thereGlyphs = 0;
    std::vector<PdfFont *> byGlyphs;
    for (const auto &font : m_fonts) {
        font->openFace();
        byGlyphs.push_back(font.get());
    }
    std::sort(byGlyphs.begin(), byGlyphs.end(),
              [](PdfFont *a, PdfFont *b) { return a->glyphCount() > b->glyphCount(); });
    for (PdfFont *font : byGlyphs) {
        const bool away = font->canPrepareOnAnyThread() && thereGlyphs < hereGlyphs;
        (away ? there : here).push_back(font);
        (away ? thereGlyphs : hereGlyphs) += font->glyphCount();
    }
    QString thereError;
    bool thereOk = true;
    std::thread helper;
    if (!there.empty()) {
        helper = std::thread([&] {
            for (PdfFont *font : there)
                thereOk = thereOk && font->prepare(&thereError);
        });
    }
    bool ok = true;
    for (PdfFont *font : here)
        ok = ok && font->prepare(error);
    if (helper.joinable())
        helper.join();
    if (ok && !thereOk)
        *error = thereError;
    return ok && thereOk;
}

bool PdfCanvas::finish(const Metadata &metadata, QByteArray &pdf, QString *error)
{
    PdfObjectWriter writer;
    const int catalog = writer.reserve();
    const int pages = writer.reserve();
    const int info = writer.reserve();
    const int resources = writer.reserve();

    if (!prepareFonts(error))
        return false;
    QByteArray fonts;
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        const int object = writer.reserve();
        m_fonts[i]->write(writer, object);
        fonts += " /F" + QByteArray::number(qulonglong(i)) + ' ' + PdfObjectWriter::reference(object);
    }
    writer.object(resources, "<< /Font <<" + fonts + " >> >>");

    QByteArray kids;
    const QByteArray mediaBox
        = "[0 0 " + PdfObjectWriter::number(A4Width) + ' ' + PdfObjectWriter::number(A4Height) + ']';
    QVector<int> pageObjects;
    for (int i = 0; i < m_pages.size(); ++i)
        pageObjects << writer.reserve();
    const QVector<QByteArray> annots = writeNotes(writer, pageObjects);
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page &page = m_pages[i];
        const int pageObject = pageObjects[i];
        const int contents = writer.reserve();
        writer.object(pageObject,
                      "<< /Type /Page /Parent " + PdfObjectWriter::reference(pages) + " /MediaBox " + mediaBox
                          + " /Resources " + PdfObjectWriter::reference(resources) + " /Contents "
                          + PdfObjectWriter::reference(contents)
                          + (annots[i].isEmpty() ? QByteArray() : " /Annots [" + annots[i].trimmed() + ']')
                          + " >>");
        writer.stream(contents, QByteArray(), content(page));
        kids += PdfObjectWriter::reference(pageObject) + ' ';
    }
    writer.object(pages,
                  "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count "
                      + QByteArray::number(m_pages.size()) + " >>");
    writer.object(catalog,
                  "<< /Type /Catalog /Pages " + PdfObjectWriter::reference(pages)
                      + " /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >> >>");

    const QByteArray now = "(D:"
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    QByteArray entries
        = "/Producer " + PdfObjectWriter::textString(metadata.creator) + " /CreationDate " + now;
    if (!metadata.title.isEmpty())
        entries += " /Title " + PdfObjectWriter::textString(metadata.title);
    if (!metadata.author.isEmpty())
        entries += " /Author " + PdfObjectWriter::textString(metadata.author);
    if (!metadata.creator.isEmpty())
        entries += " /Creator " + PdfObjectWriter::textString(metadata.creator);
    writer.object(info, "<< " + entries + " >>");
    pdf = writer.finish(catalog, info);
    return true;
}

} // namespace nianbao
