#include "core/ReportTemplate.h"

namespace nianbao {

namespace {

constexpr quint32 bit(int c)
{
    return 1u << c;
}

RowSpec row(const char16_t *key, const char16_t *label, const char16_t *group = u"",
            const char16_t *subgroup = u"", const char16_t *groupKey = u"")
{
    return RowSpec { QString::fromUtf16(key), QString::fromUtf16(label), QString::fromUtf16(group),
                     QString::fromUtf16(subgroup), QString::fromUtf16(groupKey) };
}

ColumnSpec column(const char16_t *key, const char16_t *label, const char16_t *group = u"")
{
    return ColumnSpec { QString::fromUtf16(key), QString::fromUtf16(label), QString::fromUtf16(group) };
}

TableSpec proactiveTable()
{
    TableSpec t;
    t.id = TableId::Proactive;
    t.key = QStringLiteral("proactive");
    t.section = SectionId::Proactive;
    t.columns = {
        column(u"issued", u"本年制发件数"),
        column(u"repealed", u"本年废止件数"),
        column(u"inForce", u"现行有效件数"),
        column(u"decisions", u"本年处理决定数量"),
        column(u"amountWan", u"本年收费金额（单位：万元）"),
    };
    const char16_t *item1 = u"第二十条第（一）项";
    const char16_t *item5 = u"第二十条第（五）项";
    const char16_t *item6 = u"第二十条第（六）项";
    const char16_t *item8 = u"第二十条第（八）项";
    t.rows = {
        row(u"regulations", u"规章", u"", u"", item1),
        row(u"normativeDocuments", u"行政规范性文件", u"", u"", item1),
        row(u"licensing", u"行政许可", u"", u"", item5),
        row(u"penalty", u"行政处罚", u"", u"", item6),
        row(u"enforcement", u"行政强制", u"", u"", item6),
        row(u"fees", u"行政事业性收费", u"", u"", item8),
    };
    const quint32 documents = bit(0) | bit(1) | bit(2);
    t.cellMask = { documents, documents, bit(3), bit(3), bit(3), bit(4) };
    t.computedMask = QVector<quint32>(t.rows.size(), 0);
    t.decimalMask = { 0, 0, 0, 0, 0, bit(4) };
    return t;
}

TableSpec applicationsTable()
{
    TableSpec t;
    t.id = TableId::Applications;
    t.key = QStringLiteral("applications");
    t.section = SectionId::Applications;
    const char16_t *org = u"法人或其他组织";
    t.columns = {
        column(u"natural", u"自然人"),
        column(u"commercial", u"商业企业", org),
        column(u"research", u"科研机构", org),
        column(u"publicInterest", u"社会公益组织", org),
        column(u"legalService", u"法律服务机构", org),
        column(u"otherOrg", u"其他", org),
        column(u"total", u"总计"),
    };
    const char16_t *results = u"三、本年度办理结果";
    const char16_t *withheld = u"（三）不予公开";
    const char16_t *unavailable = u"（四）无法提供";
    const char16_t *notProcessed = u"（五）不予处理";
    const char16_t *other = u"（六）其他处理";
    t.rows = {
        row(u"new", u"一、本年新收政府信息公开申请数量"),
        row(u"carriedIn", u"二、上年结转政府信息公开申请数量"),
        row(u"disclosed", u"（一）予以公开", results),
        row(u"partiallyDisclosed", u"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", results),
        row(u"withheldStateSecret", u"1.属于国家秘密", results, withheld),
        row(u"withheldProhibitedByLaw", u"2.其他法律行政法规禁止公开", results, withheld),
        row(u"withheldSecurityStability", u"3.危及“三安全一稳定”", results, withheld),
        row(u"withheldThirdParty", u"4.保护第三方合法权益", results, withheld),
        row(u"withheldInternalAffairs", u"5.属于三类内部事务信息", results, withheld),
        row(u"withheldProcessInfo", u"6.属于四类过程性信息", results, withheld),
        row(u"withheldEnforcementFile", u"7.属于行政执法案卷", results, withheld),
        row(u"withheldQueryMatter", u"8.属于行政查询事项", results, withheld),
        row(u"unavailableNotHeld", u"1.本机关不掌握相关政府信息", results, unavailable),
        row(u"unavailableNeedsCreation", u"2.没有现成信息需要另行制作", results, unavailable),
        row(u"unavailableUnclear", u"3.补正后申请内容仍不明确", results, unavailable),
        row(u"notProcessedPetition", u"1.信访举报投诉类申请", results, notProcessed),
        row(u"notProcessedDuplicate", u"2.重复申请", results, notProcessed),
        row(u"notProcessedPublication", u"3.要求提供公开出版物", results, notProcessed),
        row(u"notProcessedExcessive", u"4.无正当理由大量反复申请", results, notProcessed),
        row(u"notProcessedConfirmation", u"5.要求行政机关确认或重新出具已获取信息", results, notProcessed),
        row(u"otherNoCorrection", u"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            results, other),
        row(u"otherUnpaidFee", u"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            results, other),
        row(u"otherOther", u"3.其他", results, other),
        row(u"processedTotal", u"（七）总计", results),
        row(u"carriedOut", u"四、结转下年度继续办理"),
    };
    const quint32 all = (1u << t.columns.size()) - 1;
    t.cellMask = QVector<quint32>(t.rows.size(), all);
    t.computedMask = QVector<quint32>(t.rows.size(), bit(6));
    t.computedMask[t.rowIndex(u"processedTotal")] = all;
    t.decimalMask = QVector<quint32>(t.rows.size(), 0);
    return t;
}

TableSpec reviewLitigationTable()
{
    TableSpec t;
    t.id = TableId::ReviewLitigation;
    t.key = QStringLiteral("reviewLitigation");
    t.section = SectionId::ReviewLitigation;
    t.columns = {
        column(u"upheld", u"结果维持"),  column(u"corrected", u"结果纠正"), column(u"other", u"其他结果"),
        column(u"pending", u"尚未审结"), column(u"total", u"总计"),
    };
    const char16_t *litigation = u"行政诉讼";
    t.rows = {
        row(u"reconsideration", u"行政复议"),
        row(u"litigationDirect", u"未经复议直接起诉", litigation),
        row(u"litigationAfterReconsideration", u"复议后起诉", litigation),
    };
    const quint32 all = (1u << t.columns.size()) - 1;
    t.cellMask = QVector<quint32>(t.rows.size(), all);
    t.computedMask = QVector<quint32>(t.rows.size(), bit(4));
    t.decimalMask = QVector<quint32>(t.rows.size(), 0);
    return t;
}

} // namespace

int TableSpec::rowIndex(QStringView k) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].key == k)
            return i;
    }
    return -1;
}

