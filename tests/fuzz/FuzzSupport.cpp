#include "FuzzSupport.h"

#include "core/ReportLimits.h"
#include "io/FormatRegistry.h"
#include "io/pdf/PdfContentReader.h"
#include "rules/RuleEngine.h"

#include <QBuffer>
#include <QGuiApplication>

#include <cstdlib>

namespace nianbao::fuzz {

void startQt(bool gui)
{
    static int argc = 1;
    static char name[] = "nianbao-fuzz";
    static char *argv[] = { name, nullptr };
    if (QCoreApplication::instance())
        return;
    PdfContentReader::registerAsLocalReader();
    if (gui) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        new QGuiApplication(argc, argv);
    } else {
        new QCoreApplication(argc, argv);
    }
}

void use(const Report &report, unsigned choice)
{
    RuleEngine::check(report, &report);
    // One writer per input, chosen by the input: all four over a campaign, at a quarter of
    // the cost per execution (the DOCX writer's deflate dominates).
    static const char *const files[] = { "x.json", "x.nianbao", "x.txt", "x.docx" };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    FormatError error;
    if (!FormatRegistry::instance()
             .formatForFile(QString::fromLatin1(files[choice % 4]))
             ->write(report, out, error))
        abort(); // writing to memory cannot fail: a bug
}

void readAndUse(const QString &extension, const QByteArray &bytes)
{
    const ReportFormat *format = FormatRegistry::instance().formatForFile(QStringLiteral("x.") + extension);
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    Report report;
    FormatError error;
    if (!format->read(in, report, error) || !ReportLimits::check(report, error)) {
        if (error.reason.isEmpty())
            abort(); // a refusal always says why
        return;
    }
    use(report, unsigned(qHash(bytes)));
}

} // namespace nianbao::fuzz
