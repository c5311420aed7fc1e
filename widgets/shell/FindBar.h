#pragma once

#include "core/ReportSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nianbao {

class ReportDocument;

/// Find and replace over the whole report (Ctrl+F, Ctrl+H), as editors do: the focus stays
/// in the find field while Enter / F3 go to the next match and Shift+Enter / Shift+F3 to
/// the previous one, the count says where ("3 / 12") or 未找到; Esc closes the bar and
/// leaves the match selected. It finds in the prose, subsection headings, fields, the
/// tables' labels and values and the comments; Replace changes the prose, headings and text
/// fields, each replacement (and Replace All) one undo step.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    FindBar(ReportDocument *document, QWidget *parent = nullptr);

    /// Shows the bar with the focus in the find field (the replace row too for Ctrl+H).
    void open(bool withReplace);
    /// Goes to the next (previous) match, wrapping round; false when there is none.
    bool next();
    bool previous();
    bool replaceCurrent();
    int replaceAll();

    int matchCount() const { return int(m_hits.size()); }
    /// 1-based; 0 before the first jump.
    int currentMatch() const { return m_current + 1; }
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

signals:
    /// Show this match (the window selects it); the bar takes the focus back afterwards.
    void hitRequested(const nianbao::ReportSearch::Hit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void research();
    bool go(int step);
    void updateCount();
    void close();

    ReportDocument *m_document;
    QLineEdit *m_find;
    QLabel *m_count;
    QWidget *m_replaceRow;
    QLineEdit *m_replace;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QVector<ReportSearch::Hit> m_hits;
    int m_current = -1;
    bool m_stale = true; ///< the report changed since the hits were found
};

} // namespace nianbao
