// The review desk, offscreen: a folder of reports (one unreadable) on one table, sorted by
// errors, searched, kept current when a file changes, a report opened in the editor, every
// report exported, the table as CSV, the summary report.
#include "TestSupport.h"
#include "document/ReportDocument.h"
#include "document/ReportFolderModel.h"
#include "io/FormatRegistry.h"
#include "widgets/desk/DeskChartsDialog.h"
#include "widgets/desk/ExportAllDialog.h"
#include "widgets/desk/ReviewDesk.h"
#include "widgets/desk/SumDialog.h"
#include "widgets/shell/EditorApplication.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace nianbao;

namespace {

QString folderOfReports()
{
    const QString folder = test::scratchDir() + QStringLiteral("/desk");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    for (const QString &docx : test::reportFixtures(QStringLiteral("docx")))
        QFile::copy(docx, folder + QLatin1Char('/') + QFileInfo(docx).fileName());
    Report errors = test::load(test::fixture(test::report003()));
    test::setCell(errors, "applications/new/natural", CellValue::number(987654)); // totals disagree
    errors.agency = QStringLiteral("错误很多的局");
    FormatError error;
    FormatRegistry::instance().writeFile(errors, folder + QStringLiteral("/errors.nianbao"), error);
    QFile bad(folder + QStringLiteral("/broken.docx"));
    bad.open(QIODevice::WriteOnly);
    bad.write("not a zip");
    return folder;
}

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aFolderOnOneTable()
    {
        const QString folder = folderOfReports();
        ReviewDesk desk(folder);
        EditorApplication::connectDesk(&desk);
        desk.setAttribute(Qt::WA_DeleteOnClose, false);
        desk.show();
        QTableView *view = desk.findChild<QTableView *>(QStringLiteral("deskView"));
        QVERIFY(view);
        ReportFolderModel *m = desk.model();
        QCOMPARE(m->rowCount(), int(test::reportFixtures(QStringLiteral("docx")).size()) + 2);
        // The unreadable one is there, saying so.
        int unreadable = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            unreadable += m->reportAt(r) == nullptr;
        QCOMPARE(unreadable, 1);

        // Sorted by errors, most first: the report with errors on top.
        view->sortByColumn(ReportFolderModel::ErrorsColumn, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, ReportFolderModel::AgencyColumn).data().toString(),
                 QStringLiteral("错误很多的局"));
        QVERIFY(view->model()->index(0, ReportFolderModel::ErrorsColumn).data().toInt() > 0);

        // Search.
        auto *search = desk.findChild<QLineEdit *>(QStringLiteral("deskSearch"));
        search->setText(QStringLiteral("错误很多"));
        QCOMPARE(view->model()->rowCount(), 1);
        search->clear();

