#pragma once

#include "rules/Finding.h"

#include <QBrush>
#include <QIcon>
#include <QIdentityProxyModel>

namespace nianbao {

/// How the editor shows a severity: the style's own message icons, and cell tints drawn from
/// the palette so that they follow a dark or high-contrast theme.
class SeverityStyle
{
public:
    static QIcon icon(Severity severity);
    /// Background of a cell with a finding of this severity.
    static QBrush cellBackground(Severity severity);
    /// Background of a label (header or row title) cell of a grid.
    static QBrush labelBackground();
    /// Background of a computed total.
    static QBrush computedBackground();
    /// Background of a value that differs from the version compared with.
    static QBrush changedBackground();
    /// Colour of the marker of a commented cell and of commented words.
    static QColor commentColor();
};

/// Adds the severity icons to a FindingsModel: the model (document layer) knows no widgets,
/// the view decides how a severity looks.
class FindingIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace nianbao
