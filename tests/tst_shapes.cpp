// Reports as they are found: every published fixture turned into the shapes reports travel
// in (LibreOffice's web page, a browser's copy of it, text pulled out of LibreOffice's PDF
// under two sets of Chinese fonts, Markdown from pandoc, a CMS page in GBK with navigation
// around the report, the same saved as MHTML) reads as the .docx reads: the same tables,
// cell for cell, the same prose up to white space, the same agency and year. Where a shape
// cannot say where a number belongs, the cells stay blank and import.incomplete says so.

#include "TestSupport.h"
#include "WebShapes.h"
#include "io/FormatRegistry.h"
#include "io/text/ExtractedText.h"
#include "io/text/TextFormat.h"
#include "rules/RuleEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace nianbao;

namespace {

QString withoutSpaces(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isSpace() && c != QChar(0x3000))
            out += c;
    }
    return out;
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

int countCells(const Report &r)
{
    int n = 0;
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        for (int row = 0; row < spec.rowCount(); ++row) {
            for (int c = 0; c < spec.columnCount(); ++c)
                n += spec.hasCell(row, c) && !r.table(spec.id).stored(row, c).isBlank() ? 1 : 0;
        }
    }
    return n;
}

QStringList findingsOf(const Report &r, const QString &rule)
{
    QStringList out;
    for (const Finding &f : RuleEngine::check(r)) {
        if (f.rule == rule)
            out << f.message;
    }
    return out;
}

/// A CMS article page around LibreOffice's body: the title in an <h1> above the article and
/// left out of it, navigation, "字号 大 中 小", share buttons, related links and a footer;
/// numbers in styled <span>/<font>, paragraphs indented with &nbsp;. Encoded as GBK.
QByteArray cmsPage(const QString &loHtml, const Report &report, bool tableThreeAsPicture = false)
{
    static const QRegularExpression bodyRe(QStringLiteral("<body[^>]*>(.*)</body>"),
                                           QRegularExpression::DotMatchesEverythingOption
                                               | QRegularExpression::CaseInsensitiveOption);
    QString body = bodyRe.match(loHtml).captured(1);
    // The title stands in the page's <h1>, not in the article: its lines leave the body.
    static const QRegularExpression paragraph(QStringLiteral("<p[^>]*>(.*?)</p>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    const QString title = withoutSpaces(report.title);
    // The leading paragraphs that are lines of the title, each removed where it stands.
    qsizetype cut = -1, cutEnd = -1;
    for (auto it = paragraph.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        const QString text = withoutSpaces(QString(m.captured(1)).remove(tag));
        if (text.isEmpty())
            continue;
        if (text.size() < 4 || !title.contains(text))
            break;
        if (cut < 0)
            cut = m.capturedStart();
        cutEnd = m.capturedEnd();
    }
    if (cut >= 0)
        body.remove(cut, cutEnd - cut);
    if (tableThreeAsPicture) {
        static const QRegularExpression table(QStringLiteral("<table.*?</table>"),
                                              QRegularExpression::DotMatchesEverythingOption);
        for (auto it = table.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(0).contains(QStringLiteral("申请人情况"))) {
                body.replace(m.captured(0),
                             QStringLiteral("<p align=\"center\"><img src=\"/u/cms/www/202401/"
                                            "table3.png\" width=\"600\"/></p>"));
                break;
            }
        }
    }
    body.replace(
        QRegularExpression(QStringLiteral(">\\s*([0-9]+)\\s*<")),
        QStringLiteral(
            "><span style=\"font-family:宋体;font-size:16px\"><font face=\"宋体\">\\1</font></span><"));
    body.replace(QRegularExpression(QStringLiteral("<p([^>]*)>")),
                 QStringLiteral("<p\\1>&nbsp;&nbsp;&nbsp;&nbsp;"));
    const QString page
        = QStringLiteral(
              "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><head>\n"
              "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />\n"
              "<title>%1_某某区人民政府</title>\n<style>.nav{color:#333}</style>\n"
              "<script>var t = '<p>一、总体情况</p>'; if (a < b) {}</script>\n</head>\n<body>\n"
              "<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | "
              "<a>政府信息公开年报</a><div class=\"search\"><input type=text><button>搜索</button></div>\n"
              "<div class=\"nav\">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 年度报告</div>\n"
              "<div class=\"article\"><h1 class=\"title\">%1</h1>\n"
              "<div class=\"info\">发布时间：2024-01-20 来源：区政府办 字号：<a>大</a> <a>中</a> "
              "<a>小</a> 【<a>打印本页</a>】【<a>关闭窗口</a>】</div>\n"
              "<div class=\"content\" id=\"zoom\"><div class=TRS_Editor>%2</div></div>\n"
              "<div class=\"share\">分享到：<a>微信</a><a>微博</a></div></div>\n"
              "<div class=\"related\"><h3>相关链接</h3><ul><li><a>2020年政府信息公开工作年度报告</a>"
              "</li><li><a>政府信息公开指南</a></li></ul></div>\n"
              "<div class=\"footer\"><p>主办单位：某某区人民政府办公室 版权所有</p><p>京ICP备12345678号 "
              "网站标识码1101050001</p></div>\n</body></html>\n")
              .arg(report.title, body);
    QStringEncoder gbk("GB18030");
    return gbk.encode(page);
}

QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    int column = 0;
    for (char ch : bytes) {
        const uchar c = uchar(ch);
        QByteArray piece;
        if (c == '\n')
            piece = "\r\n";
        else if ((c >= 33 && c <= 126 && c != '=') || c == ' ')
            piece = QByteArray(1, ch);
        else
            piece = "=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        if (c != '\n' && column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column = c == '\n' ? 0 : column + int(piece.size());
    }
    return out;
}

