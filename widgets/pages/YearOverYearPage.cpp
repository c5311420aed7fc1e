#include "widgets/pages/YearOverYearPage.h"

#include "document/ComparisonMemo.h"
#include "document/ReportDocument.h"
#include "rules/YearComparison.h"
#include "widgets/pages/SaveAsDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

/// A numeric cell that sorts as a number and shows as text.
QTableWidgetItem *numberItem(const QString &text, double sortKey)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, sortKey);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

YearOverYearPage::YearOverYearPage(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_status(new QLabel(this))
    , m_rates(new QLabel(this))
    , m_export(new QPushButton(tr("Export Comparison…"), this))
    , m_changes(new QTableWidget(this))
    , m_repeated(new QListWidget(this))
{
    setObjectName(QStringLiteral("yearOverYearPage"));
    m_status->setObjectName(QStringLiteral("yearOverYearStatus"));
    m_rates->setObjectName(QStringLiteral("repetitionRates"));
    m_changes->setObjectName(QStringLiteral("yearOverYearChanges"));
    m_repeated->setObjectName(QStringLiteral("repeatedSentences"));
    m_status->setWordWrap(true);
    m_rates->setWordWrap(true);
    m_rates->setTextFormat(Qt::PlainText);
    m_changes->setColumnCount(5);
    m_changes->setHorizontalHeaderLabels(
        { tr("Figure"), tr("Last year"), tr("This year"), tr("Change"), tr("Change %") });
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_repeated->setWordWrap(true);

    m_export->setObjectName(QStringLiteral("exportComparisonButton"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_export);
    layout->addLayout(top);
    layout->addWidget(m_rates);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_changes);
    auto *repeatedBox = new QWidget(split);
    auto *repeatedLayout = new QVBoxLayout(repeatedBox);
    repeatedLayout->setContentsMargins(0, 0, 0, 0);
    repeatedLayout->addWidget(new QLabel(tr("Sentences found again in last year's report:"), repeatedBox));
    repeatedLayout->addWidget(m_repeated);
    split->addWidget(repeatedBox);
    layout->addWidget(split, 1);

    connect(m_export, &QPushButton::clicked, this, &YearOverYearPage::exportDialog);
    connect(m_changes, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_changes->item(row, 0))
            emit placeRequested(item->data(Qt::UserRole).value<ReportPlace>());
    });
    connect(m_repeated, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit placeRequested(item->data(Qt::UserRole).value<ReportPlace>());
    });
    // Every edit and an attached or removed last year's report change the findings.
    connect(m_document, &ReportDocument::findingsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void YearOverYearPage::refresh()
{
    const std::optional<Report> &last = m_document->previousYear();
    const bool attached = last.has_value();
    m_rates->setVisible(attached);
    m_export->setEnabled(attached);
    m_changes->setVisible(attached);
    m_repeated->parentWidget()->setVisible(attached);
    if (!attached) {
        m_status->setText(
            tr("No report of last year is attached. Attach one (File ▸ Attach Last Year's Report…) "
               "to see how every figure moved and which sentences were copied."));
        return;
    }
    QString why;
    m_status->setText(YearComparison::consecutive(*last, m_document->report(), &why)
                          ? tr("Compared with %1's report for %2.").arg(last->agency).arg(last->year)
                          : tr("The attached report is not last year's report of this agency: %1.").arg(why));
    refreshChanges();
    refreshProse();
}

bool YearOverYearPage::exportTo(const QString &path, QString *error) const
{
    const std::optional<Report> &last = m_document->previousYear();
    if (!last) {
        *error = tr("No report of last year is attached.");
        return false;
    }
    FormatError failure;
    const YearComparison comparison = YearComparison::compare(*last, m_document->report());
    if (ComparisonMemo::write(comparison, QString(), m_document->filePath(), path, failure))
        return true;
    *error = failure.message();
    return false;
}

void YearOverYearPage::exportDialog()
{
    const Report &r = m_document->report();
    const QString path = SaveAsDialog::ask(this, tr("Export Comparison"), m_document->filePath(),
                                           QStringLiteral("%1%2年度对比.docx").arg(r.agency).arg(r.year),
                                           tr("Word memo (*.docx);;PDF memo (*.pdf);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Comparison"), error);
}

void YearOverYearPage::refreshChanges()
{
    const Report &now = m_document->report();
    const Report &last = *m_document->previousYear();
    struct Row
    {
        CellRef cell;
        CellValue before, after;
        double change = 0;
    };
    QVector<Row> rows;
    for (const TableSpec &spec : ReportTemplate::official().tables()) {
        for (int r = 0; r < spec.rowCount(); ++r) {
            for (int c = 0; c < spec.columnCount(); ++c) {
                if (!spec.hasCell(r, c))
                    continue;
                const CellRef ref { spec.id, r, c };
                Row row { ref, last.value(ref), now.value(ref), 0 };
                if (row.before.isNumber() && row.after.isNumber())
                    row.change = row.after.number() - row.before.number();
                rows.append(row);
            }
        }
    }
    // The largest changes first, as in `nianbao compare`.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return std::fabs(a.change) > std::fabs(b.change); });
    m_changes->setUpdatesEnabled(false);
    m_changes->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const TableSpec &spec = ReportTemplate::official().table(row.cell.table);
        auto *name = new QTableWidgetItem(QStringLiteral("%1 · %2 · %3")
                                              .arg(ReportTemplate::sectionTitle(spec.section),
                                                   spec.rows[row.cell.row].label,
                                                   spec.columns[row.cell.column].label));
        name->setData(Qt::UserRole, QVariant::fromValue(ReportPlace::ofCell(row.cell)));
        m_changes->setItem(i, 0, name);
        m_changes->setItem(i, 1, numberItem(CellValue::figure(row.before), 0));
        m_changes->setItem(i, 2, numberItem(CellValue::figure(row.after), 0));
        const bool both = row.before.isNumber() && row.after.isNumber();
        m_changes->setItem(i, 3,
                           numberItem(both ? (row.change > 0 ? QStringLiteral("+") : QString())
                                              + CellValue::figure(row.change)
                                           : QString(),
                                      row.change));
        const bool percent = both && row.before.number() != 0;
        m_changes->setItem(
            i, 4,
            numberItem(percent ? QStringLiteral("%1%").arg(row.change / row.before.number() * 100, 0, 'f', 1)
                               : QString(),
                       0));
    }
    m_changes->setUpdatesEnabled(true);
}

