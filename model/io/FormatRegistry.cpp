#include "io/FormatRegistry.h"

#include "content/ReportLimits.h"
#include "core/Report.h"
#include "io/SaveFile.h"
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
    for (const auto &f : m_formats) {
        if (direction == Direction::Read ? !f->canRead() : !f->canWrite())
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

bool FormatRegistry::readFile(const QString &path, Report &report, FormatError &error) const
{
    error = FormatError { path, QString(), QString() };
    const ReportFormat *format = formatForFile(path);
    if (!format || !format->canRead()) {
        error.reason = tr("cannot read this kind of file (known: %1)")
                           .arg(readableExtensions().join(QStringLiteral(", ")));
        return false;
    }
    QFileInfo info(path);
    if (!info.exists()) {
        error.reason = tr("no such file");
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

QString FormatRegistry::writeTarget(const QString &path, FormatError &error) const
{
    // A link is written through, as text editors do: the link stays, its target changes.
    QFileInfo info(path);
    QString target = path;
    for (int hops = 0; info.isSymLink(); ++hops) {
        if (hops == 32) {
            error.reason = tr("too many levels of symbolic links");
            return {};
        }
        target = info.symLinkTarget();
        info = QFileInfo(target);
    }
    if (info.exists()) {
        if (info.isDir()) {
            error.reason = tr("is a folder, not a file");
            return {};
        }
        if (!info.isFile()) {
            error.reason = tr("is a device, pipe or socket, not a file; refusing to write to it");
            return {};
        }
        // Both the mode bits and access(): as root, access() allows writing a file marked
        // read-only, and QSaveFile's rename would replace it without a word.
        const QFileDevice::Permissions permissions = info.permissions();
        if (!(permissions & QFileDevice::WriteOwner) || !(permissions & QFileDevice::WriteUser)) {
            error.reason = tr("the file is read-only");
            return {};
        }
    }
    return target;
}

bool FormatRegistry::writeFile(const Report &report, const QString &path, const ReportFormat &format,
                               FormatError &error, const WriteOptions &options) const
{
    if (format.isPublication() && !options.withAnnotations && !report.annotations.isEmpty()) {
        Report publication = report; // comments are for the people reviewing, not the public
        publication.annotations.clear();
        return writeFile(publication, path, format, error, options);
    }
    error = FormatError { path, QString(), QString() };
    const QString target = writeTarget(path, error);
    if (target.isEmpty())
        return false;
    // QSaveFile writes beside the target and renames over it only after everything was
    // written and synced: a failure at any point leaves the old file as it was.
    SaveFile file(target);
    auto fail = [&](const QString &reason) {
        file.cancelWriting();
        error.file = path;
        error.reason = reason;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write: %1").arg(file.errorString()));
    if (!format.write(report, file, error))
        return fail(error.reason.isEmpty() ? tr("cannot write: %1").arg(file.errorString()) : error.reason);
    // Writes are buffered: a full disk shows only when the buffer goes out.
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(tr("cannot write: %1").arg(file.errorString()));
    if (!file.commit())
        return fail(tr("cannot write: %1").arg(file.errorString()));
    return true;
}

} // namespace nianbao
