#include "io/pdf/PdfFormat.h"

#include "core/AnnotationPlaces.h"
#include "core/Report.h"
#include "io/import/ReportAssembler.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "io/pdf/PdfLayoutReader.h"
#include "pdf/PdfCanvas.h"
#include "render/ReportRenderer.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QRegularExpression>

namespace nianbao {

QString PdfFormat::displayName() const
{
    return tr("PDF document");
}

void PdfFormat::warmUp() const
{
    // QFontDatabase's static functions are thread-safe; font engines are not shared
    // between threads, so only the database is touched here.
    QFontDatabase::families(QFontDatabase::SimplifiedChinese);
}

QVector<PdfCanvas::Note> PdfFormat::notes(const Report &report)
{
    // Each comment a sticky note at its place, its replies as notes in reply to it (/IRT),
    // as Acrobat and poppler thread them.
    QVector<PdfCanvas::Note> out;
    const AnnotationPlaces places(report);
    for (const Annotation &a : places.annotations()) {
        const ReportPlace &t = a.target;
        const QString place = places.placeOf(&a);
        const int parent = int(out.size());
        QString text = a.text;
        if (!t.quote.isEmpty())
            text = tr("“%1”: %2").arg(t.quote, text);
        out.append(
            { place, a.author, a.created, text, a.resolved ? tr("Comment (resolved)") : tr("Comment"), -1 });
        for (const AnnotationReply &r : a.replies)
            out.append({ place, r.author, r.created, r.text, tr("Reply"), parent });
    }
    return out;
}

Annotations PdfFormat::comments(const QVector<PdfPageContent> &pages,
                                const QHash<QString, ReportPlace> &targets, int *unthreaded)
{
    // What notes() wrote: the subject says resolved (in either language Nianbao writes it, or
    // in this one), a paragraph comment's text starts with the words it quotes.
    const QStringList resolved { QStringLiteral("Comment (resolved)"), QStringLiteral("批注（已解决）"),
                                 tr("Comment (resolved)") };
    static const QRegularExpression quoted(QStringLiteral("^“([^”]*)”[:：] ?"));
    Annotations out;
    QHash<QString, int> thread; // note id → its thread in `out`
    for (const PdfPageContent &page : pages) {
        for (const PdfNote &note : page.notes) {
            const int parent = note.inReplyTo.isEmpty() ? -1 : thread.value(note.inReplyTo, -1);
            if (parent >= 0) { // a reply to a reply joins the same thread
                out[parent].replies.append({ note.author, note.created, note.text });
                thread.insert(note.id, parent);
                continue;
            }
            // A reply to a note that is not there (its /IRT names a page, a drawing without
            // words, a loop of replies): a comment on the whole report, counted, not dropped.
            if (!note.inReplyTo.isEmpty() && unthreaded)
                ++*unthreaded;
            Annotation a;
            a.id = QStringLiteral("pdf-") + note.id;
            a.author = note.author;
            a.created = note.created;
            a.text = note.text;
            a.resolved = resolved.contains(note.subject);
            a.target = targets.value(note.id, ReportPlace::ofReport());
            if (a.target.kind == ReportPlace::Kind::Paragraph) {
                const QRegularExpressionMatch m = quoted.match(a.text);
                if (m.hasMatch()) {
                    a.target.quote = m.captured(1);
                    a.text = a.text.mid(m.capturedLength());
                }
            }
            thread.insert(note.id, int(out.size()));
            out.append(a);
        }
    }
    return out;
}

bool PdfFormat::read(QIODevice &device, Report &report, FormatError &error) const
{
    QVector<PdfPageContent> pages;
    if (!IsolatedPdfReader::read(device.readAll(), pages, error))
        return false;
    Report assembled;
    QHash<QString, ReportPlace> targets;
    if (!ReportAssembler::assemble(PdfLayoutReader::blocks(pages), assembled, error, &targets))
        return false;
    // Review notes (this program's 审阅稿, or a reviewer's in Acrobat or WPS) as comments on
    // the cell or paragraph they stand on.
    assembled.annotations = comments(pages, targets, &assembled.importNotes.unthreadedComments);
    AnnotationAnchors::bind(assembled);
    report = assembled;
    return true;
}

bool PdfFormat::write(const Report &report, QIODevice &device, FormatError &error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        error.reason = tr("PDF output needs the graphical libraries");
        return false;
    }
    ReportRenderer renderer(report);
    if (!renderer.resolveFonts(error))
        return false;
    PdfCanvas canvas;
    canvas.setNotes(notes(report));
    renderer.render(canvas);
    if (const auto [page, count] = canvas.busiestNotesPage(); count > PdfCanvas::MaxNotesPerPage) {
        error.place = tr("page %1").arg(page + 1);
        error.reason
            = tr("%L1 review notes would stand on this page; PDF readers (poppler, and so Okular, "
                 "Evince and Nianbao) read no page with more than %L2. Write the review copy as .docx, "
                 "or resolve and delete comments first.")
                  .arg(count)
                  .arg(PdfCanvas::MaxNotesPerPage);
        return false;
    }
    const QString title = report.title.isEmpty() && !report.agency.isEmpty()
        ? Report::standardTitle(report.agency, report.year)
        : report.title;
    QByteArray pdf;
    QString reason;
    if (!canvas.finish({ title, report.agency,
                         QStringLiteral("Nianbao %1").arg(QCoreApplication::applicationVersion()) },
                       pdf, &reason)) {
        error.reason = tr("cannot embed a font: %1").arg(reason);
        return false;
    }
    if (device.write(pdf) != pdf.size()) {
        error.reason = device.errorString();
        return false;
    }
    return true;
}

} // namespace nianbao
