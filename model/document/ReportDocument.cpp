#include "document/ReportDocument.h"

#include "base/TextNormalizer.h"
#include "content/ContentHash.h"
#include "document/ReportCommands.h"
#include "document/ReviewCommands.h"
#include "rules/ProseRepetition.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

#include <algorithm>

namespace nianbao {

namespace {

QVector<Paragraph> *paragraphsOf(Report &report, std::optional<SectionId> section, int subsection)
{
    if (!section)
        return &report.preamble;
    Section &s = report.section(*section);
    if (subsection < 0)
        return &s.paragraphs;
    if (subsection >= s.subsections.size())
        return nullptr;
    return &s.subsections[subsection].paragraphs;
}

// The new paragraphs of an edited block of prose, each keeping the anchor of the paragraph it
// continues, so that a comment follows its paragraph when lines are inserted or removed above
// it: unchanged lines at the start and end keep theirs; in the changed middle an unchanged
// line keeps its own, and the rest pair up in order (a line being typed in); lines beyond
// get new anchors.
QVector<Paragraph> reanchored(const QVector<Paragraph> &old, const QStringList &lines, Report &report)
{
    const int n = int(old.size());
    const int m = int(lines.size());
    int prefix = 0;
    while (prefix < n && prefix < m && old[prefix].text == lines[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && old[n - 1 - suffix].text == lines[m - 1 - suffix])
        ++suffix;
    QVector<Paragraph> out(m);
    for (int i = 0; i < m; ++i)
        out[i].text = lines[i];
    for (int i = 0; i < prefix; ++i)
        out[i].anchor = old[i].anchor;
    for (int i = 0; i < suffix; ++i)
        out[m - 1 - i].anchor = old[n - 1 - i].anchor;
    QVector<bool> used(n, false);
    for (int i = prefix; i < m - suffix; ++i) {
        for (int j = prefix; j < n - suffix; ++j) {
            if (!used[j] && old[j].text == lines[i]) {
                used[j] = true;
                out[i].anchor = old[j].anchor;
                break;
            }
        }
    }
    int j = prefix;
    for (int i = prefix; i < m - suffix; ++i) {
        if (!out[i].anchor.isEmpty())
            continue;
        while (j < n - suffix && used[j])
            ++j;
        if (j < n - suffix) {
            used[j] = true;
            out[i].anchor = old[j++].anchor;
        } else {
            out[i].anchor = report.newAnchor();
        }
    }
    return out;
}

} // namespace

// The undo step's name: words, not the field's key ("撤销 编辑标题", not "撤销 编辑title").
QString ReportDocument::fieldEditName(ReportField field)
{
    switch (field) {
    case ReportField::Agency:
        return tr("Edit agency");
    case ReportField::Year:
        return tr("Edit year");
    case ReportField::Title:
        return tr("Edit title");
    case ReportField::BodyKind:
        return tr("Edit kind of body");
    case ReportField::SignatureOrganization:
        return tr("Edit signature");
    case ReportField::SignatureDate:
        return tr("Edit date");
    case ReportField::Review:
    case ReportField::PreviousYear:
        break; // not edited as fields
    }
    return tr("Edit");
}

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
    recheck();
}

void ReportDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void ReportDocument::load(const Report &report, const QString &filePath, bool heldNowhereElse)
{
    m_heldNowhereElse = heldNowhereElse;
    m_report = report;
    m_report.assignMissingAnchors();
    AnnotationAnchors::bind(m_report);
    placeAnnotations();
    m_undo.clear();
    setFilePath(filePath);
    recheck();
    emit reportReset();
    emit modifiedChanged(isModified());
}

void ReportDocument::markSaved(const QString &filePath)
{
    setFilePath(filePath);
    const bool wasHeldNowhereElse = m_heldNowhereElse;
    m_heldNowhereElse = false;
    m_undo.setClean();
    if (wasHeldNowhereElse)
        emit modifiedChanged(isModified());
}

void ReportDocument::setPreviousYear(const std::optional<Report> &previous)
{
    m_previous = previous;
    // Last year's sentences, gathered once per attached report for the 同比 page, the prose
    // editors' marks and the rules, which run on every keystroke.
    m_previousSentences = previous ? ProseRepetition::sentencesOf(*previous) : QSet<QString>();
    recheck();
    emit previousYearChanged();
}

void ReportDocument::notifyAnnotationsChanged()
{
    placeAnnotations();
    emit annotationsChanged();
}

void ReportDocument::notifyReviewChanged()
{
    emit reviewChanged();
    recheck(); // review.changedSinceSubmission
}

void ReportDocument::placeAnnotations()
{
    // Paragraph comments' indices follow their anchors; a comment whose paragraph is gone
    // becomes orphaned here, keeping the place it was last seen at.
    m_report.annotations = AnnotationAnchors::current(m_report);
}

void ReportDocument::recheck()
{
    m_findings = RuleEngine::check(m_report, m_previous ? &*m_previous : nullptr, &m_previousSentences);
    emit findingsChanged();
}

void ReportDocument::notifyCellChanged(const CellRef &cell)
{
    emit cellChanged(cell);
}

void ReportDocument::notifyCellsDone()
{
    recheck();
}

void ReportDocument::notifyTextChanged()
{
    placeAnnotations();
    emit textChanged();
    recheck();
}

void ReportDocument::notifyStructureChanged()
{
    placeAnnotations();
    emit structureChanged();
    recheck();
}

void ReportDocument::notifyContentReplaced()
{
    placeAnnotations();
    recheck();
    emit reportReset();
}

void ReportDocument::replaceContent(const Report &report, const QString &description)
{
    if (m_contentLocked)
        return;
    Report after = report;
    after.assignMissingAnchors();
    m_undo.push(new ReportChangeCommand(this, after, description, ReportChangeCommand::Kind::Whole));
}

bool ReportDocument::replaceAt(const ReportSearch::Hit &hit, const QString &text, const QString &replacement)
{
    Report after = m_report;
    if (m_contentLocked || !ReportSearch::replaceAt(after, hit, text, replacement))
        return false;
    replaceContent(after, tr("Replace “%1”").arg(text));
    return true;
}

int ReportDocument::replaceAll(const QString &text, const QString &replacement)
{
    Report after = m_report;
    const int count = m_contentLocked ? 0 : ReportSearch::replaceAll(after, text, replacement);
    if (count > 0)
        replaceContent(after, tr("Replace all “%1”").arg(text));
    return count;
}

void ReportDocument::setCell(const CellRef &cell, const CellValue &value, int editSession)
{
    setCells({ { cell, value } }, tr("Edit cell"), editSession);
}

void ReportDocument::setCells(const QVector<QPair<CellRef, CellValue>> &cells, const QString &description,
                              int editSession)
{
    if (m_contentLocked)
        return;
    QVector<SetCellsCommand::Change> changes;
    for (const auto &c : cells) {
        const TableData &t = m_report.table(c.first.table);
        if (!t.spec().hasCell(c.first.row, c.first.column))
            continue;
        if (!t.isAutomatic(c.first.row, c.first.column) && t.stored(c.first.row, c.first.column) == c.second
            && t.stored(c.first.row, c.first.column).text() == c.second.text())
            continue; // nothing changes: no undo step
        // Typing into a computed cell states a value; the rules compare it with the sum.
        changes.append({ c.first, c.second, false });
    }
    if (changes.isEmpty())
        return;
    m_undo.push(new SetCellsCommand(this, changes, description, editSession));
}

void ReportDocument::useComputedValue(const CellRef &cell)
{
    if (m_contentLocked)
        return;
    const TableData &t = m_report.table(cell.table);
    if (!t.spec().isComputed(cell.row, cell.column) || t.isAutomatic(cell.row, cell.column))
        return;
    m_undo.push(
        new SetCellsCommand(this, { { cell, CellValue::blank(), true } }, tr("Use the computed value")));
}

QString ReportDocument::field(ReportField f) const
{
    switch (f) {
    case ReportField::Agency:
        return m_report.agency;
    case ReportField::Year:
        return m_report.year > 0 ? QString::number(m_report.year) : QString();
    case ReportField::Title:
        return m_report.title;
    case ReportField::BodyKind:
        return m_report.bodyKind == BodyKind::Government ? QStringLiteral("government")
                                                         : QStringLiteral("department");
    case ReportField::SignatureOrganization:
        return m_report.signature.organization;
    case ReportField::SignatureDate:
        return m_report.signature.date.isValid() ? m_report.signature.date.toString(Qt::ISODate) : QString();
    case ReportField::Review:
    case ReportField::PreviousYear:
        break; // places findings name, not text fields
    }
    return QString();
}

void ReportDocument::setField(ReportField f, const QString &value)
{
    if (m_contentLocked)
        return;
    if (field(f) == value)
        return;
    Report after = m_report;
    switch (f) {
    case ReportField::Agency:
        after.agency = value;
        break;
    case ReportField::Year:
        after.year = value.toInt();
        break;
    case ReportField::Title:
        after.title = value;
        break;
    case ReportField::BodyKind:
        after.bodyKind = value == u"government" ? BodyKind::Government : BodyKind::Department;
        break;
    case ReportField::SignatureOrganization:
        after.signature.organization = value;
        break;
    case ReportField::SignatureDate:
        after.signature.date = QDate::fromString(value, Qt::ISODate);
        break;
    case ReportField::Review:
    case ReportField::PreviousYear:
        return; // not text fields: the review has its own commands
    }
    m_undo.push(new ReportChangeCommand(this, after, fieldEditName(f), ReportChangeCommand::Kind::Text,
                                        QStringLiteral("field:") + ReportFields::key(f)));
}

void ReportDocument::setAnchoredText(const QString &anchor, const QString &text)
{
    if (m_contentLocked)
        return;
    Report after = m_report;
    bool found = false;
    auto visit = [&](QVector<Paragraph> &ps) {
        for (Paragraph &p : ps) {
            if (p.anchor == anchor) {
                found = p.text != text;
                p.text = text;
            }
        }
    };
    visit(after.preamble);
    for (Section &s : after.sections) {
        visit(s.paragraphs);
        for (Subsection &sub : s.subsections) {
            if (sub.anchor == anchor) {
                found = sub.heading != text;
                sub.heading = text;
            }
            visit(sub.paragraphs);
        }
    }
    if (!found)
        return;
    m_undo.push(new ReportChangeCommand(this, after, tr("Edit text"), ReportChangeCommand::Kind::Text,
                                        QStringLiteral("anchor:") + anchor));
}

void ReportDocument::setParagraphs(std::optional<SectionId> section, int subsection, const QString &text)
{
    if (m_contentLocked)
        return;
    Report after = m_report;
    QVector<Paragraph> *ps = paragraphsOf(after, section, subsection);
    if (!ps)
        return;
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && TextNormalizer::trimmed(lines.last()).isEmpty())
        lines.removeLast();
    const QVector<Paragraph> updated = reanchored(*ps, lines, after);
    bool same = updated.size() == ps->size();
    for (int i = 0; same && i < updated.size(); ++i)
        same = updated[i].text == (*ps)[i].text;
    if (same)
        return;
    *ps = updated;
    const QString key = QStringLiteral("paragraphs:%1:%2")
                            .arg(section ? ReportTemplate::sectionKey(*section) : QStringLiteral("preamble"))
                            .arg(subsection);
    m_undo.push(new ReportChangeCommand(this, after, tr("Edit text"), ReportChangeCommand::Kind::Text, key));
}

