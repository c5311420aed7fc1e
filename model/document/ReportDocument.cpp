#include "document/ReportDocument.h"

#include "base/TextNormalizer.h"
#include "document/ReportCommands.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

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

} // namespace

QString reportFieldKey(ReportField field)
{
    switch (field) {
    case ReportField::Agency:
        return QStringLiteral("agency");
    case ReportField::Year:
        return QStringLiteral("year");
    case ReportField::Title:
        return QStringLiteral("title");
    case ReportField::BodyKind:
        return QStringLiteral("bodyKind");
    case ReportField::SignatureOrganization:
        return QStringLiteral("signature.organization");
    case ReportField::SignatureDate:
        return QStringLiteral("signature.date");
    }
    return QString();
}

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    recheck();
}

void ReportDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void ReportDocument::load(const Report &report, const QString &filePath)
{
    m_report = report;
    m_report.assignMissingAnchors();
    m_undo.clear();
    setFilePath(filePath);
    recheck();
    emit reportReset();
    emit modifiedChanged(false);
}

void ReportDocument::markSaved(const QString &filePath)
{
    setFilePath(filePath);
    m_undo.setClean();
}

void ReportDocument::setPreviousYear(const std::optional<Report> &previous)
{
    m_previous = previous;
    recheck();
}

void ReportDocument::recheck()
{
    m_findings = RuleEngine::check(m_report, m_previous ? &*m_previous : nullptr);
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
    emit textChanged();
    recheck();
}

void ReportDocument::notifyStructureChanged()
{
    emit structureChanged();
    recheck();
}

void ReportDocument::notifyContentReplaced()
{
    recheck();
    emit reportReset();
}

void ReportDocument::replaceContent(const Report &report, const QString &description)
{
    Report after = report;
    after.assignMissingAnchors();
    m_undo.push(new ReportChangeCommand(this, after, description, ReportChangeCommand::Kind::Whole));
}

void ReportDocument::setCell(const CellRef &cell, const CellValue &value, int editSession)
{
    setCells({ { cell, value } }, tr("Edit cell"), editSession);
}

void ReportDocument::setCells(const QVector<QPair<CellRef, CellValue>> &cells, const QString &description,
                              int editSession)
{
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
    }
    return QString();
}

void ReportDocument::setField(ReportField f, const QString &value)
{
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
    }
    m_undo.push(new ReportChangeCommand(this, after, tr("Edit %1").arg(reportFieldKey(f)),
                                        ReportChangeCommand::Kind::Text,
                                        QStringLiteral("field:") + reportFieldKey(f)));
}

void ReportDocument::setAnchoredText(const QString &anchor, const QString &text)
{
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
    Report after = m_report;
    QVector<Paragraph> *ps = paragraphsOf(after, section, subsection);
    if (!ps)
        return;
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && TextNormalizer::trimmed(lines.last()).isEmpty())
        lines.removeLast();
    // Keep each paragraph's anchor while its position holds, so annotations stay put
    // while a person types; new lines get new anchors.
    QVector<Paragraph> updated;
    for (int i = 0; i < lines.size(); ++i) {
        Paragraph p;
        p.text = lines[i];
        p.anchor = i < ps->size() ? (*ps)[i].anchor : after.newAnchor();
        updated.append(p);
    }
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
    if (m_report.section(section).present == present)
        return;
    Report after = m_report;
    after.section(section).present = present;
    m_undo.push(new ReportChangeCommand(this, after, present ? tr("Add section") : tr("Remove section"),
                                        ReportChangeCommand::Kind::Structure));
}

} // namespace nianbao
