#include "widgets/ProseEditor.h"

#include "document/ReportDocument.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace nianbao {

ProseEditor::ProseEditor(ReportDocument *document, std::optional<SectionId> section, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_section(section)
    , m_edit(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    const QString key = section ? ReportTemplate::sectionKey(*section) : QStringLiteral("preamble");
    setObjectName(QStringLiteral("prose_") + key);
    m_edit->setObjectName(QStringLiteral("proseEdit_") + key);
    m_edit->setPlaceholderText(tr("One paragraph per line."));
    m_edit->setTabChangesFocus(true);
    m_count->setAlignment(Qt::AlignRight);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_count);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &ProseEditor::push);
    connect(document, &ReportDocument::textChanged, this, &ProseEditor::pull);
    connect(document, &ReportDocument::structureChanged, this, &ProseEditor::pull);
    connect(document, &ReportDocument::reportReset, this, &ProseEditor::pull);
    pull();
}

void ProseEditor::setSubsection(int index)
{
    m_subsection = index;
    pull();
}

QString ProseEditor::modelText() const
{
    const Report &r = m_document->report();
    const QVector<Paragraph> *ps = nullptr;
    if (!m_section) {
        ps = &r.preamble;
    } else if (m_subsection < 0) {
        ps = &r.section(*m_section).paragraphs;
    } else if (m_subsection < r.section(*m_section).subsections.size()) {
        ps = &r.section(*m_section).subsections[m_subsection].paragraphs;
    }
    if (!ps)
        return QString();
    QStringList lines;
    for (const Paragraph &p : *ps)
        lines << p.text;
    return lines.join(QLatin1Char('\n'));
}

void ProseEditor::pull()
{
    const QString text = modelText();
    QString current = m_edit->toPlainText();
    while (current.endsWith(QLatin1Char('\n')))
        current.chop(1);
    if (current != text) {
        // Keep the cursor where it was, as far as the new text allows.
        const int position = m_edit->textCursor().position();
        m_pulling = true;
        m_edit->setPlainText(text);
        QTextCursor c = m_edit->textCursor();
        c.setPosition(qMin(position, text.size()));
        m_edit->setTextCursor(c);
        m_pulling = false;
    }
    int characters = 0;
    for (QChar ch : text)
        characters += !ch.isSpace();
    m_count->setText(tr("%n character(s)", nullptr, characters));
    const bool enabled = !m_section || m_subsection < 0
        || m_subsection < m_document->report().section(*m_section).subsections.size();
    m_edit->setEnabled(enabled);
}

void ProseEditor::push()
{
    if (m_pulling)
        return;
    m_document->setParagraphs(m_section, m_subsection, m_edit->toPlainText());
}

bool ProseEditor::focusParagraph(const QString &anchor)
{
    const Report &r = m_document->report();
    const QVector<Paragraph> *ps = !m_section ? &r.preamble
        : m_subsection < 0                    ? &r.section(*m_section).paragraphs
                                              : &r.section(*m_section).subsections[m_subsection].paragraphs;
    for (int i = 0; i < ps->size(); ++i) {
        if ((*ps)[i].anchor == anchor) {
            const QTextBlock block = m_edit->document()->findBlockByNumber(i);
            QTextCursor c(block);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            m_edit->setTextCursor(c);
            m_edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace nianbao
