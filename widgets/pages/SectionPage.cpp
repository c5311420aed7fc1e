#include "widgets/pages/SectionPage.h"

#include "document/ReportDocument.h"
#include "widgets/grid/GridView.h"
#include "widgets/grid/ReportTableModel.h"
#include "widgets/pages/ProseEditor.h"
#include "widgets/pages/SubsectionPanel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace nianbao {

SectionPage::SectionPage(ReportDocument *document, SectionId section, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_section(section)
{
    const QString key = ReportTemplate::sectionKey(section);
    setObjectName(QStringLiteral("page_") + key);
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(ReportTemplate::sectionHeading(section), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *present = new QCheckBox(tr("This section is in the report"), this);
    present->setObjectName(QStringLiteral("present_") + key);
    present->setToolTip(
        tr("Every report must have all six sections; untick only to see what the check says."));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(present);
    layout->addLayout(header);
    auto syncPresent = [this, present] {
        const bool p = m_document->report().section(m_section).present;
        if (present->isChecked() != p)
            present->setChecked(p);
    };
    syncPresent();
    connect(present, &QCheckBox::toggled, this,
            [this](bool on) { m_document->setSectionPresent(m_section, on); });
    connect(document, &ReportDocument::structureChanged, this, syncPresent);
    connect(document, &ReportDocument::reportReset, this, syncPresent);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);

    TableId table;
    if (ReportTemplate::sectionHasTable(section, &table)) {
        auto *model = new ReportTableModel(document, table, this);
        m_grid = new GridView(document, model, splitter);
        connect(m_grid, &GridView::inputRefused, this, &SectionPage::inputRefused);
        splitter->addWidget(m_grid);
    }

    auto *textBox
        = new QGroupBox(m_grid ? tr("Text of this section besides the table") : tr("Text"), splitter);
    auto *textLayout = new QVBoxLayout(textBox);
    m_prose = new ProseEditor(document, section, textBox);
    textLayout->addWidget(m_prose);
    splitter->addWidget(textBox);

    if (ReportTemplate::sectionHasSubsections(section)) {
        auto *subBox = new QGroupBox(tr("Subsections （一）（二）…"), splitter);
        auto *subLayout = new QVBoxLayout(subBox);
        m_subsections = new SubsectionPanel(document, section, subBox);
        subLayout->addWidget(m_subsections);
        splitter->addWidget(subBox);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 3);
    } else if (m_grid) {
        splitter->setStretchFactor(0, 4);
        splitter->setStretchFactor(1, 1);
    }
}

void SectionPage::show(const ReportPlace &location)
{
    if (location.kind == ReportPlace::Kind::Cell && m_grid) {
        m_grid->selectCell(location.cell);
        return;
    }
    if (location.kind == ReportPlace::Kind::Table && m_grid) {
        m_grid->setFocus();
        return;
    }
    const bool anchored = (location.kind == ReportPlace::Kind::Paragraph && !location.orphaned)
        || location.kind == ReportPlace::Kind::SubsectionHeading;
    const QString anchor = anchored ? location.anchor : QString();
    if (!anchor.isEmpty()) {
        if (m_prose->focusParagraph(anchor, location.from, location.length))
            return;
        if (m_subsections && m_subsections->focusAnchor(anchor, location.from, location.length))
            return;
    }
    m_prose->editor()->setFocus(Qt::OtherFocusReason);
}

} // namespace nianbao
