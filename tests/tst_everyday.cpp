// Everyday editor features, offscreen: the toolbar with its actions, docks that come back from
// the View menu, Find through prose and table labels, zoom, the export dialog's suggested name
// and extension, and Qt's own strings in Chinese.
#include "TestSupport.h"
#include "base/Localization.h"
#include "content/ReportJson.h"
#include "core/ReportFactory.h"
#include "document/AnnotationsModel.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/ProseEditor.h"
#include "widgets/pages/SectionPage.h"
#include "widgets/review/AnnotationsDock.h"
#include "widgets/review/ReviewActions.h"
#include "widgets/shell/FileActions.h"
#include "widgets/shell/FileDialogFit.h"
#include "widgets/shell/FindBar.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"
#include "widgets/shell/ViewActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace nianbao;

// Typing as a user does, Chinese included: one key event with its text per character
// (QTest::keyClicks takes only Latin-1 keys).
namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// The window on a report, shown and active (keys go to it), asking nothing.
bool showActive(MainWindow &w, const Report &report)
{
    w.session()->setInteractive(false);
    w.document()->load(report);
    w.show();
    return QTest::qWaitForWindowActive(&w);
}

} // namespace

class TestEveryday : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theToolbarHasTheEverydayActions()
    {
        MainWindow w;
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QStringList names;
        for (QAction *a : bar->actions()) {
            if (!a->isSeparator()) {
                names << a->objectName();
                QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            }
        }
        QCOMPARE(names,
                 QStringList({ "newAction", "openAction", "saveAction", "undoAction", "redoAction",
                               "exportAction", "printAction", "checkAction" }));
    }

    // #25.18: a page without findings had no icon, so its name sat further left.
    void theNavigationsNamesStartInOneColumn()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(test::reportWithErrors());
        w.show();
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        bool someClean = false;
        const QSize size = nav->item(0)->icon().actualSize(nav->iconSize());
        for (int i = 0; i < nav->count(); ++i) {
            QVERIFY2(!nav->item(i)->icon().isNull(), qPrintable(nav->item(i)->text()));
            QCOMPARE(nav->item(i)->icon().actualSize(nav->iconSize()), size);
            someClean = someClean || nav->item(i)->toolTip().isEmpty();
        }
        QVERIFY(someClean); // the case that was jagged is there
    }

    void theNavigationShowsWholeSectionNames()
    {
        MainWindow w;
        w.show();
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        for (int i = 0; i < nav->count(); ++i) {
            const int needed = nav->fontMetrics().horizontalAdvance(nav->item(i)->text());
            QVERIFY2(nav->viewport()->width() >= needed, qPrintable(nav->item(i)->text()));
        }
    }

    void aClosedFindingsDockComesBackFromTheViewMenu()
    {
        MainWindow w;
        w.show();
        w.findingsDock()->close();
        QVERIFY(!w.findingsDock()->isVisible());
        QAction *toggle = w.findingsDock()->toggleViewAction();
        bool inViewMenu = false;
        for (QAction *menu : w.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(toggle))
                inViewMenu = true;
        }
        QVERIFY(inViewMenu);
        toggle->trigger();
        QVERIFY(w.findingsDock()->isVisible());
        // Check brings it forward too.
        w.findingsDock()->close();
        w.findChild<QAction *>(QStringLiteral("checkAction"))->trigger();
        QVERIFY(w.findingsDock()->isVisible());
    }

    void findGoesThroughProseAndLabels()
    {
        MainWindow w;
        QVERIFY(showActive(w, test::load(test::fixture(test::report003()))));
        FindBar *bar = w.viewActions()->findBar();
        auto *field = w.findChild<QLineEdit *>(QStringLiteral("findField"));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        // A phrase of section 一's prose: Enter selects it there.
        const QString paragraph = w.document()->report().section(SectionId::Overview).paragraphs[0].text;
        const QString word = paragraph.mid(10, 8);
        typeText(field, word);
        QTest::keyClick(field, Qt::Key_Return);
        auto *prose = w.findChild<ProseEditor *>(QStringLiteral("prose_overview"));
        QCOMPARE(prose->editor()->textCursor().selectedText(), word);
        QVERIFY(w.sectionPage(SectionId::Overview)->isVisible());
        // A label of table 三: the cell that prints it.
        field->clear();
        typeText(field, QStringLiteral("属于国家秘密"));
        QTest::keyClick(field, Qt::Key_Return);
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        QVERIFY(grid->currentIndex().data().toString().contains(QStringLiteral("属于国家秘密")));
        field->clear();
        typeText(field, QStringLiteral("没有这样的文字xyz"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("findCount"))->text(), QStringLiteral("Not found"));
    }

    // Issue #25.1: Enter in the find bar replaced the match by a line break and typing a new
    // term replaced a section's text. The focus stays in the find field; nothing changes.
    void findNeverTypesIntoTheReport()
    {
        MainWindow w;
        QVERIFY(showActive(w, test::load(test::fixture(test::report003()))));
        const QByteArray before = test::contentOf(w.document()->report());
        auto *field = w.findChild<QLineEdit *>(QStringLiteral("findField"));
        auto *count = w.findChild<QLabel *>(QStringLiteral("findCount"));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        typeText(QApplication::focusWidget(), QStringLiteral("公开"));
        QCOMPARE(QApplication::focusWidget(), field);
        const int total = w.viewActions()->findBar()->matchCount();
        QVERIFY(total > 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), field);
        QCOMPARE(count->text(), QStringLiteral("2 / %1").arg(total));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
        QCOMPARE(count->text(), QStringLiteral("3 / %1").arg(total));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(count->text(), QStringLiteral("2 / %1").arg(total));
        // A new term, typed where the focus is, goes into the find field.
        field->selectAll();
        typeText(QApplication::focusWidget(), QStringLiteral("申请"));
        QCOMPARE(field->text(), QStringLiteral("申请"));
        QCOMPARE(test::contentOf(w.document()->report()), before);
        QVERIFY(!w.document()->isModified());
        // Esc closes the bar and leaves the match selected in its editor.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!w.viewActions()->findBar()->isVisible());
        auto *edit = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        const QString selected = edit ? edit->textCursor().selectedText()
            : line                    ? line->selectedText()
                                      : QString();
        QCOMPARE(selected, QStringLiteral("申请"));
    }

    void replaceAllIsOneUndoStep()
    {
        MainWindow w;
        QVERIFY(showActive(w, test::load(test::fixture(test::report003()))));
        const QByteArray before = test::contentOf(w.document()->report());
        QTest::keyClick(&w, Qt::Key_H, Qt::ControlModifier);
        auto *replace = w.findChild<QLineEdit *>(QStringLiteral("replaceField"));
        QVERIFY(replace->isVisible());
        w.findChild<QLineEdit *>(QStringLiteral("findField"))->setText(QStringLiteral("政府信息"));
        replace->setText(QStringLiteral("政务信息"));
        const int found = w.viewActions()->findBar()->matchCount();
        w.findChild<QPushButton *>(QStringLiteral("replaceAllButton"))->click();
        const QString all = w.document()->report().section(SectionId::Overview).plainText();
        QVERIFY(!all.contains(QStringLiteral("政府信息")));
        QVERIFY(found > 1);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        w.document()->undoStack()->undo();
        QCOMPARE(test::contentOf(w.document()->report()), before);
    }

    // Issue #25.10: at their default width the docks showed a few characters of each
    // finding. They open wide enough, wrap (rows grow) and show the full text as a tooltip.
    void theDocksWrapTheirText()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(test::reportWithErrors());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.findingsDock()->width() >= 320, qPrintable(QString::number(w.findingsDock()->width())));
        auto *findings = w.findChild<QTreeView *>(QStringLiteral("findingsView"));
        for (int row = 0; row < findings->model()->rowCount(); ++row) {
            const QModelIndex i = findings->model()->index(row, 0);
            if (!findings->model()->hasChildren(i)) // a bundle's tooltip says how to open it
                QVERIFY(i.data(Qt::ToolTipRole).toString().contains(i.data().toString()));
        }
        // A long comment reads whole: its row grows to several lines.
        const QString text = QStringLiteral("存在的问题写得过于笼统，请具体列出并写明改进措施。").repeated(6);
        w.document()->addAnnotation(ReportPlace::ofSection(SectionId::Problems), text);
        w.annotationsDock()->show();
        w.annotationsDock()->raise();
        QTest::qWait(50);
        auto *comments = w.findChild<QTreeView *>(QStringLiteral("annotationList"));
        const QModelIndex row = comments->model()->index(0, AnnotationsModel::TextColumn);
        QCOMPARE(row.data(Qt::ToolTipRole).toString(), text);
        const QFontMetrics metrics(comments->font());
        QVERIFY(metrics.horizontalAdvance(text) > comments->columnWidth(AnnotationsModel::TextColumn) * 2);
        QVERIFY2(comments->visualRect(row).height() >= metrics.height() * 2,
                 qPrintable(QString::number(comments->visualRect(row).height())));
    }

    // Issue #25.12 (part): the keys and menu order Word, WPS and Excel users expect.
    void wordsKeysAndMenuOrder()
    {
        MainWindow w;
        QAction *redo = w.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("saveAsAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        const QList<QAction *> menus = w.menuBar()->actions();
        QVERIFY(menus.size() >= 2);
        // 审阅 comes just before 帮助, which is last.
        QCOMPARE(menus.at(menus.size() - 2)->menu(), w.review()->menu());
    }

    // 编辑 has cut, copy, paste and select all for whatever has the focus.
    void theEditMenuActsOnTheFocusedWidget()
    {
        MainWindow w;
        Report report = ReportFactory::newReport(QStringLiteral("某局"), 2025, BodyKind::Department);
        report.table(TableId::Applications).setStored(1, 0, CellValue::number(7));
        QVERIFY(showActive(w, report));
        for (const char *name : { "cutAction", "copyAction", "pasteAction", "selectAllAction" })
            QVERIFY2(w.findChild<QAction *>(QLatin1String(name)), name);
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        w.showPlace(ReportPlace::ofCell({ TableId::Applications, 1, 0 }));
        grid->setFocus();
        QApplication::clipboard()->clear();
        w.findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("7"));
        // In a field: its own text.
        auto *agency = w.findChild<QLineEdit *>(QStringLiteral("agencyEdit"));
        QVERIFY(agency);
        w.showPlace(ReportPlace::ofField(ReportField::Agency));
        agency->setFocus();
        w.findChild<QAction *>(QStringLiteral("selectAllAction"))->trigger();
        w.findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("某局"));
    }

    // A cell's context menu as in Excel: cut, copy, paste, clear, fill down; one undo each.
    void aCellsContextMenuCutsAndFillsDown()
    {
        MainWindow w;
        Report report = ReportFactory::newReport(QStringLiteral("某局"), 2025, BodyKind::Department);
        report.table(TableId::Applications).setStored(1, 0, CellValue::number(5));
        QVERIFY(showActive(w, report));
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        QStringList names;
        for (const QAction *a : grid->actions())
            names << a->objectName();
        for (const char *name : { "gridCutAction", "gridCopyAction", "gridPasteAction", "gridClearAction",
                                  "fillDownAction", "fillBlanksAction" })
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QCOMPARE(grid->contextMenuPolicy(), Qt::ActionsContextMenu);

        ReportTableModel *model = grid->tableModel();
        const QModelIndex top = model->indexOf({ TableId::Applications, 1, 0 });
        const QModelIndex bottom = model->indexOf({ TableId::Applications, 3, 0 });
        QVERIFY(top.isValid() && bottom.isValid());
        w.showPlace(ReportPlace::ofCell({ TableId::Applications, 1, 0 }));
        grid->setFocus();
        grid->selectionModel()->select(QItemSelection(top, bottom), QItemSelectionModel::ClearAndSelect);
        grid->setCurrentIndex(top);
        grid->selectionModel()->select(QItemSelection(top, bottom), QItemSelectionModel::ClearAndSelect);
        const int steps = w.document()->undoStack()->count();
        QTest::keyClick(grid, Qt::Key_D, Qt::ControlModifier);
        const TableData &t = w.document()->report().table(TableId::Applications);
        QCOMPARE(t.stored(2, 0), CellValue::number(5));
        QCOMPARE(t.stored(3, 0), CellValue::number(5));
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->report().table(TableId::Applications).stored(3, 0).isBlank());

        // Cut: on the clipboard, gone from the cell, back with one undo.
        grid->selectionModel()->select(top, QItemSelectionModel::ClearAndSelect);
        grid->findChild<QAction *>(QStringLiteral("gridCutAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("5"));
        QVERIFY(w.document()->report().table(TableId::Applications).stored(1, 0).isBlank());
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->report().table(TableId::Applications).stored(1, 0), CellValue::number(5));
    }

    // 帮助: the manual in the interface's language and the shortcuts read from the menus.
    void helpHasAManualAndTheShortcuts()
    {
        MainWindow w;
        QVERIFY(showActive(w, ReportFactory::newReport(QStringLiteral("某局"), 2025, BodyKind::Department)));
        w.findChild<QAction *>(QStringLiteral("manualAction"))->trigger();
        auto *manual = w.findChild<QDialog *>(QStringLiteral("manualDialog"));
        QVERIFY(manual && manual->isVisible());
        const QString text = manual->findChild<QTextBrowser *>(QStringLiteral("helpText"))->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Drafting a report")), qPrintable(text.left(200)));
        QFile chinese(QStringLiteral(":/help/manual.zh_CN.html"));
        QVERIFY(chinese.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(chinese.readAll()).contains(QStringLiteral("起草报告")));

        w.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *shortcuts = w.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(shortcuts && shortcuts->isVisible());
        const QString keys = shortcuts->findChild<QTextBrowser *>(QStringLiteral("helpText"))->toPlainText();
        for (const char *k : { "Ctrl+Y", "Ctrl+Shift+S", "Ctrl+D", "Ctrl+F", "Ctrl+X", "F1" })
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        QVERIFY2(keys.contains(QStringLiteral("Edit ▸ Redo")), qPrintable(keys));
        QVERIFY(keys.contains(QLatin1String("Ctrl+Shift+Z")));
    }

    void zoomChangesTheGridsAndProse()
    {
        MainWindow w;
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        auto *prose = w.findChild<ProseEditor *>(QStringLiteral("prose_overview"));
        const int before = grid->font().pointSize();
        w.viewActions()->zoom(3);
        QCOMPARE(grid->font().pointSize(), QApplication::font().pointSize() + 3);
        QCOMPARE(prose->editor()->font().pointSize(), QApplication::font().pointSize() + 3);
        w.viewActions()->zoom(0);
        QCOMPARE(grid->font().pointSize(), before);
    }

    // In English, at the 1280-pixel window, every column of every table is on screen.
    void everyColumnFitsAt1280()
    {
        MainWindow w;
        QVERIFY(showActive(
            w, ReportFactory::newReport(QStringLiteral("Some Bureau"), 2025, BodyKind::Department)));
        w.resize(1280, 800);
        for (const char *name : { "grid_proactive", "grid_applications", "grid_reviewLitigation" }) {
            auto *grid = w.findChild<GridView *>(QLatin1String(name));
            QVERIFY2(grid, name);
            w.showPlace(ReportPlace::ofTable(grid->tableModel()->table()));
            QTest::qWait(20);
            int width = 0;
            for (int c = 0; c < grid->model()->columnCount(); ++c)
                width += grid->columnWidth(c);
            QVERIFY2(width <= grid->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 px of columns in %3 px")
                                    .arg(QLatin1String(name))
                                    .arg(width)
                                    .arg(grid->viewport()->width())));
        }
    }

    // Zoom scales columns and rows with the font, and Ctrl+0 gives back the first grid exactly.
    void zoomComesBackExactly()
    {
        MainWindow w;
        QVERIFY(showActive(w, ReportFactory::newReport(QStringLiteral("某局"), 2025, BodyKind::Department)));
        // Wide enough that no zoom step here is narrowed to the window (everyColumnFitsAt1280).
        w.resize(2600, 900);
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        w.showPlace(ReportPlace::ofTable(TableId::Applications));
        QTest::qWait(20);
        const auto shape = [grid] {
            QList<int> sizes;
            for (int c = 0; c < grid->model()->columnCount(); ++c)
                sizes << grid->columnWidth(c);
            for (int r = 0; r < grid->model()->rowCount(); ++r)
                sizes << grid->rowHeight(r);
            return sizes;
        };
        const QList<int> first = shape();
        const int labelWidth = grid->columnWidth(0),
                  dataWidth = grid->columnWidth(grid->model()->columnCount() - 1);
        w.viewActions()->zoom(4);
        QVERIFY(grid->columnWidth(grid->model()->columnCount() - 1) > dataWidth);
        // Together: the label column grows by the same factor as a data column.
        const double labelGrowth = double(grid->columnWidth(0)) / labelWidth;
        const double dataGrowth = double(grid->columnWidth(grid->model()->columnCount() - 1)) / dataWidth;
        QVERIFY2(qAbs(labelGrowth - dataGrowth) < 0.1,
                 qPrintable(QStringLiteral("%1 %2").arg(labelGrowth).arg(dataGrowth)));
        w.viewActions()->zoom(-2);
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(shape(), first);
    }

    void aSummedCellSaysWhereItsValueCameFrom()
    {
        Report r = test::load(test::fixture(test::report003()));
        r.sources.insert(QStringLiteral("applications/new/natural"),
                         { { QStringLiteral("甲局"), CellValue::number(5) },
                           { QStringLiteral("乙局"), CellValue::blank() } });
        MainWindow w;
        w.document()->load(r);
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        const QString tip = grid->tableModel()
                                ->indexOf(test::ref("applications/new/natural"))
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("甲局 5")) && tip.contains(QStringLiteral("乙局")),
                 qPrintable(tip));
        const QString other = grid->tableModel()
                                  ->indexOf(test::ref("applications/new/commercial"))
                                  .data(Qt::ToolTipRole)
                                  .toString();
        QVERIFY(!other.contains(QStringLiteral("甲局")));
    }

    void theExportDialogSuggestsTheStandardName()
    {
        const Report r
            = ReportFactory::newReport(QStringLiteral("示例区文化和旅游局"), 2025, BodyKind::Department);
        QCOMPARE(FileActions::suggestedFileName(r, QStringLiteral("pdf")),
                 QStringLiteral("示例区文化和旅游局2025年政府信息公开工作年度报告.pdf"));
        QCOMPARE(
            FileActions::withFilterExtension(QStringLiteral("/tmp/x"), QStringLiteral("PDF 文档 (*.pdf)")),
            QStringLiteral("/tmp/x.pdf"));
        QCOMPARE(FileActions::withFilterExtension(QStringLiteral("/tmp/x.docx"),
                                                  QStringLiteral("PDF 文档 (*.pdf)")),
                 QStringLiteral("/tmp/x.docx"));
        // Issue #25.13: the first time it suggested .nianbao. Export offers the publication
        // formats first and never the program's own file (Save As writes that).
        QSettings().remove(QStringLiteral("export"));
        const FileActions::ExportStart first
            = FileActions::exportStart(r, QStringLiteral("/srv/reports/r.nianbao"));
        QVERIFY2(first.filter.contains(QLatin1String("*.docx"))
                     || first.filter.contains(QLatin1String("*.pdf")),
                 qPrintable(first.filter));
        QVERIFY(!FormatRegistry::instance()
                     .nameFilters(FormatRegistry::Direction::Export)
                     .contains(QLatin1String("*.nianbao")));
        // The next export starts where the last one went, in its format.
        const QString pdfFilter = FormatRegistry::instance().formatById(QStringLiteral("pdf"))->displayName()
            + QStringLiteral(" (*.pdf)");
        FileActions::rememberExport(QStringLiteral("/srv/reports/x.pdf"), pdfFilter);
        const FileActions::ExportStart start = FileActions::exportStart(r, QString());
        QCOMPARE(start.filter, pdfFilter);
        QCOMPARE(start.path,
                 QStringLiteral("/srv/reports/示例区文化和旅游局2025年政府信息公开工作年度报告.pdf"));
        Report odd = r;
        odd.agency = QStringLiteral("a/b:c");
        QVERIFY(!FileActions::suggestedFileName(odd, QStringLiteral("txt")).contains(QLatin1Char('/')));
    }

    // #25.18: Qt's own file dialog cut its sizes, types and dates (sized for English).
    void qtsFileDialogShowsWholeColumns()
    {
        FileDialogFit::install();
        QFileDialog dialog(nullptr, QStringLiteral("打开"),
                           QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/fixtures/reports"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(details);
        QTRY_VERIFY(details->model()->rowCount(details->rootIndex()) > 0);
        QTest::qWait(100);
        QVERIFY(dialog.width() > 600);
        for (int column = 1; column < details->header()->count(); ++column) {
            QCOMPARE(details->header()->sectionResizeMode(column), QHeaderView::ResizeToContents);
            QVERIFY(details->columnWidth(column) >= details->header()->sectionSizeHint(column));
        }
    }

    void qtsOwnStringsAreChineseUnderZhCN()
    {
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        // The buttons of Qt's message boxes and the text fields' context menu.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), QStringLiteral("保存"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QVERIFY(QCoreApplication::translate("QLineEdit", "&Copy") != QStringLiteral("&Copy"));
        // #25.18: what Qt's catalogue lacks, ours supplies (the file dialog's type column).
        QCOMPARE(QCoreApplication::translate("QAbstractFileIconProvider", "Folder"),
                 QStringLiteral("文件夹"));
    }

    void noRawStringsInChinese()
    {
        // Chinese installed here, so the test passes alone and in any order.
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        // The undo step of a field edit is words.
        ReportDocument doc;
        doc.setField(ReportField::Title, QStringLiteral("新标题"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("编辑标题"));
        // The title's label is a real shortcut label, not a literal "(&T)".
        MainWindow w;
        auto *label = w.findChild<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY(label && label->buddy());
        QCOMPARE(label->text(), QStringLiteral("标题(&T)"));
    }
};

QTEST_MAIN(TestEveryday)
#include "tst_everyday.moc"
