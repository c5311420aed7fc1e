#include "io/FormatRegistry.h"

#include "core/Report.h"
#include "core/ReportLimits.h"
#include "io/SafeWriter.h"
#include "io/docx/DocxFormat.h"
#include "io/html/HtmlFormat.h"
#include "io/json/JsonFormat.h"
#include "io/pdf/PdfFormat.h"
#include "io/text/MarkdownFormat.h"
#include "io/text/TextFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace nianbao {

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

FormatRegistry::FormatRegistry()
{
    m_formats.push_back(std::make_unique<JsonFormat>(JsonCodec::Style::Native));
    m_formats.push_back(std::make_unique<JsonFormat>(JsonCodec::Style::Interchange));
    m_formats.push_back(std::make_unique<DocxFormat>());
    m_formats.push_back(std::make_unique<TextFormat>());
    m_formats.push_back(std::make_unique<PdfFormat>());
    m_formats.push_back(std::make_unique<HtmlFormat>());
    m_formats.push_back(std::make_unique<MarkdownFormat>());
}

const ReportFormat *FormatRegistry::formatForFile(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto &f : m_formats) {
        if (f->extensions().contains(suffix))
            return f.get();
    }
    return nullptr;
}

const ReportFormat *FormatRegistry::formatById(const QString &id) const
{
    for (const auto &f : m_formats) {
        if (f->id() == id)
            return f.get();
    }
    return nullptr;
}

QString FormatRegistry::nameFilters(Direction direction) const
{
    QStringList filters;
    QStringList all;
    std::vector<const ReportFormat *> formats;
    for (const auto &f : m_formats)
        formats.push_back(f.get());
    if (direction == Direction::Export)
        std::stable_partition(formats.begin(), formats.end(),
                              [](const ReportFormat *f) { return f->isPublication(); });
    for (const ReportFormat *f : formats) {
        if (direction == Direction::Read ? !f->canRead() : !f->canWrite())
            continue;
        if (direction == Direction::Export && f->id() == u"nianbao")
            continue;
        QStringList patterns;
        for (const QString &e : f->extensions())
            patterns << QStringLiteral("*.") + e;
        all << patterns;
        filters << QStringLiteral("%1 (%2)").arg(f->displayName(), patterns.join(QLatin1Char(' ')));
    }
    // The patterns stay outside the translated words: a translation that writes the
    // brackets full-width (所有报告（…）) would leave Qt no patterns, and an empty folder.
    if (direction == Direction::Read)
        filters.prepend(QStringLiteral("%1 (%2)").arg(tr("All reports"), all.join(QLatin1Char(' '))));
    return filters.join(QStringLiteral(";;"));
}

QStringList FormatRegistry::readableExtensions() const
{
    QStringList out;
    for (const auto &f : m_formats) {
        if (f->canRead())
            out << f->extensions();
    }
    return out;
}

QString FormatRegistry::missingReason(const QString &path)
{
    // A link that leads nowhere is no missing file: say where it leads, or that it loops.
    QStringList seen;
    QString at = QFileInfo(path).absoluteFilePath();
    while (QFileInfo(at).isSymLink()) {
        if (seen.contains(at) || seen.size() > 40)
            return tr("a loop of symbolic links (%1)").arg(seen.join(QStringLiteral(" → ")));
        seen << at;
        at = QFileInfo(at).symLinkTarget();
    }
    if (!seen.isEmpty())
        return tr("a symbolic link to %1, which does not exist").arg(at);
    return tr("no such file");
}

bool FormatRegistry::readFile(const QString &path, Report &report, FormatError &error) const
{
    error = FormatError { path, QString(), QString() };
    // What is not there is said first, whatever its name: a missing --previous file is
    // missing, not "of an unknown kind".
    QFileInfo info(path);
    if (!info.exists()) {
        error.reason = missingReason(path);
        return false;
    }
    const ReportFormat *format = formatForFile(path);
    if (!format || !format->canRead()) {
        error.reason = tr("cannot read this kind of file (known: %1)")
                           .arg(readableExtensions().join(QStringLiteral(", ")));
        return false;
    }
    if (info.isDir()) {
        error.reason = tr("is a folder, not a file");
        return false;
    }
    if (info.size() > MaxFileSize) {
        error.reason = tr("too large for a report (%1 MB)").arg(info.size() / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error.reason = tr("cannot open: %1").arg(file.errorString());
        return false;
    }
    Report loaded;
    if (!format->read(file, loaded, error) || !ReportLimits::check(loaded, error)) {
        error.file = path;
        return false;
    }
    report = loaded;
    return true;
}

bool FormatRegistry::writeFile(const Report &report, const QString &path, FormatError &error,
                               const WriteOptions &options) const
{
    error = FormatError { path, QString(), QString() };
    const ReportFormat *format = formatForFile(path);
    if (!format || !format->canWrite()) {
        QStringList known;
        for (const auto &f : m_formats) {
            if (f->canWrite())
                known << f->extensions();
        }
        error.reason = tr("cannot write this kind of file (known: %1)").arg(known.join(QStringLiteral(", ")));
        return false;
    }
    return writeFile(report, path, *format, error, options);
}

bool FormatRegistry::writeFile(const Report &report, const QString &path, const ReportFormat &format,
                               FormatError &error, const WriteOptions &options) const
{
    if (format.isPublication() && !options.withAnnotations && !report.annotations.isEmpty()) {
        Report publication = report; // comments are for the people reviewing, not the public
        publication.annotations.clear();
        return writeFile(publication, path, format, error, options);
    }
    return SafeWriter::write(
        path, [&](QIODevice &device, FormatError &e) { return format.write(report, device, e); }, error);
}

} // namespace nianbao
