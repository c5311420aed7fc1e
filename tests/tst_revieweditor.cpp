// The reviewer's half of the editor, driven by keyboard and object name, offscreen: a comment
// on a cell (Ctrl+Alt+M, type, Ctrl+Enter), its corner marker, resolving it in the 批注 dock
// and undoing; a comment on selected words of prose; a finding turned into a comment; review
// mode keeping numbers from changing; comparing with another version.
#include "TestSupport.h"
#include "document/AnnotationsModel.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "widgets/findings/FindingsDock.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/ProseEditor.h"
#include "widgets/pages/SectionPage.h"
#include "widgets/review/AnnotationsDock.h"
#include "widgets/review/ComparisonDock.h"
#include "widgets/review/ReviewActions.h"
#include "widgets/shell/FileActions.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace nianbao;

namespace {

void settle()
{
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// A window with fixture 003, shown (shortcuts need a shown, active window).
struct Window
{
    MainWindow w;
    Window()
    {
        w.session()->setInteractive(false);
        w.document()->load(test::load(test::fixture(test::report003())));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w) || true);
        settle();
    }
};

QPlainTextEdit *composer(MainWindow &w)
{
    return w.findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
}

} // namespace

class TestReviewEditor : public QObject
{
    Q_OBJECT
private slots:
    // Issue #25.9: in read-only review mode Shift+arrows selected nothing, so the comment
    // landed on the whole paragraph, and the new-comment box said "第 0 段".
    void reviewModeSelectsWithTheKeyboard()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(test::load(test::fixture(test::report003())));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.findChild<QAction *>(QStringLiteral("reviewModeAction"))->setChecked(true);
        w.showPage(1 + int(SectionId::Overview));
        auto *prose = w.findChild<ProseEditor *>(QStringLiteral("prose_overview"));
        QPlainTextEdit *edit = prose->editor();
        edit->setFocus();
        edit->moveCursor(QTextCursor::Start);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier);
        const QString selected = edit->textCursor().selectedText();
        QCOMPARE(selected.size(), 4);
        QVERIFY(edit->isReadOnly());
        QTest::keyClick(edit, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        auto *place = w.findChild<QLabel *>(QStringLiteral("commentPlace"));
        QVERIFY2(place->text().contains(QLatin1String("paragraph 1")), qPrintable(place->text()));
    }

    // Issue #25.7 and #25.8: approving with open comments or errors, submitting with errors
    // and exporting a publication copy with errors went through silently; after approval only
    // undo changed the verdict. Each asks now, naming them, and offers to go to the first.
    void reviewStepsAskAboutErrorsAndOpenComments()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.document()->load(test::reportWithErrors());
        w.show();
        w.document()->addAnnotation(ReportPlace::ofSection(SectionId::Problems),
                                    QStringLiteral("请补充整改措施"));
        auto *submit = w.findChild<QAction *>(QStringLiteral("submitAction"));
        auto *approve = w.findChild<QAction *>(QStringLiteral("approveAction"));
        const auto answer = [](const char *button, QString *said) {
            QTimer::singleShot(0, [button, said] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box && box->objectName() == u"errorsQuestion");
                *said = box->text();
                if (qstrcmp(button, "cancel") == 0)
                    box->button(QMessageBox::Cancel)->click();
                else
                    box->findChild<QPushButton *>(QLatin1String(button))->click();
            });
        };
        QString said;
        // Submit: go to the first error instead.
        answer("goToFirstButton", &said);
        submit->trigger();
        QVERIFY2(said.contains(QLatin1String("error")), qPrintable(said));
        QCOMPARE(w.document()->report().review.state, ReviewState::Draft);
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        QVERIFY(grid->isVisible());
        answer("goOnButton", &said);
        submit->trigger();
        QCOMPARE(w.document()->report().review.state, ReviewState::Submitted);
        // Approve: the open comment is named; Cancel leaves the verdict open.
        answer("cancel", &said);
        approve->trigger();
        QVERIFY2(said.contains(QStringLiteral("请补充整改措施")), qPrintable(said));
        QCOMPARE(w.document()->report().review.state, ReviewState::Submitted);
        answer("goOnButton", &said);
        approve->trigger();
        QCOMPARE(w.document()->report().review.state, ReviewState::Approved);
        // Corrected after approval, it can be submitted again for a new verdict.
        QVERIFY(submit->isEnabled());
        answer("goOnButton", &said);
        submit->trigger();
        QCOMPARE(w.document()->report().review.state, ReviewState::Submitted);
        QVERIFY(approve->isEnabled());
        // A publication export asks too; Cancel writes nothing and opens no file dialog.
        answer("cancel", &said);
        w.fileActions()->exportDialog(false);
        QVERIFY2(said.contains(QLatin1String("error")), qPrintable(said));
    }

    // Issue #25.6: after adding 2 comments and resolving 1 the status bar still counted the
    // comments before; the navigation's per-section counts lagged too. Both follow every
    // change of a comment, undo included.
    void openCommentCountsFollowEveryChange()
    {
        MainWindow w;
        w.session()->setInteractive(false);
        w.show();
        auto *state = w.findChild<QLabel *>(QStringLiteral("reviewState"));
        auto *navigation = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(state && navigation);
        const QString a
            = w.document()->addAnnotation(ReportPlace::ofSection(SectionId::Problems), QStringLiteral("一"));
        w.document()->addAnnotation(ReportPlace::ofSection(SectionId::Problems), QStringLiteral("二"));
        QVERIFY2(state->text().contains(QLatin1String("2")), qPrintable(state->text()));
        const int problems = 1 + int(SectionId::Problems);
        QVERIFY2(navigation->item(problems)->text().contains(QLatin1String("2")),
                 qPrintable(navigation->item(problems)->text()));
        w.document()->setAnnotationResolved(a, true);
        QVERIFY2(state->text().contains(QLatin1String("1")) && !state->text().contains(QLatin1String("2")),
                 qPrintable(state->text()));
        QVERIFY2(navigation->item(problems)->text().contains(QLatin1String("1")),
                 qPrintable(navigation->item(problems)->text()));
        w.document()->undoStack()->undo();
        QVERIFY2(state->text().contains(QLatin1String("2")), qPrintable(state->text()));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AnnotationsDock::setReviewerName(QStringLiteral("李审核"));
    }

    void commentOnACellByKeyboardThenResolveAndUndo()
    {
        Window win;
        MainWindow &w = win.w;
        w.showPage(1 + int(SectionId::Applications));
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        QVERIFY(grid);
        const CellRef cell = test::ref("applications/new/natural");
        grid->selectCell(cell);
        grid->setFocus();
        settle();
        // Ctrl+Alt+M opens the composer on the current cell.
        QTest::keyClick(grid, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        settle();
        QPlainTextEdit *text = composer(w);
        QVERIFY(text);
        QVERIFY2(
            w.findChild<QLabel *>(QStringLiteral("commentPlace"))->text().contains(QStringLiteral("自然人")),
            qPrintable(w.findChild<QLabel *>(QStringLiteral("commentPlace"))->text()));
        QVERIFY(text->hasFocus());
        text->insertPlainText(QStringLiteral("本栏请核对。"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        settle();
        const Annotations &all = w.document()->report().annotations;
        QCOMPARE(all.size(), 1);
        QCOMPARE(int(all[0].target.kind), int(ReportPlace::Kind::Cell));
        QCOMPARE(all[0].target.cell, cell);
        QCOMPARE(all[0].author, QStringLiteral("李审核"));
        QCOMPARE(all[0].text, QStringLiteral("本栏请核对。"));
        // The grid's context menu offers the same action.
        QVERIFY(grid->actions().contains(w.review()->addCommentAction()));
        QCOMPARE(grid->contextMenuPolicy(), Qt::ActionsContextMenu);
        // The marker: the cell reports one open comment.
        ReportTableModel *model = grid->tableModel();
        QCOMPARE(model->indexOf(cell).data(ReportTableModel::CommentRole).toInt(), 1);
        // The navigation counts it.
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav->item(1 + int(SectionId::Applications))->text().contains(QStringLiteral("1")));

        // Resolve it in the dock.
        auto *list = w.findChild<QTreeView *>(QStringLiteral("annotationList"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("resolveButton")), Qt::LeftButton);
        settle();
        QVERIFY(w.document()->report().annotations[0].resolved);
        QCOMPARE(model->indexOf(cell).data(ReportTableModel::CommentRole).toInt(), 0);
        // Undo: open again; undo again: gone.
        w.document()->undoStack()->undo();
        QVERIFY(!w.document()->report().annotations[0].resolved);
        QCOMPARE(model->indexOf(cell).data(ReportTableModel::CommentRole).toInt(), 1);
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->report().annotations.isEmpty());
        QCOMPARE(model->indexOf(cell).data(ReportTableModel::CommentRole).toInt(), 0);
        w.document()->undoStack()->redo();
        QCOMPARE(w.document()->report().annotations.size(), 1);
    }

    void commentOnSelectedWordsOfProse()
    {
        Window win;
        MainWindow &w = win.w;
        w.showPage(1 + int(SectionId::Overview));
        auto *prose = w.findChild<ProseEditor *>(QStringLiteral("prose_overview"));
        QVERIFY(prose);
        QPlainTextEdit *edit = prose->editor();
        QTextCursor c(edit->document()->findBlockByNumber(0));
        c.setPosition(c.position() + 2);
        c.setPosition(c.position() + 4, QTextCursor::KeepAnchor);
        const QString quote = c.selectedText();
        edit->setTextCursor(c);
        edit->setFocus();
        settle();
        QTest::keyClick(edit, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        settle();
        composer(w)->insertPlainText(QStringLiteral("措辞。"));
        QTest::keyClick(composer(w), Qt::Key_Return, Qt::ControlModifier);
        settle();
        const Annotation &a = w.document()->report().annotations.constFirst();
        QCOMPARE(int(a.target.kind), int(ReportPlace::Kind::Paragraph));
        QCOMPARE(a.target.quote, quote);
        QCOMPARE(a.target.anchor, w.document()->report().section(SectionId::Overview).paragraphs[0].anchor);
        // The words are highlighted.
        QCOMPARE(edit->extraSelections().size(), 1);
        QCOMPARE(edit->extraSelections()[0].cursor.selectedText(), quote);
    }

    void aFindingBecomesAComment()
    {
        Window win;
        MainWindow &w = win.w;
        w.document()->setCell(test::ref("applications/new/natural"), CellValue::number(987654));
        auto *view = w.findingsDock()->view();
        QModelIndex first;
        for (int g = 0; g < view->model()->rowCount() && !first.isValid(); ++g) {
            const QModelIndex group = view->model()->index(g, 0);
            if (view->model()->rowCount(group) > 0)
                first = view->model()->index(0, 0, group);
        }
        QVERIFY(first.isValid());
        view->setCurrentIndex(first);
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("addFindingAsCommentButton")),
                          Qt::LeftButton);
        settle();
        // One click: the comment is there, on the finding's place, with its message.
        QCOMPARE(w.document()->report().annotations.size(), 1);
        const Annotation &a = w.document()->report().annotations[0];
        QVERIFY(a.target.kind != ReportPlace::Kind::Report);
        QVERIFY(!a.text.isEmpty());
        bool fromAFinding = false;
        for (const Finding &f : w.document()->findings())
            fromAFinding |= f.message == a.text;
        QVERIFY(fromAFinding);
        QCOMPARE(w.annotationsDock()->currentId(), a.id);
    }

    void reviewModeKeepsTheNumbersButTakesComments()
    {
        Report report = test::load(test::fixture(test::report003()));
        ReportDocument submitter;
        submitter.load(report);
        submitter.setAuthor(QStringLiteral("王起草"));
        submitter.submitForReview();
        const QString path = test::scratchDir() + QStringLiteral("/submitted.nianbao");
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(submitter.report(), path, error));

        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(path));
        QVERIFY(w.document()->isContentLocked());
        QVERIFY(w.review()->reviewModeAction()->isChecked());
        QVERIFY(w.windowTitle().contains(ReviewActions::stateName(ReviewState::Submitted)));
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        const CellRef cell = test::ref("applications/new/natural");
        const CellValue before = w.document()->report().value(cell);
        grid->selectCell(cell);
        QTest::keyClick(grid, Qt::Key_7);
        settle();
        QCOMPARE(w.document()->report().value(cell), before);
        QVERIFY(!(grid->tableModel()->flags(grid->tableModel()->indexOf(cell)) & Qt::ItemIsEditable));
        w.document()->setAuthor(QStringLiteral("李审核"));
        w.document()->addAnnotation(ReportPlace::ofCell(cell), QStringLiteral("请核对"));
        QCOMPARE(w.document()->report().annotations.size(), 1);
        // Leaving review mode, an edit makes the warning bar appear.
        w.review()->reviewModeAction()->setChecked(false);
        w.document()->setCell(cell, CellValue::number(before.number() + 1));
        QVERIFY(!w.review()->warningBar()->isHidden());
        w.document()->undoStack()->undo();
        QVERIFY(w.review()->warningBar()->isHidden());
    }

    void comparingWithAnotherVersionMarksTheChangedCells()
    {
        Window win;
        MainWindow &w = win.w;
        const Report before = w.document()->report();
        const CellRef cell = test::ref("applications/new/natural");
        const CellValue old = before.value(cell);
        w.document()->setCell(cell, CellValue::number(old.number() + 3));
        w.comparisonDock()->compareWith(before, QStringLiteral("old.nianbao"));
        auto *grid = w.findChild<GridView *>(QStringLiteral("grid_applications"));
        const QModelIndex index = grid->tableModel()->indexOf(cell);
        QVERIFY(index.data(ReportTableModel::ChangedRole).toBool());
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(old.toString()));
        auto *changes = w.findChild<QListWidget *>(QStringLiteral("changeList"));
        // The cell and the totals computed from it.
        QCOMPARE(changes->count(), int(w.comparisonDock()->diff().cells.size()));
        QVERIFY(changes->count() >= 2);
        QCOMPARE(w.comparisonDock()->diff().cells[0].cell, cell);
        // The list jumps to the cell.
        w.showPage(0);
        emit changes->itemActivated(changes->item(0));
        settle();
        QCOMPARE(grid->tableModel()->cellRefAt(grid->currentIndex()), cell);
        // Undoing the edit leaves nothing to show.
        w.document()->undoStack()->undo();
        QCOMPARE(changes->count(), 0);
        QVERIFY(!index.data(ReportTableModel::ChangedRole).toBool());
    }
};

QTEST_MAIN(TestReviewEditor)
#include "tst_revieweditor.moc"
