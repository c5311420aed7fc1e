#include "CheckCommand.h"

#include "FormatRegistry.h"
#include "Report.h"
#include "RuleEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace nianbao {

namespace {

QString locationText(const Location &l)
{
    const QJsonObject o = l.toJson();
    QStringList parts;
    for (const char *key : { "table", "row", "column", "section", "paragraph", "field" }) {
        const QString k = QString::fromLatin1(key);
        if (o.contains(k))
            parts << o.value(k).toString();
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

int CheckCommand::run(const Options &options, QTextStream &out, QTextStream &err)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    int status = 0;

    std::optional<Report> previous;
    if (!options.previous.isEmpty()) {
        Report last;
        FormatError error;
        if (!registry.readFile(options.previous, last, error)) {
            err << error.message() << Qt::endl;
            return 2; // without last year's report the cross-year rules cannot run as asked
        }
        previous = last;
    }

    QJsonArray results;
    for (const QString &file : options.files) {
        Report report;
        FormatError error;
        if (!registry.readFile(file, report, error)) {
            err << error.message() << Qt::endl;
            status = 2;
            continue;
        }
        const Findings findings = RuleEngine::check(report, previous ? &*previous : nullptr);
        int errors = 0, warnings = 0, infos = 0;
        for (const Finding &f : findings) {
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
            infos += f.severity == Severity::Info;
        }
        if (errors > 0 && status == 0)
            status = 1;

        if (options.json) {
            QJsonArray list;
            for (const Finding &f : findings)
                list.append(f.toJson());
            results.append(QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("findings"), list } });
            continue;
        }
        for (const Finding &f : findings) {
            out << file << QStringLiteral(": ") << severityKey(f.severity) << QStringLiteral(" ") << f.rule
                << QStringLiteral(" [") << locationText(f.location) << QStringLiteral("] ") << f.message << Qt::endl;
        }
        out << file << QStringLiteral(": ")
            << QCoreApplication::translate("nianbao::CheckCommand", "%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(infos) << Qt::endl;
    }
    if (options.json)
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    out.flush();
    return status;
}

} // namespace nianbao
