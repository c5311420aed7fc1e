#pragma once

#include "core/Annotation.h"
#include "rules/Finding.h"

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
class ReportSession;
class RecentFilesMenu;
class GraphicPage;
class ReportInfoPage;
class YearOverYearPage;
class SectionPage;
struct FormatError;
class Report;

/// One report in one window: a navigation pane (报告信息, 一 … 六), a page per section, the
/// findings and review docks and a status bar with the counts. The report's file life is its
/// ReportSession's; the window shows what the session says and asks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_document; }
    SectionPage *sectionPage(SectionId section) const;
    ReportInfoPage *infoPage() const { return m_infoPage; }
    YearOverYearPage *yearOverYearPage() const { return m_yearOverYearPage; }
    GraphicPage *graphicPage() const { return m_graphicPage; }
    FindingsDock *findingsDock() const { return m_findingsDock; }

    /// The report's file life: open, save, export, print, lock, autosave, recovery.
    ReportSession *session() const { return m_session; }
    void showFinding(const Finding &finding);
    void showPlace(const ReportPlace &location);
    AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    ComparisonDock *comparisonDock() const { return m_comparisonDock; }
    ReviewActions *review() const { return m_review; }
    ViewActions *viewActions() const { return m_viewActions; }
    FileActions *fileActions() const { return m_fileActions; }
    /// What a comment made now would be on: the focused cell, paragraph (with the selected
    /// words) or field, else the section or report shown.
    ReportPlace commentTargetAtFocus() const;
    void showPage(int index); ///< 0 报告信息, 1 … 6 the sections

    bool saveScreenshots(const QString &directory);

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

    ReportDocument *m_document;
    ReportSession *m_session;
    NavigationPane *m_navigation;
    QStackedWidget *m_pages;
    ReportInfoPage *m_infoPage;
    YearOverYearPage *m_yearOverYearPage = nullptr;
    GraphicPage *m_graphicPage = nullptr;
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
    QMenu *m_helpMenu = nullptr;
    QString m_refusalShown; ///< the refused entry's reason in the status bar, until an edit succeeds
    int m_stackIndex = 0;
};

} // namespace nianbao
