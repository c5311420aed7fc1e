#pragma once

#include "core/ReportPlace.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace nianbao {

enum class Severity : quint8 { Error, Warning, Info };

QString severityKey(Severity s); ///< "error", "warning", "info"

/// One result of the rules engine.
struct Finding
{
    QString rule; ///< stable id from rules.md, e.g. applications.rowTotal
    Severity severity = Severity::Error;
    ReportPlace location; ///< the place a reviewer would look
    QString message; ///< in the user's language
    /// A stated total differs from its computed value: the editor can offer to use it.
    bool canUseComputedValue = false;

    QJsonObject toJson() const;
};

using Findings = QVector<Finding>;

} // namespace nianbao
