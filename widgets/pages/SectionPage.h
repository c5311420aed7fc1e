#pragma once

#include "rules/Finding.h"

#include <QWidget>

namespace nianbao {

class GridView;
class ProseEditor;
class ReportDocument;
class SubsectionPanel;

/// The editor page of one of the six sections: its statistics table as a grid (二 三 四),
/// its paragraphs, and its numbered subsections (一 五).
class SectionPage : public QWidget
{
    Q_OBJECT
public:
    SectionPage(ReportDocument *document, SectionId section, QWidget *parent = nullptr);

    SectionId section() const { return m_section; }
    GridView *grid() const { return m_grid; }
    ProseEditor *prose() const { return m_prose; }
    SubsectionPanel *subsections() const { return m_subsections; }

    /// Selects the place a finding names: the cell, or the paragraph, or the section text.
    void show(const ReportPlace &location);

signals:
    void inputRefused(const QString &message);

private:
    ReportDocument *m_document;
    SectionId m_section;
    GridView *m_grid = nullptr;
    ProseEditor *m_prose = nullptr;
    SubsectionPanel *m_subsections = nullptr;
};

} // namespace nianbao
