#include "io/pdf/PdfContentReader.h"

#include "io/pdf/PdfPageDevice.h"

#include <QDateTime>
#include <QSet>

#include <PDFDoc.h>
#include <Stream.h>
#include <mutex>
#include <poppler-qt6.h>

namespace nianbao {

namespace {

bool pastDeadlineAt(void *deadline)
{
    return QDateTime::currentMSecsSinceEpoch() > *static_cast<const qint64 *>(deadline);
}

bool drawNoAnnotation(Annot *, void *)
{
    // A reviewer's rectangle, line or sticky note over a table is not one of its borders,
    // and a text box's words are not the page's: notes are read as notes (notesOf).
    return false;
}

/// A page's words and rulings in one pass of poppler over its content, turned by
/// `rotation` (quarter turns clockwise, on top of the page's own /Rotate).
PdfPageContent contentOf(PDFDoc &document, int number, int rotation, qint64 deadline)
{
    PdfPageContent content;
    content.number = number;
    content.size = QSizeF(document.getPageCropWidth(number), document.getPageCropHeight(number));
    if ((document.getPageRotate(number) / 90 + rotation) % 2 != 0)
        content.size.transpose();
    PdfPageDevice device;
    document.displayPage(&device, number, 72, 72, rotation * 90, false, false, false, &pastDeadlineAt,
                         &deadline, &drawNoAnnotation, nullptr);
    for (PdfWord &word : device.words()) {
        if (!word.text.trimmed().isEmpty() && word.box.isValid())
            content.words.append(std::move(word));
    }
    content.rulings = device.rulings();
    return content;
}

/// Does the text run left to right in rows, as a page is read? Most words of several
/// characters are then wider than tall, their characters following each other rightwards.
bool readsUpright(const PdfPageContent &content)
{
    int upright = 0, other = 0;
    for (const PdfWord &w : content.words) {
        if (w.chars.size() < 2 || !w.chars.first().isValid() || !w.chars.last().isValid())
            continue;
        const bool ok
            = w.box.width() > w.box.height() && w.chars.last().center().x() > w.chars.first().center().x();
        (ok ? upright : other) += 1;
    }
    return upright >= other;
}

/// The page turned so that its text reads upright: as displayed, or, where a page's /Rotate
/// turns its text on its side (a rotated scan of a page, a page turned by a tool), turned
/// back. The rotation found places its notes too.
PdfPageContent uprightContentOf(PDFDoc &document, int number, qint64 deadline,
                                Poppler::Page::Rotation &rotation)
{
    rotation = Poppler::Page::Rotate0;
    PdfPageContent content = contentOf(document, number, 0, deadline);
    if (readsUpright(content))
        return content;
    for (const auto r : { Poppler::Page::Rotate270, Poppler::Page::Rotate90, Poppler::Page::Rotate180 }) {
        PdfPageContent turned = contentOf(document, number, int(r), deadline);
        if (readsUpright(turned)) {
            rotation = r;
            return turned;
        }
    }
    return content;
}

/// A point given in poppler's normalised page coordinates (0–1, as displayed), on the page
/// as its words were read (turned upright when `rotation` says so).
QPointF pagePoint(QPointF n, const QSizeF &size, Poppler::Page::Rotation rotation)
{
    switch (rotation) {
    case Poppler::Page::Rotate90:
        n = QPointF(1 - n.y(), n.x());
        break;
    case Poppler::Page::Rotate180:
        n = QPointF(1 - n.x(), 1 - n.y());
        break;
    case Poppler::Page::Rotate270:
        n = QPointF(n.y(), 1 - n.x());
        break;
    default:
        break;
    }
    return QPointF(n.x() * size.width(), n.y() * size.height());
}

/// The review notes of a page with their replies (poppler lists a reply under the note it
/// answers, /IRT): sticky notes, text boxes and highlights that carry a comment. A note
/// points at the middle of its icon or of the text it marks; ours sit inside the top right
/// corner of their cell or paragraph.
void notesOf(const Poppler::Page &page, PdfPageContent &content, Poppler::Page::Rotation rotation,
             int &budget)
{
    const QSet<Poppler::Annotation::SubType> kinds { Poppler::Annotation::AText,
                                                     Poppler::Annotation::AHighlight };
    struct Pending
    {
        std::unique_ptr<Poppler::Annotation> note;
        QString parent;
        int depth;
    };
    std::vector<Pending> pending;
    for (std::unique_ptr<Poppler::Annotation> &a : page.annotations(kinds))
        pending.push_back({ std::move(a), QString(), 0 });
    // Breadth first and counted: a hostile file may thread thousands of replies.
    for (size_t i = 0; i < pending.size() && budget > 0; ++i) {
        const Poppler::Annotation &a = *pending[i].note;
        PdfNote note;
        note.id = QStringLiteral("p%1n%2").arg(content.number).arg(content.notes.size() + 1);
        note.inReplyTo = pending[i].parent;
        note.at = pagePoint(a.boundary().center(), content.size, rotation);
        note.author = a.author();
        note.text = a.contents();
        note.created = a.creationDate().isValid() ? a.creationDate() : a.modificationDate();
        note.subject = a.popup().summary(); // the note's /Subj
        if (note.text.trimmed().isEmpty() && note.inReplyTo.isEmpty())
            continue; // a highlight without a word said about it
        --budget;
        if (pending[i].depth < PdfContentReader::MaxReplyDepth) {
            for (std::unique_ptr<Poppler::Annotation> &reply : a.revisions())
                pending.push_back({ std::move(reply), note.id, pending[i].depth + 1 });
        }
        content.notes.append(note);
    }
}

// poppler prints what it finds wrong with a file ("Error: Couldn't read xref table") on
// stderr; our refusal says it once, with the file's name, and poppler's last word as the
// detail. Files are read on several threads at once: one last word per thread.
thread_local QString popplerSaid;

void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { popplerSaid = message; }, QVariant());
    });
    popplerSaid.clear();
}

} // namespace