void ReportDocument::addSubsection(SectionId section, const QString &heading)
{
    if (m_contentLocked)
        return;
    Report after = m_report;
    Subsection sub;
    sub.anchor = after.newAnchor();
    sub.heading = heading;
    after.section(section).subsections.append(sub);
    m_undo.push(
        new ReportChangeCommand(this, after, tr("Add subsection"), ReportChangeCommand::Kind::Structure));
}

void ReportDocument::removeSubsection(SectionId section, int index)
{
    if (m_contentLocked)
        return;
    Report after = m_report;
    auto &subs = after.section(section).subsections;
    if (index < 0 || index >= subs.size())
        return;
    subs.remove(index);
    m_undo.push(
        new ReportChangeCommand(this, after, tr("Remove subsection"), ReportChangeCommand::Kind::Structure));
}

void ReportDocument::moveSubsection(SectionId section, int from, int to)
{
    if (m_contentLocked)
        return;
    Report after = m_report;
    auto &subs = after.section(section).subsections;
    if (from < 0 || from >= subs.size() || to < 0 || to >= subs.size() || from == to)
        return;
    subs.move(from, to);
    m_undo.push(
        new ReportChangeCommand(this, after, tr("Move subsection"), ReportChangeCommand::Kind::Structure));
}

void ReportDocument::setSectionPresent(SectionId section, bool present)
{
    if (m_contentLocked)
        return;
    if (m_report.section(section).present == present)
        return;
    Report after = m_report;
    after.section(section).present = present;
    m_undo.push(new ReportChangeCommand(this, after, present ? tr("Add section") : tr("Remove section"),
                                        ReportChangeCommand::Kind::Structure));
}

