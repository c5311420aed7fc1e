#pragma once

#include "core/Report.h"
#include "core/ReportField.h"
#include "core/ReportSearch.h"
#include "rules/Finding.h"

#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace nianbao {

/// A field of the report that holds one line of text (or a date / number as text).

/// The report being edited: the Report, its undo stack, its findings.
///
/// Every change goes through a QUndoCommand on undoStack(); widgets call the small API
/// below (setCell, setParagraphText, …) and never build commands themselves. "Modified" is
/// !undoStack()->isClean(). Findings are recomputed after each change (cheap: see bench/).
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    explicit ReportDocument(QObject *parent = nullptr);

    const Report &report() const { return m_report; }
    QUndoStack *undoStack() { return &m_undo; }
    /// Changed since it was saved, or never saved and held nowhere else (a sum, a pasted
    /// report): closing it asks first.
    bool isModified() const { return !m_undo.isClean() || m_heldNowhereElse; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /// Replaces the whole report (open, new) and clears the undo history. `heldNowhereElse`:
    /// the content exists only here (a sum, a pasted report), so it counts as unsaved.
    void load(const Report &report, const QString &filePath = {}, bool heldNowhereElse = false);
    /// Marks the current state as saved.
    void markSaved(const QString &filePath);

    /// Last year's report, for the cross-year rules; nullopt to detach.
    void setPreviousYear(const std::optional<Report> &previous);
    const std::optional<Report> &previousYear() const { return m_previous; }
    /// Last year's sentences as ProseRepetition compares them; empty without last year's report.
    const QSet<QString> &previousYearSentences() const { return m_previousSentences; }

    const Findings &findings() const { return m_findings; }

    // --- Editing API: each call is one undoable step (typing merges). -----------------
    /// `editSession` > 0 merges consecutive changes of the same cell made while one editor
    /// is open (typing 1, 12, 120) into one undo step.
    void setCell(const CellRef &cell, const CellValue &value, int editSession = 0);
    /// Several cells in one step (a paste).
    void setCells(const QVector<QPair<CellRef, CellValue>> &cells, const QString &description,
                  int editSession = 0);
    /// A stated total follows its computed value again.
    void useComputedValue(const CellRef &cell);
    void setField(ReportField field, const QString &value);
    QString field(ReportField field) const;
    /// The name of the undo step that changes a field, in the user's language.
    static QString fieldEditName(ReportField field);
    /// Text of a paragraph or subsection heading, by anchor.
    void setAnchoredText(const QString &anchor, const QString &text);
    /// Paragraphs of a section (or the preamble with section = nullopt) as one block of
    /// text, a paragraph per line; keeps anchors of paragraphs that stay in place.
    void setParagraphs(std::optional<SectionId> section, int subsection, const QString &text);
    void addSubsection(SectionId section, const QString &heading);
    void removeSubsection(SectionId section, int index);
    void moveSubsection(SectionId section, int from, int to);
    void setSectionPresent(SectionId section, bool present);
    /// The whole content at once, as one undoable step (restoring a recovered session):
    /// undo goes back to what was there, and the document stays modified until saved.
    void replaceContent(const Report &report, const QString &description);
    /// Find's Replace: one match (false when it is no longer there), or every match; each
    /// call one undo step.
    bool replaceAt(const ReportSearch::Hit &hit, const QString &text, const QString &replacement);
    int replaceAll(const QString &text, const QString &replacement);

    // --- Review: comments and the review state (never locked) -------------------------
    /// Who is acting: the author of new comments and replies, and of review steps.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    /// Adds a comment and returns its id.
    QString addAnnotation(const ReportPlace &target, const QString &text);
    const Annotation *annotation(const QString &id) const;
    void editAnnotation(const QString &id, const QString &text);
    void replyToAnnotation(const QString &id, const QString &text);
    void setAnnotationResolved(const QString &id, bool resolved);
    void removeAnnotation(const QString &id);
    /// 提交审阅: state submitted, with the author, the time and the content hash. Allowed from
    /// draft and returned (and again when submitted, after changes).
    bool submitForReview();
    /// 退回修改 and 审核通过: reviewer verdicts on a submitted report.
    bool returnForChanges();
    bool approve();
    /// The content (numbers, prose, fields) as it was submitted differs from what it is now.
    bool changedSinceSubmission() const;

    /// Read-only content for a reviewer: the editing API above does nothing while locked;
    /// comments and review steps still work.
    void setContentLocked(bool locked);
    bool isContentLocked() const { return m_contentLocked; }

    /// The time new comments and review steps get: now, with the local offset (overridable
    /// for tests that compare exact output).
    static QDateTime now();

signals:
    void reportReset();
    void annotationsChanged();
    void reviewChanged();
    void contentLockChanged(bool locked);
    void cellChanged(const nianbao::CellRef &cell);
    void textChanged();
    void structureChanged();
    void findingsChanged();
    /// Last year's report was attached, replaced or removed.
    void previousYearChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    // The commands change the report and say what they changed; nothing else may.
    friend class SetCellsCommand;
    friend class ReportChangeCommand;
    friend class AnnotationsCommand;
    friend class ReviewStateCommand;
    Report &mutableReport() { return m_report; }
    void notifyCellChanged(const CellRef &cell);
    /// After a batch of notifyCellChanged(): re-runs the rules once.
    void notifyCellsDone();
    void notifyTextChanged();
    void notifyStructureChanged();
    /// Everything may have changed: views rebuild as after load().
    void notifyContentReplaced();
    void notifyAnnotationsChanged();
    void notifyReviewChanged();
    void placeAnnotations();
    bool changeReview(ReviewState state, bool allowed, const QString &description);
    void changeAnnotation(const QString &id, const QString &description,
                          const std::function<void(Annotation &)> &change);

    void recheck();

    Report m_report;
    std::optional<Report> m_previous;
    QSet<QString> m_previousSentences;
    Findings m_findings;
    QUndoStack m_undo;
    bool m_heldNowhereElse = false;
    QString m_filePath;
    QString m_author;
    bool m_contentLocked = false;
};

} // namespace nianbao
