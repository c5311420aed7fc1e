#include "io/import/ReportAssembler.h"

#include "base/ChineseNumerals.h"
#include "base/TextNormalizer.h"
#include "core/ProseScanner.h"
#include "core/Report.h"
#include "io/import/TableRecognizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace nianbao {

namespace {

bool endsSentence(QStringView t)
{
    if (t.isEmpty())
        return false;
    switch (t.back().unicode()) {
    case u'。':
    case u'；':
    case u';':
    case u'！':
    case u'？':
    case u'，':
    case u',':
    case u'：':
    case u':':
        return true;
    default:
        return false;
    }
}

bool isWebAddress(QStringView t)
{
    return t.contains(u"http", Qt::CaseInsensitive) || t.contains(u"www.", Qt::CaseInsensitive)
        || t.startsWith(u"网址") || t.contains(u"网址：");
}

// Words that tell each section's heading apart, checked on the heading without its number.
bool titleMatches(SectionId id, const QString &rest, bool numbered)
{
    const QString standard = ReportTemplate::sectionTitle(id);
    if (rest == standard)
        return true;
    if (!numbered && rest.size() > standard.size() + 4)
        return false;
    switch (id) {
    case SectionId::Overview:
        return numbered ? rest.startsWith(u"总体情况") || rest == u"基本情况" : false;
    case SectionId::Proactive:
        return (rest.contains(u"主动公开政府信息") && rest.contains(u"情况"))
            || (numbered && rest.startsWith(u"主动公开")
                && (rest.endsWith(u"情况") || rest.endsWith(u"工作")));
    case SectionId::Applications:
        return rest.contains(u"收到和处理政府信息公开申请")
            || (numbered && rest.contains(u"依申请公开") && rest.contains(u"情况"));
    case SectionId::ReviewLitigation:
        return rest.contains(u"行政复议") && rest.contains(u"行政诉讼")
            && (numbered || rest.contains(u"情况"));
    case SectionId::Problems:
        return rest.contains(u"存在的主要问题")
            || (numbered && rest.contains(u"问题") && rest.contains(u"改进"));
    case SectionId::Other:
        return rest.contains(u"其他需要报告");
    }
    return false;
}

// The blank official template says where text goes: "（文字描述）", "（文字描述，收取信息
// 处理费情况在此处报告。）". Not a report's content.
bool isTemplatePlaceholder(const QString &text)
{
    return (text.startsWith(u"（文字描述") || text.startsWith(u"(文字描述"))
        && (text.endsWith(u'）') || text.endsWith(u')'));
}

// What a web page has around a report, left in a copy of the page's text: breadcrumbs,
// "字号 大 中 小", print and share buttons, the footer. Short lines only: prose may name these.
bool isWebFurniture(const QString &text)
{
    const QString c = TextNormalizer::compact(text);
    if (c.size() > 60 || c.endsWith(u'。'))
        return false;
    static const char16_t *const words[] = {
        u"版权所有", u"ICP备",  u"网站标识码", u"主办单位", u"承办单位", u"技术支持",     u"联系我们",
        u"网站地图", u"分享到", u"打印本页",   u"关闭窗口", u"当前位置", u"您现在的位置", u"字号",
        u"浏览次数", u"首页>",  u"首页＞",     u"首页»",    u"首页›",    u"相关链接",     u"相关文章",
        u"上一篇",   u"下一篇", u"【打印】",   u"【关闭】",
    };
    for (const char16_t *w : words) {
        if (c.contains(QStringView(w)))
            return true;
    }
    // A menu: 首页 | 政务公开 | …
    return c.startsWith(u"首页") && (c.contains(u'|') || c.contains(u'｜') || c.contains(u'>'));
}

// "二、工作机制保障": a numbered chapter heading that is none of the official sections.
std::optional<QString> matchOwnChapter(const QString &text)
{
    static const QRegularExpression chapter(
        QStringLiteral("^([一二三四五六七八九十]{1,2})\\s*[、.．]\\s*(\\S.{1,19})$"));
    const auto m = chapter.match(TextNormalizer::trimmed(text));
    if (!m.hasMatch() || endsSentence(m.captured(2)) || m.captured(2).contains(u'，')
        || m.captured(2).contains(u'。') || ReportAssembler::matchSectionHeading(text))
        return std::nullopt;
    return TextNormalizer::trimmed(m.captured(2));
}

// Lines a converter or a web page leaves above a report's title: a document label, an
// attachment number, a file number line.
bool isStrayFrontLine(const QString &text)
{
    static const QRegularExpression stray(QStringLiteral(
        "^(正文|附件\\s*[0-9０-９一二三四五六七八九十]*|附\\s*件|索引号[:：].*|发文字号[:：].*)[:：]?$"));
    return stray.match(TextNormalizer::compact(text)).hasMatch();
}

bool looksLikeUnnumberedSubheading(QStringView t)
{
    static const QRegularExpression listItem(QStringLiteral("^([0-9０-９]+|[一二三四五六七八九十]+)[.．、]"));
    return t.size() >= 2 && t.size() <= 20 && !endsSentence(t) && !t.contains(u'：') && !t.contains(u'，')
        && !listItem.match(t).hasMatch() && !isWebAddress(t) && !ReportAssembler::parseDate(t).isValid();
}

// Tables whose rows the source did not give: their cells stay blank, and the report says so
// (rule import.incomplete) rather than leave the reader to take the blanks for the author's.
void noteIncompleteTables(Report &report, const TableRecognizer &tables, const QSet<int> &unplaced)
{
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        const bool outdated = !report.importNotes.outdatedTemplateReason.isEmpty()
            && report.importNotes.outdatedTable == spec.id;
        if (outdated || !(tables.sawTable(spec.id) || report.section(spec.section).present))
            continue;
        ImportNotes::IncompleteTable incomplete;
        incomplete.table = spec.id;
        incomplete.tableFound = tables.sawTable(spec.id);
        for (int r = 0; r < spec.rowCount(); ++r) {
            if (!tables.rowRead(spec.id, r))
                incomplete.missingRows.append(r);
        }
        if (unplaced.contains(int(spec.id)))
            incomplete.cause = ImportNotes::IncompleteTable::Cause::Unplaced;
        if (!incomplete.missingRows.isEmpty())
            report.importNotes.incompleteTables.append(incomplete);
    }
}

} // namespace

