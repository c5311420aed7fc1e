#pragma once

#include "rules/Finding.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace nianbao {

class FindingIconProxy;
class FindingsModel;
class ReportDocument;

/// Every finding of the rules engine, grouped by section, with severity icons. Clicking a
/// finding asks the window to show its place; a stated total that differs from the
/// computed one can be replaced by the computed value from here.
class FindingsDock : public QDockWidget
{
    Q_OBJECT
public:
    FindingsDock(ReportDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }

signals:
    void findingActivated(const nianbao::Finding &finding);
    /// "加为批注": the reviewer wants the finding as a comment on its place.
    void commentRequested(const nianbao::Finding &finding);

private:
    const Finding *currentFinding() const;

    void refresh();
    void updateButton();

    ReportDocument *m_document;
    FindingsModel *m_model;
    FindingIconProxy *m_proxy;
    QTreeView *m_view;
    QLabel *m_detail; ///< the selected finding in full: message, place, rule
    QPushButton *m_useComputed;
    QPushButton *m_addAsComment;
};

} // namespace nianbao
