#include "io/import/TableRecognizer.h"

#include "base/TextNormalizer.h"
#include "core/CellValue.h"
#include "core/Report.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace nianbao {

namespace {

bool anyContains(const QStringList &cells, QStringView needle)
{
    for (const QString &c : cells) {
        if (c.contains(needle))
            return true;
    }
    return false;
}

// Header labels of the proactive table → column keys. 2019 trial labels are listed apart.
int proactiveColumnFor(const QString &label)
{
    static const struct
    {
        const char16_t *text;
        const char16_t *column;
    } map[] = {
        { u"本年制发件数", u"issued" },    { u"本年废止件数", u"repealed" }, { u"现行有效件数", u"inForce" },
        { u"处理决定数量", u"decisions" }, { u"收费金额", u"amountWan" },
    };
    const TableSpec &spec = ReportTemplate::official().table(TableId::Proactive);
    for (const auto &m : map) {
        if (label.contains(QStringView(m.text)))
            return spec.columnIndex(m.column);
    }
    return -1;
}

const char16_t *const outdatedProactiveLabels[] = {
    u"本年新制作数量", u"本年新公开数量", u"对外公开总数量", u"上一年项目数量",
    u"本年增/减",      u"本年增／减",     u"采购项目数量",   u"采购总金额",
};

// Row labels of table 三, most specific first. Matched against the row's label cells
// joined, so that "（三）不予公开1.属于国家秘密" and "1.属于国家秘密" both match.
const struct
{
    const char16_t *text;
    const char16_t *row;
} applicationRows[] = {
    { u"本年新收", u"new" },
    { u"上年结转", u"carriedIn" },
    { u"结转下年度", u"carriedOut" },
    { u"部分公开", u"partiallyDisclosed" },
    { u"予以公开", u"disclosed" },
    { u"国家秘密", u"withheldStateSecret" },
    { u"法律行政法规禁止", u"withheldProhibitedByLaw" },
    { u"三安全一稳定", u"withheldSecurityStability" },
    { u"第三方合法权益", u"withheldThirdParty" },
    { u"内部事务", u"withheldInternalAffairs" },
    { u"过程性信息", u"withheldProcessInfo" },
    { u"行政执法案卷", u"withheldEnforcementFile" },
    { u"行政查询事项", u"withheldQueryMatter" },
    { u"不掌握", u"unavailableNotHeld" },
    { u"另行制作", u"unavailableNeedsCreation" },
    { u"仍不明确", u"unavailableUnclear" },
    { u"信访", u"notProcessedPetition" },
    { u"重复申请", u"notProcessedDuplicate" },
    { u"公开出版物", u"notProcessedPublication" },
    { u"大量反复", u"notProcessedExcessive" },
    { u"重新出具", u"notProcessedConfirmation" },
    { u"逾期不补正", u"otherNoCorrection" },
    { u"收费通知", u"otherUnpaidFee" },
    { u"缴纳费用", u"otherUnpaidFee" },
    { u"总计", u"processedTotal" },
};

/// The row of table 三 a label names by its words (applicationRows), or -1.
int applicationRowFor(const QString &label)
{
    for (const auto &m : applicationRows) {
        if (label.contains(QStringView(m.text)))
            return ReportTemplate::official().table(TableId::Applications).rowIndex(m.row);
    }
    return -1;
}

int applicationColumnFor(const QString &label)
{
    static const struct
    {
        const char16_t *text;
        const char16_t *column;
    } map[] = {
        { u"自然人", u"natural" },
        { u"商业企业", u"commercial" },
        { u"科研机构", u"research" },
        { u"社会公益组织", u"publicInterest" },
        { u"法律服务机构", u"legalService" },
        { u"其他", u"otherOrg" },
        { u"总计", u"total" },
    };
    const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
    for (const auto &m : map) {
        if (label == QStringView(m.text))
            return spec.columnIndex(m.column);
    }
    return -1;
}

int reviewLeafFor(const QString &label)
{
    static const struct
    {
        const char16_t *text;
        const char16_t *column;
    } map[] = {
        { u"结果维持", u"upheld" },  { u"维持", u"upheld" },    { u"结果纠正", u"corrected" },
        { u"纠正", u"corrected" },   { u"其他结果", u"other" }, { u"其他", u"other" },
        { u"尚未审结", u"pending" }, { u"未审结", u"pending" }, { u"总计", u"total" },
        { u"合计", u"total" },
    };
    const TableSpec &spec = ReportTemplate::official().table(TableId::ReviewLitigation);
    for (const auto &m : map) {
        if (label == QStringView(m.text))
            return spec.columnIndex(m.column);
    }
    return -1;
}

int reviewGroupFor(const QString &label)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::ReviewLitigation);
    if (label.contains(u"直接起诉"))
        return spec.rowIndex(u"litigationDirect");
    if (label.contains(u"复议后起诉"))
        return spec.rowIndex(u"litigationAfterReconsideration");
    if (label == u"行政复议")
        return spec.rowIndex(u"reconsideration");
    return -1;
}

} // namespace

