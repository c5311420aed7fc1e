#include "widgets/pages/NavigationPane.h"

#include "document/AnnotationsModel.h"
#include "document/FindingsModel.h"
#include "document/ReportDocument.h"
#include "widgets/findings/SeverityStyle.h"

#include <QPixmap>
#include <QScrollBar>

namespace nianbao {

NavigationPane::NavigationPane(ReportDocument *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("navigation"));
    m_names << tr("Report information");
    for (int s = 0; s < SectionCount; ++s)
        m_names << ReportTemplate::sectionHeading(static_cast<SectionId>(s));
    // Views of the whole report: beside last year's, and as a 图解.
    m_names << tr("Year over year") << tr("Charts (图解)");
    addItems(m_names);
    setTextElideMode(Qt::ElideNone);
    for (auto signal : { &ReportDocument::findingsChanged, &ReportDocument::annotationsChanged,
                         &ReportDocument::reportReset })
        connect(document, signal, this, &NavigationPane::refresh);
    refresh();
}

void NavigationPane::refresh()
{
    QVector<int> errors(1 + SectionCount, 0), warnings(1 + SectionCount, 0), comments(1 + SectionCount, 0);
    for (const Finding &f : m_document->findings()) {
        errors[FindingsModel::groupOf(f)] += f.severity == Severity::Error;
        warnings[FindingsModel::groupOf(f)] += f.severity == Severity::Warning;
    }
    for (const Annotation &a : m_document->report().annotations) {
        if (a.resolved)
            continue;
        // The report, its fields and the preamble are on 报告信息 (page 0).
        const std::optional<SectionId> section = a.target.sectionShown();
        ++comments[section ? 1 + int(*section) : 0];
    }
    // A page with nothing to say gets an empty icon of the same size, so that every name
    // starts at the same place (without one, Qt draws the text further left: a jagged list).
    QPixmap nothing(iconSize().isValid() ? iconSize() : QSize(16, 16));
    nothing.fill(Qt::transparent);
    const QIcon blank(nothing);
    errors.resize(m_names.size());
    warnings.resize(m_names.size());
    comments.resize(m_names.size());
    for (int i = 0; i < count() && i < m_names.size(); ++i) {
        QListWidgetItem *it = item(i);
        it->setIcon(errors[i] > 0         ? SeverityStyle::icon(Severity::Error)
                        : warnings[i] > 0 ? SeverityStyle::icon(Severity::Warning)
                                          : blank);
        QStringList counts;
        if (errors[i] > 0)
            counts << tr("%n error(s)", nullptr, errors[i]);
        if (warnings[i] > 0)
            counts << tr("%n warning(s)", nullptr, warnings[i]);
        if (comments[i] > 0)
            counts << tr("%n open comment(s)", nullptr, comments[i]);
        it->setText(comments[i] > 0 ? tr("%1 · %n comment(s)", nullptr, comments[i]).arg(m_names[i])
                                    : m_names[i]);
        it->setToolTip(counts.join(QStringLiteral(" · ")));
    }
    // Whole names, never cut off: as wide as the longest item (with its icon and counts).
    setMinimumWidth(sizeHintForColumn(0) + 2 * frameWidth() + verticalScrollBar()->sizeHint().width());
}

} // namespace nianbao
