// The PDF writer's parts: the file structure (every cross-reference entry points at its
// object), numbers, and font subsets whose glyphs are the original glyphs, whether the
// font's file is read through fontconfig or its tables come from Qt.
#include "TestSupport.h"
#include "io/pdf/PdfFormat.h"
#include "pdf/FontFace.h"
#include "pdf/FontSubset.h"
#include "pdf/PdfCanvas.h"
#include "pdf/PdfObjectWriter.h"
#include "pdf/TrueTypeSubsetter.h"
#include "pdf/WebFont.h"
#include "render/ReportFonts.h"

#include <QBuffer>
#include <QFile>
#include <QFontInfo>
#include <QPainterPath>
#include <QRawFont>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>
#include <QtEndian>

using namespace nianbao;

namespace {

QRawFont songFont()
{
    ReportFonts fonts;
    FormatError error;
    if (!fonts.resolve(error))
        qFatal("%s", qPrintable(error.message()));
    return QRawFont::fromFont(fonts.font(ReportFonts::Face::Song, 16));
}

// The outline of each glyph in the subset is the outline of the glyph it came from.
void compareOutlines(const QRawFont &original, const QVector<quint32> &glyphs, const FontSubset &subset)
{
    QRawFont cut(subset.program(), original.pixelSize());
    QVERIFY(cut.isValid());
    for (quint32 g : glyphs) {
        const quint32 n = subset.newGlyph(g);
        QVERIFY(n > 0);
        const QRectF a = original.pathForGlyph(g).boundingRect();
        const QRectF b = cut.pathForGlyph(n).boundingRect();
        QVERIFY2(!a.isEmpty(), "the test glyphs have outlines");
        QVERIFY2(qAbs(a.left() - b.left()) < 0.01 && qAbs(a.top() - b.top()) < 0.01
                     && qAbs(a.width() - b.width()) < 0.01 && qAbs(a.height() - b.height()) < 0.01,
                 qPrintable(QStringLiteral("glyph %1 changed in the subset").arg(g)));
    }
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT
private slots:
    void numbersAreShortAndExact()
    {
        QCOMPARE(PdfObjectWriter::number(12.5), QByteArray("12.5"));
        QCOMPARE(PdfObjectWriter::number(3.0), QByteArray("3"));
        QCOMPARE(PdfObjectWriter::number(-0.0004), QByteArray("0"));
        QCOMPARE(PdfObjectWriter::number(1.23456), QByteArray("1.235"));
        QCOMPARE(PdfObjectWriter::number(-841.89), QByteArray("-841.89"));
        QCOMPARE(PdfObjectWriter::textString(QStringLiteral("局A")), QByteArray("<FEFF5C400041>"));
    }

    void crossReferenceTablePointsAtEveryObject()
    {
        const Report report
            = test::load(QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-report.nianbao"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        FormatError error;
        QVERIFY2(PdfFormat().write(report, buffer, error), qPrintable(error.message()));
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.endsWith("%%EOF\n"));

        const qsizetype startxref = pdf.lastIndexOf("startxref");
        const qsizetype xref = pdf.mid(startxref + 9).trimmed().split('\n').first().toLongLong();
        QVERIFY(pdf.mid(xref).startsWith("xref\n0 "));
        const QList<QByteArray> lines = pdf.mid(xref).split('\n');
        const int count = lines[1].split(' ').last().toInt();
        QVERIFY(count > 10);
        for (int n = 1; n < count; ++n) {
            const QByteArray entry = lines[2 + n];
            QVERIFY2(entry.endsWith(" 00000 n "), entry.constData());
            const qsizetype offset = entry.left(10).toLongLong();
            QVERIFY2(pdf.mid(offset).startsWith(QByteArray(QByteArray::number(n) + " 0 obj\n")),
                     qPrintable(QStringLiteral("object %1 is not at %2").arg(n).arg(offset)));
        }
        QVERIFY(pdf.contains(QByteArray("/Size " + QByteArray::number(count))));
    }

    void subsetFromTheFontFileKeepsTheOutlines_data()
    {
        QTest::addColumn<FontSubset::Method>("method");
        QTest::newRow("own TrueType subsetter") << FontSubset::Method::Fastest;
        QTest::newRow("HarfBuzz") << FontSubset::Method::HarfBuzz;
    }
    void subsetFromTheFontFileKeepsTheOutlines()
    {
        QFETCH(FontSubset::Method, method);
        const QRawFont font = songFont();
        const FontFace face(font);
        // Debian's fonts are known to fontconfig: the file is read, not Qt's copy of it.
        QVERIFY2(face.fileName().endsWith(QStringLiteral(".ttf"))
                     || face.fileName().endsWith(QStringLiteral(".ttc")),
                 qPrintable(face.fileName()));
        const QVector<quint32> glyphs = font.glyphIndexesForString(QStringLiteral("政府信息公开一工比长"));
        FontSubset subset;
        QString error;
        QVERIFY2(subset.build(face, glyphs, &error, method), qPrintable(error));
        compareOutlines(font, glyphs, subset);
        QVERIFY2(subset.program().size() < 64 * 1024, "a subset of ten glyphs is small");
        QVERIFY(QFileInfo(face.fileName()).size() > 1024 * 1024);
        for (quint32 g : glyphs)
            QVERIFY(subset.width(g) > 500 && subset.width(g) <= 1100); // ideographs are about an em wide
        QVERIFY(!subset.postScriptName().contains(' '));
    }

    void aWebFontsCharacterMapReachesEveryCharacter()
    {
        // The SVG 图解's font (#27): its character map takes a reader from each character to
        // the glyph the installed font draws it with, in the Basic Multilingual Plane (format 4,
        // runs and single characters) and beyond it (format 12).
        const QRawFont font = songFont();
        const FontFace face(font);
        const QString text = QStringLiteral("政府信息公开一二三四年度报告0123456789");
        QMap<char32_t, quint32> characters;
        QVector<quint32> glyphs;
        for (char32_t ch : text.toUcs4()) {
            const quint32 g = font.glyphIndexesForString(QString::fromUcs4(&ch, 1)).value(0);
            QVERIFY(g > 0);
            characters.insert(ch, g);
            glyphs.append(g);
        }
        const char32_t beyond = 0x2A6D6; // stands for a character of Extension B, drawn as 政
        characters.insert(beyond, characters.value(U'政'));
        QByteArray program;
        QHash<quint32, quint32> newGlyph;
        QString error;
        QVERIFY2(TrueTypeSubsetter::subset(face, glyphs, "SongSubset", program, newGlyph, &error, characters),
                 qPrintable(error));
        const QRawFont cut(program, font.pixelSize());
        QVERIFY(cut.isValid());
        for (char32_t ch : characters.keys()) {
            const QString one = QString::fromUcs4(&ch, 1);
            QVERIFY2(cut.supportsCharacter(ch), qPrintable(one));
            const quint32 mine = cut.glyphIndexesForString(one).value(0);
            QCOMPARE(mine, newGlyph.value(characters.value(ch)));
            const QRectF a = font.pathForGlyph(characters.value(ch)).boundingRect(),
                         b = cut.pathForGlyph(mine).boundingRect();
            QVERIFY2(!a.isEmpty() && (a.topLeft() - b.topLeft()).manhattanLength() < 0.01
                         && (a.bottomRight() - b.bottomRight()).manhattanLength() < 0.01,
                     qPrintable(one));
        }
        QVERIFY(!cut.supportsCharacter(U'院')); // only what was asked for
    }

    void aWebFontComesFromQtWhereNoFileIsNamed()
    {
        // As on Windows, where no fontconfig names the font's file: the editor's SVG 图解
        // takes the tables from Qt's font database, and the font drawn is the same.
        const QString text = QStringLiteral("政府信息公开工作年度报告 2024年 ↑12");
        WebFont fromQt, fromFile;
        QString error;
        const QStringList families = ReportFonts::candidates(ReportFonts::Face::Hei);
        QVERIFY2(fromQt.build(families, text, &error, WebFont::Lookup::QtOnly), qPrintable(error));
        QVERIFY2(fromFile.build(families, text, &error), qPrintable(error));
        QCOMPARE(fromQt.family(), fromFile.family());
        const QRawFont a(fromQt.program(), 16), b(fromFile.program(), 16);
        QVERIFY(a.isValid() && b.isValid());
        for (QChar ch : text) {
            if (ch.isSpace())
                continue;
            const quint32 ga = a.glyphIndexesForString(ch).value(0),
                          gb = b.glyphIndexesForString(ch).value(0);
            QVERIFY2(ga > 0 && gb > 0, qPrintable(QString(ch)));
            QCOMPARE(a.pathForGlyph(ga).boundingRect(), b.pathForGlyph(gb).boundingRect());
        }
    }

    void subsetIsAWellFormedFont()
    {
        // Checksums right (some printer drivers verify them), the tables viewers look for.
        const QRawFont font = songFont();
        const FontFace face(font);
        FontSubset subset;
        QString error;
        QVERIFY(subset.build(face, font.glyphIndexesForString(QStringLiteral("年度报告")), &error));
        const QByteArray p = subset.program();
        auto u32 = [&](qsizetype at) { return qFromBigEndian<quint32>(p.constData() + at); };
        auto sum = [&](qsizetype from, qsizetype length) {
            quint32 s = 0;
            for (qsizetype i = from; i < from + length; i += 4) {
                quint32 word = 0;
                for (int k = 0; k < 4; ++k)
                    word = (word << 8) | (i + k < from + length ? quint8(p[i + k]) : 0);
                s += word;
            }
            return s;
        };
        const int count = qFromBigEndian<quint16>(p.constData() + 4);
        QStringList tags;
        for (int i = 0; i < count; ++i) {
            const qsizetype record = 12 + 16 * i;
            const QString tag = QString::fromLatin1(p.mid(record, 4));
            tags << tag;
            const quint32 offset = u32(record + 8);
            const quint32 length = u32(record + 12);
            QVERIFY(offset % 4 == 0 && offset + length <= quint32(p.size()));
            if (tag != u"head") // head's sum includes the whole-font adjustment
                QCOMPARE(u32(record + 4), sum(offset, length));
        }
        QCOMPARE(sum(0, p.size()), 0xB1B0AFBAu);
        QStringList sorted = tags;
        sorted.sort();
        QCOMPARE(tags, sorted);
        for (const char *needed :
             { "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "OS/2" })
            QVERIFY2(tags.contains(QLatin1String(needed)), needed);
        QRawFont cut(p, 12);
        QVERIFY(cut.isValid());
        QCOMPARE(cut.familyName().toLatin1(), subset.postScriptName());
    }

    void compositeGlyphsBringTheirParts()
    {
        // WenQuanYi builds many glyphs from parts (‖ from two |, ∷ from ∶): the parts must
        // come along, renumbered, or the glyphs lose strokes.
        ReportFonts fonts;
        FormatError formatError;
        QVERIFY(fonts.resolve(formatError));
        const QRawFont font = QRawFont::fromFont(fonts.font(ReportFonts::Face::Hei, 16));
        const FontFace face(font);
        const QVector<quint32> glyphs = font.glyphIndexesForString(QStringLiteral("‖℅∕∶∷"));
        FontSubset subset;
        QString error;
        QVERIFY2(subset.build(face, glyphs, &error), qPrintable(error));
        compareOutlines(font, glyphs, subset);
        const QByteArray maxp = QRawFont(subset.program(), 16).fontTable("maxp");
        const int count = qFromBigEndian<quint16>(maxp.constData() + 4);
        QVERIFY2(count > glyphs.size() + 1, "the composites' parts are in the subset");
    }

    void subsetFromQtsTablesWhenTheFileIsUnknown()
    {
        // The same font with a changed head table: no file fontconfig knows matches it, so
        // the tables come from Qt, as on systems without fontconfig.
        const FontFace original(songFont());
        QFile file(original.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray data = file.readAll();
        if (data.startsWith("ttcf"))
            QSKIP("the Song face is in a collection; QRawFont loads the first face only");
        const qsizetype head = data.indexOf("head");
        QVERIFY(head > 0);
        const quint32 headOffset = qFromBigEndian<quint32>(data.constData() + head + 8);
        data[headOffset + 8] = char(~data[headOffset + 8]); // checkSumAdjustment
        const QRawFont font(data, 16);
        QVERIFY(font.isValid());
        const FontFace face(font);
        QVERIFY(face.fileName().isEmpty());
        const QVector<quint32> glyphs = font.glyphIndexesForString(QStringLiteral("年度报告"));
        FontSubset subset;
        QString error;
        QVERIFY2(subset.build(face, glyphs, &error), qPrintable(error));
        compareOutlines(font, glyphs, subset);
    }

    // Defect 13: a font with CFF outlines (Noto Sans CJK, common on Debian, UOS and Kylin
    // desktops, where fallback finds it) was embedded as a TrueType program. It must be a
    // CIDFontType0 with a CFF program, its glyphs shown by their CIDs, readable by poppler.
    void cffFontIsEmbeddedAsCidFontType0()
    {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(16);
        if (QFontInfo(font).family() != u"Noto Sans CJK SC")
            QSKIP("Noto Sans CJK SC is not installed (./dev test installs fonts-noto-cjk)");
        const QString text = QStringLiteral("政府信息公开工作年度报告 2024年 镕喆");
        PdfCanvas canvas;
        QTextLayout layout(text, font, canvas.layoutDevice());
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(5000);
        layout.endLayout();
        canvas.drawGlyphRuns(line.glyphRuns(), QPointF(100, 100), text);
        QByteArray pdf;
        QString error;
        QVERIFY2(canvas.finish({ QStringLiteral("CFF"), QString(), QString() }, pdf, &error),
                 qPrintable(error));
        const QString path = test::scratchDir() + QStringLiteral("/cff.pdf");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pdf);
        out.close();

        const test::ProcessResult fonts = test::runProgram(QStringLiteral("pdffonts"), { path });
        QVERIFY2(fonts.exitCode == 0, qPrintable(fonts.err));
        QVERIFY2(fonts.out.contains(QStringLiteral("NotoSansCJK"))
                     && fonts.out.contains(QStringLiteral("CID Type 0C")),
                 qPrintable(fonts.out));
        QVERIFY2(!fonts.out.contains(QStringLiteral("CID TrueType")), qPrintable(fonts.out));
        const test::ProcessResult words = test::runProgram(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY2(words.err.isEmpty(), qPrintable(words.err));
        QCOMPARE(words.out.simplified(), text.simplified());
        // Rendering reads the outlines through the CIDs: poppler says nothing about them.
        const test::ProcessResult render
            = test::runProgram(QStringLiteral("pdftoppm"),
                               { QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path,
                                 test::scratchDir() + QStringLiteral("/cff") });
        QCOMPARE(render.exitCode, 0);
        QVERIFY2(render.err.isEmpty(), qPrintable(render.err));
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
