#include "widgets/findings/ErrorsQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace nianbao {

namespace {

constexpr int Named = 5; // the first ones by name; the dock lists them all

} // namespace

QString ErrorsQuestion::text(const Findings &findings, const Annotations &comments, bool openComments)
{
    QStringList errors;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            errors << f.message;
    }
    QStringList open;
    if (openComments) {
        for (const Annotation &a : comments) {
            if (!a.resolved)
                open << a.text;
        }
    }
    if (errors.isEmpty() && open.isEmpty())
        return QString();
    QStringList lines;
    if (!errors.isEmpty()) {
        lines << tr("The report has %n error(s):", nullptr, int(errors.size()));
        for (const QString &e : errors.mid(0, Named))
            lines << QStringLiteral("  • ") + e;
        if (errors.size() > Named)
            lines << tr("  … and %n more", nullptr, int(errors.size()) - Named);
    }
    if (!open.isEmpty()) {
        lines << tr("%n comment(s) are still open:", nullptr, int(open.size()));
        for (const QString &c : open.mid(0, Named))
            lines << QStringLiteral("  • ") + c;
        if (open.size() > Named)
            lines << tr("  … and %n more", nullptr, int(open.size()) - Named);
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<ReportPlace> ErrorsQuestion::firstPlace(const Findings &findings, const Annotations &comments,
                                                      bool openComments, QString *commentId)
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            return f.location;
    }
    for (const Annotation &a : comments) {
        if (openComments && !a.resolved) {
            if (commentId)
                *commentId = a.id;
            return a.target;
        }
    }
    return std::nullopt;
}

ErrorsQuestion::Answer ErrorsQuestion::ask(QWidget *parent, const QString &step, const Findings &findings,
                                           const Annotations &comments, bool openComments)
{
    const QString said = text(findings, comments, openComments);
    if (said.isEmpty())
        return Answer::GoOn;
    QMessageBox box(QMessageBox::Warning, step, said, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("errorsQuestion"));
    QPushButton *goOn = box.addButton(tr("%1 Anyway").arg(step), QMessageBox::AcceptRole);
    goOn->setObjectName(QStringLiteral("goOnButton"));
    QPushButton *first = box.addButton(tr("Go to the First"), QMessageBox::ActionRole);
    first->setObjectName(QStringLiteral("goToFirstButton"));
    box.setDefaultButton(first);
    box.exec();
    if (box.clickedButton() == goOn)
        return Answer::GoOn;
    if (box.clickedButton() == first)
        return Answer::GoToFirst;
    return Answer::Cancel;
}

} // namespace nianbao