QByteArray mhtml(const QByteArray &gbkPage)
{
    return "From: <Saved by Blink>\r\nSnapshot-Content-ReportPlace: "
           "http://www.example.gov.cn/art/2024/1/20/1.html\r\n"
           "Subject: report\r\nMIME-Version: 1.0\r\nContent-Type: "
           "multipart/related;\r\n\ttype=\"text/html\";\r\n"
           "\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n\r\n------MultipartBoundary--abc123----"
           "\r\n"
           "Content-Type: text/html; charset=gb2312\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quotedPrintable(gbkPage)
        + "\r\n------MultipartBoundary--abc123----\r\nContent-Type: image/png\r\n"
          "Content-Transfer-Encoding: "
          "base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc123------\r\n";
}

} // namespace

class TestShapes : public QObject
{
    Q_OBJECT

    QString m_dir;
    QStringList m_docx;

    QString shapeFile(const QString &docx, const QString &shape) const
    {
        return m_dir + QLatin1Char('/') + shape + QLatin1Char('/') + QFileInfo(docx).completeBaseName();
    }

private slots:
    void initTestCase()
    {
        m_dir = test::scratchDir() + QStringLiteral("/shapes");
        m_docx = test::reportFixtures(QStringLiteral("docx"));
        QVERIFY(!m_docx.isEmpty());
        // One LibreOffice run per shape for all fixtures: each start costs seconds.
        QString err
            = test::convertWithLibreOffice(m_docx, QStringLiteral("html"), m_dir + QStringLiteral("/html"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        for (test::CjkFonts fonts : { test::CjkFonts::WenQuanYiArPl, test::CjkFonts::NotoCjk }) {
            const QString dir = m_dir + QStringLiteral("/pdf-") + test::fontSetName(fonts);
            err = test::convertWithLibreOffice(m_docx, QStringLiteral("pdf"), dir, fonts);
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
        for (const QString &docx : std::as_const(m_docx)) {
            for (test::CjkFonts fonts : { test::CjkFonts::WenQuanYiArPl, test::CjkFonts::NotoCjk }) {
                const QString set = test::fontSetName(fonts);
                const QString pdf = m_dir + QStringLiteral("/pdf-") + set + QLatin1Char('/')
                    + QFileInfo(docx).completeBaseName() + QStringLiteral(".pdf");
                QString found;
                QVERIFY2(test::pdfUsesFonts(pdf, fonts, &found),
                         qPrintable(set + QStringLiteral(": ") + found));
                for (const QString &mode : { QStringLiteral("plain"), QStringLiteral("layout") }) {
                    const QString out
                        = shapeFile(docx, QStringLiteral("pdftotext-") + mode + QLatin1Char('-') + set)
                        + QStringLiteral(".txt");
                    QDir().mkpath(QFileInfo(out).path());
                    QStringList args { pdf, out };
                    if (mode == QStringLiteral("layout"))
                        args.prepend(QStringLiteral("-layout"));
                    const test::ProcessResult r = test::runProgram(QStringLiteral("pdftotext"), args);
                    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                }
            }
            // pandoc's GitHub Markdown (pipe tables, HTML tables where cells merge) and its own
            // (multiline tables, "…" for “…”).
            for (const QString &flavour : { QStringLiteral("gfm"), QStringLiteral("markdown") }) {
                const QString md = shapeFile(docx,
                                             flavour == u"gfm" ? QStringLiteral("markdown")
                                                               : QStringLiteral("pandoc-markdown"))
                    + QStringLiteral(".md");
                QDir().mkpath(QFileInfo(md).path());
                const test::ProcessResult r
                    = test::runProgram(QStringLiteral("pandoc"),
                                       { QStringLiteral("-f"), QStringLiteral("docx"), QStringLiteral("-t"),
                                         flavour, docx, QStringLiteral("-o"), md });
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            }

            const QString html = readAll(m_dir + QStringLiteral("/html/") + QFileInfo(docx).completeBaseName()
                                         + QStringLiteral(".html"));
            for (bool empty : { false, true }) {
                const QString copy = shapeFile(docx,
                                               empty ? QStringLiteral("browser-copy-empty-fields")
                                                     : QStringLiteral("browser-copy"))
                    + QStringLiteral(".txt");
                QDir().mkpath(QFileInfo(copy).path());
                writeBytes(copy, test::browserCopy(html, empty).toUtf8());
            }
            const QByteArray page = cmsPage(html, test::load(docx));
            const QString cms = shapeFile(docx, QStringLiteral("cms-gbk")) + QStringLiteral(".htm");
            QDir().mkpath(QFileInfo(cms).path());
            writeBytes(cms, page);
            // The CMS page selected whole in a browser and copied: navigation, the date line and
            // the footer come along with the report.
            const QString cmsCopy
                = shapeFile(docx, QStringLiteral("cms-browser-copy")) + QStringLiteral(".txt");
            QDir().mkpath(QFileInfo(cmsCopy).path());
            writeBytes(cmsCopy, test::browserCopy(QStringDecoder("GB18030").decode(page), false).toUtf8());
            const QString saved = shapeFile(docx, QStringLiteral("mhtml")) + QStringLiteral(".mhtml");
            QDir().mkpath(QFileInfo(saved).path());
            writeBytes(saved, mhtml(page));
        }
    }

    void everyShapeReadsAsTheDocx_data()
    {
        QTest::addColumn<QString>("docx");
        QTest::addColumn<QString>("shaped");
        const QStringList shapes {
            QStringLiteral("html/%1.html"),
            QStringLiteral("browser-copy/%1.txt"),
            QStringLiteral("browser-copy-empty-fields/%1.txt"),
            QStringLiteral("pdftotext-plain-wqy-arphic/%1.txt"),
            QStringLiteral("pdftotext-plain-noto/%1.txt"),
            QStringLiteral("pdftotext-layout-wqy-arphic/%1.txt"),
            QStringLiteral("pdftotext-layout-noto/%1.txt"),
            QStringLiteral("pdf-wqy-arphic/%1.pdf"),
            QStringLiteral("pdf-noto/%1.pdf"),
            QStringLiteral("markdown/%1.md"),
            QStringLiteral("pandoc-markdown/%1.md"),
            QStringLiteral("cms-gbk/%1.htm"),
            QStringLiteral("cms-browser-copy/%1.txt"),
            QStringLiteral("mhtml/%1.mhtml"),
        };
        for (const QString &docx : test::reportFixtures(QStringLiteral("docx"))) {
            const QString base = QFileInfo(docx).completeBaseName();
            for (const QString &shape : shapes) {
                const QString name = shape.section(QLatin1Char('/'), 0, 0);
                QTest::newRow(qPrintable(base.left(3) + QLatin1Char(' ') + name)) << docx << shape.arg(base);
            }
        }
    }
    void everyShapeReadsAsTheDocx()
    {
        QFETCH(QString, docx);
        QFETCH(QString, shaped);
        const Report original = test::load(docx);
        const QString path = m_dir + QLatin1Char('/') + shaped;
        Report read;
        FormatError error;
        QVERIFY2(FormatRegistry::instance().readFile(path, read, error), qPrintable(error.message()));
        for (int t = 0; t < TableCount; ++t) {
            const TableSpec &spec = ReportTemplate::official().tables()[t];
            for (int r = 0; r < spec.rowCount(); ++r) {
                for (int c = 0; c < spec.columnCount(); ++c) {
                    if (!spec.hasCell(r, c))
                        continue;
                    QVERIFY2(
                        read.tables[t].stored(r, c) == original.tables[t].stored(r, c),
                        qPrintable(QStringLiteral("%1: %2 read as “%3”, the .docx has “%4”")
                                       .arg(shaped, spec.anchor(r, c), read.tables[t].stored(r, c).toString(),
                                            original.tables[t].stored(r, c).toString())));
                }
            }
        }
        QCOMPARE(read.agency, original.agency);
        QCOMPARE(read.year, original.year);
        QCOMPARE(withoutSpaces(test::readingOrder(read).join(QString())),
                 withoutSpaces(test::readingOrder(original).join(QString())));
        QCOMPARE(read.signature.organization, original.signature.organization);
        QCOMPARE(read.signature.date, original.signature.date);
        // Read whole: no table or row left unread, none read by its place (a label LibreOffice
        // cut across a page break under some fonts is joined again).
        for (const Finding &f : RuleEngine::check(read))
            QVERIFY2(f.rule != u"import.incomplete", qPrintable(f.message));
    }

    // A table given only as a picture in the page: its cells stay blank and the finding says
    // it is a picture; the other tables are read.
    void tableAsPictureIsNamed()
    {
        const QString docx = m_docx.first();
        const Report original = test::load(docx);
        const QString html = readAll(m_dir + QStringLiteral("/html/") + QFileInfo(docx).completeBaseName()
                                     + QStringLiteral(".html"));
        const QString path = m_dir + QStringLiteral("/picture.html");
        writeBytes(path, cmsPage(html, original, true));
        const Report read = test::load(path);
        const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c)
                QVERIFY(read.table(TableId::Applications).stored(r, c).isBlank());
        }
        QVERIFY(read.table(TableId::Proactive) == original.table(TableId::Proactive));
        const QStringList incomplete = findingsOf(read, QStringLiteral("import.incomplete"));
        QCOMPARE(incomplete.size(), 1);
        QVERIFY2(incomplete.first().contains(QStringLiteral("picture")), qPrintable(incomplete.first()));
    }

    // Text from a PDF whose table 三 lost one number: no number of the table is placed (each
    // would be one cell off), and the finding says why.
    void aFlattenedTableShortOfANumberIsNotPlaced()
    {
        const QString docx = m_docx.first();
        QString text
            = readAll(shapeFile(docx, QStringLiteral("pdftotext-plain-wqy-arphic")) + QStringLiteral(".txt"));
        const qsizetype carried = text.indexOf(QStringLiteral("上年结转"));
        QVERIFY(carried > 0);
        static const QRegularExpression number(QStringLiteral("\\n[0-9]+\\n"));
        const auto m = number.match(text, carried);
        QVERIFY(m.hasMatch());
        text.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("\n"));
        const QString path = m_dir + QStringLiteral("/short.txt");
        writeBytes(path, text.toUtf8());
        const Report read = test::load(path);
        const Report original = test::load(docx);
        QCOMPARE(countCells(read), countCells(original) - 175); // table 三 blank, the rest read
        const QStringList incomplete = findingsOf(read, QStringLiteral("import.incomplete"));
        QCOMPARE(incomplete.size(), 1);
        QVERIFY2(incomplete.first().contains(QStringLiteral("not where each belongs")),
                 qPrintable(incomplete.first()));
    }

    void cjkSpacingOfExtractedText()
    {
        QCOMPARE(ExtractedText::withoutCjkSpacing(QStringLiteral("自 2024 年 1 月 1 日起，共 12 件")),
                 QStringLiteral("自2024年1月1日起，共12件"));
        QCOMPARE(ExtractedText::withoutCjkSpacing(QStringLiteral("Office 365 和 WPS")),
                 QStringLiteral("Office 365和WPS"));
    }
};

QTEST_MAIN(TestShapes)
#include "tst_shapes.moc"
