#pragma once

#include "core/ReportTemplate.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace nianbao {

enum class Severity : quint8 { Error, Warning, Info };

QString severityKey(Severity s); ///< "error", "warning", "info"

/// The place a reviewer would look: a table cell, a whole table, a section (optionally one
/// paragraph of it), or a report field such as "year" or "signature.date".
struct Location
{
    enum class Kind : quint8 { Cell, Table, Section, Field };
    Kind kind = Kind::Field;
    CellRef cell;
    SectionId section = SectionId::Overview;
    QString field;
    QString paragraphAnchor; ///< optional, with Kind::Section

    static Location ofCell(const CellRef &c);
    static Location ofTable(TableId t);
    static Location ofSection(SectionId s, const QString &paragraphAnchor = {});
    static Location ofField(const QString &field);

    /// As the interchange spec writes it: {"table","row","column"}, {"section"}, {"field"}.
    QJsonObject toJson() const;
    bool operator==(const Location &o) const;
};

/// One result of the rules engine.
struct Finding
{
    QString rule; ///< stable id from rules.md, e.g. applications.rowTotal
    Severity severity = Severity::Error;
    Location location;
    QString message; ///< in the user's language
    /// A stated total differs from its computed value: the editor can offer to use it.
    bool canUseComputedValue = false;

    QJsonObject toJson() const;
};

using Findings = QVector<Finding>;

} // namespace nianbao
