#include "io/pdf/PdfContentReader.h"

#include "io/pdf/RulingRecorder.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPainter>

#include <mutex>
#include <poppler-qt6.h>

namespace nianbao {

namespace {

// Reading text stops at this moment (milliseconds since the epoch, in the closure): a
// hostile content stream must not hold a batch or the desk for ever.
bool pastDeadline(const QVariant &deadline)
{
    return QDateTime::currentMSecsSinceEpoch() > deadline.toLongLong();
}

PdfPageContent wordsOf(const Poppler::Page &page, int number, qint64 deadline,
                       Poppler::Page::Rotation rotation)
{
    PdfPageContent content;
    content.number = number;
    content.size = page.pageSizeF();
    if (rotation == Poppler::Page::Rotate90 || rotation == Poppler::Page::Rotate270)
        content.size.transpose();
    for (const std::unique_ptr<Poppler::TextBox> &box :
         page.textList(rotation, &pastDeadline, QVariant(deadline))) {
        PdfWord word { box->text(), box->boundingBox(), {} };
        if (word.text.trimmed().isEmpty() || !word.box.isValid())
            continue;
        word.chars.reserve(word.text.size());
        for (int i = 0; i < word.text.size(); ++i)
            word.chars.append(box->charBoundingBox(i));
        content.words.append(std::move(word));
    }
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

/// The words of a page turned so that its text reads upright: as displayed, or, where a
/// page's /Rotate turns its text on its side (a rotated scan of a page, a page turned by a
/// tool), turned back. The rotation found is used to draw its rulings too.
PdfPageContent uprightWordsOf(const Poppler::Page &page, int number, qint64 deadline,
                              Poppler::Page::Rotation &rotation)
{
    rotation = Poppler::Page::Rotate0;
    PdfPageContent content = wordsOf(page, number, deadline, rotation);
    if (readsUpright(content))
        return content;
    for (const auto r : { Poppler::Page::Rotate270, Poppler::Page::Rotate90, Poppler::Page::Rotate180 }) {
        PdfPageContent turned = wordsOf(page, number, deadline, r);
        if (readsUpright(turned)) {
            rotation = r;
            return turned;
        }
    }
    return content;
}

QVector<QLineF> rulingsOf(const Poppler::Page &page, const QSizeF &size, Poppler::Page::Rotation rotation)
{
    RulingRecorder recorder(size);
    QPainter painter(&recorder);
    page.renderToPainter(&painter, 72, 72, -1, -1, -1, -1, rotation, Poppler::Page::DontSaveAndRestore);
    painter.end();
    return recorder.rulings();
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

bool PdfContentReader::read(const QByteArray &pdf, QVector<PdfPageContent> &pages, FormatError &error,
                            const RulingsWanted &wantRulings)
{
    if (!pdf.startsWith("%PDF-") && !pdf.left(1024).contains("%PDF-")) {
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
    // Rulings come from poppler's QPainter backend, which needs Qt's font system.
    const bool canDraw = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    document->setRenderBackend(Poppler::Document::QPainterBackend);
    qsizetype words = 0;
    QVector<PdfPageContent> read;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + MaxSeconds * 1000;
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        Poppler::Page::Rotation rotation = Poppler::Page::Rotate0;
        PdfPageContent content = uprightWordsOf(*page, i + 1, deadline, rotation);
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
        if (canDraw && wantRulings && wantRulings(content))
            content.rulings = rulingsOf(*page, content.size, rotation);
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
