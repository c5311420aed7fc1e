// Review comments leaving and entering the program, checked by other programs: publication
// copies carry none unless asked; with --with-annotations a .docx carries Word comments that
// LibreOffice and python-docx read (replies, resolved marks, text unchanged), a .pdf carries
// sticky notes that qpdf lists; Word comments come back in as comments on the cell or
// paragraph where their range starts, also after LibreOffice has rewritten the file; a review
// PDF's notes come back as comments where they stand.
#include "TestSupport.h"
#include "content/AnnotationJson.h"
#include "core/ReportTemplate.h"
#include "io/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nianbao;

namespace {

QString scratch(const QString &name)
{
    return test::scratchDir() + QLatin1Char('/') + name;
}

Annotation comment(const QString &id, const ReportPlace &target, const QString &text, bool resolved = false)
{
    Annotation a;
    a.id = id;
    a.target = target;
    a.author = QStringLiteral("李审核");
    a.created = QDateTime::fromString(QStringLiteral("2025-01-20T10:15:00+08:00"), Qt::ISODate);
    a.text = text;
    a.resolved = resolved;
    return a;
}

// Fixture 003 with a comment on a cell (with a reply), on quoted words of a paragraph
// (resolved), on a section and on the title.
Report commented()
{
    Report r = test::load(test::fixture(test::report003()));
    const Paragraph &p = r.section(SectionId::Overview).paragraphs.constFirst();
    Annotation cell
        = comment(QStringLiteral("c1"), ReportPlace::ofCell(test::ref("applications/new/natural")),
                  QStringLiteral("本栏请核对。"));
    cell.replies.append({ QStringLiteral("王起草"),
                          QDateTime::fromString(QStringLiteral("2025-01-21T09:00:00+08:00"), Qt::ISODate),
                          QStringLiteral("已更正。") });
    r.annotations << cell
                  << comment(QStringLiteral("c2"),
                             ReportPlace::ofParagraph(SectionId::Overview, p.anchor, p.text.mid(5, 8)),
                             QStringLiteral("措辞请斟酌。"), true)
                  << comment(QStringLiteral("c3"), ReportPlace::ofSection(SectionId::Problems),
                             QStringLiteral("问题写得太简单。"))
                  << comment(QStringLiteral("c4"), ReportPlace::ofField(ReportField::Title),
                             QStringLiteral("标题不规范。"));
    AnnotationAnchors::bind(r);
    return r;
}

QString saveJson(const Report &report, const QString &name)
{
    FormatError error;
    if (!FormatRegistry::instance().writeFile(report, scratch(name), error))
        qFatal("%s", qPrintable(error.message()));
    return scratch(name);
}

QString convert(const QString &in, const QString &out, bool withAnnotations)
{
    QStringList args { QStringLiteral("convert") };
    if (withAnnotations)
        args << QStringLiteral("--with-annotations");
    args << in << scratch(out);
    const test::ProcessResult r = test::runNianbao(args);
    if (!r.finished || (r.exitCode != 0 && r.exitCode != 1))
        qFatal("convert failed: %s", qPrintable(r.err));
    return scratch(out);
}

// Text annotations of a PDF as qpdf sees them: [{"T", "Contents", "IRT"}].
QJsonArray pdfNotes(const QString &pdf)
{
    const test::ProcessResult r = test::runProgram(
        QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
          QStringLiteral(
              "import json, subprocess, sys\n"
              "d = json.loads(subprocess.run(['qpdf', '--json', sys.argv[1]], capture_output=True).stdout)\n"
              "objs = d.get('objects') or d['qpdf'][1]\n"
              "out = []\n"
              "for k, v in objs.items():\n"
              "    v = v.get('value', v) if isinstance(v, dict) else v\n"
              "    if isinstance(v, dict) and v.get('/Subtype') == '/Text':\n"
              "        out.append({'T': v.get('/T', '')[2:], 'Contents': v.get('/Contents', '')[2:],\n"
              "                    'IRT': v.get('/IRT', ''), 'Subj': v.get('/Subj', '')[2:]})\n"
              "print(json.dumps(out, ensure_ascii=False))\n"),
          pdf });
    if (r.exitCode != 0)
        qFatal("qpdf: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// Fixture 003 with two threads: a cell comment with a reply, a title comment, and a
// section comment with two replies.
Report threaded()
{
    Report r = test::load(test::fixture(test::report003()));
    Annotation cell
        = comment(QStringLiteral("c1"), ReportPlace::ofCell(test::ref("applications/new/natural")),
                  QStringLiteral("本栏请核对。"));
    const QDateTime later = QDateTime::fromString(QStringLiteral("2025-01-21T09:00:00+08:00"), Qt::ISODate);
    cell.replies.append({ QStringLiteral("王起草"), later, QStringLiteral("已更正。") });
    Annotation problems = comment(QStringLiteral("c3"), ReportPlace::ofSection(SectionId::Problems),
                                  QStringLiteral("问题写得太简单。"));
    problems.replies.append({ QStringLiteral("甲"), later, QStringLiteral("甲回复。") });
    problems.replies.append({ QStringLiteral("乙"), later, QStringLiteral("乙回复。") });
    r.annotations << cell
                  << comment(QStringLiteral("c2"), ReportPlace::ofField(ReportField::Title),
                             QStringLiteral("标题不规范。"))
                  << problems;
    AnnotationAnchors::bind(r);
    return r;
}

// Every comment and reply of threaded() is in `back` once, as a comment or as a reply.
void expectEveryTextOnce(const Report &back)
{
    QStringList texts;
    for (const Annotation &a : back.annotations) {
        texts << a.text;
        for (const AnnotationReply &r : a.replies)
            texts << r.text;
    }
    texts.sort();
    QStringList expected { QStringLiteral("本栏请核对。"), QStringLiteral("已更正。"),
                           QStringLiteral("标题不规范。"), QStringLiteral("问题写得太简单。"),
                           QStringLiteral("甲回复。"),     QStringLiteral("乙回复。") };
    expected.sort();
    QCOMPARE(texts, expected);
}

// One finding says that `count` comments could not be placed.
void expectOneWarning(const Report &back, int count)
{
    int warnings = 0;
    for (const Finding &f : RuleEngine::check(back)) {
        if (f.rule == QStringLiteral("import.incomplete") && f.severity == Severity::Warning) {
            ++warnings;
            QVERIFY2(f.message.contains(QString::number(count)), qPrintable(f.message));
        }
    }
    QCOMPARE(warnings, 1);
}

} // namespace

class TestReviewExport : public QObject
{
    Q_OBJECT
private slots:
    void publicationCopiesCarryNoComments()
    {
        const QString json = saveJson(commented(), QStringLiteral("plain.json"));
        const QString docx = convert(json, QStringLiteral("plain.docx"), false);
        QVERIFY(!test::readParts(docx).contains(QStringLiteral("word/comments.xml")));
        QVERIFY(
            !test::readParts(docx).value(QStringLiteral("word/document.xml")).contains("commentRangeStart"));
        QCOMPARE(pdfNotes(convert(json, QStringLiteral("plain.pdf"), false)).size(), 0);
        QFile txt(convert(json, QStringLiteral("plain.txt"), false));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(txt.readAll()).contains(QStringLiteral("本栏请核对")));
        // The working copies keep them.
        QCOMPARE(test::load(json).annotations.size(), 4);
    }

