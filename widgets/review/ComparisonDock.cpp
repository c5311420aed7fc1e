#include "widgets/review/ComparisonDock.h"

#include "document/ReportDocument.h"
#include "widgets/grid/ReportTableModel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr int LocationRole = Qt::UserRole + 1;

QString valueText(const CellValue &v)
{
    return v.isBlank() ? ComparisonDock::tr("blank") : v.toString();
}

} // namespace

ComparisonDock::ComparisonDock(ReportDocument *document, std::function<QVector<ReportTableModel *>()> grids,
                               QWidget *parent)
    : QDockWidget(tr("Changes"), parent)
    , m_document(document)
    , m_grids(std::move(grids))
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("comparisonDock"));
    m_list->setObjectName(QStringLiteral("changeList"));
    m_summary->setWordWrap(true);
    auto *close = new QPushButton(tr("Stop comparing"), this);
    close->setObjectName(QStringLiteral("stopComparingButton"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(close);
    setWidget(content);
    connect(close, &QPushButton::clicked, this, &ComparisonDock::stop);
    auto activate = [this](QListWidgetItem *item) {
        const int i = item->data(LocationRole).toInt();
        if (i >= 0 && i < m_diff.cells.size())
            emit locationRequested(ReportPlace::ofCell(m_diff.cells[i].cell));
        else if (i >= 1000 && i - 1000 < m_diff.fields.size())
            emit locationRequested(ReportPlace::ofField(
                ReportFields::fromKey(m_diff.fields[i - 1000].field).value_or(ReportField::Title)));
        else if (i >= 2000 && i - 2000 < m_diff.paragraphs.size()) {
            const int s = ReportTemplate::sectionIndex(m_diff.paragraphs[i - 2000].section);
            if (s >= 0)
                emit locationRequested(ReportPlace::ofSection(SectionId(s)));
            else
                emit locationRequested(ReportPlace::ofSection(std::nullopt)); // the preamble
        }
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(document, &ReportDocument::cellChanged, this, &ComparisonDock::refresh);
    for (auto signal :
         { &ReportDocument::textChanged, &ReportDocument::structureChanged, &ReportDocument::reportReset })
        connect(document, signal, this, &ComparisonDock::refresh);
}

void ComparisonDock::compareWith(const Report &other, const QString &name)
{
    m_other = other;
    m_name = name;
    refresh();
    show();
    raise();
}

void ComparisonDock::stop()
{
    m_other.reset();
    refresh();
    hide();
}

void ComparisonDock::refresh()
{
    m_list->clear();
    m_diff = m_other ? ReportDiff::between(*m_other, m_document->report()) : ReportDiff();
    QHash<int, QHash<int, QString>> oldValues; // by table
    for (int i = 0; i < m_diff.cells.size(); ++i) {
        const ReportDiff::Cell &c = m_diff.cells[i];
        const TableSpec &spec = ReportTemplate::official().table(c.cell.table);
        oldValues[int(c.cell.table)].insert(ReportTableModel::cellKey(c.cell), c.before.toString());
        auto *item
            = new QListWidgetItem(tr("%1 · %2: %3 → %4")
                                      .arg(spec.rows[c.cell.row].label, spec.columns[c.cell.column].label,
                                           valueText(c.before), valueText(c.after)),
                                  m_list);
        item->setData(LocationRole, i);
    }
    for (int i = 0; i < m_diff.fields.size(); ++i) {
        const ReportDiff::Field &f = m_diff.fields[i];
        auto *item = new QListWidgetItem(
            tr("%1: %2 → %3").arg(f.field, f.before.toVariant().toString(), f.after.toVariant().toString()),
            m_list);
        item->setData(LocationRole, 1000 + i);
    }
    for (int i = 0; i < m_diff.paragraphs.size(); ++i) {
        const ReportDiff::Paragraph &p = m_diff.paragraphs[i];
        const int s = ReportTemplate::sectionIndex(p.section);
        const QString where = s >= 0 ? ReportTemplate::sectionHeading(SectionId(s)) : tr("Preamble");
        QString what;
        switch (p.op) {
        case ReportDiff::Paragraph::Op::Changed:
            what = tr("paragraph changed: %1").arg(p.after.left(40));
            break;
        case ReportDiff::Paragraph::Op::Inserted:
            what = tr("paragraph added: %1").arg(p.after.left(40));
            break;
        case ReportDiff::Paragraph::Op::Removed:
            what = tr("paragraph removed: %1").arg(p.before.left(40));
            break;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(where, what), m_list);
        item->setToolTip(p.before.isEmpty() ? p.after : tr("Was: %1").arg(p.before));
        item->setData(LocationRole, 2000 + i);
    }
    for (ReportTableModel *model : m_grids())
        model->setComparison(oldValues.value(int(model->table())));
    m_summary->setText(m_other ? tr("Compared with %1: %n change(s).", nullptr, m_list->count()).arg(m_name)
                               : QString());
}

} // namespace nianbao