bool TableRecognizer::isValueText(const QString &compact)
{
    return compact.isEmpty() || !CellValue::parse(compact).isWords();
}

bool TableRecognizer::startsRow(const QString &cellText)
{
    const QString c = TextNormalizer::compact(cellText);
    if (c.isEmpty() || c == u"总计")
        return false; // 总计 alone is a column header
    if (c.startsWith(u"第二十条") || c == u"信息内容")
        return true;
    const TableSpec &proactive = ReportTemplate::official().table(TableId::Proactive);
    for (const RowSpec &row : proactive.rows) {
        if (c == row.label)
            return true;
    }
    if (applicationRowFor(c) >= 0)
        return true;
    static const QRegularExpression other(QStringLiteral("^[0-9０-９]+[.．、]其他$"));
    return other.match(c).hasMatch();
}

bool TableRecognizer::startsTable(const QString &line, const QString &nextLine)
{
    const QString c = TextNormalizer::compact(line);
    return c.startsWith(u"第二十条第") || c.startsWith(u"（本列数据的勾稽关系")
        || (c == u"行政复议" && TextNormalizer::compact(nextLine) == u"行政诉讼");
}

TableRecognizer::TableRecognizer(Report &report)
    : m_report(report)
{
}

std::optional<TableId> TableRecognizer::detectTable(const Row &row) const
{
    const QStringList &c = row.compact;
    if (anyContains(c, u"尚未审结") || anyContains(c, u"结果维持") || anyContains(c, u"直接起诉")
        || (c.contains(QStringLiteral("行政复议")) && c.contains(QStringLiteral("行政诉讼"))))
        return TableId::ReviewLitigation;
    if (anyContains(c, u"勾稽关系") || anyContains(c, u"申请人情况") || anyContains(c, u"本年新收")
        || c.contains(QStringLiteral("自然人")) || anyContains(c, u"本年度办理结果"))
        return TableId::Applications;
    if (anyContains(c, u"第二十条"))
        return TableId::Proactive;
    for (const char16_t *label : { u"规章", u"行政规范性文件", u"行政许可", u"行政处罚", u"行政强制",
                                   u"行政事业性收费", u"本年制发件数", u"本年新制作数量" }) {
        if (c.contains(QString::fromUtf16(label)))
            return TableId::Proactive;
    }
    return std::nullopt;
}

std::optional<TableId> TableRecognizer::addRow(const QStringList &cells)
{
    m_lastRowCells.clear();
    Row row;
    row.cells = cells;
    for (int i = 0; i < cells.size(); ++i) {
        const QString compact = TextNormalizer::compact(TextNormalizer::withoutArtefacts(cells[i]));
        row.compact << compact;
        if (!isValueText(compact)) {
            row.label += compact;
            row.lastLabelCell = i;
        }
    }
    if (const auto detected = detectTable(row)) {
        if (m_current != detected) {
            if (m_current == TableId::Applications)
                finish();
            // A new table starts: forget the previous one's header mapping.
            m_current = detected;
            m_proactiveColumns.clear();
            m_applicationTop.clear();
            m_applicationLeaves.clear();
            m_lastApplicationRow = -1;
            m_reviewGroups.clear();
            m_reviewLeaves.clear();
        }
    }
    if (!m_current)
        return std::nullopt;
    m_seen[static_cast<int>(*m_current)] = true;
    switch (*m_current) {
    case TableId::Proactive:
        readProactive(row);
        break;
    case TableId::Applications:
        readApplications(row);
        break;
    case TableId::ReviewLitigation:
        readReviewLitigation(row);
        break;
    }
    return m_current;
}

