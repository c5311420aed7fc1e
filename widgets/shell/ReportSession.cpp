#include "widgets/shell/ReportSession.h"

#include "core/ReportFactory.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "io/PastedReport.h"
#include "render/PainterCanvas.h"
#include "render/ReportRenderer.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

namespace nianbao {

namespace {

// The recovery copy is written a second after the last change, and at the latest five
// seconds after the first unsaved one, so that steady typing is saved too: a crash loses
// only the last few seconds.
constexpr int AutosaveIdleMs = 1000;
constexpr int AutosaveMaxDelayMs = 5000;

} // namespace

ReportSession::ReportSession(ReportDocument *document, QWidget *dialogParent)
    : QObject(document)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_autosaveTimer(new QTimer(this))
    , m_recoveryId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveIdleMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ReportSession::autosaveNow);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_unsavedSince.isValid())
            m_unsavedSince.start();
        if (m_unsavedSince.elapsed() >= AutosaveMaxDelayMs)
            autosaveNow();
        else
            m_autosaveTimer->start();
    });
}

ReportSession::~ReportSession()
{
    // The recovery copy stays unless the report was closed on purpose (close()): a crash
    // or a kill leaves it for the next start.
    m_lock.release();
}

void ReportSession::reportError(const QString &title, const QString &message)
{
    m_lastError = message;
    emit statusMessage(message, 10000);
    if (m_interactive)
        QMessageBox::warning(m_dialogParent, title, message);
}

bool ReportSession::lockFile(const QString &path)
{
    qint64 pid = 0;
    QString host;
    if (m_lock.acquire(path, &pid, &host))
        return true;
    reportError(tr("Report already open"),
                tr("%1 is already open in another window (process %2 on %3). Close it there first.")
                    .arg(path)
                    .arg(pid)
                    .arg(host));
    return false;
}

bool ReportSession::openFile(const QString &path)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const ReportFormat *format = registry.formatForFile(path);
    const bool native = format && format->id() == u"nianbao";
    if (native && m_document->filePath() != path && !lockFile(path))
        return false;
    Report report;
    FormatError error;
    if (!registry.readFile(path, report, error)) {
        if (native)
            m_lock.release();
        reportError(tr("Cannot open report"), error.message());
        return false;
    }
    m_recovery.remove(m_recoveryId);
    m_document->load(report, native ? path : QString());
    if (!native) {
        m_lock.release();
        emit statusMessage(tr("Imported %1; save it as a Nianbao report to keep your edits.").arg(path),
                           10000);
    }
    emit fileUsed(path);
    emit reportLoaded(true);
    return true;
}

void ReportSession::startNewReport(const Report &report, bool heldNowhereElse)
{
    m_lock.release();
    m_recovery.remove(m_recoveryId);
    m_document->load(report, QString(), heldNowhereElse);
    m_document->setPreviousYear(std::nullopt);
    emit reportLoaded(false);
    if (heldNowhereElse)
        autosaveNow(); // a crash must not lose what exists nowhere else
}

bool ReportSession::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        const QString chosen = QFileDialog::getSaveFileName(
            m_dialogParent, tr("Save report"), m_document->report().title + QStringLiteral(".nianbao"),
            tr("Nianbao report (*.nianbao)"));
        if (chosen.isEmpty())
            return false;
        return saveAs(chosen.endsWith(QLatin1String(".nianbao")) ? chosen
                                                                 : chosen + QStringLiteral(".nianbao"));
    }
    return saveAs(path);
}