void YearOverYearPage::refreshProse()
{
    const Report &now = m_document->report();
    const ProseRepetition prose = ProseRepetition::measureAgainst(now, m_document->previousYearSentences());
    QStringList rates;
    for (int s = 0; s < SectionCount; ++s) {
        if (const std::optional<double> rate = prose.sections[s])
            rates << QStringLiteral("%1 %2%")
                         .arg(ReportTemplate::sectionHeading(static_cast<SectionId>(s)).left(1))
                         .arg(qRound(*rate * 100));
    }
    if (prose.overall)
        rates << tr("whole report %1%").arg(qRound(*prose.overall * 100));
    m_rates->setText(tr("Text repeated from last year: %1").arg(rates.join(QStringLiteral(" · "))));
    m_repeated->clear();
    for (const ProseRepetition::Sentence &r : prose.repeated) {
        const Section &section = now.section(r.section);
        const QVector<Paragraph> &paragraphs
            = r.subsection >= 0 ? section.subsections[r.subsection].paragraphs : section.paragraphs;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1　%2").arg(ReportTemplate::sectionHeading(r.section).left(1), r.quote),
            m_repeated);
        item->setData(Qt::UserRole,
                      QVariant::fromValue(
                          ReportPlace::ofParagraph(r.section, paragraphs[r.paragraph].anchor, r.quote)));
    }
}

} // namespace nianbao