void TableRecognizer::endOfTable()
{
    // Rows of one printed table may be split over several source tables (DOCX page
    // breaks), so the current table stays until another one's labels appear.
}

QStringList TableRecognizer::valueCells(const Row &row, int count)
{
    const int start = qMax(row.lastLabelCell + 1, int(row.cells.size()) - count);
    m_valueStart = start;
    // More numbers after the label than the row has columns: which of them belong where is
    // not known, and none is read (the row is then named by import.incomplete). Empty cells
    // before them are merged cells and padding, not values.
    for (int i = row.lastLabelCell + 1; i < start; ++i) {
        if (!row.compact[i].isEmpty())
            return {};
    }
    return row.cells.mid(start);
}

void TableRecognizer::store(TableId table, int r, int c, const QStringList &values, int i)
{
    TableData &data = m_report.table(table);
    if (!data.spec().hasCell(r, c))
        return;
    const QString &text = values[i];
    m_lastRowCells.append({ CellRef { table, r, c }, m_valueStart + i });
    m_rowsRead[static_cast<int>(table)].insert(r);
    data.setStored(r, c, CellValue::parse(TextNormalizer::withoutArtefacts(text)));
    data.setAutomatic(r, c, false); // stated; Report::adoptMatchingTotals() decides later
}

void TableRecognizer::noteWithoutPlace(const QString &label)
{
    QStringList &labels = m_report.importNotes.outdatedWithoutPlace;
    if (!labels.contains(label))
        labels << label;
}

void TableRecognizer::markOutdated(TableId table, const QString &reason)
{
    if (!m_report.importNotes.outdatedTemplateReason.isEmpty())
        return;
    m_report.importNotes.outdatedTemplateReason = reason;
    m_report.importNotes.outdatedTable = table;
}

void TableRecognizer::readProactive(const Row &row)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::Proactive);
    if (anyContains(row.compact, u"第二十条")) {
        m_proactiveColumns.clear();
        m_proactiveOutdated = false;
    }
    for (const char16_t *old : outdatedProactiveLabels) {
        if (anyContains(row.compact, old)) {
            markOutdated(TableId::Proactive, QString::fromUtf16(old));
            m_proactiveOutdated = true;
            // The 2019 header's columns in order: those with a place in the 2021 layout (处理
            // 决定数量) are read below it, the others named as having none.
            m_proactiveColumns.clear();
            for (int i = 0; i < row.compact.size(); ++i) {
                const QString &c = row.compact[i];
                if (c.isEmpty() || c == u"信息内容" || c.startsWith(u"第二十条"))
                    continue;
                const int column = proactiveColumnFor(c);
                m_proactiveColumns << column;
                if (column < 0)
                    noteWithoutPlace(c);
            }
            return;
        }
    }
    // A header row names columns; remember their order for the data rows below it.
    QVector<int> header;
    for (const QString &c : row.compact) {
        const int column = proactiveColumnFor(c);
        if (column >= 0)
            header << column;
    }
    if (!header.isEmpty()) {
        m_proactiveColumns = header;
        m_proactiveOutdated = false;
        return;
    }
    int r = -1;
    for (int i = 0; i < spec.rowCount() && r < 0; ++i) {
        if (row.label == spec.rows[i].label)
            r = i;
    }
    if (m_proactiveOutdated) {
        // Under a 2019 header only the columns that mean what a 2021 column means are read;
        // a 2019 row the 2021 layout lacks (其他对外管理服务事项, 政府集中采购) is named.
        const QStringList values = valueCells(row, int(m_proactiveColumns.size()));
        if (r < 0) {
            if (!row.label.isEmpty() && !values.isEmpty())
                noteWithoutPlace(row.label);
            return;
        }
        for (int i = 0; i < values.size() && i < m_proactiveColumns.size(); ++i) {
            if (m_proactiveColumns[i] >= 0 && spec.hasCell(r, m_proactiveColumns[i]))
                store(TableId::Proactive, r, m_proactiveColumns[i], values, i);
        }
        return;
    }
    if (r < 0)
        return;
    QVector<int> columns;
    for (int c : qAsConst(m_proactiveColumns)) {
        if (spec.hasCell(r, c))
            columns << c;
    }
    if (columns.isEmpty()) {
        for (int c = 0; c < spec.columnCount(); ++c) {
            if (spec.hasCell(r, c))
                columns << c;
        }
    }
    const QStringList values = valueCells(row, columns.size());
    for (int i = 0; i < values.size() && i < columns.size(); ++i)
        store(TableId::Proactive, r, columns[i], values, i);
}

