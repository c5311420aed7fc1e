#include "widgets/pages/ProseEditor.h"

#include "document/ReportDocument.h"
#include "rules/ProseRepetition.h"
#include "widgets/findings/SeverityStyle.h"

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
    setFocusProxy(m_edit); // a form label's shortcut (&Preamble) lands in the text
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
    connect(document, &ReportDocument::annotationsChanged, this, &ProseEditor::highlightComments);
    connect(document, &ReportDocument::previousYearChanged, this, &ProseEditor::highlightComments);
    connect(document, &ReportDocument::contentLockChanged, this, &ProseEditor::applyLock);
    pull();
}

void ProseEditor::setSubsection(int index)
{
    m_subsection = index;
    pull();
}

const QVector<Paragraph> *ProseEditor::paragraphs() const
{
    const Report &r = m_document->report();
    if (!m_section)
        return &r.preamble;
    if (m_subsection == NoSubsection)
        return nullptr;
    if (m_subsection < 0)
        return &r.section(*m_section).paragraphs;
    if (m_subsection < r.section(*m_section).subsections.size())
        return &r.section(*m_section).subsections[m_subsection].paragraphs;
    return nullptr;
}

ReportPlace ProseEditor::commentTarget() const
{
    const QVector<Paragraph> *ps = paragraphs();
    const QTextCursor cursor = m_edit->textCursor();
    const int block = cursor.block().blockNumber();
    if (!ps || block < 0 || block >= ps->size())
        return ReportPlace::ofSection(m_section);
    // The words marked, within the paragraph the cursor is in.
    QString quote = cursor.selectedText();
    const int cut = int(quote.indexOf(QChar::ParagraphSeparator));
    if (cut >= 0)
        quote = quote.left(cut);
    return ReportPlace::ofParagraph(m_section, (*ps)[block].anchor, quote.trimmed());
}

void ProseEditor::highlightComments()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QVector<Paragraph> *ps = paragraphs();
    QColor colour = SeverityStyle::commentColor();
    colour.setAlphaF(0.25);
    for (const Annotation &a : m_document->report().annotations) {
        if (!ps || a.resolved || a.target.kind != ReportPlace::Kind::Paragraph || a.target.orphaned)
            continue;
        for (int i = 0; i < ps->size(); ++i) {
            if ((*ps)[i].anchor != a.target.anchor)
                continue;
            const QTextBlock block = m_edit->document()->findBlockByNumber(i);
            const int at = a.target.quote.isEmpty() ? -1 : int(block.text().indexOf(a.target.quote));
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            if (at >= 0) {
                selection.cursor.setPosition(block.position() + at);
                selection.cursor.setPosition(block.position() + at + int(a.target.quote.size()),
                                             QTextCursor::KeepAnchor);
            } else {
                selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            }
            selection.format.setBackground(colour);
            selection.format.setToolTip(QStringLiteral("%1：%2").arg(a.author, a.text));
            selections << selection;
        }
    }
    // Sentences found again in last year's report (the 同比 page lists them), marked with a
    // dotted underline: copied text shows where it is written.
    if (ps && m_section && !m_document->previousYearSentences().isEmpty()) {
        Report only; // this editor's paragraphs, measured alone
        only.sections[int(*m_section)].paragraphs = *ps;
        const ProseRepetition prose
            = ProseRepetition::measureAgainst(only, m_document->previousYearSentences());
        for (const ProseRepetition::Sentence &r : prose.repeated) {
            const QTextBlock block = m_edit->document()->findBlockByNumber(r.paragraph);
            if (!block.isValid())
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.cursor.setPosition(block.position() + int(r.start));
            selection.cursor.setPosition(block.position() + int(r.start + r.length), QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(palette().color(QPalette::Link));
            selection.format.setToolTip(tr("This sentence is in last year's report too."));
            selections << selection;
        }
    }
    m_edit->setExtraSelections(selections);
}

QString ProseEditor::modelText() const
{
    const QVector<Paragraph> *ps = paragraphs();
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
    const bool enabled = !m_section || m_subsection == -1
        || (m_subsection >= 0 && m_subsection < m_document->report().section(*m_section).subsections.size());
    m_edit->setEnabled(enabled);
    applyLock(m_document->isContentLocked());
    highlightComments();
}

void ProseEditor::applyLock(bool locked)
{
    m_edit->setReadOnly(locked);
    // Read-only, Qt selects with the mouse only; a reviewer marks the words a comment is on
    // with Shift+arrows too, and the cursor moves with the keys.
    if (locked)
        m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void ProseEditor::push()
{
    if (m_pulling || m_subsection == NoSubsection)
        return;
    m_document->setParagraphs(m_section, m_subsection, m_edit->toPlainText());
}

bool ProseEditor::focusParagraph(const QString &anchor, int from, int length)
{
    const QVector<Paragraph> *ps = paragraphs();
    for (int i = 0; ps && i < ps->size(); ++i) {
        if ((*ps)[i].anchor == anchor) {
            const QTextBlock block = m_edit->document()->findBlockByNumber(i);
            QTextCursor c(block);
            if (from >= 0 && from + length <= block.length() - 1) {
                c.setPosition(block.position() + from);
                c.setPosition(block.position() + from + length, QTextCursor::KeepAnchor);
            } else {
                c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            }
            m_edit->setTextCursor(c);
            m_edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace nianbao
