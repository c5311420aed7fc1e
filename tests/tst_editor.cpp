// The editor driven as a person drives it, by object name, offscreen: typing into the grid
// updates totals and findings, undo restores them, paste and refusals, jumping from a
// finding to its cell, save / reopen, recovery after a crash, the lock file, failed saves.
#include "TestSupport.h"
#include "WebShapes.h"
#include "document/FindingsModel.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "render/GraphicPainter.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/GraphicPage.h"
#include "widgets/pages/GraphicView.h"
#include "widgets/pages/NavigationPane.h"
#include "widgets/pages/SectionPage.h"
#include "widgets/pages/YearOverYearPage.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace nianbao;

namespace {

const QString example = QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao");

QString copyOfExample(const QString &name)
{
    const QString path = test::scratchDir() + QLatin1Char('/') + name;
    QFile::remove(path);
    QFile::copy(example, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

GridView *applicationsGrid(MainWindow &w)
{
    w.showPage(1 + int(SectionId::Applications));
    auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
    Q_ASSERT(grid);
    return grid;
}

// The delegate commits through a queued call and deletes the editor later: let both happen,
// so that the next edit finds its own editor.
void settle()
{
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void typeInto(GridView *grid, const CellRef &cell, const QString &text)
{
    grid->selectCell(cell);
    QTest::keyClick(grid, text.at(0).toLatin1()); // opens the editor, overwriting
    auto *editor = grid->findChild<QLineEdit *>();
    QVERIFY2(editor, "typing did not open an editor");
    if (text.size() > 1)
        QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

// Chinese text arrives through the input method, as it does from a real keyboard.
void typeChinese(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

int countRule(const ReportDocument *doc, const QString &rule)
{
    int n = 0;
    for (const Finding &f : doc->findings())
        n += f.rule == rule;
    return n;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const auto &e : RecoveryStore().entries())
            RecoveryStore().remove(e.id);
    }

    // #27: the 同比 page beside last year's report and the 图表 page follow every edit.
    void yearOverYearAndChartPagesFollowEdits()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        const Report now = test::load(test::fixture(test::report003()));
        Report last = now;
        last.year = now.year - 1;
        const CellRef natural = test::ref("applications/new/natural");
        last.table(natural.table).setStored(natural.row, natural.column, CellValue::number(1000));
        w.document()->load(now);
        w.document()->setPreviousYear(last);
        w.show();
        auto *nav = w.findChild<NavigationPane *>();
        QVERIFY(nav);
        w.showPage(1 + SectionCount);
        auto *changes = w.findChild<QTableWidget *>(QStringLiteral("yearOverYearChanges"));
        QVERIFY(changes && changes->isVisible());
        // The largest change first: the cell last year's report had at 1000.
        const double nowNatural = now.value(natural).number();
        QCOMPARE(changes->item(0, 3)->data(Qt::UserRole).toDouble(), nowNatural - 1000);
        // An edit moves it at once.
        w.document()->setCell(natural, CellValue::number(1500));
        QCOMPARE(changes->item(0, 3)->text(), QStringLiteral("+500"));
        // The prose is the same as last year's: every sentence is listed, and one goes to its place.
        auto *repeated = w.findChild<QListWidget *>(QStringLiteral("repeatedSentences"));
        QVERIFY(repeated && repeated->count() > 3);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("repetitionRates"))
                    ->text()
                    .contains(QStringLiteral("100%")));
        emit repeated->itemActivated(repeated->item(0));
        QVERIFY(nav->currentRow() >= 1 && nav->currentRow() <= SectionCount);

        // The 年度对比 memo from the page.
        const QString memo = test::scratchDir() + QStringLiteral("/memo.docx");
        QString memoError;
        QVERIFY2(w.yearOverYearPage()->exportTo(memo, &memoError), qPrintable(memoError));
        QVERIFY(QFile(memo).size() > 0);
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("exportComparisonButton"))->isEnabled());
        // The sentences are underlined where they are written, and no longer once last year's
        // report is gone.
        auto *problems = w.findChild<QPlainTextEdit *>(QStringLiteral("proseEdit_problems"));
        QVERIFY(problems);
        auto underlined = [&] {
            int n = 0;
            for (const QTextEdit::ExtraSelection &e : problems->extraSelections())
                n += e.format.underlineStyle() == QTextCharFormat::DotLine;
            return n;
        };
        QVERIFY(underlined() > 0);
        w.document()->setPreviousYear(std::nullopt);
        QCOMPARE(underlined(), 0);
        w.document()->setPreviousYear(last);

