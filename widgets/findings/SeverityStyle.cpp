#include "widgets/findings/SeverityStyle.h"

#include "document/FindingsModel.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace nianbao {

namespace {

// Qt's palette has no role for "error" or "warning", so the hue is ours; it is mixed into the
// palette's base colour, so a dark theme gets a dark tint and the text stays readable.
QColor tint(const QColor &hue, qreal strength)
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    return QColor::fromRgbF(base.redF() + (hue.redF() - base.redF()) * strength,
                            base.greenF() + (hue.greenF() - base.greenF()) * strength,
                            base.blueF() + (hue.blueF() - base.blueF()) * strength);
}

} // namespace

QIcon SeverityStyle::icon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QBrush SeverityStyle::cellBackground(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tint(Qt::red, 0.25);
    case Severity::Warning:
        return tint(QColor(255, 200, 0), 0.3);
    case Severity::Info:
        return tint(QApplication::palette().color(QPalette::Highlight), 0.15);
    }
    return {};
}

QBrush SeverityStyle::labelBackground()
{
    return QApplication::palette().brush(QPalette::AlternateBase);
}

QBrush SeverityStyle::computedBackground()
{
    const QPalette palette = QApplication::palette();
    return tint(palette.color(QPalette::Mid), 0.25);
}

QBrush SeverityStyle::changedBackground()
{
    return tint(QApplication::palette().color(QPalette::Link), 0.2);
}

QColor SeverityStyle::commentColor()
{
    // Spreadsheets mark comments in a warm colour; the palette's link-visited role is the one
    // theme colour set apart from text, selection and links.
    return QApplication::palette().color(QPalette::LinkVisited);
}

QVariant FindingIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == 0) {
        const QVariant severity = QIdentityProxyModel::data(index, FindingsModel::SeverityRole);
        if (severity.isValid())
            return SeverityStyle::icon(Severity(severity.toInt()));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace nianbao