void TableRecognizer::readApplications(const Row &row)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
    // Header rows: the first names 自然人 / 法人或其他组织 / 总计, the second the five kinds
    // of organisation. Their order gives the order of the numbers in every data row.
    bool isHeader = false;
    for (const char16_t *h :
         { u"自然人", u"法人或其他组织", u"商业企业", u"科研机构", u"社会公益组织", u"法律服务机构" }) {
        if (row.compact.contains(QString::fromUtf16(h)))
            isHeader = true;
    }
    if (isHeader) {
        QVector<int> columns;
        bool group = false;
        for (const QString &c : row.compact) {
            if (c == u"法人或其他组织") {
                columns << -1;
                group = true;
                continue;
            }
            const int column = applicationColumnFor(c);
            if (column >= 0)
                columns << column;
        }
        // The kinds of organisation belong under 法人或其他组织, also when a layout puts
        // them in the same row as the top-level headers.
        QVector<int> top, leaves;
        for (int c : qAsConst(columns)) {
            if (c >= 0 && !spec.columns[c].groupLabel.isEmpty())
                leaves << c;
            else
                top << c;
        }
        if (group || top.contains(spec.columnIndex(u"natural")))
            m_applicationTop = top;
        if (!leaves.isEmpty())
            m_applicationLeaves = leaves;
        return;
    }
    if (row.label.isEmpty())
        return;

    int r = applicationRowFor(row.label);
    QString label = row.label;
    if (r < 0) {
        // "3.其他" under （六）其他处理; in the 2019 layout （六）其他处理 has numbers itself.
        for (const char16_t *group : { u"（六）其他处理", u"(六)其他处理", u"三、本年度办理结果" })
            label.remove(QString::fromUtf16(group));
        if (label.isEmpty() && row.label.contains(u"其他处理")) {
            // In the 2019 layout （六）其他处理 has numbers of its own; alone it is a label.
            bool numbers = false;
            for (const QString &v : valueCells(row, spec.columnCount()))
                numbers |= CellValue::parse(v).isNumber();
            if (numbers) {
                markOutdated(TableId::Applications, QStringLiteral("（六）其他处理"));
                noteWithoutPlace(QStringLiteral("（六）其他处理"));
            }
            return;
        }
        static const QRegularExpression numbering(QStringLiteral("^[0-9０-９]+[.．、]"));
        label.remove(numbering);
        if (label == u"其他")
            r = spec.rowIndex(u"otherOther");
    }
    if (r < 0) {
        // A row of numbers whose label is not one of the layout's (a typo in the agency's own
        // table, a label cut by a page break): placed later by the rows recognised around it.
        if (hasFullValues(row, spec.columnCount())) {
            m_unplacedRows.append(row);
            return;
        }
        // The rest of such a row's label on the next page, without numbers ("3.要求提供公开出"
        // above a page break, "版物" below it): the joined label names the row.
        bool numbers = false;
        for (int i = row.lastLabelCell + 1; i < row.compact.size(); ++i)
            numbers |= !row.compact[i].isEmpty();
        if (!m_unplacedRows.isEmpty() && !numbers) {
            Row joined = m_unplacedRows.last();
            joined.label += row.label;
            if (const int jr = applicationRowFor(joined.label); jr >= 0) {
                m_unplacedRows.removeLast();
                placeRowsBefore(jr);
                storeApplicationRow(joined, jr);
                m_lastApplicationRow = jr;
            }
        }
        return;
    }
    placeRowsBefore(r);
    storeApplicationRow(row, r);
    m_lastApplicationRow = r;
}

bool TableRecognizer::hasFullValues(const Row &row, int count) const
{
    if (row.label.isEmpty() || row.cells.size() - (row.lastLabelCell + 1) < count)
        return false;
    for (int i = row.lastLabelCell + 1; i < row.cells.size(); ++i) {
        if (!CellValue::parse(row.compact[i]).isNumber())
            return false;
    }
    return true;
}

