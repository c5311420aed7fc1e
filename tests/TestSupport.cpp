#include "TestSupport.h"

#include "content/ReportJson.h"
#include "io/FormatRegistry.h"
#include "io/pdf/PdfContentReader.h"

#include <QDir>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>

namespace nianbao::test {

namespace {
// Tests read PDFs in their own process unless they name the child (tst_pdfisolation,
// tst_package and the command-line tests drive the real one).
const bool pdfReadHere = (PdfContentReader::registerAsLocalReader(), true);
} // namespace

QString fixture(const QString &relative)
{
    return QStringLiteral(NIANBAO_FIXTURES "/") + relative;
}

QStringList reportFixtures(const QString &extension)
{
    QDir dir(fixture(QStringLiteral("reports")));
    QStringList out;
    for (const QString &name : dir.entryList({ QStringLiteral("*.") + extension }, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

Report load(const QString &path)
{
    Report report;
    FormatError error;
    if (!FormatRegistry::instance().readFile(path, report, error))
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(error.message()));
    return report;
}

CellRef ref(const QString &anchor)
{
    const QStringList parts = anchor.split(QLatin1Char('/'));
    Q_ASSERT(parts.size() == 3);
    const int t = ReportTemplate::tableIndex(parts[0]);
    Q_ASSERT(t >= 0);
    const TableSpec &spec = ReportTemplate::official().tables()[t];
    CellRef r { spec.id, spec.rowIndex(parts[1]), spec.columnIndex(parts[2]) };
    if (!r.isValid())
        qFatal("no such cell %s", qPrintable(anchor));
    return r;
}

CellValue cell(const Report &report, const QString &anchor)
{
    return report.value(ref(anchor));
}

const Annotation *commentWithText(const Report &report, const QString &text)
{
    for (const Annotation &a : report.annotations) {
        if (a.text == text)
            return &a;
    }
    return nullptr;
}

void setCell(Report &report, const QString &anchor, const CellValue &value)
{
    const CellRef r = ref(anchor);
    report.table(r.table).setStored(r.row, r.column, value);
    report.table(r.table).setAutomatic(r.row, r.column, false);
}

QString report000()
{
    return QStringLiteral("reports/000_e90af9d1a07c895b.txt");
}

QString report001()
{
    return QStringLiteral("reports/001_71f8b8ab64f08fc8.txt");
}

Report reportWithErrors()
{
    Report r = load(fixture(report003()));
    setCell(r, QStringLiteral("applications/new/natural"), CellValue::number(987654)); // totals disagree
    return r;
}

QByteArray contentOf(const Report &report)
{
    return QJsonDocument(ReportJson::toJson(report, ReportJson::Style::Native)).toJson();
}

QString report003()
{
    return QStringLiteral("reports/003_b89d9c94ac7f3824.txt");
}

QStringList readingOrder(const Report &r)
{
    QStringList out { r.title };
    for (const Paragraph &p : r.preamble)
        out << p.text;
    for (int s = 0; s < SectionCount; ++s) {
        if (!r.sections[s].present)
            continue;
        out << ReportTemplate::sectionHeading(static_cast<SectionId>(s));
        for (const Paragraph &p : r.sections[s].paragraphs)
            out << p.text;
        for (const Subsection &sub : r.sections[s].subsections) {
            out << sub.heading;
            for (const Paragraph &p : sub.paragraphs)
                out << p.text;
        }
    }
    return out;
}

QString scratchDir()
{
    // NIANBAO_TEST_KEEP=DIR keeps what a test wrote, to look at it afterwards.
    static const QString kept = qEnvironmentVariable("NIANBAO_TEST_KEEP");
    if (!kept.isEmpty() && QDir().mkpath(kept))
        return kept;
    static QTemporaryDir dir;
    return dir.path();
}

// Reads every part of a package into memory, for tests that tamper with one.
QMap<QString, QByteArray> readParts(const QString &path)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        qFatal("cannot open %s", qPrintable(path));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        parts.insert(zip.getCurrentFileName(), f.readAll());
    }
    return parts;
}

void writeParts(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(path));
    for (const auto &p : parts) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(p.first)))
            qFatal("cannot write %s", qPrintable(p.first));
        f.write(p.second);
        f.close();
    }
    zip.close();
}

