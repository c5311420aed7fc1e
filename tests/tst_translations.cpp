// Chinese first: every user-visible string has a zh_CN translation, every string the program
// asks to translate at run time was extracted into a catalogue (a tr() whose context lupdate
// did not see would silently stay English), and the compiled catalogues load from the
// resources and translate the rule messages.
#include "TestSupport.h"
#include "base/Localization.h"
#include "cli/CheckCommand.h"
#include "cli/ConvertCommand.h"
#include "document/FindingsModel.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ReportSession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace nianbao;

namespace {

using Message = QPair<QString, QString>; // context, source

// Sits first in the translator chain and writes down every (context, source) the program
// asks for, then lets the real catalogues answer.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (context && source && QByteArray(context).startsWith("nianbao::"))
            asked.insert({ QString::fromUtf8(context), QString::fromUtf8(source) });
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<Message> asked;
};

QSet<Message> extracted()
{
    QSet<Message> out;
    const QDir dir(QStringLiteral(NIANBAO_SOURCE_DIR "/translations"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.ts") })) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        QXmlStreamReader xml(&f);
        QString context;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                out.insert({ context, xml.readElementText() });
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        QDir dir(QStringLiteral(NIANBAO_SOURCE_DIR "/translations"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.ts") }))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, ts);
        QFile f(ts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source")
                source = xml.readElementText();
            if (xml.name() == u"translation") {
                ++messages;
                QVERIFY2(xml.attributes().value(QStringLiteral("type")) != u"unfinished",
                         qPrintable(QStringLiteral("not translated: ") + source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 0, "a catalogue without messages: its library has no user-visible text");
    }

    // Drives the program through its messages (rules, file errors, the command line's help,
    // the editor's window and menus) and fails on any string that no catalogue holds.
    void everyStringUsedAtRunTimeWasExtracted()
    {
        auto *recorder = new RecordingTranslator;
        QCoreApplication::installTranslator(recorder);

        // Rules: a consistent report, then one with errors in every table.
        Report r = test::load(test::fixture(QStringLiteral("reports/003_b89d9c94ac7f3824.txt")));
        RuleEngine::check(r, &r);
        test::setCell(r, "applications/new/total", CellValue::number(4));
        test::setCell(r, "proactive/regulations/inForce", CellValue::invalid(QStringLiteral("x")));
        test::setCell(r, "reviewLitigation/reconsideration/total", CellValue::number(99));
        r.title.clear();
        RuleEngine::check(r);
        RuleEngine::check(Report());

        // File errors of every reader.
        QTemporaryDir dir;
        const FormatRegistry &registry = FormatRegistry::instance();
        registry.nameFilters(FormatRegistry::Direction::Read);
        registry.nameFilters(FormatRegistry::Direction::Write);
        for (const auto &format : registry.formats())
            format->displayName();
        const QList<QPair<QString, QByteArray>> broken {
            { QStringLiteral("a.json"), "{ not json" },
            { QStringLiteral("b.json"), R"({"format": "other"})" },
            { QStringLiteral("c.json"), R"({"format": "nianbao.report", "year": "x"})" },
            { QStringLiteral("d.docx"), "not a zip" },
            { QStringLiteral("e.txt"), QByteArray("\x00\x01\x02", 3) },
            { QStringLiteral("f.txt"), "hello" },
            { QStringLiteral("g.nianbao"), "[]" },
            { QStringLiteral("h.xyz"), "?" },
        };
        for (const auto &[name, bytes] : broken) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            Report out;
            FormatError error;
            QVERIFY2(!registry.readFile(f.fileName(), out, error), qPrintable(name));
        }
        Report out;
        FormatError error;
        registry.readFile(dir.filePath(QStringLiteral("missing.json")), out, error);
        registry.writeFile(r, dir.filePath(QStringLiteral("x.unknown")), error);

        // The command line's help.
        CheckCommand check;
        ConvertCommand convert;
        check.help();
        convert.help();

        // The editor: its window, every menu, the findings model.
        FindingsModel findings;
        findings.headerData(0, Qt::Horizontal);
        for (int g = 0; g <= SectionCount; ++g)
            FindingsModel::groupTitle(g);
        {
            MainWindow window;
            window.session()->setInteractive(false);
            window.show();
            window.session()->openFile(test::fixture(QStringLiteral("reports/003_b89d9c94ac7f3824.txt")));
            for (int i = 0; i <= SectionCount; ++i)
                window.showPage(i);
            for (QAction *menu : window.menuBar()->actions()) {
                menu->text();
                QCoreApplication::processEvents();
            }
        }

        QCoreApplication::removeTranslator(recorder);
        const QSet<Message> known = extracted();
        QStringList missing;
        for (const Message &m : recorder->asked) {
            if (!known.contains(m))
                missing << m.first + QStringLiteral(": ") + m.second;
        }
        delete recorder;
        QVERIFY(!known.isEmpty());
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("never extracted (run the update_translations target):\n")
                            + missing.join(QLatin1Char('\n'))));
    }

    void findingsSpeakChinese()
    {
        Report r = test::load(test::fixture(QStringLiteral("reports/003_b89d9c94ac7f3824.txt")));
        test::setCell(r, "applications/new/total", CellValue::number(4));
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QString message;
        for (const Finding &f : RuleEngine::check(r)) {
            if (f.rule == u"applications.rowTotal")
                message = f.message;
        }
        QCOMPARE(message,
                 QStringLiteral("一、本年新收政府信息公开申请数量：总计为 4，但各申请人列之和为 3。"));
    }

    // Issue 13: under zh_CN the Open dialog showed no files, the filter's brackets having
    // been translated full-width. Every filter must still parse as Qt parses it.
    void fileDialogFiltersParseInChinese()
    {
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        // The expression QFileDialog uses to take the patterns out of a filter.
        static const QRegularExpression filter(
            QStringLiteral("^(.*)\\(([a-zA-Z0-9_.,*? +;#\\-\\[\\]@\\{\\}/!<>\\$%&=^~:\\|]*)\\)$"));
        for (const auto direction : { FormatRegistry::Direction::Read, FormatRegistry::Direction::Write }) {
            const QStringList filters
                = FormatRegistry::instance().nameFilters(direction).split(QStringLiteral(";;"));
            QVERIFY(filters.size() >= 4);
            for (const QString &f : filters) {
                const QRegularExpressionMatch m = filter.match(f);
                QVERIFY2(m.hasMatch() && m.captured(2).startsWith(QStringLiteral("*.")), qPrintable(f));
            }
            if (direction == FormatRegistry::Direction::Read) {
                QVERIFY2(filters.first().startsWith(QStringLiteral("所有报告 (")),
                         qPrintable(filters.first()));
                QVERIFY(filters.first().contains(QStringLiteral("*.nianbao")));
            }
        }
    }

    void languageChoice()
    {
        QCOMPARE(Localization::chooseLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Localization::chooseLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        // The list comes from the catalogues the program carries, Chinese first.
        QCOMPARE(Localization::availableLanguages(),
                 QStringList({ QStringLiteral("zh_CN"), QStringLiteral("en") }));
        QCOMPARE(Localization::languageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
