#pragma once

#include "core/Report.h"
#include "core/ReportTemplate.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace nianbao {

class ReportDocument;

/// The paragraphs of a section, a subsection or the preamble, one paragraph per line, in
/// a comfortable multi-line editor with a character count. Every change goes through
/// ReportDocument::setParagraphs (typing merges into one undo step); changes from undo or
/// elsewhere come back into the editor.
class ProseEditor : public QWidget
{
    Q_OBJECT
public:
    /// `section` nullopt means the preamble.
    ProseEditor(ReportDocument *document, std::optional<SectionId> section, QWidget *parent = nullptr);

    /// A subsection's editor while no subsection is chosen (there is none yet): empty and
    /// disabled, never the section's own paragraphs.
    static constexpr int NoSubsection = -2;
    /// Which paragraphs: -1 the section's own, NoSubsection none, otherwise a subsection's.
    void setSubsection(int index);
    int subsection() const { return m_subsection; }
    QPlainTextEdit *editor() const { return m_edit; }
    /// Puts the cursor on the paragraph with this anchor; false if it is not here.
    bool focusParagraph(const QString &anchor, int from = -1, int length = 0);
    /// What a comment made here is on: the paragraph at the cursor, with the selected words
    /// as its quote; the section when there is no paragraph yet.
    ReportPlace commentTarget() const;

private:
    void applyLock(bool locked);
    void pull();
    void push();
    QString modelText() const;
    const QVector<Paragraph> *paragraphs() const;
    /// Commented paragraphs (their quoted words, or the whole line) are highlighted, and
    /// sentences found again in last year's report underlined.
    void highlightComments();

    ReportDocument *m_document;
    std::optional<SectionId> m_section;
    int m_subsection = -1;
    QPlainTextEdit *m_edit;
    QLabel *m_count;
    bool m_pulling = false;
};

} // namespace nianbao
