#pragma once

#include "base/FormatError.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace nianbao {

class Report;

/// How a file is written.
struct WriteOptions
{
    /// Publication formats carry the review comments too (the "审阅稿" of a report): Word
    /// comments in .docx, sticky notes in .pdf. Plain text has no place for them.
    bool withAnnotations = false;
};

/// One file format. Importers and exporters share this small interface; the registry
/// lists them, and file dialogs and the command line build on that list.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportFormat)

public:
    virtual ~ReportFormat() = default;

    /// Short stable id, e.g. "json", "docx".
    virtual QString id() const = 0;
    /// Name for file dialogs, in the user's language.
    virtual QString displayName() const = 0;
    /// File name extensions without the dot; the first is the one written.
    virtual QStringList extensions() const = 0;

    virtual bool canRead() const { return true; }
    virtual bool canWrite() const { return true; }
    /// A copy for publication (.docx, .pdf, .txt): the registry leaves the review comments
    /// out unless asked (WriteOptions::withAnnotations). Working copies (.nianbao, .json)
    /// keep everything.
    virtual bool isPublication() const { return true; }

    /// Reads a whole report. On failure returns false, fills `error` (place and reason;
    /// the registry adds the file name) and leaves `report` untouched.
    virtual bool read(QIODevice &device, Report &report, FormatError &error) const;
    /// Work that writing will need and that does not depend on the report (loading fonts):
    /// the command line runs it on another thread while it reads the input. Must be
    /// thread-safe; the default does nothing.
    virtual void warmUp() const { }

    /// Writes a whole report. On failure returns false and fills `error`.
    virtual bool write(const Report &report, QIODevice &device, FormatError &error) const;
};

} // namespace nianbao