        // 图表: the figure on the page is the cell's, and follows an edit.
        w.showPage(2 + SectionCount);
        auto *view = w.findChild<GraphicView *>(QStringLiteral("graphicView"));
        QVERIFY(view && view->isVisible());
        auto naturalFigure = [&] {
            for (const GraphicFigures::Panel &p : view->figures().panels) {
                for (const GraphicFigures::Figure &f : p.figures) {
                    if (f.label == QStringLiteral("自然人"))
                        return f;
                }
            }
            return GraphicFigures::Figure {};
        };
        QCOMPARE(naturalFigure().value.value_or(-1), 1500.0);
        QCOMPARE(naturalFigure().previous.value_or(-1), 1000.0);
        w.document()->setCell(natural, CellValue::number(1200));
        QCOMPARE(naturalFigure().value.value_or(-1), 1200.0);
        QVERIFY(view->height() > view->width());
        // Exported from the page as the command line writes it, and offered in the File menu.
        const QString png = test::scratchDir() + QStringLiteral("/page.png");
        QString error;
        QVERIFY2(w.graphicPage()->exportTo(png, &error), qPrintable(error));
        QCOMPARE(QImage(png).width(), 750);
        // As SVG, with the report's 黑体 embedded, nothing left to say.
        const QString svg = test::scratchDir() + QStringLiteral("/page.svg");
        QString notice;
        QVERIFY2(w.graphicPage()->exportTo(svg, &error, &notice), qPrintable(error));
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        QFile written(svg);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.contains(
            "@font-face{font-family:'WenQuanYi Zen Hei Subset';src:url(data:font/ttf;base64,"));
        QVERIFY(bytes.contains(QByteArray(">" + GraphicPainter::valueText(1200).toUtf8() + "<")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("exportGraphicAction")));
    }

    // Issue #25.5: with no subsection, section 五's subsection box showed and edited the
    // section's own text, so both boxes held the same words. It is empty and disabled until
    // a subsection exists, and then edits only that subsection.
    void theSubsectionBoxNeverEditsTheSectionBody()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        Report r = w.document()->report();
        r.section(SectionId::Problems).paragraphs = { Paragraph { QString(), QStringLiteral("本节正文。") } };
        r.section(SectionId::Problems).subsections.clear();
        w.document()->load(r);
        w.show();
        auto *box = w.findChild<QPlainTextEdit *>(QStringLiteral("subsectionProseEdit_problems"));
        QVERIFY(box);
        QVERIFY(box->toPlainText().isEmpty());
        QVERIFY(!box->isEnabled());
        // A subsection added: its box edits it, not the section's text.
        w.document()->addSubsection(SectionId::Problems, QStringLiteral("存在的主要问题"));
        auto *list = w.findChild<QListWidget *>(QStringLiteral("subsectionList_problems"));
        list->setCurrentRow(0);
        QVERIFY(box->isEnabled());
        box->setPlainText(QStringLiteral("小节正文。"));
        const Section &s = w.document()->report().section(SectionId::Problems);
        QCOMPARE(s.paragraphs.size(), 1);
        QCOMPARE(s.paragraphs[0].text, QStringLiteral("本节正文。"));
        QCOMPARE(s.subsections[0].paragraphs.value(0).text, QStringLiteral("小节正文。"));
    }

    void typingUpdatesTotalsAndFindingsAndUndoRestores()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("typing.nianbao"))));
        w.show();
        GridView *grid = applicationsGrid(w);
        ReportDocument *doc = w.document();
        QCOMPARE(countRule(doc, "applications.balance"), 0);
        QCOMPARE(test::cell(doc->report(), "applications/disclosed/total"), CellValue::number(11));
        QCOMPARE(test::cell(doc->report(), "applications/processedTotal/total"), CellValue::number(27));

        typeInto(grid, test::ref("applications/disclosed/research"), QStringLiteral("12")); // was 1
        QCOMPARE(test::cell(doc->report(), "applications/disclosed/research"), CellValue::number(12));
        QCOMPARE(test::cell(doc->report(), "applications/disclosed/total"), CellValue::number(22));
        QCOMPARE(test::cell(doc->report(), "applications/processedTotal/research"), CellValue::number(12));
        QCOMPARE(test::cell(doc->report(), "applications/processedTotal/total"), CellValue::number(38));
        // The grid shows it, and the 勾稽关系 no longer holds in two columns.
        const QModelIndex total = grid->tableModel()->indexOf(test::ref("applications/disclosed/total"));
        QCOMPARE(total.data().toString(), QStringLiteral("22"));
        QCOMPARE(countRule(doc, "applications.balance"), 2);
        QVERIFY(w.isWindowModified());
        // Enter moved the cursor down to the next row.
        QCOMPARE(grid->currentIndex(),
                 grid->tableModel()->indexOf(test::ref("applications/partiallyDisclosed/research")));

        doc->undoStack()->undo();
        QCOMPARE(test::cell(doc->report(), "applications/disclosed/total"), CellValue::number(11));
        QCOMPARE(test::cell(doc->report(), "applications/processedTotal/total"), CellValue::number(27));
        QCOMPARE(countRule(doc, "applications.balance"), 0);
        QCOMPARE(total.data().toString(), QStringLiteral("11"));
        QVERIFY(!w.isWindowModified());
    }

    void totalsFollowEveryKeystroke()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("keystrokes.nianbao"))));
        w.show();
        GridView *grid = applicationsGrid(w);
        ReportDocument *doc = w.document();
        grid->selectCell(test::ref("applications/new/natural"));
        QTest::keyClick(grid, '3'); // the editor opens with "3"
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, '0');
        // Before Enter: the row total and the findings already follow.
        QCOMPARE(test::cell(doc->report(), "applications/new/total"),
                 CellValue::number(38)); // 30 + 4 + 1 + 0 + 2 + 1
        QCOMPARE(countRule(doc, "applications.balance"), 2);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QCOMPARE(doc->undoStack()->count(), 1); // one step for the whole typing
        doc->undoStack()->undo();
        QCOMPARE(test::cell(doc->report(), "applications/new/total"), CellValue::number(26));
        // A value refused at the end leaves the cell as it was.
        grid->selectCell(test::ref("applications/new/natural"));
        QTest::keyClick(grid, '5');
        editor = grid->findChild<QLineEdit *>();
        QTest::keyClick(editor, 'x');
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QCOMPARE(test::cell(doc->report(), "applications/new/natural"), CellValue::number(18));
    }

    // Defect 11: typing that is refused at the end left an empty undo step behind, and with
    // it a document marked modified that nobody had changed.
    void refusedTypingLeavesNoUndoStep()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("refused.nianbao"))));
        w.show();
        GridView *grid = applicationsGrid(w);
        ReportDocument *doc = w.document();
        grid->selectCell(test::ref("applications/new/natural"));
        QTest::keyClick(grid, '5');
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(test::cell(doc->report(), "applications/new/natural"), CellValue::number(5)); // live
        QTest::keyClick(editor, 'x');
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QCOMPARE(test::cell(doc->report(), "applications/new/natural"), CellValue::number(18));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->isModified());
        QVERIFY(!w.isWindowModified());
        // Issue #25.16: the reason is said at the cell too, not only in the status bar.
        auto *note = grid->findChild<QLabel *>(QStringLiteral("refusalNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(!note->text().isEmpty());
        QCOMPARE(note->text(), w.statusBar()->currentMessage());
        // … and goes once a later entry succeeds: an old refusal does not linger over it.
        grid->selectCell(test::ref("applications/carriedIn/natural"));
        QTest::keyClick(grid, '7');
        QTest::keyClick(grid->findChild<QLineEdit *>(), Qt::Key_Return);
        settle();
        QCOMPARE(test::cell(doc->report(), "applications/carriedIn/natural"), CellValue::number(7));
        QVERIFY(!note->isVisible());
        QVERIFY2(w.statusBar()->currentMessage().isEmpty(), qPrintable(w.statusBar()->currentMessage()));
    }

    // Issue 13: Esc kept what had been typed (and its findings).
    void escapeRestoresTheValueEditingBeganWith()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("escape.nianbao"))));
        w.show();
        GridView *grid = applicationsGrid(w);
        ReportDocument *doc = w.document();
        const CellValue before = test::cell(doc->report(), "applications/carriedIn/natural");
        const Findings findingsBefore = doc->findings();
        grid->selectCell(test::ref("applications/carriedIn/natural"));
        QTest::keyClick(grid, '9');
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(test::cell(doc->report(), "applications/carriedIn/natural"), CellValue::number(9)); // live
        QTest::keyClick(editor, Qt::Key_Escape);
        settle();
        QCOMPARE(test::cell(doc->report(), "applications/carriedIn/natural"), before);
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->findings().size(), findingsBefore.size());
    }

    // Issue 13: a leading minus vanished, -5 became 5. It is refused with a message, and
    // the cell keeps its value.
    void aLeadingMinusIsRefusedNotDropped()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("minus.nianbao"))));
        w.show();
        GridView *grid = applicationsGrid(w);
        ReportDocument *doc = w.document();
        const CellValue before = test::cell(doc->report(), "applications/carriedIn/natural");
        QString refusal;
        connect(grid, &GridView::inputRefused, this, [&refusal](const QString &m) { refusal = m; });
        grid->selectCell(test::ref("applications/carriedIn/natural"));
        QTest::keyClick(grid, '-');
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY2(editor, "the minus opens the editor like any other character");
        QCOMPARE(editor->text(), QStringLiteral("-"));
        QTest::keyClick(editor, '5');
        QCOMPARE(editor->text(), QStringLiteral("-5"));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QVERIFY2(refusal.contains(QStringLiteral("-5")), qPrintable(refusal));
        QCOMPARE(test::cell(doc->report(), "applications/carriedIn/natural"), before);
        QVERIFY(test::cell(doc->report(), "applications/carriedIn/natural") != CellValue::number(5));
    }

    void lettersAreRefused()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("letters.nianbao"))));
        w.show();
        GridView *grid = applicationsGrid(w);
        typeInto(grid, test::ref("applications/new/natural"), QStringLiteral("x"));
        QCOMPARE(test::cell(w.document()->report(), "applications/new/natural"), CellValue::number(18));
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("not a number")),
                 qPrintable(w.statusBar()->currentMessage()));
        // Decimals only where the template takes them.
        typeInto(grid, test::ref("applications/new/natural"), QStringLiteral("1.5"));
        QCOMPARE(test::cell(w.document()->report(), "applications/new/natural"), CellValue::number(18));
        // Delete clears to blank, not 0.
        grid->selectCell(test::ref("applications/new/natural"));
        QTest::keyClick(grid, Qt::Key_Delete);
        QVERIFY(test::cell(w.document()->report(), "applications/new/natural").isBlank());
        QVERIFY(countRule(w.document(), "cell.blank") >= 1);
    }

    void computedTotalsAreNotEditable()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("computed.nianbao"))));
        GridView *grid = applicationsGrid(w);
        const QModelIndex total = grid->tableModel()->indexOf(test::ref("applications/new/total"));
        QVERIFY(!(grid->tableModel()->flags(total) & Qt::ItemIsEditable));
        QVERIFY(!grid->tableModel()->setData(total, QStringLiteral("99")));
        QCOMPARE(total.data(ReportTableModel::ComputedRole).toBool(), true);
    }

    void blockPaste()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("paste.nianbao"))));
        w.show();
        GridView *grid = applicationsGrid(w);
        ReportDocument *doc = w.document();
        grid->selectCell(test::ref("applications/withheldStateSecret/natural"));
        QApplication::clipboard()->setText(QStringLiteral("1\t2\t3\r\n4\t5\t6\r\n"));
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(test::cell(doc->report(), "applications/withheldStateSecret/research"),
                 CellValue::number(3));
        QCOMPARE(test::cell(doc->report(), "applications/withheldProhibitedByLaw/natural"),
                 CellValue::number(4));
        QCOMPARE(test::cell(doc->report(), "applications/withheldProhibitedByLaw/total"),
                 CellValue::number(15));
        QCOMPARE(doc->undoStack()->count(), 1); // one step
        doc->undoStack()->undo();
        QCOMPARE(test::cell(doc->report(), "applications/withheldStateSecret/natural"), CellValue::number(0));

        // A block that runs into the computed 总计 column states the total it carries (tst_grid
        // has the rest of that); undone, nothing is left of it.
        grid->selectCell(test::ref("applications/new/otherOrg"));
        QVERIFY(grid->paste(QStringLiteral("7\t8")));
        QCOMPARE(test::cell(doc->report(), "applications/new/otherOrg"), CellValue::number(7));
        doc->undoStack()->undo();
        QCOMPARE(test::cell(doc->report(), "applications/new/otherOrg"), CellValue::number(1));
        // So is one with a letter in it.
        grid->selectCell(test::ref("applications/new/natural"));
        QVERIFY(!grid->paste(QStringLiteral("7\tx")));
        QCOMPARE(test::cell(doc->report(), "applications/new/natural"), CellValue::number(18));
        QCOMPARE(doc->undoStack()->count(), 1); // only the undone paste

        // Copy gives the block back as tab-separated text.
        ReportTableModel *model = grid->tableModel();
        grid->selectionModel()->select(
            QItemSelection(model->indexOf(test::ref("applications/new/natural")),
                           model->indexOf(test::ref("applications/carriedIn/commercial"))),
            QItemSelectionModel::ClearAndSelect);
        QCOMPARE(grid->copySelection(), QStringLiteral("18\t4\n2\t1"));
    }

    void clickingAFindingSelectsItsCell()
    {
        Report r = test::load(example);
        test::setCell(r, "applications/new/total", CellValue::number(30)); // parts say 26
        const QString path = test::scratchDir() + QStringLiteral("/finding.nianbao");
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(r, path, error));
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(path));
        w.show();
        auto *view = w.findChild<QTreeView *>(QStringLiteral("findingsView"));
        QVERIFY(view);
        FindingsModel *model = w.findingsDock()->model();
        QModelIndex target;
        for (int g = 0; g < model->rowCount(); ++g) {
            for (int i = 0; i < model->rowCount(model->index(g, 0)); ++i) {
                const QModelIndex idx = model->index(i, 0, model->index(g, 0));
                if (model->findingAt(idx)->rule == u"applications.rowTotal")
                    target = idx;
            }
        }
        QVERIFY(target.isValid());
        // The view shows the model through the proxy that adds the severity icons.
        target = qobject_cast<QAbstractProxyModel *>(view->model())->mapFromSource(target);
        view->scrollTo(target);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(target).center());
        GridView *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->currentIndex(), grid->tableModel()->indexOf(test::ref("applications/new/total")));
        // "Use the computed value" fixes it, as one undo step.
        auto *button = w.findChild<QPushButton *>(QStringLiteral("useComputedButton"));
        view->setCurrentIndex(target);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(test::cell(w.document()->report(), "applications/new/total"), CellValue::number(26));
        QCOMPARE(countRule(w.document(), "applications.rowTotal"), 0);
    }

    void saveReopenEqual()
    {
        const QString path = copyOfExample(QStringLiteral("save.nianbao"));
        Report edited;
        {
            MainWindow w;
            w.session()->setInteractive(false);
            QVERIFY(w.session()->openFile(path));
            w.show();
            typeInto(applicationsGrid(w), test::ref("applications/carriedIn/research"), QStringLiteral("1"));
            auto *agency = w.findChild<QLineEdit *>(QStringLiteral("agencyEdit"));
            w.showPage(0);
            agency->setFocus();
            agency->end(false);
            typeChinese(agency, QStringLiteral("办公室"));
            QCOMPARE(w.document()->report().agency, QStringLiteral("示例市示例区文化和旅游局办公室"));
            QVERIFY(w.session()->save());
            QVERIFY(!w.isWindowModified());
            edited = w.document()->report();
        }
        MainWindow again;
        again.session()->setInteractive(false);
        QVERIFY(again.session()->openFile(path));
        QVERIFY2(sameContent(again.document()->report(), edited),
                 qPrintable(describeDifferences(again.document()->report(), edited)));
        QCOMPARE(test::cell(again.document()->report(), "applications/carriedIn/research"),
                 CellValue::number(1));
    }

    void recoveryAfterACrash()
    {
        const QString path = copyOfExample(QStringLiteral("crash.nianbao"));
        auto *w = new MainWindow;
        w->session()->setInteractive(false);
        QVERIFY(w->session()->openFile(path));
        w->document()->setParagraphs(SectionId::Other, -1, QStringLiteral("崩溃前写下的一段话。"));
        w->session()->autosaveNow();
        // A crash: the window vanishes without closing; the lock goes with the process,
        // which a new window here cannot tell, so the test drops it explicitly.
        delete w;

        const auto entries = RecoveryStore().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().originalPath, path);
        MainWindow restored;
        restored.session()->setInteractive(false);
        QVERIFY(restored.session()->restoreRecovery(entries.first()));
        QCOMPARE(restored.document()->report().section(SectionId::Other).paragraphs.value(0).text,
                 QStringLiteral("崩溃前写下的一段话。"));
        QVERIFY(restored.document()->isModified());
        QCOMPARE(restored.document()->filePath(), path);
        QVERIFY(restored.session()->save());
        QVERIFY(RecoveryStore().entries().isEmpty());
    }

    // Defect 10: undo right after a restore emptied the undo stack ("saved") while the
    // restored text stayed, so the recovery copy was deleted and closing did not ask.
    void undoAfterRestoringGoesBackToTheFile()
    {
        const QString path = copyOfExample(QStringLiteral("restore-undo.nianbao"));
        const Report onDisk = test::load(path);
        {
            MainWindow w;
            w.session()->setInteractive(false);
            QVERIFY(w.session()->openFile(path));
            w.document()->setParagraphs(SectionId::Other, -1, QStringLiteral("恢复后撤销的一段话。"));
            w.session()->autosaveNow();
        }
        const auto entries = RecoveryStore().entries();
        QCOMPARE(entries.size(), 1);
        MainWindow restored;
        restored.session()->setInteractive(false);
        QVERIFY(restored.session()->restoreRecovery(entries.first()));
        ReportDocument *doc = restored.document();
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        // Undone: the file's content, and nothing unsaved.
        QVERIFY2(sameContent(doc->report(), onDisk), qPrintable(describeDifferences(doc->report(), onDisk)));
        QVERIFY(!doc->isModified());
        doc->undoStack()->redo();
        QCOMPARE(doc->report().section(SectionId::Other).paragraphs.value(0).text,
                 QStringLiteral("恢复后撤销的一段话。"));
        QVERIFY(doc->isModified());
        restored.session()->autosaveNow();
        QCOMPARE(RecoveryStore().entries().size(), 1); // the unsaved work is still recoverable
        QVERIFY(restored.session()->save());
    }

    void oneReportInOneWindowOnly()
    {
        const QString path = copyOfExample(QStringLiteral("locked.nianbao"));
        MainWindow first;
        first.session()->setInteractive(false);
        QVERIFY(first.session()->openFile(path));
        MainWindow second;
        second.session()->setInteractive(false);
        QVERIFY(!second.session()->openFile(path));
        QVERIFY(second.session()->lastError().contains(QStringLiteral("already open")));
    }

    void failedSaveKeepsTheDocumentModified()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("failing.nianbao"))));
        w.document()->setField(ReportField::Title, QStringLiteral("改过的标题"));
        QVERIFY(!w.session()->saveAs(QStringLiteral("/nonexistent-folder/report.nianbao")));
        QVERIFY(w.document()->isModified());
        QVERIFY(w.session()->lastError().contains(QStringLiteral("/nonexistent-folder/report.nianbao")));
    }

    void printingUsesTheReportLayout()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("print.nianbao"))));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = test::scratchDir() + QStringLiteral("/printed.pdf");
        printer.setOutputFileName(pdf);
        QVERIFY2(w.session()->printTo(printer), qPrintable(w.session()->lastError()));
        // Painting (as the print preview does) is not printing: nothing claims pages were sent.
        QVERIFY2(w.statusBar()->currentMessage().isEmpty(), qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
        // The printer gets the pages of the PDF export: same layout, same page breaks.
        const QString exported = test::scratchDir() + QStringLiteral("/exported-for-print.pdf");
        QVERIFY2(w.session()->exportTo(exported), qPrintable(w.session()->lastError()));
        auto pages = [](const QString &file) {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), { file });
            info.waitForFinished(60000);
            return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                .match(QString::fromUtf8(info.readAllStandardOutput()))
                .captured(1)
                .toInt();
        };
        QVERIFY(pages(exported) >= 3);
        QCOMPARE(pages(pdf), pages(exported));
    }

    void exportToEveryWritableFormat()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("export.nianbao"))));
        for (const char *ext : { "docx", "txt", "json", "pdf" }) {
            const QString path = test::scratchDir() + QStringLiteral("/exported.") + QLatin1String(ext);
            QVERIFY2(w.session()->exportTo(path), qPrintable(w.session()->lastError()));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QVERIFY(!w.document()->isModified());
        QCOMPARE(QFileInfo(w.document()->filePath()).fileName(), QStringLiteral("export.nianbao"));
    }

    void subsectionsAreNumberedAndEditable()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(copyOfExample(QStringLiteral("subsections.nianbao"))));
        w.show();
        w.showPage(1 + int(SectionId::Problems));
        auto *list = w.findChild<QListWidget *>(QStringLiteral("subsectionList_problems"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("（二）改进措施"));
        auto *heading = w.findChild<QLineEdit *>(QStringLiteral("subsectionHeading_problems"));
        list->setCurrentRow(1);
        heading->selectAll();
        typeChinese(heading, QStringLiteral("下一步工作"));
        QCOMPARE(w.document()->report().section(SectionId::Problems).subsections[1].heading,
                 QStringLiteral("下一步工作"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("（二）下一步工作"));
        QCOMPARE(w.document()->undoStack()->count(), 1); // typing merged into one step
    }

    // A published PDF opens as an import (issue #15), is edited like any report, and is kept
    // by saving it as a Nianbao report; a PDF serves as last year's report too.
    void openAPdfEditAndSaveAsNianbao()
    {
        const QString pdf = test::fixture(QStringLiteral("real/huaian-2024-wps.pdf"));
        const QString saved = test::scratchDir() + QStringLiteral("/from-pdf.nianbao");
        QFile::remove(saved);
        {
            MainWindow w;
            w.session()->setInteractive(false);
            QVERIFY(w.session()->openFile(pdf));
            w.show();
            QVERIFY(w.document()->filePath().isEmpty()); // imported: saving asks where
            QCOMPARE(test::cell(w.document()->report(), "applications/new/natural"), CellValue::number(3001));
            typeInto(applicationsGrid(w), test::ref("applications/carriedIn/research"), QStringLiteral("2"));
            QVERIFY(w.document()->isModified());
            // The printed total agreed with its row, so it follows the edit.
            QCOMPARE(test::cell(w.document()->report(), "applications/carriedIn/total"),
                     CellValue::number(36));
            QVERIFY(w.session()->saveAs(saved));
            QVERIFY(!w.isWindowModified());
        }
        MainWindow again;
        again.session()->setInteractive(false);
        QVERIFY(again.session()->openFile(saved));
        QCOMPARE(test::cell(again.document()->report(), "applications/carriedIn/research"),
                 CellValue::number(2));
        QCOMPARE(again.document()->report().agency, QStringLiteral("淮安市人民政府"));

        // This year's report of the same agency, with last year's as the PDF.
        Report thisYear = again.document()->report();
        thisYear.year = 2025;
        thisYear.title.clear();
        test::setCell(thisYear, QStringLiteral("applications/carriedIn/natural"), CellValue::number(100));
        const QString current = test::scratchDir() + QStringLiteral("/huaian-2025.nianbao");
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(thisYear, current, error));
        MainWindow next;
        next.session()->setInteractive(false);
        QVERIFY(next.session()->openFile(current));
        QCOMPARE(countRule(next.document(), "crossYear.carriedIn"), 0);
        QVERIFY(next.session()->attachPreviousYear(pdf));
        QVERIFY(countRule(next.document(), "crossYear.carriedIn") >= 1); // 100 ≠ last year's 103
    }

    // A saved web page whose table 三 is a picture: the bar over the report says so and its
    // button goes to the first cell left blank; typing the rows in takes the notice away.
    void openAWebPageWithATableAsPicture()
    {
        const Report source = test::load(test::fixture(test::report001()));
        const QString page = test::scratchDir() + QStringLiteral("/picture-page.html");
        {
            QFile f(page);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::reportAsWebPage(source, true).toUtf8());
        }
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(page));
        w.show();
        QVERIFY(w.document()->report().table(TableId::Proactive) == source.table(TableId::Proactive));
        auto *bar = w.findChild<QWidget *>(QStringLiteral("importIncompleteBar"));
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        const QString text = w.findChild<QLabel *>(QStringLiteral("importIncompleteText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Table 3")) || text.contains(QStringLiteral("表三")),
                 qPrintable(text));
        w.showPage(0);
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("importIncompleteJump")), Qt::LeftButton);
        GridView *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->currentIndex(), grid->tableModel()->indexOf(test::ref("applications/new/natural")));
        // Every row typed in: nothing is missing any more.
        const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
        for (int r = 0; r < spec.rowCount(); ++r) {
            if (!spec.isComputed(r, 0))
                typeInto(grid, CellRef { TableId::Applications, r, 0 }, QStringLiteral("0"));
        }
        QVERIFY2(!bar->isVisible(),
                 qPrintable(w.findChild<QLabel *>(QStringLiteral("importIncompleteText"))->text()));
    }

    // Edit ▸ Paste Report with a browser's copy of a report's page (text only, a row per line,
    // cells between tabs): the tables fill as the page's.
    void pasteReportFromABrowserCopy()
    {
        const Report source = test::load(test::fixture(test::report003()));
        auto *data = new QMimeData;
        data->setText(test::browserCopy(test::reportAsWebPage(source), false));
        QGuiApplication::clipboard()->setMimeData(data);
        MainWindow w;
        w.session()->setInteractive(false);
        w.show();
        w.findChild<QAction *>(QStringLiteral("pasteReportAction"))->trigger();
        QVERIFY2(w.session()->lastError().isEmpty(), qPrintable(w.session()->lastError()));
        for (int t = 0; t < TableCount; ++t)
            QVERIFY2(w.document()->report().tables[t] == source.tables[t], qPrintable(QString::number(t)));
        QCOMPARE(w.document()->report().agency, source.agency);
        QCOMPARE(w.document()->report().signature.organization, source.signature.organization);
        QCOMPARE(w.document()->report().signature.date, source.signature.date);
        QVERIFY(w.document()->filePath().isEmpty()); // an import: saving asks where

        // Its HTML, as a browser offers it beside the text, is read first.
        auto *html = new QMimeData;
        // A selection copied from a GBK page keeps its <meta>; the clipboard's text is Unicode.
        html->setHtml(test::reportAsWebPage(source).replace(QStringLiteral("charset=\"utf-8\""),
                                                            QStringLiteral("charset=\"gbk\"")));
        html->setText(QStringLiteral("not a report"));
        QGuiApplication::clipboard()->setMimeData(html);
        w.document()->load(Report());
        w.findChild<QAction *>(QStringLiteral("pasteReportAction"))->trigger();
        QVERIFY(w.document()->report().tables[int(TableId::Applications)]
                == source.tables[int(TableId::Applications)]);

        // A page's text dragged from a browser and dropped on the window: the same.
        w.document()->load(Report());
        QMimeData dragged;
        dragged.setText(test::browserCopy(test::reportAsWebPage(source), true));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        for (int t = 0; t < TableCount; ++t)
            QVERIFY2(w.document()->report().tables[t] == source.tables[t], qPrintable(QString::number(t)));

        // Nothing that reads as a report: said, and the report in the window stays.
        QGuiApplication::clipboard()->setText(QStringLiteral("Dear colleagues, the minutes are attached."));
        w.findChild<QAction *>(QStringLiteral("pasteReportAction"))->trigger();
        QVERIFY(!w.session()->lastError().isEmpty());
        QCOMPARE(w.document()->report().agency, source.agency);
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
