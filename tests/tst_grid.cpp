// The grid as people who know spreadsheets use it, offscreen, by keyboard: Tab and the arrows
// stop only on cells one can type in (Tab while typing commits first); a value typed over a
// selected range fills it in one undo step; blanks filled with 0 at once; a block copied from
// the Excel/WPS table pasted with its totals; a new report's blank cells folded into one
// findings row per section.
#include "TestSupport.h"
#include "core/ReportFactory.h"
#include "document/FindingsModel.h"
#include "document/ReportDocument.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace nianbao;

namespace {

void settle()
{
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

GridView *applications(MainWindow &w)
{
    w.showPage(1 + int(SectionId::Applications));
    return w.findChild<GridView *>(QStringLiteral("grid_applications"));
}

// The window as the tests use it: fixture 003, shown, errors to lastError() instead of boxes.
void open003(MainWindow &w)
{
    w.session()->setInteractive(false);
    w.document()->load(test::load(test::fixture(test::report003())));
    w.show();
}

// The cell the keyboard is on.
CellRef currentCell(GridView *grid)
{
    return grid->tableModel()->cellRefAt(grid->currentIndex());
}

CellValue value(MainWindow &w, const char *anchor)
{
    return w.document()->report().value(test::ref(anchor));
}

} // namespace

class TestGrid : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tabAndArrowsStopOnlyWhereOneCanType()
    {
        MainWindow w;
        open003(w);
        GridView *grid = applications(w);
        // The last editable cell of the row "new" is "other"; Tab goes over the computed total
        // and the labels of the next row to its first cell.
        grid->selectCell(test::ref("applications/new/otherOrg"));
        QTest::keyClick(grid, Qt::Key_Tab);
        QCOMPARE(currentCell(grid), test::ref("applications/carriedIn/natural"));
        QTest::keyClick(grid, Qt::Key_Backtab);
        QCOMPARE(currentCell(grid), test::ref("applications/new/otherOrg"));
        // Down from the last row before 三（七）总计 skips the computed total row.
        grid->selectCell(test::ref("applications/otherOther/natural"));
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(currentCell(grid), test::ref("applications/carriedOut/natural"));
        // Right from "other" stays: the total is not a stop.
        grid->selectCell(test::ref("applications/new/otherOrg"));
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(currentCell(grid), test::ref("applications/new/otherOrg"));
    }

    void tabInTheEditorCommitsAndMovesOneCell()
    {
        MainWindow w;
        open003(w);
        GridView *grid = applications(w);
        grid->selectCell(test::ref("applications/new/natural"));
        QTest::keyClick(grid, '7'); // opens the editor with "7"
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        // The frozen header rows are a second view over the same model: the edit's commit and
        // close belong to the grid alone (Qt warns when another view is handed them).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
        QTest::keyClick(editor, Qt::Key_Tab);
        settle();
        QCOMPARE(value(w, "applications/new/natural"), CellValue::number(7));
        QCOMPARE(currentCell(grid), test::ref("applications/new/commercial"));
    }

    void aValueTypedOverARangeFillsItInOneStep()
    {
        MainWindow w;
        open003(w);
        GridView *grid = applications(w);
        ReportTableModel *m = grid->tableModel();
        const CellValue a = value(w, "applications/new/natural");
        const CellValue b = value(w, "applications/new/commercial");
        const CellValue c = value(w, "applications/new/research");
        const QModelIndex first = m->indexOf(test::ref("applications/new/natural"));
        const QModelIndex last = m->indexOf(test::ref("applications/new/research"));
        grid->setCurrentIndex(first);
        grid->selectionModel()->select(QItemSelection(first, last), QItemSelectionModel::ClearAndSelect);
        const int steps = w.document()->undoStack()->count();
        QTest::keyClick(grid, Qt::Key_7);
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QCOMPARE(value(w, "applications/new/natural").number(), 7.0);
        QCOMPARE(value(w, "applications/new/commercial").number(), 7.0);
        QCOMPARE(value(w, "applications/new/research").number(), 7.0);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        w.document()->undoStack()->undo();
        QCOMPARE(value(w, "applications/new/natural"), a);
        QCOMPARE(value(w, "applications/new/commercial"), b);
        QCOMPARE(value(w, "applications/new/research"), c);
    }

