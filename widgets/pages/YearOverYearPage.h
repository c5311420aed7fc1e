#pragma once

#include "core/ReportPlace.h"
#include "rules/ProseRepetition.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QListWidget;
class QTableWidget;

namespace nianbao {

class ReportDocument;

/// 同比: the report beside last year's, when last year's is attached (File ▸ Attach Last Year's
/// Report): each section's repetition rate, every figure's change (largest first) and the
/// sentences found again in last year's report. Follows every edit; a double click goes to the
/// cell or the sentence.
class YearOverYearPage : public QWidget
{
    Q_OBJECT
public:
    explicit YearOverYearPage(ReportDocument *document, QWidget *parent = nullptr);

    /// Rebuilds from the document; cheap enough for every keystroke (bench_yearoveryear).
    void refresh();
    /// The 年度对比 memo of the comparison as it stands: .pdf, .docx or .json.
    bool exportTo(const QString &path, QString *error) const;
    void exportDialog();

signals:
    void placeRequested(const nianbao::ReportPlace &place);

private:
    void refreshChanges();
    void refreshProse();

    ReportDocument *m_document;
    QLabel *m_status;
    QLabel *m_rates;
    QPushButton *m_export;
    QTableWidget *m_changes;
    QListWidget *m_repeated;
};

} // namespace nianbao