QDateTime ReportDocument::now()
{
    const QDateTime local = QDateTime::currentDateTime();
    // Seconds, with the offset: "2025-01-20T10:15:00+08:00", as the interchange format shows.
    QDateTime t = local.toOffsetFromUtc(local.offsetFromUtc());
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

QString ReportDocument::addAnnotation(const ReportPlace &target, const QString &text)
{
    Annotation a;
    a.id = AnnotationAnchors::newId(m_report);
    a.target = target;
    a.author = m_author;
    a.created = now();
    a.text = text;
    Annotations after = m_report.annotations;
    after.append(a);
    m_undo.push(new AnnotationsCommand(this, after, tr("Add comment")));
    return a.id;
}

const Annotation *ReportDocument::annotation(const QString &id) const
{
    for (const Annotation &a : m_report.annotations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void ReportDocument::changeAnnotation(const QString &id, const QString &description,
                                      const std::function<void(Annotation &)> &change)
{
    Annotations after = m_report.annotations;
    for (Annotation &a : after) {
        if (a.id != id)
            continue;
        const Annotation before = a;
        change(a);
        if (a != before)
            m_undo.push(new AnnotationsCommand(this, after, description));
        return;
    }
}

void ReportDocument::editAnnotation(const QString &id, const QString &text)
{
    changeAnnotation(id, tr("Edit comment"), [&](Annotation &a) { a.text = text; });
}

void ReportDocument::replyToAnnotation(const QString &id, const QString &text)
{
    changeAnnotation(id, tr("Reply to comment"), [&](Annotation &a) {
        a.replies.append({ m_author, now(), text });
    });
}

void ReportDocument::setAnnotationResolved(const QString &id, bool resolved)
{
    changeAnnotation(id, resolved ? tr("Resolve comment") : tr("Reopen comment"),
                     [&](Annotation &a) { a.resolved = resolved; });
}

void ReportDocument::removeAnnotation(const QString &id)
{
    Annotations after = m_report.annotations;
    for (int i = 0; i < after.size(); ++i) {
        if (after[i].id == id) {
            after.remove(i);
            m_undo.push(new AnnotationsCommand(this, after, tr("Delete comment")));
            return;
        }
    }
}

bool ReportDocument::changeReview(ReviewState state, bool allowed, const QString &description)
{
    if (!allowed)
        return false;
    Review after = m_report.review;
    ReviewEvent event;
    event.state = state;
    event.by = m_author;
    event.at = now();
    if (state == ReviewState::Submitted)
        event.contentHash = ContentHash::of(m_report);
    after.state = state;
    after.history.append(event);
    m_undo.push(new ReviewStateCommand(this, after, description));
    return true;
}

bool ReportDocument::submitForReview()
{
    // Also after approval: a corrected report is submitted again, for a new verdict.
    return changeReview(ReviewState::Submitted, m_report.review.state != ReviewState::Submitted,
                        tr("Submit for review"));
}

bool ReportDocument::returnForChanges()
{
    return changeReview(ReviewState::Returned, m_report.review.state == ReviewState::Submitted,
                        tr("Return for changes"));
}

bool ReportDocument::approve()
{
    return changeReview(ReviewState::Approved, m_report.review.state == ReviewState::Submitted,
                        tr("Approve"));
}

bool ReportDocument::changedSinceSubmission() const
{
    // The rules found it already on this change (recheck): hashing the content again on every
    // keystroke of a submitted report, for the warning bar, would do that work twice.
    return std::any_of(m_findings.cbegin(), m_findings.cend(),
                       [](const Finding &f) { return f.rule == u"review.changedSinceSubmission"; });
}

void ReportDocument::setContentLocked(bool locked)
{
    if (locked == m_contentLocked)
        return;
    m_contentLocked = locked;
    emit contentLockChanged(locked);
}

} // namespace nianbao