    void blanksFilledWithZeroAtOnce()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(ReportFactory::newReport(QStringLiteral("示例局"), 2025, BodyKind::Department));
        w.show();
        GridView *grid = applications(w);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        grid->selectCell(test::ref("applications/new/natural"));
        const int steps = w.document()->undoStack()->count();
        QTest::keyClick(grid, Qt::Key_0, Qt::ControlModifier | Qt::ShiftModifier);
        settle();
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        int blanks = 0;
        for (const Finding &f : w.document()->findings())
            blanks += f.rule == u"cell.blank" && f.location.cell.table == TableId::Applications;
        QCOMPARE(blanks, 0);
        QCOMPARE(value(w, "applications/withheldStateSecret/otherOrg").number(), 0.0);
        QVERIFY(value(w, "applications/new/total").isNumber()); // computed: 0
    }

    void aBlockFromTheSpreadsheetIsPastedWithItsTotals()
    {
        MainWindow w;
        open003(w);
        GridView *grid = applications(w);
        // The row "new" as Excel copies it: six values and the total.
        grid->selectCell(test::ref("applications/new/natural"));
        QVERIFY(grid->paste(QStringLiteral("1\t2\t3\t4\t5\t6\t21\n")));
        QCOMPARE(value(w, "applications/new/otherOrg").number(), 6.0);
        // The equal total is absorbed: it follows its parts again.
        QVERIFY(w.document()
                    ->report()
                    .table(TableId::Applications)
                    .isAutomatic(test::ref("applications/new/total").row,
                                 test::ref("applications/new/total").column));
        // A different one is stated, and the rules say so.
        QVERIFY(grid->paste(QStringLiteral("1\t2\t3\t4\t5\t6\t99")));
        QCOMPARE(value(w, "applications/new/total").number(), 99.0);
        bool flagged = false;
        for (const Finding &f : w.document()->findings())
            flagged |= f.location.kind == ReportPlace::Kind::Cell
                && f.location.cell == test::ref("applications/new/total");
        QVERIFY(flagged);
        // A block that runs past the table is still refused whole.
        grid->selectCell(test::ref("applications/new/otherOrg"));
        QVERIFY(!grid->paste(QStringLiteral("1\t2\t3")));
    }

    // #26.10: a number the report cannot hold exactly is refused at its cell, never rounded.
    void aNumberPastTheLimitsIsRefusedNotRounded()
    {
        MainWindow w;
        open003(w);
        GridView *grid = applications(w);
        QString said;
        connect(grid, &GridView::inputRefused, this, [&said](const QString &m) { said = m; });
        const CellValue before = value(w, "applications/new/natural");
        grid->selectCell(test::ref("applications/new/natural"));
        QVERIFY(!grid->paste(QStringLiteral("9007199254740993")));
        QVERIFY2(said.contains(QStringLiteral("9007199254740993")), qPrintable(said));
        QCOMPARE(value(w, "applications/new/natural"), before);
        QVERIFY(grid->paste(QStringLiteral("999999999999999\t0\t0\t0\t0\t0")));
        QCOMPARE(value(w, "applications/new/natural").number(), 999999999999999.0);
        QCOMPARE(value(w, "applications/new/total").number(), 999999999999999.0);
        // One more would push the row's total past the limit: refused too, naming the total.
        said.clear();
        grid->selectCell(test::ref("applications/new/commercial"));
        QVERIFY(!grid->paste(QStringLiteral("1")));
        QVERIFY2(said.contains(QStringLiteral("1000000000000000")), qPrintable(said));
        QCOMPARE(value(w, "applications/new/commercial").number(), 0.0);
    }

    void aComputedTotalExplainsItselfAndCanBeStatedWithF2()
    {
        MainWindow w;
        open003(w);
        GridView *grid = applications(w);
        const CellRef total = test::ref("applications/new/total");
        QString said;
        connect(grid, &GridView::inputRefused, this, [&said](const QString &m) { said = m; });
        grid->selectCell(total);
        QTest::keyClick(grid, Qt::Key_5);
        settle();
        QVERIFY2(said.contains(QStringLiteral("F2")), qPrintable(said));
        QVERIFY(!grid->findChild<QLineEdit *>());
        QTest::keyClick(grid, Qt::Key_F2);
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("99"));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QCOMPARE(value(w, "applications/new/total").number(), 99.0);
        QVERIFY(!w.document()->report().table(TableId::Applications).isAutomatic(total.row, total.column));
        // Only that once: the total is not typeable afterwards.
        QVERIFY(!grid->tableModel()->isEditableValue(grid->tableModel()->indexOf(total)));
    }

    void theHeaderRowsStayWhileTheTableScrolls()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(test::load(test::fixture(test::report003())));
        w.resize(1000, 600);
        w.show();
        GridView *grid = applications(w);
        settle();
        QTableView *frozen = grid->frozenHeader();
        QVERIFY(frozen && frozen->isVisible());
        const int headerRows = grid->tableModel()->layout().headerRows;
        // Scrolled to the last row: the frozen rows still show the header at the top.
        grid->selectCell(test::ref("applications/carriedOut/natural"));
        settle();
        QVERIFY(grid->verticalScrollBar()->value() > 0);
        QCOMPARE(frozen->geometry().top(), grid->frameWidth());
        const QModelIndex top = frozen->indexAt(QPoint(frozen->width() / 2, 2));
        QVERIFY(top.isValid() && top.row() < headerRows);
        // The current cell is not hidden under them.
        QVERIFY(grid->visualRect(grid->currentIndex()).top() >= frozen->height());
        // Moving up keeps each cell visible below the header too.
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(grid, Qt::Key_Up);
            QVERIFY(grid->visualRect(grid->currentIndex()).top() >= frozen->height() - 1);
        }
    }

    void findingsShowInFullAndTheNavigationCountsThem()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(test::load(test::fixture(test::report003())));
        w.document()->setCell(test::ref("applications/new/natural"), CellValue::number(987654)); // errors
        w.show();
        QTreeView *view = w.findingsDock()->view();
        QModelIndex first;
        for (int g = 0; g < view->model()->rowCount() && !first.isValid(); ++g) {
            const QModelIndex group = view->model()->index(g, 0);
            if (view->model()->rowCount(group) > 0)
                first = view->model()->index(0, 0, group);
        }
        QVERIFY(first.isValid());
        view->setCurrentIndex(first);
        const QString message = first.data().toString();
        const QString rule = first.data(FindingsModel::RuleRole).toString();
        // The whole message and its rule below the list; the rule in the tooltip too.
        auto *detail = w.findChild<QLabel *>(QStringLiteral("findingDetail"));
        QVERIFY(detail->text().contains(message) && detail->text().contains(rule));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(rule));
        // The message column is the wide one, and it wraps.
        QVERIFY(view->columnWidth(0) > 2 * view->columnWidth(1));
        QVERIFY(view->wordWrap());
        // The navigation marks the section and counts what is there.
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QListWidgetItem *applications = nav->item(1 + int(SectionId::Applications));
        QVERIFY(!applications->icon().isNull());
        QVERIFY2(applications->toolTip().contains(QRegularExpression(QStringLiteral("\\d"))),
                 qPrintable(applications->toolTip()));
    }

    void aNewReportsBlankCellsAreOneRowPerSection()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(ReportFactory::newReport(QStringLiteral("示例局"), 2025, BodyKind::Department));
        int blanks = 0;
        for (const Finding &f : w.document()->findings())
            blanks += f.rule == u"cell.blank";
        QVERIFY(blanks > 100);
        FindingsModel *m = w.findingsDock()->model();
        int topRows = 0, bundles = 0, bundled = 0;
        for (int g = 0; g < m->rowCount(); ++g) {
            const QModelIndex group = m->index(g, 0);
            topRows += m->rowCount(group);
            for (int i = 0; i < m->rowCount(group); ++i) {
                const QModelIndex row = m->index(i, 0, group);
                if (row.data(FindingsModel::BundleRole).toBool()) {
                    ++bundles;
                    bundled += m->rowCount(row);
                    // Inside: each blank cell, jumpable.
                    const Finding *f = m->findingAt(m->index(0, 0, row));
                    QVERIFY(f && f->rule == u"cell.blank");
                    QCOMPARE(m->parent(m->index(0, 0, row)), row);
                }
            }
        }
        QCOMPARE(bundles, 3);
        QCOMPARE(bundled, blanks);
        QVERIFY2(topRows < 30, qPrintable(QString::number(topRows)));
        // The view keeps them folded.
        QTreeView *view = w.findingsDock()->view();
        for (int g = 0; g < view->model()->rowCount(); ++g) {
            const QModelIndex group = view->model()->index(g, 0);
            for (int i = 0; i < view->model()->rowCount(group); ++i) {
                const QModelIndex row = view->model()->index(i, 0, group);
                if (row.data(FindingsModel::BundleRole).toBool())
                    QVERIFY(!view->isExpanded(row));
            }
        }
    }
};

QTEST_MAIN(TestGrid)
#include "tst_grid.moc"
