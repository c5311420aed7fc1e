#pragma once

#include "io/pdf/PdfPageContent.h"

#include <QVector>

#include <TextOutputDev.h>

namespace nianbao {

/// One pass over a page's content with poppler: its words, as poppler's text extraction
/// finds them (TextOutputDev, the engine of pdftotext and of poppler-qt6's textList), and
/// the straight horizontal and vertical lines drawn on it, the borders of tables, whether
/// the PDF strokes them as lines or rectangles or fills them as thin bars. Geometry in page
/// points at 72 dpi, origin top left.
///
/// Why not words from poppler-qt6 and rulings from its QPainter backend, as before: that read
/// each page's content twice, loaded every embedded font to draw text that was thrown away
/// (three quarters of reading a PDF went there), needed Qt Gui's font system, and drew
/// reviewers' annotations as if they were the page's lines. Here text is measured, never
/// drawn, so no font file is read, and annotations are left out by the caller.
class PdfPageDevice : public TextOutputDev
{
public:
    // A table has a few hundred borders; a page of hostile drawing may have millions of paths.
    static constexpr int MaxRulings = 20000;
    // A dense page of an annual report has ~2,000 characters. poppler's text extraction
    // (building lines, then reading order) grows faster than the characters: a hostile page
    // of 100,000 tiny words took half a minute. Beyond this the page is not read.
    static constexpr int MaxCharsPerPage = 30000;

    PdfPageDevice();

    void stroke(GfxState *state) override;
    void fill(GfxState *state) override;
    void eoFill(GfxState *state) override;
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY,
                  CharCode code, int bytes, const Unicode *unicode, int unicodeLength) override;
    /// Did the page have more than MaxCharsPerPage characters (the rest were not taken)?
    bool overflowed() const { return m_chars > MaxCharsPerPage; }
    /// Characters drawn with a map to Unicode, and without one (codes, not characters).
    int decodableChars() const { return m_decodable; }
    int undecodableChars() const { return m_undecodable; }

    /// The words of the page last displayed, in reading order, each with one box per
    /// UTF-16 unit of its text where poppler gives them.
    QVector<PdfWord> words();
    const QVector<QLineF> &rulings() const { return m_rulings; }

private:
    void recordFill(GfxState *state);
    void addSegment(const QPointF &a, const QPointF &b);

    QVector<QLineF> m_rulings;
    int m_chars = 0;
    int m_decodable = 0;
    int m_undecodable = 0;
};

} // namespace nianbao
