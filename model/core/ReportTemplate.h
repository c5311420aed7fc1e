#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace nianbao {

/// The six sections of the 2021 format, in their printed order.
enum class SectionId : quint8 { Overview, Proactive, Applications, ReviewLitigation, Problems, Other };
constexpr int SectionCount = 6;

/// The three statistics tables.
enum class TableId : quint8 { Proactive, Applications, ReviewLitigation };
constexpr int TableCount = 3;

/// A cell of one of the three tables, by index into its TableSpec.
struct CellRef
{
    TableId table = TableId::Applications;
    int row = -1;
    int column = -1;
    bool isValid() const { return row >= 0 && column >= 0; }
    bool operator==(const CellRef &o) const { return table == o.table && row == o.row && column == o.column; }
    bool operator!=(const CellRef &o) const { return !(*this == o); }
};

struct ColumnSpec
{
    QString key;
    QString label; ///< as printed, e.g. 商业企业
    QString groupLabel; ///< the merged header above it, e.g. 法人或其他组织
};

struct RowSpec
{
    QString key;
    QString label; ///< as printed, e.g. 1.属于国家秘密
    QString groupLabel; ///< first-level merged label, e.g. 三、本年度办理结果
    QString subgroupLabel; ///< second-level merged label, e.g. （三）不予公开
    QString groupKey; ///< proactive table: the printed sub-table, e.g. 第二十条第（一）项
};

/// An arithmetic identity of the official template: the sum of `parts` equals the sum of
/// `totals`. Computed totals are identities whose `totals` is the one computed cell;
/// the 勾稽关系 of table 三 is an identity between two sums. The rules engine checks every
/// identity; the document computes every cell that is the target of a `computes` identity.
struct Identity
{
    QString ruleId;
    QVector<CellRef> parts;
    QVector<CellRef> totals;
    CellRef location; ///< where a reviewer looks when it does not hold
    bool computes = false; ///< `totals` has one cell whose value this identity defines
};

/// One statistics table of the official template, as data: labels, keys, which cells
/// exist, which are computed, which may hold decimals.
class TableSpec
{
public:
    TableId id = TableId::Applications;
    QString key; ///< interchange key: proactive, applications, reviewLitigation
    SectionId section = SectionId::Applications;
    QVector<RowSpec> rows;
    QVector<ColumnSpec> columns;

    int rowCount() const { return rows.size(); }
    int columnCount() const { return columns.size(); }
    int rowIndex(QStringView key) const;
    int columnIndex(QStringView key) const;
    bool hasCell(int row, int column) const;
    bool isComputed(int row, int column) const;
    bool allowsDecimals(int row, int column) const;
    /// Stable anchor of a cell, e.g. "applications/new/natural".
    QString anchor(int row, int column) const;

    // Filled by ReportTemplate.
    QVector<quint32> cellMask; ///< per row: bit c set if column c exists in that row
    QVector<quint32> computedMask;
    QVector<quint32> decimalMask;
};

/// The official 2021 template (国办公开办函〔2021〕30号) as data. One immutable instance.
class ReportTemplate
{
public:
    static const ReportTemplate &official();

    const TableSpec &table(TableId id) const { return m_tables[static_cast<int>(id)]; }
    const std::array<TableSpec, TableCount> &tables() const { return m_tables; }
    const QVector<Identity> &identities() const { return m_identities; }
    /// The identity that defines a computed cell, or nullptr.
    const Identity *computingIdentity(const CellRef &cell) const;

    static QString sectionKey(SectionId id);
    static int sectionIndex(QStringView key); ///< -1 if unknown
    /// The standard heading text without its number, e.g. 总体情况.
    static QString sectionTitle(SectionId id);
    /// The standard heading with its number, e.g. 一、总体情况.
    static QString sectionHeading(SectionId id);
    static bool sectionHasSubsections(SectionId id);
    static bool sectionHasTable(SectionId id, TableId *table = nullptr);
    static QString tableKey(TableId id);
    static int tableIndex(QStringView key);

    /// The standard preamble of a new report.
    static QString standardPreamble();

private:
    ReportTemplate();
    void addIdentities();
    std::array<TableSpec, TableCount> m_tables;
    QVector<Identity> m_identities;
    QVector<int> m_computingIndex[TableCount]; ///< row*columns+column → identity index or -1
};

} // namespace nianbao