std::optional<ReportAssembler::HeadingMatch> ReportAssembler::matchSectionHeading(QStringView text)
{
    const QString c
        = TextNormalizer::compact(TextNormalizer::asciiDigits(TextNormalizer::withoutArtefacts(text)));
    if (c.isEmpty() || c.size() > 40 || c.startsWith(u'（') || c.startsWith(u'(') || c.endsWith(u'。'))
        return std::nullopt;

    // A chapter number: the official six, or up to 十二 where a report has chapters of its own
    // (一 总体情况, 二 工作机制保障, 三 主动公开工作情况 …): the words, not the number, say which
    // official section a chapter is.
    int number = 0;
    qsizetype pos = 0;
    while (pos < c.size() && pos < 2 && (c[pos].isDigit() || ChineseNumerals::parse(c.mid(pos, 1))))
        ++pos;
    if (pos > 0) {
        const QString digits = c.left(pos);
        bool ok = false;
        number = digits.toInt(&ok);
        if (!ok) {
            const auto n = ChineseNumerals::parse(digits);
            number = n ? int(*n) : 0;
        }
        // The number must be followed by a separator: "一、", "2、", "3." — not "一是…".
        const QChar sep = pos < c.size() ? c[pos] : QChar();
        if (number >= 1 && number <= 12
            && (sep == u'、' || sep == u'.' || sep == u'．' || sep == u'，' || sep == u','))
            ++pos;
        else
            number = 0, pos = 0;
    }
    const QString rest = c.mid(pos);
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        if (!titleMatches(id, rest, number > 0))
            continue;
        const bool standard = c == TextNormalizer::compact(ReportTemplate::sectionHeading(id));
        return HeadingMatch { id, standard };
    }
    return std::nullopt;
}

