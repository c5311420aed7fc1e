#pragma once

#include "rules/ReportSum.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace nianbao {

/// Before the desk sums its reports (汇总为新报告): the reports that will be added, each of
/// which can be left out, and what stands in the way, named by file: one agency twice, or
/// reports of different years. The sum can be made only when nothing does.
class SumDialog : public QDialog
{
    Q_OBJECT
public:
    SumDialog(const QVector<ReportSum::Part> &parts, QWidget *parent = nullptr);

    /// The reports left in, in the order given.
    QVector<ReportSum::Part> chosen() const;
    /// Leaves a report out (or puts it back), as unticking it does.
    void setIncluded(int index, bool included);
    /// What stands in the way now, one line each; empty when the sum can be made.
    QStringList problems() const;

private:
    void update();

    QVector<ReportSum::Part> m_parts;
    QListWidget *m_list;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace nianbao