int TableSpec::columnIndex(QStringView k) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].key == k)
            return i;
    }
    return -1;
}

bool TableSpec::hasCell(int r, int c) const
{
    return r >= 0 && r < rows.size() && c >= 0 && c < columns.size() && (cellMask[r] & bit(c));
}

bool TableSpec::isComputed(int r, int c) const
{
    return hasCell(r, c) && (computedMask[r] & bit(c));
}

bool TableSpec::allowsDecimals(int r, int c) const
{
    return hasCell(r, c) && (decimalMask[r] & bit(c));
}

QString TableSpec::anchor(int r, int c) const
{
    return key + QLatin1Char('/') + rows[r].key + QLatin1Char('/') + columns[c].key;
}

const ReportTemplate &ReportTemplate::official()
{
    static const ReportTemplate instance;
    return instance;
}

ReportTemplate::ReportTemplate()
{
    m_tables[0] = proactiveTable();
    m_tables[1] = applicationsTable();
    m_tables[2] = reviewLitigationTable();
    addIdentities();
}

void ReportTemplate::addIdentities()
{
    const TableSpec &apps = table(TableId::Applications);
    const int totalCol = apps.columnIndex(u"total");
    const int processed = apps.rowIndex(u"processedTotal");
    const int firstResult = apps.rowIndex(u"disclosed");
    const int lastResult = apps.rowIndex(u"otherOther");
    auto cell = [](TableId t, int r, int c) { return CellRef { t, r, c }; };

    // Column sums come first: the processedTotal row's own total is the sum of cells
    // that are themselves computed, and is computed from them.
    for (int c = 0; c < apps.columnCount(); ++c) {
        Identity id;
        id.ruleId = QStringLiteral("applications.processedTotal");
        for (int r = firstResult; r <= lastResult; ++r)
            id.parts.append(cell(TableId::Applications, r, c));
        id.totals = { cell(TableId::Applications, processed, c) };
        id.location = id.totals.first();
        id.computes = c != totalCol;
        m_identities.append(id);
    }
    for (int r = 0; r < apps.rowCount(); ++r) {
        Identity id;
        id.ruleId = QStringLiteral("applications.rowTotal");
        for (int c = 0; c < totalCol; ++c)
            id.parts.append(cell(TableId::Applications, r, c));
        id.totals = { cell(TableId::Applications, r, totalCol) };
        id.location = id.totals.first();
        id.computes = true;
        m_identities.append(id);
    }
    const int newRow = apps.rowIndex(u"new");
    const int carriedIn = apps.rowIndex(u"carriedIn");
    const int carriedOut = apps.rowIndex(u"carriedOut");
    for (int c = 0; c < apps.columnCount(); ++c) {
        Identity id;
        id.ruleId = QStringLiteral("applications.balance");
        id.parts = { cell(TableId::Applications, newRow, c), cell(TableId::Applications, carriedIn, c) };
        id.totals = { cell(TableId::Applications, processed, c), cell(TableId::Applications, carriedOut, c) };
        id.location = cell(TableId::Applications, carriedOut, c);
        m_identities.append(id);
    }
    const TableSpec &rl = table(TableId::ReviewLitigation);
    const int rlTotal = rl.columnIndex(u"total");
    for (int r = 0; r < rl.rowCount(); ++r) {
        Identity id;
        id.ruleId = QStringLiteral("reviewLitigation.total");
        for (int c = 0; c < rlTotal; ++c)
            id.parts.append(cell(TableId::ReviewLitigation, r, c));
        id.totals = { cell(TableId::ReviewLitigation, r, rlTotal) };
        id.location = id.totals.first();
        id.computes = true;
        m_identities.append(id);
    }

    for (int t = 0; t < TableCount; ++t)
        m_computingIndex[t] = QVector<int>(m_tables[t].rowCount() * m_tables[t].columnCount(), -1);
    for (int i = 0; i < m_identities.size(); ++i) {
        const Identity &id = m_identities[i];
        if (!id.computes)
            continue;
        const CellRef &target = id.totals.first();
        const TableSpec &spec = table(target.table);
        m_computingIndex[static_cast<int>(target.table)][target.row * spec.columnCount() + target.column] = i;
    }
}

