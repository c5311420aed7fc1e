#include "widgets/pages/SubsectionPanel.h"

#include "base/ChineseNumerals.h"
#include "document/ReportDocument.h"
#include "widgets/pages/ProseEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace nianbao {

SubsectionPanel::SubsectionPanel(ReportDocument *document, SectionId section, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_section(section)
    , m_list(new QListWidget(this))
    , m_heading(new QLineEdit(this))
    , m_prose(new ProseEditor(document, section, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    const QString key = ReportTemplate::sectionKey(section);
    setObjectName(QStringLiteral("subsections_") + key);
    m_list->setObjectName(QStringLiteral("subsectionList_") + key);
    m_heading->setObjectName(QStringLiteral("subsectionHeading_") + key);
    m_prose->setObjectName(QStringLiteral("subsectionProse_") + key);
    m_prose->editor()->setObjectName(QStringLiteral("subsectionProseEdit_") + key);
    m_heading->setPlaceholderText(tr("Heading without its number, e.g. 主动公开情况"));
    m_list->setMaximumWidth(280);

    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a subsection at the end"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Move the subsection up"));
    m_down->setText(tr("Down"));
    m_down->setToolTip(tr("Move the subsection down"));
    for (QToolButton *b : { m_add, m_remove, m_up, m_down })
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(buttons);
    auto *right = new QFormLayout;
    right->addRow(tr("Heading"), m_heading);
    right->addRow(tr("Text"), m_prose);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_rebuilding)
            return;
        m_prose->setSubsection(row >= 0 ? row : ProseEditor::NoSubsection);
        const auto &subs = m_document->report().section(m_section).subsections;
        m_heading->setText(row >= 0 && row < subs.size() ? subs[row].heading : QString());
        m_heading->setEnabled(row >= 0);
        updateButtons();
    });
    connect(m_heading, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int row = current();
        const auto &subs = m_document->report().section(m_section).subsections;
        if (row >= 0 && row < subs.size())
            m_document->setAnchoredText(subs[row].anchor, text);
    });
    connect(m_add, &QToolButton::clicked, this, [this] {
        m_document->addSubsection(m_section, tr("New subsection"));
        select(m_document->report().section(m_section).subsections.size() - 1);
        m_heading->setFocus();
        m_heading->selectAll();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = current();
        m_document->removeSubsection(m_section, row);
        select(qMin(row, m_document->report().section(m_section).subsections.size() - 1));
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = current();
        m_document->moveSubsection(m_section, row, row - 1);
        select(row - 1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = current();
        m_document->moveSubsection(m_section, row, row + 1);
        select(row + 1);
    });
    connect(document, &ReportDocument::structureChanged, this, &SubsectionPanel::rebuild);
    connect(document, &ReportDocument::textChanged, this, &SubsectionPanel::rebuild);
    connect(document, &ReportDocument::reportReset, this, [this] {
        rebuild();
        select(m_list->count() > 0 ? 0 : -1);
    });
    rebuild();
    select(m_list->count() > 0 ? 0 : -1);
}

int SubsectionPanel::current() const
{
    return m_list->currentRow();
}

void SubsectionPanel::select(int index)
{
    m_list->setCurrentRow(index);
    m_prose->setSubsection(index >= 0 ? index : ProseEditor::NoSubsection);
    const auto &subs = m_document->report().section(m_section).subsections;
    m_heading->setText(index >= 0 && index < subs.size() ? subs[index].heading : QString());
    m_heading->setEnabled(index >= 0);
    updateButtons();
}

void SubsectionPanel::rebuild()
{
    const auto &subs = m_document->report().section(m_section).subsections;
    const int row = current();
    m_rebuilding = true;
    while (m_list->count() > subs.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < subs.size(); ++i) {
        const QString text = ChineseNumerals::subsectionNumber(i) + subs[i].heading;
        if (i < m_list->count()) {
            if (m_list->item(i)->text() != text)
                m_list->item(i)->setText(text);
        } else {
            m_list->addItem(text);
        }
    }
    m_list->setCurrentRow(qMin(row, subs.size() - 1));
    m_rebuilding = false;
    if (row >= 0 && row < subs.size() && !m_heading->hasFocus() && m_heading->text() != subs[row].heading)
        m_heading->setText(subs[row].heading);
    updateButtons();
}

void SubsectionPanel::updateButtons()
{
    const int row = current();
    const int count = m_list->count();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
}

bool SubsectionPanel::focusAnchor(const QString &anchor, int from, int length)
{
    const auto &subs = m_document->report().section(m_section).subsections;
    for (int i = 0; i < subs.size(); ++i) {
        if (subs[i].anchor == anchor) {
            select(i);
            m_heading->setFocus();
            if (from >= 0)
                m_heading->setSelection(from, length);
            return true;
        }
        for (const Paragraph &p : subs[i].paragraphs) {
            if (p.anchor == anchor) {
                select(i);
                return m_prose->focusParagraph(anchor, from, length);
            }
        }
    }
    return false;
}

} // namespace nianbao
