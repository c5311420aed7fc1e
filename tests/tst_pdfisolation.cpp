// PDFs are read in a child process (IsolatedPdfReader), with the real nianbao binary as the
// child: it reads what this process reads; a memory bomb, a crash, a hang or a garbled answer
// in the child becomes a refusal with its reason, never the parent's end; the regression PDFs
// (tests/data/regressions/*.pdf) are replayed through it and through the command line.
#include "TestSupport.h"
#include "core/Report.h"
#include "io/FormatRegistry.h"
#include "io/pdf/IsolatedPdfReader.h"
#include "io/pdf/PdfContentReader.h"
#include "io/pdf/PdfLayoutReader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <csignal>

using namespace nianbao;

namespace {

const QString huaian = QStringLiteral(NIANBAO_FIXTURES "/real/huaian-2024-wps.pdf");
const QString regressions = QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/regressions");

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void useTheRealChild(int timeoutSeconds = 45)
{
    IsolatedPdfReader::setHelper(QStringLiteral(NIANBAO_PDF_READER),
                                 { QString::fromLatin1(IsolatedPdfReader::ServeArgument) }, timeoutSeconds);
}

void useShell(const QString &script, int timeoutSeconds = 45)
{
    IsolatedPdfReader::setHelper(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script }, timeoutSeconds);
}

const QLatin1String HugeImage("pdf-30000-pixel-image-on-a-table-page.pdf");
const QLatin1String TinyWords("pdf-100000-tiny-words-on-one-page.pdf");

QStringList regressionPdfs()
{
    QStringList out;
    QDirIterator it(regressions, { QStringLiteral("*.pdf") }, QDir::Files);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// A small PDF of `pages` pages of one line each, with `notes` sticky notes on each page.
QByteArray pdfWithNotes(int pages, int notes)
{
    QByteArray body = "%PDF-1.4\n";
    QList<qint64> offsets;
    const auto add = [&](const QByteArray &object) {
        offsets << body.size();
        body += QByteArray::number(offsets.size()) + " 0 obj\n" + object + "\nendobj\n";
    };
    const QByteArray text = "BT /F1 12 Tf 72 760 Td (Annual report 2025) Tj ET";
    // 1 catalog, 2 pages, 3 contents, 4 font, then per page: the page and its notes.
    QByteArray kids;
    for (int p = 0; p < pages; ++p)
        kids += QByteArray::number(5 + p * (notes + 1)) + " 0 R ";
    add("<< /Type /Catalog /Pages 2 0 R >>");
    add("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    add("<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream");
    add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int p = 0; p < pages; ++p) {
        const int first = 5 + p * (notes + 1) + 1;
        QByteArray refs;
        for (int i = 0; i < notes; ++i)
            refs += QByteArray::number(first + i) + " 0 R ";
        add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> >> "
            "/Contents 3 0 R /Annots ["
            + refs + "] >>");
        for (int i = 0; i < notes; ++i)
            add("<< /Type /Annot /Subtype /Text /Rect [100 100 120 120] /Contents (note) >>");
    }
    const qint64 xref = body.size();
    body += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qint64 o : offsets)
        body += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

} // namespace