std::optional<QString> ReportAssembler::matchSubsectionHeading(QStringView text)
{
    static const QRegularExpression numbered(
        QStringLiteral("^[（(]\\s*([一二三四五六七八九十]+)\\s*[）)]\\s*(.+)$"));
    const QString t = TextNormalizer::trimmed(text);
    const auto m = numbered.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString heading = TextNormalizer::trimmed(m.captured(2));
    if (heading.isEmpty() || heading.size() > 40 || endsSentence(heading))
        return std::nullopt;
    return heading;
}

QDate ReportAssembler::parseDate(QStringView text)
{
    const QString t = TextNormalizer::compact(TextNormalizer::asciiDigits(text));
    if (t.size() > 16)
        return QDate();
    static const QRegularExpression digits(
        QStringLiteral("^(\\d{4})(?:年|-|/|\\.)(\\d{1,2})(?:月|-|/|\\.)(\\d{1,2})日?$"));
    if (const auto m = digits.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression chinese(QStringLiteral(
        "^([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$"));
    if (const auto m = chinese.match(t); m.hasMatch()) {
        const auto y = ChineseNumerals::parse(m.captured(1));
        const auto mo = ChineseNumerals::parse(m.captured(2));
        const auto d = ChineseNumerals::parse(m.captured(3));
        if (y && mo && d)
            return QDate(int(*y), int(*mo), int(*d));
    }
    return QDate();
}

bool ReportAssembler::assemble(const QVector<SourceBlock> &blocks, Report &out, FormatError &error,
                               QHash<QString, ReportPlace> *commentTargets)
{
    Report report;
    QHash<QString, ReportPlace> targets;
    auto comment = [&](const QStringList &ids, const ReportPlace &target) {
        for (const QString &id : ids)
            targets.insert(id, target);
    };
    // A commented paragraph gets its anchor now, so its comments can name it.
    auto anchorFor
        = [&](const SourceBlock &block) { return block.comments.isEmpty() ? QString() : report.newAnchor(); };
    TableRecognizer tables(report);
    QSet<int> unplaced; // tables whose numbers the source gave but no place for them
    for (Section &s : report.sections)
        s.present = false;

    std::optional<SectionId> current;
    bool headingSeen[SectionCount] = {};
    QStringList titleLines;
    bool titleDone = false;
    // Where the last paragraph went, as a place rather than a pointer: appending a later
    // subsection may move the vectors a pointer would point into.
    struct Place
    {
        bool set = false;
        std::optional<SectionId> section; ///< none: the preamble
        int subsection = -1;
    } last;

    for (const SourceBlock &block : blocks) {
        if (block.kind == SourceBlock::Kind::TableRow) {
            const std::optional<TableId> table = tables.addRow(block.cells);
            titleDone = true;
            if (table && block.unplacedNumbers)
                unplaced.insert(int(*table));
            QVector<bool> placed(block.cellComments.size(), false);
            for (const auto &[cell, source] : tables.lastRowCells()) {
                if (source >= 0 && source < block.cellComments.size()) {
                    comment(block.cellComments[source], ReportPlace::ofCell(cell));
                    placed[source] = true;
                }
            }
            // On a label cell: the table's section.
            for (int i = 0; table && i < block.cellComments.size(); ++i) {
                if (!placed[i])
                    comment(block.cellComments[i],
                            ReportPlace::ofSection(ReportTemplate::official().table(*table).section));
            }
            continue;
        }
        if (block.kind == SourceBlock::Kind::TableEnd) {
            tables.endOfTable();
            continue;
        }
        const QString text = TextNormalizer::trimmed(TextNormalizer::withoutArtefacts(block.text));
        if (text.isEmpty() || isTemplatePlaceholder(text))
            continue;

        if (const auto heading = matchSectionHeading(text); heading && !headingSeen[int(heading->section)]) {
            headingSeen[int(heading->section)] = true;
            current = heading->section;
            report.section(*current).present = true;
            // Word's list numbering draws the 一、 that the text lacks: that is the standard form.
            if (!heading->standard && !block.autoNumbered)
                report.importNotes.nonstandardHeadings.append({ heading->section, text });
            titleDone = true;
            comment(block.comments, ReportPlace::ofSection(heading->section));
            continue;
        }

        if (!current && ((!titleDone && isStrayFrontLine(text)) || isWebFurniture(text))) {
            // "正文", "附件1" left by a converter or a CMS above the title; a web page's
            // breadcrumbs and buttons in a copy of its text. A title line before them was not one.
            if (!titleDone)
                titleLines.clear();
            continue;
        }
        if (!current && titleDone && report.preamble.isEmpty() && !titleLines.isEmpty() && text.size() >= 4
            && TextNormalizer::compact(titleLines.join(QString())).contains(TextNormalizer::compact(text))) {
            continue; // the title again, as a web page prints it above and in the article
        }
        if (!current) {
            // Front matter: the title (possibly over two or three lines), then the preamble.
            const bool titleLike = text.size() <= 50 && !endsSentence(text) && !text.startsWith(u"依据")
                && !text.startsWith(u"根据") && !text.startsWith(u"本报告");
            if (!titleDone && titleLike && titleLines.size() < 3) {
                titleLines << text;
                if (text.endsWith(u"报告"))
                    titleDone = true;
                comment(block.comments, ReportPlace::ofField(ReportField::Title));
                continue;
            }
            titleDone = true;
            const QString anchor = anchorFor(block);
            comment(block.comments, ReportPlace::ofParagraph(std::nullopt, anchor));
            report.preamble.append({ anchor, text });
            last = Place { true, std::nullopt, -1 };
            continue;
        }

        Section &section = report.section(*current);
        QVector<Paragraph> *target = &section.paragraphs;
        int subsection = -1;
        if (ReportTemplate::sectionHasSubsections(*current)) {
            // A chapter of the report's own ("二、工作机制保障") within an official section: a
            // subsection of it, the way the official outline divides 总体情况.
            if (const auto chapter = matchOwnChapter(text)) {
                section.subsections.append({ QString(), *chapter, {} });
                comment(block.comments, ReportPlace::ofSection(*current));
                continue;
            }
            if (const auto sub = matchSubsectionHeading(text)) {
                section.subsections.append({ QString(), *sub, {} });
                comment(block.comments, ReportPlace::ofSection(*current));
                continue;
            }
            // A subsection heading whose （一） Word draws by list numbering, or one that
            // lost its （二）: short, no sentence punctuation (the latter after numbered ones).
            if ((block.autoNumbered || !section.subsections.isEmpty())
                && looksLikeUnnumberedSubheading(text)) {
                section.subsections.append({ QString(), text, {} });
                comment(block.comments, ReportPlace::ofSection(*current));
                continue;
            }
            if (!section.subsections.isEmpty()) {
                subsection = section.subsections.size() - 1;
                target = &section.subsections[subsection].paragraphs;
            }
        }
        const QString anchor = anchorFor(block);
        comment(block.comments, ReportPlace::ofParagraph(*current, anchor));
        target->append({ anchor, text });
        last = Place { true, current, subsection };
    }

    tables.finish();
    bool anyStructure = false;
    for (int s = 0; s < SectionCount; ++s) {
        const auto id = static_cast<SectionId>(s);
        TableId table;
        if (!headingSeen[s] && ReportTemplate::sectionHasTable(id, &table) && tables.sawTable(table)) {
            // The table is there but its heading is not: the section exists, badly labelled.
            report.sections[s].present = true;
            report.importNotes.nonstandardHeadings.append({ id, QString() });
        }
        anyStructure |= report.sections[s].present;
    }
    if (!anyStructure) {
        error.reason = tr("no section headings or statistics tables found: this does not look like an annual "
                          "report (政府信息公开工作年度报告)");
        return false;
    }

    // The signature: organisation and date in the last lines, perhaps followed by a web
    // address line that stays where it is.
    QVector<Paragraph> *lastParagraphs = nullptr;
    if (last.set && !last.section)
        lastParagraphs = &report.preamble;
    else if (last.set && last.subsection < 0)
        lastParagraphs = &report.section(*last.section).paragraphs;
    else if (last.set)
        lastParagraphs = &report.section(*last.section).subsections[last.subsection].paragraphs;
    // A web page's footer after the report, in a copy of the page's text: from the first line
    // of it among the last few (分享到, 相关链接, 上一篇, 版权所有 …) to the end.
    if (lastParagraphs) {
        QVector<Paragraph> &ps = *lastParagraphs;
        for (qsizetype i = qMax<qsizetype>(0, ps.size() - 15); i < ps.size(); ++i) {
            if (isWebFurniture(ps[i].text)) {
                ps.resize(i);
                break;
            }
        }
    }
    if (lastParagraphs && !lastParagraphs->isEmpty()) {
        QVector<Paragraph> &ps = *lastParagraphs;
        int i = ps.size() - 1;
        while (i >= 0 && i >= ps.size() - 3 && isWebAddress(ps[i].text))
            --i;
        if (i >= 0) {
            const QDate date = parseDate(ps[i].text);
            // Comments on the signature lines go to the fields they become.
            auto toField = [&](const QString &anchor, ReportField field) {
                for (ReportPlace &t : targets) {
                    if (!anchor.isEmpty() && t.kind == ReportPlace::Kind::Paragraph && t.anchor == anchor)
                        t = ReportPlace::ofField(field);
                }
            };
            if (date.isValid()) {
                report.signature.date = date;
                toField(ps[i].anchor, ReportField::SignatureDate);
                ps.remove(i);
                --i;
                if (i >= 0 && ps[i].text.size() <= 40 && !endsSentence(ps[i].text)
                    && !ps[i].text.contains(u'，') && !ps[i].text.contains(u'。')
                    && !isWebAddress(ps[i].text)) {
                    report.signature.organization = ps[i].text;
                    toField(ps[i].anchor, ReportField::SignatureOrganization);
                    ps.remove(i);
                }
            }
        }
    }

    report.title = titleLines.join(QString());
    if (report.title.endsWith(u"模板"))
        report.title.clear(); // the blank template's own name, not a report's title
    // "2025 年" in a title extracted from a PDF is 2025年.
    report.year = ProseScanner::firstYear(TextNormalizer::compact(TextNormalizer::asciiDigits(report.title)));
    if (report.year == 0) {
        const auto periods = ProseScanner::periods(report);
        if (!periods.isEmpty())
            report.year = periods.first().toYear;
        else if (report.signature.date.isValid())
            report.year = report.signature.date.year() - 1;
    }
    static const QRegularExpression yearInTitle(
        QStringLiteral("([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\\s*年"));
    const auto m = yearInTitle.match(report.title);
    report.agency = TextNormalizer::trimmed(
        m.hasMatch() ? report.title.left(m.capturedStart())
                     : QString(report.title).remove(QStringLiteral("政府信息公开工作年度报告")));
    if (report.agency.isEmpty())
        report.agency = report.signature.organization;
    if (report.agency.endsWith(u"人民政府"))
        report.bodyKind = BodyKind::Government;

    noteIncompleteTables(report, tables, unplaced);
    report.adoptMatchingTotals();
    report.assignMissingAnchors();
    out = report;
    if (commentTargets)
        *commentTargets = targets;
    return true;
}

} // namespace nianbao
