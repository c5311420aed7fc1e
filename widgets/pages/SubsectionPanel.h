#pragma once

#include "core/ReportTemplate.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QToolButton;

namespace nianbao {

class ProseEditor;
class ReportDocument;

/// The numbered subsections of section 一 or 五: a list showing （一）（二）… (numbering
/// derived with ICU, never stored), buttons to add, remove and reorder, the heading of the
/// selected one and its paragraphs.
class SubsectionPanel : public QWidget
{
    Q_OBJECT
public:
    SubsectionPanel(ReportDocument *document, SectionId section, QWidget *parent = nullptr);

    void select(int index);
    int current() const;
    ProseEditor *prose() const { return m_prose; }
    /// Selects the subsection holding this anchor (heading or paragraph); false if none.
    bool focusAnchor(const QString &anchor, int from = -1, int length = 0);

private:
    void rebuild();
    void updateButtons();

    ReportDocument *m_document;
    SectionId m_section;
    QListWidget *m_list;
    QLineEdit *m_heading;
    ProseEditor *m_prose;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_rebuilding = false;
};

} // namespace nianbao