        // A file changed on disk: its row follows.
        Report fixed = test::load(folder + QStringLiteral("/errors.nianbao"));
        test::setCell(fixed, "applications/new/natural",
                      test::cell(test::load(test::fixture(test::report003())), "applications/new/natural"));
        QTest::qWait(1100); // a different modification time
        FormatError error;
        QVERIFY(
            FormatRegistry::instance().writeFile(fixed, folder + QStringLiteral("/errors.nianbao"), error));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < m->rowCount(); ++r) {
                    if (m->pathAt(r).endsWith(QLatin1String("errors.nianbao")))
                        return m->index(r, ReportFolderModel::ErrorsColumn).data().toInt() == 0;
                }
                return false;
            }(),
            5000);

        // Double click opens the report in an editor window.
        view->sortByColumn(ReportFolderModel::FileColumn, Qt::AscendingOrder);
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == u"errors.nianbao")
                row = r;
        }
        QVERIFY(row >= 0);
        desk.openRow(row);
        MainWindow *editor = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *mw = qobject_cast<MainWindow *>(w);
                mw && mw->document()->filePath().endsWith(QLatin1String("errors.nianbao")))
                editor = mw;
        }
        QVERIFY(editor);
        QCOMPARE(editor->document()->report().agency, QStringLiteral("错误很多的局"));
        editor->session()->setInteractive(false);
        editor->close();
    }

    void exportAllTheTableAndTheSum()
    {
        const QString folder = folderOfReports();
        ReviewDesk desk(folder);
        EditorApplication::connectDesk(&desk);
        desk.setAttribute(Qt::WA_DeleteOnClose, false);
        const QString out = test::scratchDir() + QStringLiteral("/exported");
        QDir(out).removeRecursively();
        const int readable = desk.model()->rowCount() - 1;
        QCOMPARE(desk.exportAll(out, QStringLiteral("pdf")), readable);
        QCOMPARE(QDir(out).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size(), readable);
        const QString csv = test::scratchDir() + QStringLiteral("/desk.csv");
        QVERIFY(desk.exportTable(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "\"File\",\"Agency\",\"Year\""));
        QVERIFY(bytes.contains("\"错误很多的局\""));
    }

    // #25.18: 全部检查 says what it found and puts the reports with most errors first.
    void checkAllSaysWhatItFound()
    {
        ReviewDesk desk(folderOfReports());
        QTRY_VERIFY_WITH_TIMEOUT(desk.model()->rowCount() > 2, 10000);
        desk.findChild<QAction *>(QStringLiteral("checkAllAction"))->trigger();
        const QString said = desk.statusBar()->currentMessage();
        QVERIFY2(said.contains(QLatin1String("Checked")) && said.contains(QLatin1String("1 with errors"))
                     && said.contains(QLatin1String("could not be read")),
                 qPrintable(said));
        auto *view = desk.findChild<QTableView *>();
        QVERIFY(view);
        QCOMPARE(view->model()->index(0, ReportFolderModel::FileColumn).data().toString(),
                 QStringLiteral("errors.nianbao"));
    }

    // #27: 图表 over the folder: applications per agency, most first; the outcomes' shares of
    // all that was handled; then the summed tables, as the 图解 of a report.
    void theFoldersChartsAddUp()
    {
        ReviewDesk desk(folderOfReports());
        QTRY_VERIFY_WITH_TIMEOUT(desk.model()->rowCount() > 2, 10000);
        QVERIFY(desk.findChild<QAction *>(QStringLiteral("deskChartsAction")));
        QVector<ReportSum::Part> parts;
        for (int row = 0; row < desk.model()->rowCount(); ++row) {
            if (const Report *r = desk.model()->reportAt(row))
                parts.append({ desk.model()->pathAt(row), *r });
        }
        QVERIFY(parts.size() >= 3);
        DeskChartsDialog dialog(parts);
        const GraphicFigures &g = dialog.figures();
        const GraphicFigures::Panel &perAgency = g.panels[0];
        QCOMPARE(perAgency.figures.size(), parts.size());
        double sumOfAgencies = 0;
        for (int i = 0; i < perAgency.figures.size(); ++i) {
            if (i > 0)
                QVERIFY(perAgency.figures[i - 1].value.value_or(-1)
                        >= perAgency.figures[i].value.value_or(-1));
            sumOfAgencies += perAgency.figures[i].value.value_or(0);
        }
        double expected = 0, processed = 0;
        for (const ReportSum::Part &p : parts) {
            expected += test::cell(p.report, QStringLiteral("applications/new/total")).sumValue();
            processed += test::cell(p.report, QStringLiteral("applications/processedTotal/total")).sumValue();
        }
        QCOMPARE(sumOfAgencies, expected);
        double shares = 0;
        for (const GraphicFigures::Figure &f : g.panels[1].figures)
            shares += f.value.value_or(0);
        QCOMPARE(shares, processed);
        QVERIFY(g.panels[1].figures[0].label.contains(QLatin1Char('%')));
        // Reports of several years are not summed; of one year, the district's tables follow.
        QCOMPARE(g.panels.size(), 2);
        QVector<ReportSum::Part> oneYear;
        for (const ReportSum::Part &p : parts) {
            if (p.report.year == parts.first().report.year)
                oneYear << p;
        }
        const GraphicFigures district = DeskChartsDialog::figuresOf(oneYear);
        QVERIFY(district.panels.size() > 4);
        QVERIFY(district.title.startsWith(QString::number(parts.first().report.year)));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportDeskGraphicButton")));
    }

    // #26.7: an agency or file name that begins like a formula reaches WPS and Excel as text.
    void theDesksCsvRunsNoFormula()
    {
        const QString folder = test::scratchDir() + QStringLiteral("/formula");
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        Report r = test::load(test::fixture(test::report003()));
        r.agency = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(r, folder + QStringLiteral("/+sum.nianbao"), error));
        ReviewDesk desk(folder);
        QTRY_VERIFY_WITH_TIMEOUT(desk.model()->rowCount() == 1 && desk.model()->reportAt(0), 10000);
        const QString csv = folder + QStringLiteral("/out.csv");
        QVERIFY(desk.exportTable(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"'+sum.nianbao\"")), qPrintable(text));
    }

    // A published PDF on the desk reads like the others; exporting into the reports' own
    // folder replaces none of them, and two reports of one name get two copies.
    void exportIntoTheReportsFolderReplacesNoReport()
    {
        const QString folder = folderOfReports();
        const QString docx = folder + QStringLiteral("/000_e90af9d1a07c895b.docx");
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("real/huaian-2024-wps.pdf")),
                            folder + QStringLiteral("/000_e90af9d1a07c895b.pdf")));
        QFile original(docx);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        ReviewDesk desk(folder);
        EditorApplication::connectDesk(&desk);
        desk.setAttribute(Qt::WA_DeleteOnClose, false);
        const int readable = desk.model()->rowCount() - 1;
        int pdfRow = -1;
        for (int row = 0; row < desk.model()->rowCount(); ++row) {
            if (desk.model()->pathAt(row).endsWith(QLatin1String(".pdf")))
                pdfRow = row;
        }
        QVERIFY(pdfRow >= 0);
        QVERIFY(desk.model()->reportAt(pdfRow));
        QCOMPARE(desk.model()->reportAt(pdfRow)->agency, QStringLiteral("淮安市人民政府"));
        QCOMPARE(desk.exportAll(folder, QStringLiteral("docx")), readable);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        QVERIFY(QFile::exists(folder + QStringLiteral("/000_e90af9d1a07c895b (2).docx")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/000_e90af9d1a07c895b (3).docx")));
    }

    // Issue #25.18 (part): the first click on 错误 put the fewest first. Counts sort most first.
    void theFirstClickOnACountShowsTheMost()
    {
        const QString folder = folderOfReports();
        ReviewDesk desk(folder);
        desk.setAttribute(Qt::WA_DeleteOnClose, false);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *view = desk.findChild<QTableView *>(QStringLiteral("deskView"));
        QHeaderView *header = view->horizontalHeader();
        const int column = ReportFolderModel::ErrorsColumn;
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, ReportFolderModel::AgencyColumn).data().toString(),
                 QStringLiteral("错误很多的局"));
        // The second click turns it round, as everywhere.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    // Issue #25.4: Esc on 全部导出's yes/no question ("PDF? No: Word") exported Word
    // documents. Esc in its dialog exports nothing; Export writes the format chosen and says so.
    void escInExportAllExportsNothing()
    {
        const QString folder = folderOfReports();
        ReviewDesk desk(folder);
        desk.setAttribute(Qt::WA_DeleteOnClose, false);
        desk.show();
        const QString out = test::scratchDir() + QStringLiteral("/export-all");
        QDir(out).removeRecursively();
        QTimer::singleShot(0, &desk, [&] {
            auto *dialog = qobject_cast<ExportAllDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setFolder(out);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        desk.findChild<QAction *>(QStringLiteral("exportAllAction"))->trigger();
        QVERIFY(!QDir(out).exists() || QDir(out).isEmpty());

        QString said;
        QTimer::singleShot(0, &desk, [&] {
            auto *dialog = qobject_cast<ExportAllDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setFolder(out);
            auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportAllFormat"));
            format->setCurrentIndex(format->findData(QStringLiteral("docx")));
            // The report of what was written comes after the export: closed when it shows.
            auto *watch = new QTimer(&desk);
            connect(watch, &QTimer::timeout, &desk, [&said, watch] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal || modal->objectName() != u"exportAllDone")
                    return;
                if (auto *label = modal->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
                    said = label->text();
                watch->stop();
                QTest::keyClick(modal, Qt::Key_Escape);
            });
            watch->start(20);
            dialog->accept();
        });
        desk.findChild<QAction *>(QStringLiteral("exportAllAction"))->trigger();
        const int readable = desk.model()->rowCount() - 1;
        QCOMPARE(QDir(out).entryList({ QStringLiteral("*.docx") }, QDir::Files).size(), readable);
        QVERIFY(QDir(out).entryList({ QStringLiteral("*.pdf") }, QDir::Files).isEmpty());
        QVERIFY2(said.contains(QString::number(readable)), qPrintable(said));
    }

    // Issue #25.2: two files of one agency were both summed, the only sign a status line.
    // The desk shows what it will add and sums only when nothing stands in the way.
    void sumStopsOnADuplicatedAgency()
    {
        const QString folder = test::scratchDir() + QStringLiteral("/desk-sum");
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        const QStringList docx = test::reportFixtures(QStringLiteral("docx"));
        const Report a = test::load(docx[0]);
        // Another agency of the same year, with another count.
        Report b = a;
        b.agency = QStringLiteral("另一个局");
        test::setCell(b, "applications/new/natural", CellValue::number(7));
        FormatError error;
        QVERIFY(FormatRegistry::instance().writeFile(b, folder + QStringLiteral("/b.nianbao"), error));
        QVERIFY(QFile::copy(docx[0], folder + QStringLiteral("/a.docx")));
        QVERIFY(QFile::copy(docx[0], folder + QStringLiteral("/a-again.docx")));
        ReviewDesk desk(folder);
        desk.setAttribute(Qt::WA_DeleteOnClose, false);
        QVector<Report> summaries;
        connect(&desk, &ReviewDesk::summaryReady, this,
                [&summaries](const Report &summary, const QString &) { summaries.append(summary); });
        QStringList problems;
        bool okBefore = true, okAfter = false;
        QTimer::singleShot(0, &desk, [&] {
            auto *dialog = qobject_cast<SumDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            problems = dialog->problems();
            okBefore = ok->isEnabled();
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("sumParts"));
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text().startsWith(QLatin1String("a-again.docx")))
                    dialog->setIncluded(i, false);
            }
            okAfter = ok->isEnabled();
            ok->click();
        });
        desk.sumIntoNewReport();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("a.docx"))
                     && problems.first().contains(QLatin1String("a-again.docx")),
                 qPrintable(problems.first()));
        QVERIFY(!okBefore);
        QVERIFY(okAfter);
        QCOMPARE(summaries.size(), 1);
        const Report &summary = summaries.first();
        const CellRef cell = test::ref("applications/new/natural");
        QCOMPARE(summary.value(cell).number(), a.value(cell).number() + b.value(cell).number());

        // Issue #25.3: the new window on the sum closed without asking (Ctrl+W). Unsaved, it
        // asks like any modified report: here, with nobody to answer, it stays open.
        QPointer<MainWindow> editor = EditorApplication::openEditorOn(summary);
        editor->session()->setInteractive(false);
        QVERIFY(editor->document()->isModified());
        QTest::keyClick(editor, Qt::Key_W, Qt::ControlModifier);
        editor->close();
        QVERIFY(editor && editor->isVisible());
        const QString saved = folder + QStringLiteral("/sum.nianbao");
        QVERIFY(editor->session()->saveAs(saved));
        QVERIFY(!editor->document()->isModified());
        QVERIFY(editor->close());
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
