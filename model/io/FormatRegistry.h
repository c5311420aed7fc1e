#pragma once

#include "base/FormatError.h"
#include "io/ReportFormat.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace nianbao {

class Report;

/// The list of formats, and reading / writing whole files through them. The command line
/// and the editor's file dialogs use only this.
class FormatRegistry
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::FormatRegistry)

public:
    static const FormatRegistry &instance();

    const std::vector<std::unique_ptr<ReportFormat>> &formats() const { return m_formats; }
    /// By the file's extension (case-insensitive), or nullptr.
    const ReportFormat *formatForFile(const QString &path) const;
    const ReportFormat *formatById(const QString &id) const;

    /// Export: what File ▸ Export offers, the publication formats first (Word, PDF, text),
    /// then the interchange JSON; never the program's own file, which Save As writes.
    enum class Direction { Read, Write, Export };
    /// "Nianbao report (*.nianbao);;Interchange JSON (*.json);;…", for QFileDialog.
    QString nameFilters(Direction direction) const;
    /// Every readable extension, for drag and drop.
    QStringList readableExtensions() const;

    /// Reads a file, choosing the format by extension. The error names the file.
    bool readFile(const QString &path, Report &report, FormatError &error) const;
    /// Writes a file atomically (SafeWriter): on any failure the file that was there before
    /// is left as it was, and no new file appears.
    /// A publication format leaves the review comments out unless `options` asks for them.
    bool writeFile(const Report &report, const QString &path, FormatError &error,
                   const WriteOptions &options = {}) const;
    /// The same, for a format chosen by the caller.
    bool writeFile(const Report &report, const QString &path, const ReportFormat &format, FormatError &error,
                   const WriteOptions &options = {}) const;

    /// Files larger than this are refused before reading: no report is that large, and a
    /// hostile file should not exhaust memory.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

private:
    /// Why a path names no file: missing, a link to nothing, a loop of links.
    static QString missingReason(const QString &path);
    FormatRegistry();
    std::vector<std::unique_ptr<ReportFormat>> m_formats;
};

} // namespace nianbao
