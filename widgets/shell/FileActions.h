#pragma once

#include "core/ReportPlace.h"

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace nianbao {

class RecentFilesMenu;
class Report;
class ReportDocument;
class ReportSession;

/// The File menu: new, open, import, recent files, save, export, last year's report, print.
/// The export dialog suggests the standard file name (<agency><year>年政府信息公开工作年度报告),
/// starts in the folder and format used last, and adds the chosen format's extension to a
/// name typed without one.
class FileActions : public QObject
{
    Q_OBJECT
public:
    /// The File menu of `window`, acting on its report's session.
    FileActions(QMainWindow *window, ReportSession *session);

    QMenu *menu() const { return m_menu; }
    RecentFilesMenu *recentMenu() const { return m_recent; }
    /// For the toolbar: "new", "open", "save", "export", "print".
    QAction *action(const QString &name) const;

    /// Asks where to export (withComments: the review copy) and exports there. A publication
    /// copy of a report with errors asks first (ErrorsQuestion).
    void exportDialog(bool withComments);
    /// How to show the first error when the user asks to go there.
    void setShowPlace(const std::function<void(const ReportPlace &)> &show) { m_showPlace = show; }
    /// Puts `action` into the File menu right after the action named `name`.
    void insertAfter(const QString &name, QAction *action);

    /// The file name the export dialog suggests for a report in a format ("pdf").
    static QString suggestedFileName(const Report &report, const QString &extension);
    /// `path` with the extension of `filter` ("PDF document (*.pdf)") when it has none.
    static QString withFilterExtension(const QString &path, const QString &filter);
    /// Where the export dialog starts: the folder and format used last (the report's folder and
    /// the first format the first time), and the suggested name in that format.
    struct ExportStart
    {
        QString path;
        QString filter;
    };
    static ExportStart exportStart(const Report &report, const QString &reportPath);
    /// Remembers the folder and format of an export for the next one.
    static void rememberExport(const QString &path, const QString &filter);

private:
    void newReportDialog();
    void newFromLastYearDialog();

    QMainWindow *m_window;
    ReportSession *m_session;
    ReportDocument *m_document;
    QMenu *m_menu;
    RecentFilesMenu *m_recent;
    std::function<void(const ReportPlace &)> m_showPlace;
};

} // namespace nianbao