class TestPdfIsolation : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { IsolatedPdfReader::setHelper(QString(), {}); }

    // The child's pages, through the wire format, are the pages read here: every word, box,
    // ruling and note.
    void childReadsWhatThisProcessReads()
    {
        const QByteArray pdf = contents(huaian);
        QVector<PdfPageContent> here, there;
        FormatError error;
        QVERIFY(PdfContentReader::read(pdf, here, error, &PdfLayoutReader::mayHoldTable));
        useTheRealChild();
        QVERIFY2(IsolatedPdfReader::read(pdf, there, error), qPrintable(error.message()));
        QCOMPARE(there.size(), here.size());
        QVERIFY(std::any_of(there.cbegin(), there.cend(), // table pages were drawn in the child
                            [](const PdfPageContent &p) { return !p.rulings.isEmpty(); }));
        QCOMPARE(IsolatedPdfReader::encode(true, there, {}), IsolatedPdfReader::encode(true, here, {}));
        // And a refusal carries its place and reason back.
        QVERIFY(!IsolatedPdfReader::read(QByteArray("%PDF-1.7\n garbage"), there, error));
        QVERIFY2(error.reason.contains(QLatin1String("damaged")), qPrintable(error.reason));
    }

    void memoryBombsAreRefusedNotFollowed_data()
    {
        QTest::addColumn<QString>("path");
        // The bombs among the regression PDFs; the others are read or refused for their own
        // reasons by their own tests (imagesAreNeverDecoded, aPageOfAHundredThousandWords…,
        // tst_pdfimport's reviewersShapesAreNoRulings and fontsWithoutUnicode…).
        for (const QString &pdf : regressionPdfs()) {
            if (pdf.contains(QLatin1String("memory-bomb")))
                QTest::newRow(qPrintable(QFileInfo(pdf).fileName())) << pdf;
        }
    }

    // A 30,000 × 30,000 image on a page that looks like a table took 3.5 GB when the page was
    // drawn for its rulings. Reading needs no picture: the page is read in the child's memory
    // limit, and its words come back (it is no report, which the command line then says).
    void imagesAreNeverDecoded()
    {
        useTheRealChild();
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY2(IsolatedPdfReader::read(contents(regressions + QLatin1Char('/') + HugeImage), pages, error),
                 qPrintable(error.reason));
        QCOMPARE(pages.size(), 1);
        QVERIFY(!pages.first().words.isEmpty());
    }

    // Each regression PDF, which took gigabytes (or crashed) when read in the process, is
    // refused with a reason by the child (limited to IsolatedPdfReader::MaxMegabytes).
    void memoryBombsAreRefusedNotFollowed()
    {
        if (!IsolatedPdfReader::limitsMemory())
            QSKIP("the child's address space is not limited in this build (AddressSanitizer, Windows)");
        QFETCH(QString, path);
        useTheRealChild();
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY(!IsolatedPdfReader::read(contents(path), pages, error));
        QVERIFY2(error.reason.contains(QLatin1String("memory"))
                     || error.reason.contains(QLatin1String("failed on this file")),
                 qPrintable(error.reason));
        // The command line names the file and exits 2.
        const test::ProcessResult run = test::runNianbao({ QStringLiteral("check"), path });
        QVERIFY(run.finished);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QFileInfo(path).fileName()), qPrintable(run.err));
    }

    // #26.12: 100,000 tiny words on a page kept poppler's text extraction busy past the
    // deadline; the page is refused once it has more characters than any report's page.
    void aPageOfAHundredThousandWordsIsRefusedAtOnce()
    {
        useTheRealChild();
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY(!IsolatedPdfReader::read(contents(regressions + QLatin1Char('/') + TinyWords), pages, error));
        QCOMPARE(error.place, QStringLiteral("page 1"));
        QVERIFY2(error.reason.contains(QLatin1String("characters on one page")), qPrintable(error.reason));
        const test::ProcessResult run
            = test::runNianbao({ QStringLiteral("check"), regressions + QLatin1Char('/') + TinyWords });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("page 1")), qPrintable(run.err));
    }

    // #26.15: the reader's child ends with the program that started it, not at its deadline.
    void theChildEndsWithItsParent()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("PR_SET_PDEATHSIG is Linux's");
