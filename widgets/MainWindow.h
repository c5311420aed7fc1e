#pragma once

#include "core/Annotation.h"
#include "document/RecoveryStore.h"
#include "document/ReportLock.h"
#include "io/ReportFormat.h"
#include "rules/Finding.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QMimeData;
class QPrinter;
class QStackedWidget;
class QTimer;

namespace nianbao {

class AnnotationsDock;
class ComparisonDock;
class FileActions;
class FindingsDock;
class NavigationPane;
class ReviewActions;
class ViewActions;
class ReportDocument;
class RecentFilesMenu;
class ReportInfoPage;
class SectionPage;
struct FormatError;
class Report;

/// One report in one window: a navigation pane (报告信息, 一 … 六), a page per section, the
/// findings dock and a status bar with the counts. File handling keeps work safe: atomic
/// saves, a lock file against editing one report in two windows, autosave to a recovery
/// file after a few seconds of idle time.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_document; }
    SectionPage *sectionPage(SectionId section) const;
    ReportInfoPage *infoPage() const { return m_infoPage; }
    FindingsDock *findingsDock() const { return m_findingsDock; }

    /// Opens a .nianbao report, or imports any other readable format as a new, unsaved one.
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    /// Writes another format; a publication copy leaves the comments out unless `options` asks.
    bool exportTo(const QString &path, const WriteOptions &options = {});
    void startNewReport(const Report &report);
    /// Reads a report from pasted or dropped content (a web page's selection, text) into this
    /// window, as an import: unsaved, nothing overwritten. False, with the reason said, when
    /// nothing in it reads as a report.
    bool pasteReport(const QMimeData &data);
    bool attachPreviousYear(const QString &path);
    /// Paints the report on a printer (or the print preview's), as the PDF export does.
    /// Says nothing: painting a preview is not printing.
    bool printTo(QPrinter &printer, int *pages = nullptr);
    void showFinding(const Finding &finding);
    void showLocation(const Location &location);
    AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    ComparisonDock *comparisonDock() const { return m_comparisonDock; }
    ReviewActions *review() const { return m_review; }
    ViewActions *viewActions() const { return m_viewActions; }
    FileActions *fileActions() const { return m_fileActions; }
    /// What a comment made now would be on: the focused cell, paragraph (with the selected
    /// words) or field, else the section or report shown.
    AnnotationTarget commentTargetAtFocus() const;
    void showPage(int index); ///< 0 报告信息, 1 … 6 the sections
    bool saveScreenshots(const QString &directory);

    /// Writes the recovery copy now (the idle timer calls this).
    void autosaveNow();
    bool restoreRecovery(const RecoveryStore::Entry &entry);
    /// Offers to restore reports left behind by a crash; returns true if one was restored.
    bool offerRecovery();

    /// Tests: errors go to lastError() instead of modal message boxes.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }

    /// Asks to save a modified report first; false when the user cancels.
    bool maybeSave();
    /// Says what failed: a message box, or lastError() in tests.
    void reportError(const QString &title, const QString &message);
    /// "N pages sent to the printer" in the status bar.
    void reportPrinted(int pages);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createPages();
    void createReviewPanels();
    void updateTitle();
    void updateStatus();
    bool lockFile(const QString &path);
    void unlockFile();
    bool confirmDiscard();

    ReportDocument *m_document;
    NavigationPane *m_navigation;
    QStackedWidget *m_pages;
    ReportInfoPage *m_infoPage;
    QVector<SectionPage *> m_sectionPages;
    FindingsDock *m_findingsDock;
    AnnotationsDock *m_annotationsDock = nullptr;
    ComparisonDock *m_comparisonDock = nullptr;
    ReviewActions *m_review = nullptr;
    QLabel *m_counts;
    RecentFilesMenu *m_recentMenu = nullptr;
    FileActions *m_fileActions = nullptr;
    ViewActions *m_viewActions = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QTimer *m_autosaveTimer;
    QElapsedTimer m_unsavedSince; ///< since the first change not yet autosaved
    ReportLock m_lock;
    RecoveryStore m_recovery;
    QString m_recoveryId;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace nianbao
