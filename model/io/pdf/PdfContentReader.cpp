#include "io/pdf/PdfContentReader.h"

#include "core/ReportLimits.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "io/pdf/PdfLayoutReader.h"
#include "io/pdf/PdfPageDevice.h"

#include <QDateTime>
#include <QMultiHash>
#include <QSet>

#include <Annot.h>
#include <DateInfo.h>
#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <UTF.h>
#include <XRef.h>
#include <functional>
#include <goo/gmem.h>

namespace nianbao {

namespace {

/// When poppler stops drawing a page: past the reading's deadline, or once the page has
/// more characters than any report's page (the text extraction that follows grows faster
/// than the characters: it must never see a hostile page's hundred thousand).
struct StopWhen
{
    qint64 deadline;
    const PdfPageDevice *device;
};

bool shouldStop(void *data)
{
    const auto *stop = static_cast<const StopWhen *>(data);
    return stop->device->overflowed() || QDateTime::currentMSecsSinceEpoch() > stop->deadline;
}

bool drawNoAnnotation(Annot *, void *)
{
    // A reviewer's rectangle, line or sticky note over a table is not one of its borders,
    // and a text box's words are not the page's: notes are read as notes (notesOf).
    return false;
}

bool isDecodable(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if ((category == QChar::Other_Control && c != u'\t') || category == QChar::Other_PrivateUse
            || c == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

/// A page's words and rulings in one pass of poppler over its content, turned by
/// `rotation` (quarter turns clockwise, on top of the page's own /Rotate).
PdfPageContent contentOf(PDFDoc &document, int number, int rotation, qint64 deadline, bool &overflowed)
{
    PdfPageContent content;
    content.number = number;
    content.size = QSizeF(document.getPageCropWidth(number), document.getPageCropHeight(number));
    if ((document.getPageRotate(number) / 90 + rotation) % 2 != 0)
        content.size.transpose();
    PdfPageDevice device;
    StopWhen stop { deadline, &device };
    document.displayPage(&device, number, 72, 72, rotation * 90, false, false, false, &shouldStop, &stop,
                         &drawNoAnnotation, nullptr);
    overflowed = device.overflowed();
    if (overflowed)
        return content;
    for (PdfWord &word : device.words()) {
        if (word.text.trimmed().isEmpty() || !word.box.isValid())
            continue;
        // A font without a map to Unicode gives its glyph codes: control characters, U+FFFD,
        // private-use points. Such a word is left out whole, never in part: "1" and a garbled
        // digit must not become the number 1.
        if (!isDecodable(word.text))
            continue;
        content.words.append(std::move(word));
    }
    content.rulings = device.rulings();
    content.drawnChars = device.decodableChars() + device.undecodableChars();
    content.undecodableChars = device.undecodableChars();
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
/// back. The quarter turns found place its notes too.
PdfPageContent uprightContentOf(PDFDoc &document, int number, qint64 deadline, int &rotation,
                                bool &overflowed)
{
    rotation = 0;
    PdfPageContent content = contentOf(document, number, 0, deadline, overflowed);
    if (overflowed || readsUpright(content))
        return content;
    for (const int r : { 3, 1, 2 }) {
        PdfPageContent turned = contentOf(document, number, r, deadline, overflowed);
        if (readsUpright(turned)) {
            rotation = r;
            return turned;
        }
    }
    return content;
}

/// A PDF text string (PDFDocEncoding, or UTF-16 with its byte order mark) as text.
QString textOf(const GooString *pdfText)
{
    if (!pdfText)
        return QString();
    Unicode *ucs4 = nullptr;
    const int length = TextStringToUCS4(pdfText->toStr(), &ucs4);
    const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4), length);
    gfree(ucs4);
    return text;
}

/// A PDF date ("D:20250115093000+08'00'") as a moment in UTC; invalid when it is none.
QDateTime dateOf(const GooString *pdfDate)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, zoneHours = 0, zoneMinutes = 0;
    char zone = 0;
    if (!pdfDate
        || !parseDateString(pdfDate, &year, &month, &day, &hour, &minute, &second, &zone, &zoneHours,
                            &zoneMinutes))
        return QDateTime();
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    const int offset = (zoneHours * 60 + zoneMinutes) * 60;
    const QDateTime utc(date, time, Qt::UTC);
    return zone == '+' ? utc.addSecs(-offset) : zone == '-' ? utc.addSecs(offset) : utc;
}

/// The review notes of a page with their replies (a reply names the note it answers by /IRT):
/// sticky notes, and highlights that carry a comment. A note points at the middle of its icon
/// or of the text it marks, on the page as its words were read; ours sit inside the top right
/// corner of their cell or paragraph.
/// False when the notes go past `budget` (what a report can hold): the file is then refused
/// rather than read in part.
bool notesOf(PDFDoc &document, int number, PdfPageContent &content, int rotation, int &budget)
{
    Page *page = document.getPage(number);
    Annots *annots = page ? page->getAnnots() : nullptr;
    if (!annots)
        return true;
    // From the page's own space to its words' space (turned, y downwards, in points): the
    // matrix poppler drew the words with.
    double ctm[6];
    page->getDefaultCTM(ctm, 72, 72, (page->getRotate() + rotation * 90) % 360, false, true);
    struct Pending
    {
        AnnotMarkup *note;
        QString parent;
        int depth;
    };
    std::vector<Pending> pending;
    QMultiHash<int, AnnotMarkup *> replies; // by the note they answer
    std::vector<AnnotMarkup *> inReply; // in the page's order
    for (Annot *a : annots->getAnnots()) {
        auto *markup = dynamic_cast<AnnotMarkup *>(a);
        if (!markup)
            continue;
        if (markup->isInReplyTo()) {
            replies.insert(markup->getInReplyToID(), markup);
            inReply.push_back(markup);
        } else {
            // Any markup a reviewer wrote words in is a comment, as Acrobat lists them: a
            // sticky note, a highlight, a rectangle or a text box with a note (one without
            // words is skipped below). Drawings are never drawn as rulings (PdfPageDevice).
            pending.push_back({ markup, QString(), 0 });
        }
    }
    // Breadth first and counted: a hostile file may thread thousands of replies. Replies that
    // no note leads to (their /IRT names a page, a drawing without words, or each other in a
    // loop) are read after the threads, as replies to a note that is not there: the reader
    // keeps them as comments on the whole report and says so.
    QSet<AnnotMarkup *> reached;
    size_t nextOrphan = 0;
    for (size_t i = 0;; ++i) {
        if (i == pending.size()) {
            while (nextOrphan < inReply.size() && reached.contains(inReply[nextOrphan]))
                ++nextOrphan;
            if (nextOrphan == inReply.size())
                break;
            AnnotMarkup *orphan = inReply[nextOrphan++];
            pending.push_back(
                { orphan, QStringLiteral("p%1-missing%2").arg(content.number).arg(orphan->getInReplyToID()),
                  PdfContentReader::MaxReplyDepth });
        }
        reached.insert(pending[i].note);
        AnnotMarkup &a = *pending[i].note;
        PdfNote note;
        note.id = QStringLiteral("p%1n%2").arg(content.number).arg(content.notes.size() + 1);
        note.inReplyTo = pending[i].parent;
        double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        a.getRect(&x1, &y1, &x2, &y2);
        const double x = (x1 + x2) / 2, y = (y1 + y2) / 2;
        note.at = QPointF(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
        note.author = textOf(a.getLabel());
        note.text = textOf(a.getContents());
        note.created = dateOf(a.getDate());
        if (!note.created.isValid())
            note.created = dateOf(a.getModified());
        note.subject = textOf(a.getSubject());
        if (note.text.trimmed().isEmpty() && note.inReplyTo.isEmpty())
            continue; // a highlight without a word said about it
        if (budget-- == 0)
            return false;
        if (pending[i].depth < PdfContentReader::MaxReplyDepth) {
            const QList<AnnotMarkup *> answers = replies.values(a.getId());
            // QMultiHash gives the latest inserted first: the page's order back.
            for (auto r = answers.crbegin(); r != answers.crend(); ++r) {
                if (!reached.contains(*r))
                    pending.push_back({ *r, note.id, pending[i].depth + 1 });
                reached.insert(*r);
            }
        }
        content.notes.append(note);
    }
    return true;
}

/// Why poppler builds no page `number`, as far as its dictionary tells: its notes are the
/// usual cause (a /Annots that is no list, more notes than poppler takes).
QString whyPopplerRefusesPage(PDFDoc &document, int number)
{
    constexpr int PopplerMaxNotes = 10000;
    // The page's dictionary from the page tree itself: poppler keeps no reference to a page
    // it could not build. Bounded: a hostile tree may be deep, wide or loop.
    int remaining = number, visited = 0;
    std::function<Object(const Object &, int)> find = [&](const Object &node, int depth) -> Object {
        if (!node.isDict() || depth > 64 || ++visited > 100000)
            return Object(objNull);
        const Object kids = node.dictLookup("Kids");
        if (!kids.isArray())
            return --remaining == 0 ? node.copy() : Object(objNull);
        for (int k = 0; k < kids.arrayGetLength() && remaining > 0; ++k) {
            Object found = find(kids.arrayGet(k), depth + 1);
            if (!found.isNull())
                return found;
        }
        return Object(objNull);
    };
    const Object catalog = document.getXRef()->getCatalog();
    {
        const Object page = catalog.isDict() ? find(catalog.dictLookup("Pages"), 0) : Object(objNull);
        if (page.isDict()) {
            const Object annots = page.dictLookup("Annots");
            if (annots.isArray() && annots.arrayGetLength() > PopplerMaxNotes)
                return PdfContentReader::tr("%L1 notes (annotations) on this page, more than poppler reads "
                                            "(%L2): it reads nothing of the page then; refused")
                    .arg(annots.arrayGetLength())
                    .arg(PopplerMaxNotes);
            if (!annots.isNull() && !annots.isArray())
                return PdfContentReader::tr(
                    "its list of notes (/Annots) is not a list, so poppler cannot read "
                    "the page; refused");
        }
    }
    return PdfContentReader::tr("poppler cannot read this page (its page dictionary is damaged); refused");
}

// poppler prints what it finds wrong with a file ("Couldn't read xref table") on stderr;
// our refusal says it once, with the file's name, and poppler's last word as the detail.
// Files are read on several threads at once: one last word per thread.
thread_local QString popplerSaid;

void keepPopplersWord(ErrorCategory, Goffset, const char *message)
{
    popplerSaid = QString::fromUtf8(message);
}

/// poppler's global settings, made once for the program's life (poppler-qt6, where it is
/// loaded too, counts its users of the same settings).
void startPoppler()
{
    static GlobalParamsIniter settings(&keepPopplersWord);
    popplerSaid.clear();
}

} // namespace

void PdfContentReader::registerAsLocalReader()
{
    IsolatedPdfReader::setLocalReader(
        [](const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error) {
            return read(pdf, pages, error, &PdfLayoutReader::mayHoldTable);
        });
}

bool PdfContentReader::read(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error,
                            const RulingsWanted &wantRulings)
{
    if (!looksLikePdf(pdf)) {
        error.reason = notPdfReason();
        return false;
    }
    startPoppler();
    // Read from the caller's bytes, not a copy: they outlive the document.
    PDFDoc document(new MemStream(pdf.constData(), 0, pdf.size(), Object(objNull)));
    if (!document.isOk()) {
        if (document.getErrorCode() == errEncrypted) {
            error.reason = tr("the PDF is protected by a password; open it in a PDF reader and save "
                              "an unprotected copy");
            return false;
        }
        const QString detail = popplerSaid.trimmed().remove(QLatin1Char('"'));
        error.reason = detail.isEmpty() ? tr("damaged PDF: it cannot be opened")
                                        : tr("damaged PDF: it cannot be opened (%1)").arg(detail);
        return false;
    }
    if (!document.okToCopy()) {
        error.reason = tr("the PDF's author forbids copying its text");
        return false;
    }
    const int count = document.getNumPages();
    if (count <= 0) {
        error.reason = tr("the PDF has no pages");
        return false;
    }
    if (count > MaxPages) {
        error.reason = tr("%1 pages; an annual report has at most %2").arg(count).arg(MaxPages);
        return false;
    }
    qsizetype words = 0, drawn = 0, undecodable = 0;
    int notesLeft = MaxNotes;
    QVector<PdfPageContent> read;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + MaxSeconds * 1000;
    for (int i = 0; i < count; ++i) {
        if (!document.getPage(i + 1)) {
            error.place = tr("page %1").arg(i + 1);
            error.reason = whyPopplerRefusesPage(document, i + 1);
            return false;
        }
        int rotation = 0;
        bool overflowed = false;
        PdfPageContent content = uprightContentOf(document, i + 1, deadline, rotation, overflowed);
        if (overflowed) {
            error.place = tr("page %1").arg(i + 1);
            error.reason
                = tr("more than %1 characters on one page; no report's page has a tenth of that; refused")
                      .arg(PdfPageDevice::MaxCharsPerPage);
            return false;
        }
        if (QDateTime::currentMSecsSinceEpoch() > deadline) {
            error.place = tr("page %1").arg(i + 1);
            error.reason = tr("reading its text took more than %1 seconds; refused").arg(MaxSeconds);
            return false;
        }
        words += content.words.size();
        drawn += content.drawnChars;
        undecodable += content.undecodableChars;
        if (words > MaxWords) {
            error.place = tr("page %1").arg(i + 1);
            error.reason = tr("more than %1 words; no annual report is that long").arg(MaxWords);
            return false;
        }
        if (!wantRulings || !wantRulings(content))
            content.rulings.clear();
        if (!notesOf(document, i + 1, content, rotation, notesLeft)) {
            error.place = tr("page %1").arg(i + 1);
            error.reason = tr("more than %L1 review notes; a report holds at most %L2 comments and as many "
                              "replies; refused")
                               .arg(MaxNotes)
                               .arg(ReportLimits::MaxAnnotations);
            return false;
        }
        read.append(std::move(content));
    }
    // Some fonts without their map to Unicode: what they wrote cannot be read. A few such
    // words (a symbol font's bullets) are left out; past a tenth of the text the report would
    // be read with holes that no check could see, and is refused.
    if (undecodable * 10 > drawn) {
        error.reason = tr("%1 of %2 characters cannot be decoded (their fonts have no map to Unicode); "
                          "export the PDF again with its text, or send the Word file")
                           .arg(undecodable)
                           .arg(drawn);
        return false;
    }
    if (words == 0) {
        error.reason = tr("the PDF has no text layer (a scan?); Nianbao reads text, not images of it");
        return false;
    }
    pages = std::move(read);
    return true;
}

} // namespace nianbao
