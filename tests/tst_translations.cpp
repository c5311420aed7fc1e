// Chinese first: every user-visible string has a zh_CN translation, and the compiled
// catalogues load from the resources and translate the rule messages.
#include "Localization.h"
#include "RuleEngine.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace nianbao;

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
        QVERIFY(messages > 50);
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
        QCOMPARE(message, QStringLiteral("一、本年新收政府信息公开申请数量：总计为 4，但各申请人列之和为 3。"));
    }

    void languageChoice()
    {
        QCOMPARE(Localization::chooseLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Localization::chooseLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