    void libreOfficeReadsTheWordComments()
    {
        const QString docx
            = convert(saveJson(commented(), QStringLiteral("lo.json")), QStringLiteral("lo.docx"), true);
        const test::ProcessResult r = test::runProgram(
            QStringLiteral("soffice"),
            { QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("fodt"),
              QStringLiteral("--outdir"), test::scratchDir(), docx },
            180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile fodt(scratch(QStringLiteral("lo.fodt")));
        QVERIFY(fodt.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(fodt.readAll());
        // Four comments and one reply, each an annotation with its text and author.
        const int count = int(xml.count(QStringLiteral("<office:annotation ")));
        QCOMPARE(count, 5);
        for (const char *text :
             { "本栏请核对。", "已更正。", "措辞请斟酌。", "问题写得太简单。", "标题不规范。" })
            QVERIFY2(xml.contains(QString::fromUtf8(text)), text);
        QVERIFY(xml.contains(QStringLiteral("<dc:creator>王起草</dc:creator>")));
        // The resolved one is marked so.
        QCOMPARE(int(xml.count(QStringLiteral("loext:resolved=\"true\""))), 1);
    }

    void pythonDocxReadsTheCommentsAndTheSameText()
    {
        const QString json = saveJson(commented(), QStringLiteral("py.json"));
        const QString with = convert(json, QStringLiteral("py.docx"), true);
        const QString without = convert(json, QStringLiteral("py-plain.docx"), false);
        const test::ProcessResult r = test::runProgram(
            QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"),
              QStringLiteral("import docx, json, sys\n"
                             "from docx.oxml.ns import qn\n"
                             "from lxml import etree\n"
                             "def text(d):\n"
                             "    out = [p.text for p in d.paragraphs]\n"
                             "    for t in d.tables:\n"
                             "        out += [c.text for row in t.rows for c in row.cells]\n"
                             "    return out\n"
                             "a = docx.Document(sys.argv[1]); b = docx.Document(sys.argv[2])\n"
                             "part = [r.target_part for r in a.part.rels.values() if "
                             "r.reltype.endswith('/comments')][0]\n"
                             "root = etree.fromstring(part.blob)\n"
                             "comments = [(c.get(qn('w:author')), ''.join(c.itertext())) for c in "
                             "root.iter(qn('w:comment'))]\n"
                             "print(json.dumps({'same': text(a) == text(b), 'comments': comments}, "
                             "ensure_ascii=False))\n"),
              with, without });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.value(QStringLiteral("same")).toBool(), "the comments changed the document's text");
        const QJsonArray comments = o.value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.size(), 5);
        QCOMPARE(comments[0].toArray()[1].toString(), QStringLiteral("本栏请核对。"));
        QCOMPARE(comments[1].toArray()[0].toString(), QStringLiteral("王起草"));
    }

    void wordCommentsComeBackOnTheirCellOrParagraph()
    {
        const Report original = commented();
        const QString docx
            = convert(saveJson(original, QStringLiteral("back.json")), QStringLiteral("back.docx"), true);
        const Report back = test::load(docx);
        QCOMPARE(back.annotations.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const Annotation &a = back.annotations[i];
            const Annotation &o = original.annotations[i];
            QCOMPARE(a.text, o.text);
            QCOMPARE(a.author, o.author);
            QCOMPARE(a.created, o.created);
            QCOMPARE(a.resolved, o.resolved);
            QCOMPARE(int(a.target.kind), int(o.target.kind));
        }
        QCOMPARE(back.annotations[0].target.cell, test::ref("applications/new/natural"));
        QCOMPARE(back.annotations[0].replies.size(), 1);
        QCOMPARE(back.annotations[0].replies[0].text, QStringLiteral("已更正。"));
        const ReportPlace &p = back.annotations[1].target;
        QCOMPARE(p.section, std::optional<SectionId>(SectionId::Overview));
        QCOMPARE(p.paragraph, 0);
        QCOMPARE(p.quote, original.annotations[1].target.quote);
        QCOMPARE(back.annotations[2].target.section, std::optional<SectionId>(SectionId::Problems));
        QCOMPARE(back.annotations[3].target.field, ReportField::Title);
    }

    void commentsInADocxLibreOfficeWroteLandOnTheirCellOrParagraph()
    {
        // LibreOffice reads our file and writes its own .docx: its own comments.xml, its own
        // range marks (around the cell's paragraph, across runs), no commentsExtended.
        const QString ours = convert(saveJson(commented(), QStringLiteral("rewrite.json")),
                                     QStringLiteral("rewrite.docx"), true);
        const QString outdir = scratch(QStringLiteral("libreoffice"));
        const test::ProcessResult r = test::runProgram(
            QStringLiteral("soffice"),
            { QStringLiteral("--headless"), QStringLiteral("--convert-to"),
              QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("--outdir"), outdir, ours },
            180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString theirs = outdir + QStringLiteral("/rewrite.docx");
        QVERIFY(test::readParts(theirs).value(QStringLiteral("word/comments.xml")).contains("本栏请核对"));
        const Report back = test::load(theirs);
        auto find = [&](const QString &text) { return test::commentWithText(back, text); };
        const Annotation *cell = find(QStringLiteral("本栏请核对。"));
        QVERIFY(cell);
        QCOMPARE(int(cell->target.kind), int(ReportPlace::Kind::Cell));
        QCOMPARE(cell->target.cell, test::ref("applications/new/natural"));
        const Annotation *paragraph = find(QStringLiteral("措辞请斟酌。"));
        QVERIFY(paragraph);
        QCOMPARE(int(paragraph->target.kind), int(ReportPlace::Kind::Paragraph));
        QCOMPARE(paragraph->target.section, std::optional<SectionId>(SectionId::Overview));
        QCOMPARE(paragraph->target.paragraph, 0);
        QVERIFY(paragraph->resolved);
        const Annotation *section = find(QStringLiteral("问题写得太简单。"));
        QVERIFY(section);
        QCOMPARE(section->target.section, std::optional<SectionId>(SectionId::Problems));
        // The reply is kept: as a reply where LibreOffice threads it, else as a comment on the cell.
        const Annotation *reply = find(QStringLiteral("已更正。"));
        QVERIFY(cell->replies.size() == 1 || (reply && reply->target.cell == cell->target.cell));
    }

    // A 审阅稿 PDF opened again (by the agency it went back to): each sticky note is a
    // comment again, on its cell, paragraph (with the words it quoted), section or title,
    // replies threaded, the resolved mark kept. Through the real binary: PDF reading draws
    // the table pages, which needs the graphical libraries.
    void pdfNotesComeBackOnTheirCellOrParagraph()
    {
        const Report original = commented();
        const QString pdf
            = convert(saveJson(original, QStringLiteral("round.json")), QStringLiteral("round.pdf"), true);
        const Report back = test::load(convert(pdf, QStringLiteral("round-back.json"), false));
        QCOMPARE(back.annotations.size(), 4);
        QHash<QString, const Annotation *> byText; // in page order now, not the original's
        for (const Annotation &a : back.annotations)
            byText.insert(a.text, &a);
        for (const Annotation &o : original.annotations) {
            const Annotation *a = byText.value(o.text);
            QVERIFY2(a, qPrintable(o.text));
            QCOMPARE(a->author, o.author);
            QCOMPARE(a->created, o.created);
            QCOMPARE(a->resolved, o.resolved);
            QCOMPARE(int(a->target.kind), int(o.target.kind));
            QCOMPARE(a->target.cell, o.target.cell);
            QCOMPARE(a->target.section, o.target.section);
            QCOMPARE(a->target.field, o.target.field);
            QCOMPARE(a->target.quote, o.target.quote);
            QCOMPARE(a->replies.size(), o.replies.size());
        }
        const Annotation *cell = byText.value(QStringLiteral("本栏请核对。"));
        QCOMPARE(cell->replies[0].text, QStringLiteral("已更正。"));
        QCOMPARE(cell->replies[0].author, QStringLiteral("王起草"));
        const ReportPlace &p = byText.value(QStringLiteral("措辞请斟酌。"))->target;
        QCOMPARE(p.paragraph, 0);
        QVERIFY(!p.orphaned);
    }

    // #26.11: comments whose links in the file are broken were dropped, or joined the wrong
    // thread. Each is kept now: where it cannot be placed, as a comment on the whole report,
    // and one warning says how many.
    void brokenCommentLinksInAPdfLoseNoComment()
    {
        const QString pdf
            = convert(saveJson(threaded(), QStringLiteral("links.json")), QStringLiteral("links.pdf"), true);
        const QString broken = scratch(QStringLiteral("links-broken.pdf"));
        const test::ProcessResult made = test::runProgram(
            QStringLiteral("/usr/bin/python3"),
            { QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/tools/break-pdf-comment-links.py"), pdf,
              broken });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const Report back = test::load(broken);
        expectEveryTextOnce(back);
        // The reply to a page and the two replies to each other: on the whole report.
        for (const QString &text :
             { QStringLiteral("已更正。"), QStringLiteral("甲回复。"), QStringLiteral("乙回复。") }) {
            const Annotation *a = test::commentWithText(back, text);
            QVERIFY2(a, qPrintable(text));
            QCOMPARE(int(a->target.kind), int(ReportPlace::Kind::Report));
        }
        // A rectangle with a note is a comment where it stands, as Acrobat lists it.
        const Annotation *square = test::commentWithText(back, QStringLiteral("标题不规范。"));
        QVERIFY(square);
        QCOMPARE(square->target.field, ReportField::Title);
        QCOMPARE(test::commentWithText(back, QStringLiteral("本栏请核对。"))->target.cell,
                 test::ref("applications/new/natural"));
        QCOMPARE(back.importNotes.unthreadedComments, 3);
        expectOneWarning(back, 3);
    }

    void brokenCommentLinksInAWordFileLoseNoComment()
    {
        const QString docx = convert(saveJson(threaded(), QStringLiteral("wlinks.json")),
                                     QStringLiteral("wlinks.docx"), true);
        QMap<QString, QByteArray> parts = test::readParts(docx);
        QByteArray xml = parts.value(QStringLiteral("word/comments.xml"));
        // Each damage as a hand-merged or damaged file has it: a repeated w:id, a comment
        // nested in another, and a w14:paraId two comments share.
        const auto element = [&xml](const char *text) {
            const qsizetype at = xml.indexOf(QByteArray(text));
            const qsizetype from = xml.lastIndexOf("<w:comment ", at);
            const qsizetype to = xml.indexOf("</w:comment>", at) + qsizetype(strlen("</w:comment>"));
            return std::make_pair(from, to);
        };
        const auto idOf = [&xml, &element](const char *text) {
            const auto [from, to] = element(text);
            const QByteArray e = xml.mid(from, to - from);
            const qsizetype at = e.indexOf("w:id=\"") + 6;
            return e.mid(at, e.indexOf('"', at) - at);
        };
        const auto paraIdOf = [&xml, &element](const char *text) {
            const auto [from, to] = element(text);
            const QByteArray e = xml.mid(from, to - from);
            const qsizetype at = e.indexOf("w14:paraId=\"") + 12;
            return e.mid(at, e.indexOf('"', at) - at);
        };
        const QByteArray firstId = idOf("本栏请核对。"), titleId = idOf("标题不规范。");
        const QByteArray firstParaId = paraIdOf("本栏请核对。"), jiaParaId = paraIdOf("甲回复。");
        {
            auto [from, to] = element("标题不规范。");
            QByteArray e = xml.mid(from, to - from);
            e.replace(QByteArray("w:id=\"" + titleId + "\""), QByteArray("w:id=\"" + firstId + "\""));
            xml.replace(from, to - from, e);
        }
        xml.replace(QByteArray("w14:paraId=\"" + jiaParaId + "\""),
                    QByteArray("w14:paraId=\"" + firstParaId + "\""));
        {
            const auto [from, to] = element("乙回复。");
            const QByteArray inner = xml.mid(from, to - from);
            xml.remove(from, to - from);
            const auto [outerFrom, outerTo] = element("问题写得太简单。");
            xml.insert(xml.indexOf("</w:p>", outerFrom) + 6, inner);
        }
        parts.insert(QStringLiteral("word/comments.xml"), xml);
        const QString broken = scratch(QStringLiteral("wlinks-broken.docx"));
        test::writeParts(broken, test::asList(parts));
        const Report back = test::load(broken);
        expectEveryTextOnce(back);
        // The nested comment keeps its own words, and so does the one around it.
        const Annotation *problems = test::commentWithText(back, QStringLiteral("问题写得太简单。"));
        QVERIFY(problems);
        QCOMPARE(problems->target.section, std::optional<SectionId>(SectionId::Problems));
        // The repeated id: the later comment is on the whole report, not on the first's cell.
        QCOMPARE(int(test::commentWithText(back, QStringLiteral("标题不规范。"))->target.kind),
                 int(ReportPlace::Kind::Report));
        QCOMPARE(test::commentWithText(back, QStringLiteral("本栏请核对。"))->target.cell,
                 test::ref("applications/new/natural"));
        // The reply whose parent's paraId is shared answers no one for certain (it joined
        // 甲回复。 before): on the whole report.
        const Annotation *reply = test::commentWithText(back, QStringLiteral("已更正。"));
        QVERIFY2(reply, "the reply is a comment of its own, not a reply to the wrong comment");
        QCOMPARE(int(reply->target.kind), int(ReportPlace::Kind::Report));
        QCOMPARE(back.importNotes.unthreadedComments, 2);
        expectOneWarning(back, 2);
    }

    // #26.2: our own review copy with thousands of comments read back with comments on the
    // wrong cells (their icons marched leftwards over other cells) and 5,000 notes at most
    // (the rest ignored, exit 0). Every comment and reply now comes back on its cell.
    void aReviewCopyWithThousandsOfCommentsReadsBackWhole()
    {
        Report original = test::load(test::fixture(test::report003()));
        QVector<CellRef> cells;
        for (const TableSpec &spec : ReportTemplate::official().tables()) {
            for (int r = 0; r < spec.rowCount(); ++r) {
                for (int c = 0; c < spec.columnCount(); ++c) {
                    if (spec.hasCell(r, c))
                        cells << CellRef { spec.id, r, c };
                }
            }
        }
        constexpr int Comments = 5000;
        for (int i = 0; i < Comments; ++i) {
            Annotation a = comment(QStringLiteral("c%1").arg(i), ReportPlace::ofCell(cells[i % cells.size()]),
                                   QStringLiteral("第%1条：请核对。").arg(i));
            a.replies.append({ QStringLiteral("王起草"), a.created, QStringLiteral("回复%1").arg(i) });
            original.annotations << a;
        }
        AnnotationAnchors::bind(original);
        const QString pdf = convert(saveJson(original, QStringLiteral("thousands.json")),
                                    QStringLiteral("thousands.pdf"), true);
        const Report back = test::load(pdf);
        QCOMPARE(back.annotations.size(), Comments);
        QHash<QString, const Annotation *> byText;
        for (const Annotation &a : back.annotations)
            byText.insert(a.text, &a);
        for (const Annotation &o : std::as_const(original.annotations)) {
            const Annotation *a = byText.value(o.text);
            QVERIFY2(a, qPrintable(o.text));
            QVERIFY2(a->target.kind == ReportPlace::Kind::Cell && a->target.cell == o.target.cell,
                     qPrintable(o.text));
            QCOMPARE(a->replies.size(), 1);
            QCOMPARE(a->replies[0].text, o.replies[0].text);
        }
        for (const TableSpec &spec : ReportTemplate::official().tables())
            QCOMPARE(back.table(spec.id), original.table(spec.id));
    }

    // More notes on one page than poppler reads (10,000) would make a review copy that no
    // PDF reader opens whole: refused when writing, naming the page, and nothing is written.
    void aReviewCopyPopplerCouldNotReadIsNotWritten()
    {
        Report original = test::load(test::fixture(test::report003()));
        const ReportPlace cell = ReportPlace::ofCell(test::ref("applications/new/natural"));
        for (int i = 0; i < 5001; ++i) {
            Annotation a = comment(QStringLiteral("c%1").arg(i), cell, QStringLiteral("意见%1").arg(i));
            a.replies.append({ QStringLiteral("王起草"), a.created, QStringLiteral("回复%1").arg(i) });
            original.annotations << a;
        }
        const QString out = scratch(QStringLiteral("too-many-notes.pdf"));
        QFile::remove(out);
        const test::ProcessResult r
            = test::runNianbao({ QStringLiteral("convert"), QStringLiteral("--with-annotations"),
                                 saveJson(original, QStringLiteral("too-many-notes.json")), out });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("page ")) && r.err.contains(QStringLiteral("10,002")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void pdfNotesAreListedByQpdf()
    {
        const QString pdf
            = convert(saveJson(commented(), QStringLiteral("notes.json")), QStringLiteral("notes.pdf"), true);
        const QJsonArray notes = pdfNotes(pdf);
        QCOMPARE(notes.size(), 5);
        QStringList contents;
        int replies = 0;
        for (const QJsonValue v : notes) {
            const QJsonObject n = v.toObject();
            contents << n.value(QStringLiteral("Contents")).toString();
            QVERIFY(!n.value(QStringLiteral("T")).toString().isEmpty());
            replies += !n.value(QStringLiteral("IRT")).toString().isEmpty();
        }
        QCOMPARE(replies, 1);
        QVERIFY(contents.contains(QStringLiteral("本栏请核对。")));
        QVERIFY(contents.contains(QStringLiteral("已更正。")));
        // The text layer is the publication copy's.
        const QString plain = convert(saveJson(commented(), QStringLiteral("notes2.json")),
                                      QStringLiteral("notes2.pdf"), false);
        const test::ProcessResult a
            = test::runProgram(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        const test::ProcessResult b
            = test::runProgram(QStringLiteral("pdftotext"), { plain, QStringLiteral("-") });
        QCOMPARE(a.out, b.out);
    }
};

QTEST_GUILESS_MAIN(TestReviewExport)
#include "tst_reviewexport.moc"
