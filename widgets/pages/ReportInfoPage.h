#pragma once

#include "core/ReportPlace.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nianbao {

class ProseEditor;
class ReportDocument;

/// 报告信息: agency, year, kind of body (which sets the deadline rule), title, preamble and
/// the signature (organisation, date).
class ReportInfoPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportInfoPage(ReportDocument *document, QWidget *parent = nullptr);

    /// Shows a place on this page: a field's editor, a paragraph of the preamble, else the
    /// agency (the report as a whole).
    void show(const ReportPlace &place);
    /// The field whose editor has the focus, if any.
    std::optional<ReportField> focusedField() const;

private:
    void pull();
    QWidget *editorOf(ReportField field) const;

    ReportDocument *m_document;
    QLineEdit *m_agency;
    QSpinBox *m_year;
    QComboBox *m_kind;
    QLineEdit *m_title;
    ProseEditor *m_preamble;
    QLineEdit *m_organization;
    QLineEdit *m_date;
};

} // namespace nianbao