#else
        // The command line copied beside a stand-in reader that says its process id and waits.
        QTemporaryDir dir;
        const QString cli = dir.filePath(QStringLiteral("nianbao"));
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_BINARY), cli));
        const QString pidFile = dir.filePath(QStringLiteral("reader.pid"));
        QFile reader(dir.filePath(QStringLiteral("nianbao-pdf-reader")));
        QVERIFY(reader.open(QIODevice::WriteOnly));
        reader.write(QStringLiteral("#!/bin/sh\necho $$ > '%1'\nexec sleep 60\n").arg(pidFile).toUtf8());
        reader.close();
        reader.setPermissions(reader.permissions() | QFileDevice::ExeOwner);
        QProcess parent;
        parent.start(cli, { QStringLiteral("check"), huaian });
        QVERIFY(parent.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 20000);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pid = f.readAll().trimmed();
        const QString proc = QStringLiteral("/proc/") + QString::fromLatin1(pid) + QStringLiteral("/stat");
        QVERIFY(QFile::exists(proc));
        ::kill(pid_t(parent.processId()), SIGKILL);
        parent.waitForFinished();
        // Gone, or a zombie waiting for a reaper (a container's first process may reap late).
        const auto alive = [&] {
            QFile stat(proc);
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            return stat.readAll().split(' ').value(2) != "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(!alive(), 5000);
#endif
    }

    // #26.3: a page poppler cannot build (its /Annots a dictionary, or more than 10,000 notes)
    // was skipped in silence: table 三 blank, the comments lost, exit 1. It is refused now,
    // exit 2, naming the page.
    void aPageWithNotesPopplerRefusesIsRefusedByNumber()
    {
        QTemporaryDir dir;
        // 10,001 sticky notes on the one page of a small PDF.
        const QByteArray body = pdfWithNotes(1, 10001);
        const QString many = dir.filePath(QStringLiteral("many-notes.pdf"));
        QFile f(many);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body);
        f.close();
        for (const QString &pdf :
             QStringList { many, regressions + QStringLiteral("/pdf-annots-as-a-dictionary.pdf") }) {
            const test::ProcessResult run = test::runNianbao({ QStringLiteral("check"), pdf });
            QCOMPARE(run.exitCode, 2);
            // The reason names the notes, not a damaged page nor a missing text layer.
            QVERIFY2(run.err.contains(QLatin1String("page 1")) && run.err.contains(QLatin1String("notes"))
                         && !run.err.contains(QLatin1String("text layer")),
                     qPrintable(run.err));
        }
    }

    // #26.2: past 5,000 notes the rest were ignored, exit 0. A report holds 10,000 comments
    // and as many replies: a file of more notes than that is refused, naming the page.
    void moreNotesThanAReportHoldsAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("21000-notes.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdfWithNotes(3, 7000));
        f.close();
        const test::ProcessResult run = test::runNianbao({ QStringLiteral("check"), path });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("page 3")) && run.err.contains(QLatin1String("20,000")),
                 qPrintable(run.err));
    }

    void aCrashingChildIsARefusal()
    {
        useShell(QStringLiteral("cat > /dev/null; kill -SEGV $$"));
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY(!IsolatedPdfReader::read(contents(huaian), pages, error));
        QVERIFY2(error.reason.contains(QLatin1String("failed on this file")), qPrintable(error.reason));
        // poppler's own words for running out of memory (gmalloc) make it a memory refusal.
        useShell(QStringLiteral("cat > /dev/null; echo 'Out of memory' >&2; kill -ABRT $$"));
        QVERIFY(!IsolatedPdfReader::read(contents(huaian), pages, error));
        QVERIFY2(error.reason.contains(QLatin1String("memory")), qPrintable(error.reason));
    }

    void aHangingChildIsStopped()
    {
        useShell(QStringLiteral("sleep 60"), 1);
        QVector<PdfPageContent> pages;
        FormatError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!IsolatedPdfReader::read(contents(huaian), pages, error));
        QVERIFY2(error.reason.contains(QLatin1String("more than 1 seconds")), qPrintable(error.reason));
        QVERIFY(timer.elapsed() < 30000); // stopped at its deadline, not when sleep ended
    }

    void aGarbledAnswerIsARefusal()
    {
        useShell(QStringLiteral("cat > /dev/null; printf 'NBPPgarbage'"));
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY(!IsolatedPdfReader::read(contents(huaian), pages, error));
        QVERIFY2(error.reason.contains(QLatin1String("no answer")), qPrintable(error.reason));
    }

    // Every prefix and a flipped byte of a real answer decode or fail, never crash or
    // allocate what the answer claims.
    void truncatedAndDamagedAnswersDecodeSafely()
    {
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY(PdfContentReader::read(contents(huaian), pages, error, &PdfLayoutReader::mayHoldTable));
        const QByteArray answer = IsolatedPdfReader::encode(true, pages, {});
        bool ok = false;
        QVector<PdfPageContent> decoded;
        QVERIFY(IsolatedPdfReader::decode(answer, ok, decoded, error));
        QVERIFY(ok);
        for (int cut = 0; cut < answer.size(); cut += qMax(1, int(answer.size() / 300))) {
            QVector<PdfPageContent> part;
            QVERIFY(!IsolatedPdfReader::decode(answer.left(cut), ok, part, error));
        }
        for (int at = 0; at < answer.size(); at += 97) {
            QByteArray damaged = answer;
            damaged[at] = char(damaged[at] ^ 0xFF);
            QVector<PdfPageContent> part;
            IsolatedPdfReader::decode(damaged, ok, part, error);
        }
    }

    // The review desk reads a folder's reports on a thread pool: each read its own child.
    void readsFromManyThreadsAtOnce()
    {
        useTheRealChild();
        const QStringList paths(6, huaian);
        const QList<int> cells = QtConcurrent::blockingMapped(paths, [](const QString &path) {
            Report report;
            FormatError error;
            if (!FormatRegistry::instance().readFile(path, report, error))
                return -1;
            return int(report.value(test::ref(QStringLiteral("proactive/licensing/decisions"))).number());
        });
        QCOMPARE(cells, QList<int>(6, 447228));
    }

    // Without its helper program the editor still reads PDFs (in its own process).
    void aMissingChildReadsHere()
    {
        IsolatedPdfReader::setHelper(QStringLiteral("/nonexistent/nianbao"),
                                     { QString::fromLatin1(IsolatedPdfReader::ServeArgument) });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot start the PDF reader")));
        QVector<PdfPageContent> pages;
        FormatError error;
        QVERIFY2(IsolatedPdfReader::read(contents(huaian), pages, error), qPrintable(error.message()));
        QCOMPARE(pages.size(), 6);
    }

    // The command line registers no reader of its own (it never loads poppler): without its
    // child it refuses, naming what is missing, instead of reading unprotected.
    void withoutChildOrLocalReaderTheRefusalNamesTheHelper()
    {
        IsolatedPdfReader::setHelper(QStringLiteral("/nonexistent/nianbao-pdf-reader"),
                                     { QString::fromLatin1(IsolatedPdfReader::ServeArgument) });
        IsolatedPdfReader::setLocalReader(nullptr);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot start the PDF reader")));
        QVector<PdfPageContent> pages;
        FormatError error;
        const bool read = IsolatedPdfReader::read(contents(huaian), pages, error);
        PdfContentReader::registerAsLocalReader();
        QVERIFY(!read);
        QVERIFY2(error.reason.contains(QLatin1String("nianbao-pdf-reader")), qPrintable(error.reason));
    }

    // The installed command line, copied alone into a folder: exit 2 and the reason, for the
    // PDF only; its other formats still read.
    void commandLineWithoutItsChildSaysSo()
    {
        QTemporaryDir dir;
        const QString lone = dir.filePath(QStringLiteral("nianbao"));
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_BINARY), lone));
        QProcess cli;
        cli.start(lone, { QStringLiteral("check"), huaian });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        const QString said = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(said.contains(QLatin1String("nianbao-pdf-reader")) && said.contains(QLatin1String("huaian")),
                 qPrintable(said));
        cli.start(lone,
                  { QStringLiteral("check"),
                    QStringLiteral(NIANBAO_FIXTURES "/reports/003_b89d9c94ac7f3824.docx") });
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() != 2, cli.readAllStandardError().constData());
    }
};

QTEST_MAIN(TestPdfIsolation)
#include "tst_pdfisolation.moc"
