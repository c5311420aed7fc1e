#include "widgets/desk/SumDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nianbao {

SumDialog::SumDialog(const QVector<ReportSum::Part> &parts, QWidget *parent)
    : QDialog(parent)
    , m_parts(parts)
    , m_list(new QListWidget(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sumDialog"));
    setWindowTitle(tr("Sum into a new report"));
    m_list->setObjectName(QStringLiteral("sumParts"));
    m_problems->setObjectName(QStringLiteral("sumProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sum"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These reports will be added up; untick one to leave it out."), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    for (const ReportSum::Part &p : parts) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2 — %3")
                .arg(p.name, p.report.agency.isEmpty() ? tr("(no agency)") : p.report.agency,
                     p.report.year > 0 ? QString::number(p.report.year) : tr("(no year)")),
            m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_list, &QListWidget::itemChanged, this, &SumDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
    update();
}

QVector<ReportSum::Part> SumDialog::chosen() const
{
    QVector<ReportSum::Part> out;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_parts[i]);
    }
    return out;
}

void SumDialog::setIncluded(int index, bool included)
{
    if (QListWidgetItem *item = m_list->item(index))
        item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
}

QStringList SumDialog::problems() const
{
    QStringList out;
    const QVector<ReportSum::Part> parts = chosen();
    if (parts.isEmpty())
        out << tr("No report is ticked.");
    for (const Finding &f : ReportSum::preflight(parts))
        out << f.message;
    return out;
}

void SumDialog::update()
{
    const QStringList problems = this->problems();
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("Leave a report out first:") + QLatin1Char('\n')
                                + problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace nianbao