void TableRecognizer::storeApplicationRow(const Row &row, int r)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::Applications);
    QVector<int> order;
    for (int c : qAsConst(m_applicationTop)) {
        if (c >= 0)
            order << c;
        else
            order << m_applicationLeaves;
    }
    QVector<int> defaults;
    for (int c = 0; c < spec.columnCount(); ++c)
        defaults << c;
    if (order.size() != spec.columnCount())
        order = defaults; // the header was not understood: the printed order
    const QStringList values = valueCells(row, order.size());
    for (int i = 0; i < values.size(); ++i)
        store(TableId::Applications, r, order[i], values, i);
}

void TableRecognizer::placeRowsBefore(int r)
{
    const QVector<Row> unplaced = std::exchange(m_unplacedRows, {});
    if (unplaced.isEmpty())
        return;
    // Only where the rows between two recognised ones are exactly as many as the layout has
    // there: then each one's place is certain. Otherwise they stay unread, and named.
    const int first = m_lastApplicationRow + 1;
    if (m_lastApplicationRow < 0 || r - first != unplaced.size())
        return;
    for (int i = 0; i < unplaced.size(); ++i) {
        if (m_rowsRead[static_cast<int>(TableId::Applications)].contains(first + i))
            return;
    }
    for (int i = 0; i < unplaced.size(); ++i) {
        storeApplicationRow(unplaced[i], first + i);
        m_report.importNotes.rowsReadByPlace.append({ TableId::Applications, first + i, unplaced[i].label });
    }
}

void TableRecognizer::finish()
{
    // The last rows of table 三 with unrecognised labels: placed when they are exactly the
    // rows the layout has after the last recognised one.
    const int rows = ReportTemplate::official().table(TableId::Applications).rowCount();
    if (!m_unplacedRows.isEmpty() && m_lastApplicationRow >= 0
        && rows - (m_lastApplicationRow + 1) == m_unplacedRows.size())
        placeRowsBefore(rows);
    m_unplacedRows.clear();
}

void TableRecognizer::readReviewLitigation(const Row &row)
{
    const TableSpec &spec = ReportTemplate::official().table(TableId::ReviewLitigation);
    QVector<int> groups;
    QVector<int> leaves;
    for (const QString &c : row.compact) {
        const int g = reviewGroupFor(c);
        if (g >= 0)
            groups << g;
        const int leaf = reviewLeafFor(c);
        if (leaf >= 0)
            leaves << leaf;
    }
    // Header rows: group names (行政复议, 未经复议直接起诉, 复议后起诉) and the five result
    // columns under each. Groups are collected across header rows in the order they appear.
    if (!groups.isEmpty() && leaves.isEmpty() && row.lastLabelCell == row.cells.size() - 1) {
        for (int g : groups) {
            if (!m_reviewGroups.contains(g))
                m_reviewGroups << g;
        }
        return;
    }
    const bool endsInAValue = row.lastLabelCell < row.cells.size() - 1 && !row.compact.last().isEmpty();
    if (!leaves.isEmpty() && row.label.size() > 0 && !endsInAValue) {
        for (int g : groups) {
            if (!m_reviewGroups.contains(g))
                m_reviewGroups << g;
        }
        if (m_reviewLeaves.isEmpty()) {
            for (int leaf : leaves) {
                if (!m_reviewLeaves.contains(leaf))
                    m_reviewLeaves << leaf;
            }
        }
        return;
    }

    QVector<int> leafOrder = m_reviewLeaves;
    if (leafOrder.size() != spec.columnCount()) {
        leafOrder.clear();
        for (int c = 0; c < spec.columnCount(); ++c)
            leafOrder << c;
    }
    // A row per group ("行政复议 | 0 | 0 | 0 | 0 | 0") in some layouts.
    if (groups.size() == 1) {
        const QStringList values = valueCells(row, leafOrder.size());
        for (int i = 0; i < values.size(); ++i)
            store(TableId::ReviewLitigation, groups.first(), leafOrder[i], values, i);
        return;
    }
    QVector<int> groupOrder = m_reviewGroups;
    if (groupOrder.size() != spec.rowCount()) {
        groupOrder.clear();
        for (int r = 0; r < spec.rowCount(); ++r)
            groupOrder << r;
    }
    const int count = groupOrder.size() * leafOrder.size();
    const QStringList values = valueCells(row, count);
    if (values.size() < leafOrder.size())
        return;
    for (int i = 0; i < values.size(); ++i)
        store(TableId::ReviewLitigation, groupOrder[i / leafOrder.size()], leafOrder[i % leafOrder.size()],
              values, i);
}

} // namespace nianbao
