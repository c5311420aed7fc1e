// Nothing already saved is ever lost: writes that fail leave the old file byte for byte,
// say why, exit 2 (command line) or keep the document modified (editor). Failures are real
// ones: a filesystem that really fills up (a tiny tmpfs in a private mount namespace, which
// needs root, as CI has; without it those cases are skipped with a message), a file really
// made read-only, a real FIFO. tst_jsonformat keeps the failing-device stub beside these.
#include "TestSupport.h"
#include "document/ReportDocument.h"
#include "io/FormatRegistry.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace nianbao;

namespace {

// The small filesystem, mounted before Qt starts threads (a mount namespace is per thread).
struct TinyFilesystem
{
    QString path; ///< where it is mounted; empty if it could not be
    QString reason; ///< why not
};
TinyFilesystem tiny;

void mountTinyFilesystem()
{
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/nianbao-full-" + QByteArray::number(getpid());
    if (mkdir(dir.constData(), 0700) != 0) {
        tiny.reason = QStringLiteral("cannot create %1").arg(QString::fromLocal8Bit(dir));
        return;
    }
    if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        tiny.reason = QStringLiteral("no private mount namespace (%1); run as root, as CI does")
                          .arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    if (mount("tmpfs", dir.constData(), "tmpfs", 0, "size=256k") != 0) {
        tiny.reason = QStringLiteral("cannot mount a tmpfs: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    tiny.path = QString::fromLocal8Bit(dir);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Fills the tiny filesystem up to `free` bytes left.
void fillLeaving(qint64 free)
{
    QFile::remove(tiny.path + QStringLiteral("/fill"));
    QFile fill(tiny.path + QStringLiteral("/fill"));
    if (!fill.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        qFatal("cannot create the filler");
    const QByteArray block(4096, 'f');
    while (fill.write(block) == block.size()) { }
    fill.close();
    // Give back what the test wants free (tmpfs counts whole pages).
    fill.resize(qMax<qint64>(0, fill.size() - free));
}

Report example()
{
    return test::load(QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao"));
}

} // namespace

class TestSaveFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (tiny.path.isEmpty())
            qWarning("the full-disk cases are skipped: %s", qPrintable(tiny.reason));
    }

    // Defects 5 and 6: on a full disk the writers reported success and the old file was
    // replaced by an empty or cut-off one; the PDF writer said "Unknown error".
    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<qint64>("free");
        for (const char *ext : { "json", "txt", "nianbao", "docx", "pdf" }) {
            for (qint64 free : { 0, 4096 }) { // less than the smallest output (the .txt, 5 KB)
                QTest::addRow("%s, %lld bytes free", ext, free) << QString::fromLatin1(ext) << free;
            }
        }
    }
    void fullDiskKeepsTheOldFile()
    {
        if (tiny.path.isEmpty())
            QSKIP(qPrintable(tiny.reason));
        QFETCH(QString, extension);
        QFETCH(qint64, free);
        for (const QString &name : QDir(tiny.path).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(tiny.path + QLatin1Char('/') + name);
        const QString target = tiny.path + QStringLiteral("/report.") + extension;
        const QByteArray old = "the report saved yesterday";
        writeBytes(target, old);
        fillLeaving(free);

        // The command line.
        const test::ProcessResult r = test::runNianbao(
            { QStringLiteral("convert"),
              QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao"), target });
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QString::fromLocal8Bit(strerror(ENOSPC))), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")), qPrintable(r.err));
        QCOMPARE(readAll(target), old);

        // The library, in this process.
        FormatError error;
        QVERIFY(!FormatRegistry::instance().writeFile(example(), target, error));
        QVERIFY2(error.message().contains(QString::fromLocal8Bit(strerror(ENOSPC))),
                 qPrintable(error.message()));
        QCOMPARE(readAll(target), old);
        // No half-written temporary file is left behind.
        QCOMPARE(QDir(tiny.path).entryList(QDir::Files | QDir::Hidden),
                 QStringList({ QStringLiteral("fill"), QStringLiteral("report.") + extension }));
    }

    void editorSaveOnAFullDiskKeepsTheDocumentModified()
    {
        if (tiny.path.isEmpty())
            QSKIP(qPrintable(tiny.reason));
        QFile::remove(tiny.path + QStringLiteral("/fill"));
        const QString target = tiny.path + QStringLiteral("/edited.nianbao");
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao"),
                            target));
        const QByteArray old = readAll(target);
        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(target));
        w.document()->setParagraphs(SectionId::Other, -1, QStringLiteral("满盘时写下的一段话。"));
        QVERIFY(w.document()->isModified());
        fillLeaving(0);
        QVERIFY(!w.session()->save());
        QVERIFY2(w.session()->lastError().contains(QString::fromLocal8Bit(strerror(ENOSPC))),
                 qPrintable(w.session()->lastError()));
        QVERIFY(w.document()->isModified());
        QCOMPARE(readAll(target), old);
        // Space again: the same window saves.
        QFile::remove(tiny.path + QStringLiteral("/fill"));
        QVERIFY2(w.session()->save(), qPrintable(w.session()->lastError()));
        QVERIFY(!w.document()->isModified());
    }

    // Saving onto a file that became read-only (chmod a-w) is refused, even as root.
    void readOnlyFileIsNotReplaced()
    {
        const QString target = test::scratchDir() + QStringLiteral("/read-only.nianbao");
        QFile::remove(target);
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao"),
                            target));
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray old = readAll(target);

        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("convert"), test::fixture(test::report003()), target });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QCOMPARE(readAll(target), old);

        MainWindow w;
        w.session()->setInteractive(false);
        QVERIFY(w.session()->openFile(target));
        w.document()->setParagraphs(SectionId::Other, -1, QStringLiteral("只读文件上的修改。"));
        QVERIFY(!w.session()->save());
        QVERIFY2(w.session()->lastError().contains(QStringLiteral("read-only")),
                 qPrintable(w.session()->lastError()));
        QVERIFY(w.document()->isModified());
        QCOMPARE(readAll(target), old);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Defect 7: a symbolic link as output was replaced by a regular file.
    void symbolicLinkIsWrittenThrough()
    {
        const QString dir = test::scratchDir();
        const QString real = dir + QStringLiteral("/real.json");
        const QString link = dir + QStringLiteral("/link.json");
        QFile::remove(real);
        QFile::remove(link);
        writeBytes(real, "old");
        QVERIFY(QFile::link(QStringLiteral("real.json"), link)); // relative, as ln -s makes it
        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("convert"), test::fixture(test::report003()), link });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFileInfo(real).size() > 1000);
        QCOMPARE(test::load(link).agency, test::load(test::fixture(test::report003())).agency);
    }

    void devicesPipesAndFoldersAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("FIFO") << QStringLiteral("fifo");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("device") << QStringLiteral("device");
        QTest::newRow("link to a device") << QStringLiteral("device link");
    }
    void devicesPipesAndFoldersAreRefused()
    {
        QFETCH(QString, kind);
        const QString target
            = test::scratchDir() + QStringLiteral("/special-") + kind + QStringLiteral(".json");
        QFile::remove(target);
        QDir().rmdir(target);
        if (kind == u"fifo")
            QCOMPARE(mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        else if (kind == u"folder")
            QVERIFY(QDir().mkdir(target));
        else {
            // Our own device node (the same as /dev/null), so that a regression replaces it and
            // not the system's. Making one needs root.
            const QString node = test::scratchDir() + QStringLiteral("/null-device");
            QFile::remove(node);
            if (mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
                QSKIP("making a device node needs root");
            QVERIFY(kind == u"device" ? QFile::rename(node, target) : QFile::link(node, target));
        }
        // A FIFO nobody reads would block a writer forever: the deadline catches that too.
        const test::ProcessResult r = test::runNianbao(
            { QStringLiteral("convert"), test::fixture(test::report003()), target }, 20000);
        QVERIFY2(r.finished, "writing to it blocked");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(target + QStringLiteral(": ")), qPrintable(r.err));
        if (kind == u"device link")
            QVERIFY(QFileInfo(target).isSymLink());
    }
};

int main(int argc, char **argv)
{
    mountTinyFilesystem();
    QApplication app(argc, argv);
    TestSaveFailures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_savefailures.moc"
