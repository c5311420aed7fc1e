#pragma once

#include "document/RecoveryStore.h"
#include "document/ReportLock.h"
#include "io/ReportFormat.h"

#include <QElapsedTimer>
#include <QObject>

class QMimeData;
class QPrinter;
class QTimer;
class QWidget;

namespace nianbao {

class Report;
class ReportDocument;

/// The file life of one open report: open and import, save and save as, the lock against
/// editing one report in two windows, autosave to a recovery file and restoring it, export
/// and print. The window shows the document and says what this reports; the file menu calls
/// this. Saves are atomic: a failed write leaves the file on disk as it was and the document
/// modified.
class ReportSession : public QObject
{
    Q_OBJECT
public:
    /// `dialogParent` owns the questions and file dialogs the session shows.
    ReportSession(ReportDocument *document, QWidget *dialogParent);
    ~ReportSession() override;

    ReportDocument *document() const { return m_document; }

    /// Opens a .nianbao report, or imports any other readable format as a new, unsaved one.
    bool openFile(const QString &path);
    /// Saves to the report's file, asking for one the first time.
    bool save();
    bool saveAs(const QString &path);
    /// Writes another format; a publication copy leaves the comments out unless `options` asks.
    bool exportTo(const QString &path, const WriteOptions &options = {});
    /// Replaces the report by a new, unsaved one (a new report, last year's as a start, a sum).
    /// `heldNowhereElse`: its content exists only here (a sum, a pasted report, a report made
    /// from last year's), so closing it asks like closing a modified one.
    void startNewReport(const Report &report, bool heldNowhereElse = false);
    /// Reads a report from pasted or dropped content (a web page's selection, text) as an
    /// import: unsaved, nothing overwritten. False, with the reason said, when nothing in it
    /// reads as a report or the user keeps the current one.
    bool pasteReport(const QMimeData &data);
    /// Help ▸ Open Example Report.
    bool openExample();
    bool attachPreviousYear(const QString &path);
    /// Paints the report on a printer (or the print preview's), as the PDF export does.
    /// Says nothing: painting a preview is not printing.
    bool printTo(QPrinter &printer, int *pages = nullptr);
    /// "N pages sent to the printer".
    void reportPrinted(int pages);

    /// Writes the recovery copy now (the idle timer calls this).
    void autosaveNow();
    bool restoreRecovery(const RecoveryStore::Entry &entry);
    /// Offers to restore reports left behind by a crash; returns true if one was restored.
    bool offerRecovery();

    /// Asks to save a modified report first; false when the user cancels.
    bool maybeSave();
    /// The window closes: false when the user keeps it open. Closed on purpose, the recovery
    /// copy goes and the lock is released.
    bool close();

    /// Tests and automated runs: errors go to lastError() instead of message boxes, and
    /// questions are answered "cancel".
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    QString lastError() const { return m_lastError; }
    /// Says what failed: a message box (when interactive), the status line and lastError().
    void reportError(const QString &title, const QString &message);

signals:
    /// A line for the status bar.
    void statusMessage(const QString &message, int timeoutMs);
    /// A file was opened or saved: for the recent files.
    void fileUsed(const QString &path);
    /// The document holds another report now; `fromFile` when it was opened from a file
    /// (the window then offers the review mode a submitted report opens in).
    void reportLoaded(bool fromFile);

private:
    bool lockFile(const QString &path);
    bool confirmDiscard();

    ReportDocument *m_document;
    QWidget *m_dialogParent;
    QTimer *m_autosaveTimer;
    QElapsedTimer m_unsavedSince; ///< since the first change not yet autosaved
    ReportLock m_lock;
    RecoveryStore m_recovery;
    QString m_recoveryId;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace nianbao