const Identity *ReportTemplate::computingIdentity(const CellRef &cell) const
{
    const TableSpec &spec = table(cell.table);
    if (!spec.isComputed(cell.row, cell.column))
        return nullptr;
    const int i = m_computingIndex[static_cast<int>(cell.table)][cell.row * spec.columnCount() + cell.column];
    return i >= 0 ? &m_identities[i] : nullptr;
}

QString ReportTemplate::sectionKey(SectionId id)
{
    static const char16_t *keys[]
        = { u"overview", u"proactive", u"applications", u"reviewLitigation", u"problems", u"other" };
    return QString::fromUtf16(keys[static_cast<int>(id)]);
}

int ReportTemplate::sectionIndex(QStringView key)
{
    for (int i = 0; i < SectionCount; ++i) {
        if (sectionKey(static_cast<SectionId>(i)) == key)
            return i;
    }
    return -1;
}

QString ReportTemplate::sectionTitle(SectionId id)
{
    static const char16_t *titles[] = {
        u"总体情况",
        u"主动公开政府信息情况",
        u"收到和处理政府信息公开申请情况",
        u"政府信息公开行政复议、行政诉讼情况",
        u"存在的主要问题及改进情况",
        u"其他需要报告的事项",
    };
    return QString::fromUtf16(titles[static_cast<int>(id)]);
}

QString ReportTemplate::sectionHeading(SectionId id)
{
    static const char16_t *numbers[] = { u"一", u"二", u"三", u"四", u"五", u"六" };
    return QString::fromUtf16(numbers[static_cast<int>(id)]) + QStringLiteral("、") + sectionTitle(id);
}

bool ReportTemplate::sectionHasSubsections(SectionId id)
{
    return id == SectionId::Overview || id == SectionId::Problems;
}

bool ReportTemplate::sectionHasTable(SectionId id, TableId *tableOut)
{
    TableId t;
    switch (id) {
    case SectionId::Proactive:
        t = TableId::Proactive;
        break;
    case SectionId::Applications:
        t = TableId::Applications;
        break;
    case SectionId::ReviewLitigation:
        t = TableId::ReviewLitigation;
        break;
    default:
        return false;
    }
    if (tableOut)
        *tableOut = t;
    return true;
}

QString ReportTemplate::tableKey(TableId id)
{
    return official().table(id).key;
}

int ReportTemplate::tableIndex(QStringView key)
{
    for (int i = 0; i < TableCount; ++i) {
        if (official().tables()[i].key == key)
            return i;
    }
    return -1;
}

QString ReportTemplate::standardPreamble()
{
    return QStringLiteral("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。"
                          "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                          "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
                          "本报告所列数据的统计期限自1月1日起至12月31日止。");
}

} // namespace nianbao
