// No lost work after a real crash: a real editor process (this executable, started again
// with --child) opens a report and types into table 三; three seconds later it is killed with
// SIGKILL, as a crash or a power cut would end it. A new window then offers the autosaved
// work, restores it on "Yes", and the typed value is there, unsaved.
#include "TestSupport.h"
#include "document/RecoveryStore.h"
#include "document/ReportDocument.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstring>

using namespace nianbao;

namespace {

const char *const TypedCell = "applications/new/natural";
const char *const TypedValue = "77";

void nameTheApplication()
{
    // As EditorApplication does: the recovery folder is found by these names.
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
}

// The editor process that will be killed: opens the report, types a value, says so, waits.
int runChild(int argc, char **argv, const QString &file)
{
    QApplication app(argc, argv);
    nameTheApplication();
    MainWindow window;
    window.session()->setInteractive(false);
    if (!window.session()->openFile(file))
        return 3;
    window.show();
    window.showPage(1 + int(SectionId::Applications));
    auto *grid = window.findChild<GridView *>(QStringLiteral("grid_applications"));
    if (!grid)
        return 4;
    grid->selectCell(test::ref(QString::fromLatin1(TypedCell)));
    QTest::keyClick(grid, TypedValue[0]);
    auto *editor = grid->findChild<QLineEdit *>();
    if (!editor)
        return 5;
    QTest::keyClicks(editor, QString::fromLatin1(TypedValue + 1));
    QTest::keyClick(editor, Qt::Key_Return);
    printf("EDITED\n");
    fflush(stdout);
    return app.exec(); // until killed
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT
private slots:
    void killedEditorOffersItsWorkAtTheNextStart()
    {
        QVERIFY(RecoveryStore().entries().isEmpty());
        const QString file = test::scratchDir() + QStringLiteral("/killed.nianbao");
        QFile::remove(file);
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao"),
                            file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const CellValue before = test::load(file).value(test::ref(QString::fromLatin1(TypedCell)));
        QVERIFY(before != CellValue::number(QByteArray(TypedValue).toDouble()));

        QProcess editor;
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), file });
        QVERIFY(editor.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += editor.readAllStandardOutput()).contains("EDITED")
                                     || editor.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(editor.state() == QProcess::Running, said.constData());
        QTest::qWait(3000);
        editor.kill(); // SIGKILL: no close event, no destructor, no chance to save
        QVERIFY(editor.waitForFinished(10000));
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);
        // The file itself was not touched.
        QCOMPARE(test::load(file).value(test::ref(QString::fromLatin1(TypedCell))), before);

        MainWindow window;
        QString offered;
        QTimer::singleShot(0, this, [&offered] {
            // The question is modal: answer it as a person would.
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            offered = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(window.session()->offerRecovery());
        QVERIFY2(offered.contains(file), qPrintable(offered));
        ReportDocument *doc = window.document();
        QCOMPARE(doc->report().value(test::ref(QString::fromLatin1(TypedCell))),
                 CellValue::number(QByteArray(TypedValue).toDouble()));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->filePath(), file);
        // The dead process's lock did not keep the report from opening; saving keeps the work.
        window.session()->setInteractive(false);
        QVERIFY2(window.session()->save(), qPrintable(window.session()->lastError()));
        QCOMPARE(test::load(file).value(test::ref(QString::fromLatin1(TypedCell))),
                 CellValue::number(QByteArray(TypedValue).toDouble()));
        QVERIFY(RecoveryStore().entries().isEmpty());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0) {
        int childArgc = 1;
        return runChild(childArgc, argv, QString::fromLocal8Bit(argv[2]));
    }
    // Parent and child (which inherits it) share a recovery folder of their own, not the user's.
    static QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    nameTheApplication();
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