bool PdfContentReader::looksLikePdf(const QByteArray &data)
{
    return data.startsWith("%PDF-") || data.left(1024).contains("%PDF-");
}

bool PdfContentReader::read(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error,
                            const RulingsWanted &wantRulings)
{
    if (!looksLikePdf(pdf)) {
        error.reason = tr("not a PDF file (it does not begin with %PDF-)");
        return false;
    }
    quietPoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        const QString detail = popplerSaid.section(QLatin1Char(':'), 1).trimmed().remove(QLatin1Char('"'));
        error.reason = detail.isEmpty() ? tr("damaged PDF: it cannot be opened")
                                        : tr("damaged PDF: it cannot be opened (%1)").arg(detail);
        return false;
    }
    if (document->isLocked()) {
        error.reason = tr("the PDF is protected by a password; open it in a PDF reader and save an "
                          "unprotected copy");
        return false;
    }
    if (!document->okToCopy()) {
        error.reason = tr("the PDF's author forbids copying its text");
        return false;
    }
    const int count = document->numPages();
    if (count <= 0) {
        error.reason = tr("the PDF has no pages");
        return false;
    }
    if (count > MaxPages) {
        error.reason = tr("%1 pages; an annual report has at most %2").arg(count).arg(MaxPages);
        return false;
    }
    // The same bytes opened again through poppler's own API, which reads a page's words and
    // rulings in one pass (PdfPageDevice says why); poppler-qt6 keeps the checks above, the
    // notes and, while its document lives, poppler's global settings.
    PDFDoc drawable(new MemStream(pdf.constData(), 0, pdf.size(), Object(objNull)));
    if (!drawable.isOk() || drawable.getNumPages() != count) {
        error.reason = tr("damaged PDF: it cannot be opened");
        return false;
    }
    qsizetype words = 0;
    int notesLeft = MaxNotes;
    QVector<PdfPageContent> read;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + MaxSeconds * 1000;
    for (int i = 0; i < count; ++i) {
        if (!drawable.getPage(i + 1)) {
            error.place = tr("page %1").arg(i + 1);
            error.reason = tr("poppler cannot read this page (its page dictionary is damaged); refused");
            return false;
        }
        Poppler::Page::Rotation rotation = Poppler::Page::Rotate0;
        PdfPageContent content = uprightContentOf(drawable, i + 1, deadline, rotation);
        if (QDateTime::currentMSecsSinceEpoch() > deadline) {
            error.place = tr("page %1").arg(i + 1);
            error.reason = tr("reading its text took more than %1 seconds; refused").arg(MaxSeconds);
            return false;
        }
        words += content.words.size();
        if (words > MaxWords) {
            error.place = tr("page %1").arg(i + 1);
            error.reason = tr("more than %1 words; no annual report is that long").arg(MaxWords);
            return false;
        }
        if (!wantRulings || !wantRulings(content))
            content.rulings.clear();
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            notesOf(*page, content, rotation, notesLeft);
        read.append(std::move(content));
    }
    if (words == 0) {
        error.reason = tr("the PDF has no text layer (a scan?); Nianbao reads text, not images of it");
        return false;
    }
    pages = std::move(read);
    return true;
}

} // namespace nianbao
