// The Debian package as an agency installs it: built with CPack, unpacked into a temporary
// root, every file there, desktop entry and metainfo accepted by their validators, the
// dependencies computed, and the unpacked program converting a real report.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

namespace {

struct Result
{
    int exitCode;
    QString output;
};

Result run(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        qFatal("%s did not finish", qPrintable(program));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()) };
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result cpack
            = run(QStringLiteral("cpack"),
                  { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path() },
                  QStringLiteral(NIANBAO_BINARY_DIR));
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
        const QStringList debs = QDir(m_dir.path()).entryList({ QStringLiteral("*.deb") });
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        m_root = m_dir.filePath(QStringLiteral("root"));
        const Result unpack = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, m_root });
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.output));
    }

    void everyFileIsThere()
    {
        for (const char *file :
             { "usr/bin/nianbao", "usr/bin/nianbao-editor", "usr/libexec/nianbao/nianbao-pdf-reader",
               "usr/share/applications/org.nianbao.Nianbao.desktop",
               "usr/share/metainfo/org.nianbao.Nianbao.metainfo.xml",
               "usr/share/icons/hicolor/scalable/apps/org.nianbao.Nianbao.svg",
               "usr/share/mime/packages/org.nianbao.Nianbao.xml",
               "usr/share/nianbao/examples/example-report.nianbao" }) {
            const QFileInfo info(m_root + QLatin1Char('/') + QLatin1String(file));
            QVERIFY2(info.exists() && info.size() > 0, file);
        }
        for (const char *program :
             { "/usr/bin/nianbao", "/usr/bin/nianbao-editor", "/usr/libexec/nianbao/nianbao-pdf-reader" })
            QVERIFY2(QFileInfo(m_root + QLatin1String(program)).isExecutable(), program);
        const QString mime = QString::fromUtf8([&] {
            QFile f(m_root + QStringLiteral("/usr/share/mime/packages/org.nianbao.Nianbao.xml"));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QVERIFY(mime.contains(QStringLiteral("*.nianbao")));
    }

    void programsSearchNoFolderForLibraries()
    {
        // Neither the built programs (what ./dev run starts) nor the packaged ones have a run-time
        // search path: an empty entry in one made the loader look for each library in the folder
        // nianbao was started from first, where any file of that name would have been loaded.
        const QStringList programs { QStringLiteral(NIANBAO_BINARY_DIR "/bin/nianbao"),
                                     QStringLiteral(NIANBAO_BINARY_DIR "/bin/nianbao-editor"),
                                     QStringLiteral(NIANBAO_BINARY_DIR "/bin/nianbao-pdf-reader"),
                                     m_root + QStringLiteral("/usr/bin/nianbao"),
                                     m_root + QStringLiteral("/usr/bin/nianbao-editor"),
                                     m_root + QStringLiteral("/usr/libexec/nianbao/nianbao-pdf-reader") };
        for (const QString &program : programs) {
            const Result dynamic = run(QStringLiteral("readelf"), { QStringLiteral("-d"), program });
            QVERIFY2(dynamic.exitCode == 0 && dynamic.output.contains(QStringLiteral("NEEDED")),
                     qPrintable(dynamic.output));
            QVERIFY2(!dynamic.output.contains(QStringLiteral("RUNPATH"))
                         && !dynamic.output.contains(QStringLiteral("RPATH")),
                     qPrintable(program + QLatin1Char('\n') + dynamic.output));
        }
    }

    void desktopEntryAndMetainfoValidate()
    {
        const Result desktop
            = run(QStringLiteral("desktop-file-validate"),
                  { m_root + QStringLiteral("/usr/share/applications/org.nianbao.Nianbao.desktop") });
        QVERIFY2(desktop.exitCode == 0 && desktop.output.trimmed().isEmpty(), qPrintable(desktop.output));
        const Result metainfo
            = run(QStringLiteral("appstreamcli"),
                  { QStringLiteral("validate"), QStringLiteral("--no-net"),
                    m_root + QStringLiteral("/usr/share/metainfo/org.nianbao.Nianbao.metainfo.xml") });
        QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.output));
    }

    void dependenciesAreComputedAndComplete()
    {
        const Result info
            = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb, QStringLiteral("Depends") });
        QCOMPARE(info.exitCode, 0);
        // From dpkg-shlibdeps (the binary's libraries) …
        for (const char *dep :
             { "libqt6core6", "libqt6widgets6", "libqt6gui6", "libicu72", "libquazip1-qt6" })
            QVERIFY2(info.output.contains(QLatin1String(dep)), qPrintable(info.output));
        // … and what no linker sees: plugins and the fonts the PDF export asks for by name.
        for (const char *dep : { "qt6-qpa-plugins", "libqt6svg6", "fonts-arphic", "fonts-wqy-zenhei" })
            QVERIFY2(info.output.contains(QLatin1String(dep)), qPrintable(info.output));
    }

    void unpackedProgramConvertsAReport()
    {
        const QString out = m_dir.filePath(QStringLiteral("converted.json"));
        const Result convert
            = run(m_root + QStringLiteral("/usr/bin/nianbao"),
                  { QStringLiteral("convert"),
                    test::fixture(QStringLiteral("reports/003_b89d9c94ac7f3824.docx")), out });
        QVERIFY2(convert.exitCode == 0, qPrintable(convert.output));
        QVERIFY(sameContent(test::load(out),
                            test::load(test::fixture(QStringLiteral("reports/003_b89d9c94ac7f3824.txt")))));
        // A published PDF, read by the installed program's own child process.
        const Result pdf
            = run(m_root + QStringLiteral("/usr/bin/nianbao"),
                  { QStringLiteral("check"), test::fixture(QStringLiteral("real/huaian-2024-wps.pdf")) });
        QVERIFY2(pdf.exitCode == 0 && pdf.output.contains(QStringLiteral("0 errors, 0 warnings")),
                 qPrintable(pdf.output));
        // … by the child installed with it, not in its own process for want of one.
        QVERIFY2(!pdf.output.contains(QStringLiteral("nianbao-pdf-reader")), qPrintable(pdf.output));
        const Result version
            = run(m_root + QStringLiteral("/usr/bin/nianbao"), { QStringLiteral("--version") });
        QVERIFY(version.output.startsWith(QStringLiteral("nianbao 0.")));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