QList<QPair<QString, QByteArray>> asList(const QMap<QString, QByteArray> &parts)
{
    QList<QPair<QString, QByteArray>> out;
    for (auto it = parts.begin(); it != parts.end(); ++it)
        out.append({ it.key(), it.value() });
    return out;
}

namespace {

ProcessResult runWith(const QString &program, const QStringList &arguments, int timeoutMs,
                      const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(program));
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(10000);
    }
    r.crashed = r.finished && p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    return runWith(program, arguments, timeoutMs, QProcessEnvironment::systemEnvironment());
}

ProcessResult runProgramWith(const QString &program, const QStringList &arguments,
                             const QMap<QString, QString> &environment, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return runWith(program, arguments, timeoutMs, env);
}

ProcessResult runNianbao(const QStringList &arguments, int timeoutMs)
{
    return runNianbaoIn(QStringLiteral("en"), arguments, timeoutMs);
}

namespace {

QProcessEnvironment terminalEnvironment(const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // subcommands must not need a display
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    // The user's language as a desktop session gives it; no locale need be installed for Qt.
    env.insert(QStringLiteral("LANG"),
               language == u"en" ? QStringLiteral("C.UTF-8") : language + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    return env;
}

} // namespace

ProcessResult runNianbaoIn(const QString &language, const QStringList &arguments, int timeoutMs)
{
    return runWith(QStringLiteral(NIANBAO_BINARY), arguments, timeoutMs, terminalEnvironment(language));
}

ProcessResult runNianbaoWith(const QStringList &arguments, const QMap<QString, QString> &environment,
                             int timeoutMs)
{
    QProcessEnvironment env = terminalEnvironment(QStringLiteral("en"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return runWith(QStringLiteral(NIANBAO_BINARY), arguments, timeoutMs, env);
}

QString fontSetName(CjkFonts fonts)
{
    return fonts == CjkFonts::NotoCjk ? QStringLiteral("noto") : QStringLiteral("wqy-arphic");
}

QString fontConfigFile(CjkFonts fonts)
{
    return QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/fonts/")
        + (fonts == CjkFonts::NotoCjk ? QStringLiteral("noto-cjk.conf") : QStringLiteral("wqy-arphic.conf"));
}

QString fontConfigWithoutFonts()
{
    const QString config = scratchDir() + QStringLiteral("/no-fonts.conf");
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(config));
    f.write("<?xml version=\"1.0\"?><fontconfig><cachedir>" + QFile::encodeName(scratchDir())
            + "/fc-cache</cachedir></fontconfig>");
    return config;
}

bool pdfUsesFonts(const QString &pdf, CjkFonts fonts, QString *fontsFound)
{
    const ProcessResult r = runProgram(QStringLiteral("pdffonts"), { pdf });
    if (fontsFound)
        *fontsFound = r.out;
    if (fonts == CjkFonts::NotoCjk)
        return r.out.contains(QLatin1String("CJK"));
    return !r.out.contains(QLatin1String("CJK"))
        && (r.out.contains(QLatin1String("WenQuanYi")) || r.out.contains(QLatin1String("AR"))
            || r.out.contains(QLatin1String("UMing")) || r.out.contains(QLatin1String("UKai")));
}

QString convertWithLibreOffice(const QStringList &files, const QString &format, const QString &outdir,
                               CjkFonts fonts)
{
    QDir().mkpath(outdir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), fontConfigFile(fonts));
    const QString profile = scratchDir() + QStringLiteral("/lo-profile-") + fontSetName(fonts);
    const ProcessResult r = runWith(
        QStringLiteral("soffice"),
        QStringList { QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
                      QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), outdir }
            + files,
        300000, env);
    if (!r.finished || r.exitCode != 0)
        return r.err.isEmpty() ? QStringLiteral("soffice failed") : r.err;
    return QString();
}

} // namespace nianbao::test
