#pragma once

#include <QListWidget>

namespace nianbao {

class ReportDocument;

/// The pages of a report on the left: 报告信息, then 一 … 六. Each shows what waits there:
/// an error or warning icon, the counts in its tooltip, and the number of open comments.
class NavigationPane : public QListWidget
{
    Q_OBJECT
public:
    NavigationPane(ReportDocument *document, QWidget *parent = nullptr);

    /// Recounts findings and open comments per page.
    void refresh();

private:
    ReportDocument *m_document;
    QStringList m_names;
};

} // namespace nianbao
