#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;

namespace nianbao {

class GraphicView;
class ReportDocument;

/// 图表: the report's 图解 as it is published, following every edit, with last year's figures
/// beside this year's when last year's report is attached; exported from here or from
/// File ▸ Export 图解 (SVG, PNG, PDF).
class GraphicPage : public QWidget
{
    Q_OBJECT
public:
    explicit GraphicPage(ReportDocument *document, QWidget *parent = nullptr);

    void refresh();
    /// Asks where, then writes the 图解; false when cancelled or refused (the reason shown).
    bool exportDialog();
    /// Writes the 图解 of the document as it stands, by the path's suffix.
    /// `notice`: what was written short of the whole (an SVG without its font).
    bool exportTo(const QString &path, QString *error, QString *notice = nullptr);

private:
    ReportDocument *m_document;
    GraphicView *m_view;
    QScrollArea *m_scroll;
    QString m_family; ///< the 图解's font, resolved on the first refresh
};

} // namespace nianbao
