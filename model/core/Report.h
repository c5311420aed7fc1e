#pragma once

#include "core/Annotation.h"
#include "core/ReportTemplate.h"
#include "core/Review.h"
#include "core/TableData.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <array>

namespace nianbao {

/// A paragraph of prose with a stable anchor. Anchors survive editing, saving and
/// reordering, so that review annotations can attach to a paragraph.
struct Paragraph
{
    QString anchor;
    QString text;
};

/// A numbered subsection of section 一 or 五. The number （一）（二）… is derived from the
/// position, never stored.
struct Subsection
{
    QString anchor;
    QString heading;
    QVector<Paragraph> paragraphs;
};

struct Section
{
    bool present = true;
    QVector<Paragraph> paragraphs;
    QVector<Subsection> subsections;

    bool isEmpty() const;
    /// All prose of the section, paragraphs then subsections (headings included).
    QString plainText() const;
};

struct Signature
{
    QString organization;
    QDate date;
};

/// Whether the report is a department's own report (deadline 31 January) or a
/// government's summary report (deadline 31 March): 《条例》第四十九、五十条.
enum class BodyKind : quint8 { Department, Government };

/// Where a report came from, as far as the rules care: deviations found while importing.
/// Not part of the report's content (an export writes the standard form).
struct ImportNotes
{
    struct Heading
    {
        SectionId section;
        QString asWritten;
    };
    QVector<Heading> nonstandardHeadings;
    /// Set when the table layout is the 2019 trial one; says what gave it away.
    QString outdatedTemplateReason;
    TableId outdatedTable = TableId::Applications;
    /// The 2019 layout's columns and rows whose numbers have no place in the 2021 one (本年新
    /// 公开数量, 其他对外管理服务事项 …): not read, named by template.outdated. Those that have a
    /// place (处理决定数量) are read.
    QStringList outdatedWithoutPlace;

    /// A statistics table the importer could not read whole. Its unread rows are left blank
    /// rather than guessed (rule import.incomplete).
    struct IncompleteTable
    {
        enum class Cause : quint8 {
            NotFound, ///< the rows' labels were not found in the source
            Unplaced, ///< numbers were there, but could not be placed with certainty
            Picture, ///< the table is a picture (a web page's <img>)
        };
        TableId table = TableId::Proactive;
        bool tableFound = false; ///< false: no row of the table was found at all
        QVector<int> missingRows; ///< rows of the official layout (TableSpec::rows) not read
        Cause cause = Cause::NotFound;
    };
    QVector<IncompleteTable> incompleteTables;

    /// A row whose printed label was not recognised, read by its place in the official
    /// layout between recognised rows (rule import.incomplete, as info).
    struct RowByPlace
    {
        TableId table = TableId::Proactive;
        int row = 0;
        QString printedLabel;
    };
    QVector<RowByPlace> rowsReadByPlace;

    /// Review comments and replies whose links in the file were broken (a reply to nothing, to
    /// a page, in a loop; a repeated or shared id): kept as comments on the whole report, and
    /// said in one warning (rule import.incomplete).
    int unthreadedComments = 0;
};

/// Where a summed cell's value came from (`nianbao sum`): a report and its value there
/// (blank: counted as 0).
struct CellSource
{
    QString from; ///< the summed report's agency, or its file when it names none
    CellValue value;

    bool operator==(const CellSource &o) const { return from == o.from && value == o.value; }
};

/// The whole annual report: plain data, cheap to copy, no Qt object machinery. The
/// document class (ReportDocument) wraps it with an undo stack for editing.
class Report
{
public:
    Report();

    QString agency;
    int year = 0;
    QString title;
    BodyKind bodyKind = BodyKind::Department;
    QVector<Paragraph> preamble;
    std::array<Section, SectionCount> sections;
    std::array<TableData, TableCount> tables;
    Signature signature;
    /// Review comments and their replies.
    Annotations annotations;
    /// Submission and review state with its history.
    Review review;
    /// A summary report's cells: the reports and values each was summed from, by the cell's
    /// anchor ("applications/new/natural"). Kept in .nianbao files; empty otherwise.
    QHash<QString, QVector<CellSource>> sources;
    ImportNotes importNotes;

    Section &section(SectionId id) { return sections[static_cast<int>(id)]; }
    const Section &section(SectionId id) const { return sections[static_cast<int>(id)]; }
    TableData &table(TableId id) { return tables[static_cast<int>(id)]; }
    const TableData &table(TableId id) const { return tables[static_cast<int>(id)]; }

    /// The value a reader sees: the stated value, or the computed one for automatic totals.
    CellValue value(const CellRef &cell) const;
    CellValue value(TableId t, int row, int column) const { return value(CellRef { t, row, column }); }
    /// The template's sum for a computed cell, whatever is stated.
    CellValue computedValue(const CellRef &cell) const;

    /// After import: a stated total equal to its computed value becomes automatic, so that
    /// it follows later edits; a different one stays as stated.
    void adoptMatchingTotals();

    /// Every paragraph of prose with the section it belongs to (std::nullopt: the preamble),
    /// in reading order. Headings excluded.
    template<typename Visit> void forEachProseParagraph(Visit visit, bool includePreamble = true) const
    {
        if (includePreamble) {
            for (const Paragraph &p : preamble)
                visit(std::optional<SectionId>(), p);
        }
        for (int s = 0; s < SectionCount; ++s) {
            for (const Paragraph &p : sections[s].paragraphs)
                visit(std::optional<SectionId>(static_cast<SectionId>(s)), p);
            for (const Subsection &sub : sections[s].subsections) {
                for (const Paragraph &p : sub.paragraphs)
                    visit(std::optional<SectionId>(static_cast<SectionId>(s)), p);
            }
        }
    }

    /// A fresh anchor, unique within this report.
    QString newAnchor();
    int anchorCounter() const { return m_nextAnchor; }
    void setAnchorCounter(int next) { m_nextAnchor = next; }
    /// Gives every paragraph and subsection without an anchor one.
    void assignMissingAnchors();

    /// The title standard reports use: agency + year + 政府信息公开工作年度报告; empty until
    /// both the agency and the year are known.
    static QString standardTitle(const QString &agency, int year);

private:
    int m_nextAnchor = 1;
};

/// Content equality: what a reader of the report would see. Anchors and import notes do
/// not count.
bool sameContent(const Report &a, const Report &b);
/// A human-readable account of the first differences, for test failures.
QString describeDifferences(const Report &a, const Report &b, int maxItems = 10);

} // namespace nianbao