bool ReportSession::saveAs(const QString &path)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    FormatError error;
    if (path != m_document->filePath() && !lockFile(path))
        return false;
    if (!registry.writeFile(m_document->report(), path, *registry.formatById(QStringLiteral("nianbao")),
                            error)) {
        // The document stays modified and the file on disk is what it was.
        reportError(tr("Cannot save report"), error.message());
        return false;
    }
    m_document->markSaved(path);
    m_recovery.remove(m_recoveryId);
    emit fileUsed(path);
    emit statusMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool ReportSession::exportTo(const QString &path, const WriteOptions &options)
{
    FormatError error;
    if (!FormatRegistry::instance().writeFile(m_document->report(), path, error, options)) {
        reportError(tr("Cannot export report"), error.message());
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

void ReportSession::reportPrinted(int pages)
{
    emit statusMessage(tr("%n page(s) sent to the printer", nullptr, pages), 5000);
}

bool ReportSession::printTo(QPrinter &printer, int *pages)
{
    printer.setDocName(m_document->report().title);
    printer.setCreator(QApplication::applicationName());
    printer.setFullPage(true); // the renderer lays out the GB/T 9704 margins itself
    ReportRenderer renderer(m_document->report());
    FormatError error;
    if (!renderer.resolveFonts(error)) {
        reportError(tr("Cannot print"), error.message());
        return false;
    }
    PainterCanvas canvas(printer);
    if (!canvas.begin()) {
        reportError(tr("Cannot print"), tr("The printer cannot be painted on."));
        return false;
    }
    renderer.render(canvas);
    canvas.end();
    if (pages)
        *pages = renderer.pageCount();
    return true;
}

bool ReportSession::attachPreviousYear(const QString &path)
{
    Report last;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, last, error)) {
        reportError(tr("Cannot open last year's report"), error.message());
        return false;
    }
    m_document->setPreviousYear(last);
    emit statusMessage(tr("Last year's report attached: the cross-year rules run as well."), 5000);
    return true;
}

bool ReportSession::openExample()
{
    if (!maybeSave())
        return false;
    Report example;
    FormatError error;
    QFile file(QStringLiteral(":/examples/example-report.nianbao"));
    const ReportFormat *native = FormatRegistry::instance().formatById(QStringLiteral("nianbao"));
    if (!file.open(QIODevice::ReadOnly) || !native->read(file, example, error)) {
        reportError(tr("Cannot open the example"), error.message());
        return false;
    }
    startNewReport(example);
    return true;
}

bool ReportSession::pasteReport(const QMimeData &data)
{
    Report report;
    FormatError error;
    if (!PastedReport::read(data, report, error)) {
        reportError(tr("Cannot paste a report"), error.message());
        return false;
    }
    if (!maybeSave())
        return false;
    startNewReport(report, true);
    emit statusMessage(tr("Report read from the pasted content; save it to keep it."), 10000);
    return true;
}

bool ReportSession::confirmDiscard()
{
    if (!m_interactive)
        return false;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved changes"), tr("The report has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool ReportSession::maybeSave()
{
    return !m_document->isModified() || confirmDiscard();
}

bool ReportSession::close()
{
    if (!maybeSave())
        return false;
    m_recovery.remove(m_recoveryId); // closed on purpose: nothing to recover
    m_lock.release();
    return true;
}

void ReportSession::autosaveNow()
{
    m_autosaveTimer->stop();
    m_unsavedSince.invalidate();
    if (!m_document->isModified()) {
        m_recovery.remove(m_recoveryId);
        return;
    }
    FormatError error;
    if (!m_recovery.save(m_recoveryId, m_document->report(), m_document->filePath(), error))
        emit statusMessage(tr("Autosave failed: %1").arg(error.message()), 10000);
}

bool ReportSession::restoreRecovery(const RecoveryStore::Entry &entry)
{
    Report report;
    FormatError error;
    if (!m_recovery.load(entry, report, error)) {
        reportError(tr("Cannot restore"), error.message());
        return false;
    }
    if (!entry.originalPath.isEmpty() && !lockFile(entry.originalPath))
        return false;
    // Restored work is unsaved work: load the file's state, then the recovered one on top
    // as one undoable step, so that "modified" is true and undo goes back to the file.
    Report base;
    if (entry.originalPath.isEmpty() || !FormatRegistry::instance().readFile(entry.originalPath, base, error))
        base = ReportFactory::newReport(QString(), 0, BodyKind::Department);
    m_document->load(base, entry.originalPath);
    m_document->replaceContent(report, tr("Restore unsaved changes"));
    m_recovery.remove(entry.id);
    m_recoveryId = entry.id;
    autosaveNow();
    return true;
}

bool ReportSession::offerRecovery()
{
    const auto entries = m_recovery.entries();
    for (const RecoveryStore::Entry &e : entries) {
        const QString what = e.originalPath.isEmpty() ? tr("an unsaved report") : e.originalPath;
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Restore unsaved work?"),
            tr("Nianbao was not closed properly. Restore the changes to %1 autosaved at %2?")
                .arg(what, QLocale().toString(e.saved, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            return restoreRecovery(e);
        if (answer == QMessageBox::Discard)
            m_recovery.remove(e.id);
    }
    return false;
}

} // namespace nianbao
