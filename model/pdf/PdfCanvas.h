#pragma once

#include "render/LayoutDevice.h"
#include "render/PageCanvas.h"

#include <QDateTime>
#include <QHash>
#include <QRawFont>
#include <QVector>

#include <memory>
#include <vector>

namespace nianbao {

class PdfFont;
class PdfObjectWriter;

/// A canvas that writes PDF itself: pages of positioned glyphs and ruled boxes, fonts
/// embedded as subsets with a text layer built from the report's characters.
///
/// Why not QPdfWriter: its font embedding (a reverse lookup of every BMP code point per
/// font) took most of a conversion's time, which must stay far below LibreOffice's for
/// batches of reports, and that reverse lookup is the cause of the Kangxi-radical trap.
class PdfCanvas : public PageCanvas
{
public:
    PdfCanvas();
    ~PdfCanvas() override;

    QPaintDevice *layoutDevice() override { return &m_device; }
    void drawGlyphRuns(const QList<QGlyphRun> &runs, const QPointF &origin, QStringView text) override;
    void drawRect(const QRectF &rect, qreal penWidth) override;
    void newPage() override;
    void mark(const QString &place, const QRectF &rect) override;

    /// A PDF text annotation (a sticky note) at a marked place.
    struct Note
    {
        QString place;
        QString author;
        QDateTime created;
        QString text;
        QString subject;
        int inReplyTo = -1; ///< index of the note this one answers (/IRT), or -1
    };
    /// Notes to write with the pages; a note whose place was never marked goes on the first
    /// page's top right corner.
    void setNotes(const QVector<Note> &notes) { m_notes = notes; }
    /// poppler builds no page of more than 10,000 annotations (nor its text): a review copy
    /// must stay within it to be read again, by this program or by Okular and Evince.
    static constexpr int MaxNotesPerPage = 10000;
    /// After the pages are drawn: the page (from 0) that carries the most notes, and how many.
    QPair<int, int> busiestNotesPage() const;
    struct Metadata
    {
        QString title;
        QString author;
        QString creator;
    };
    /// The whole file. Fails (with the reason) only if a font cannot be embedded.
    bool finish(const Metadata &metadata, QByteArray &pdf, QString *error);

private:
    struct FontUse
    {
        QRawFont raw;
        int font;
        bool syntheticBold;
    };
    struct TextRun
    {
        int font;
        double size; ///< points
        bool bold;
        QVector<quint32> glyphs;
        QVector<QPointF> positions; ///< points, PDF space (origin at the bottom left)
    };
    struct Ruling
    {
        QRectF rect; ///< points, PDF space
        double width;
    };
    struct Page
    {
        QVector<Ruling> rulings;
        QVector<TextRun> runs;
    };

    const FontUse &fontFor(const QRawFont &raw);
    bool prepareFonts(QString *error);
    QPointF toPdf(const QPointF &device) const;
    QByteArray content(const Page &page) const;
    /// Writes the notes and returns, per page, its /Annots entries.
    QVector<QByteArray> writeNotes(PdfObjectWriter &writer, const QVector<int> &pageObjects) const;

    LayoutDevice m_device;
    double m_scale; ///< points per device unit
    double m_pageHeight; ///< points
    std::vector<std::unique_ptr<PdfFont>> m_fonts;
    QHash<QByteArray, int> m_fontByFace;
    QVector<FontUse> m_uses;
    QVector<Page> m_pages;
    struct Mark
    {
        int page;
        QRectF rect; ///< points, PDF space
    };
    QHash<QString, Mark> m_marks;
    QVector<Note> m_notes;
};

} // namespace nianbao
