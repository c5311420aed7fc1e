#pragma once

#include <QWidget>

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

    /// Focuses the editor of a field named by a finding ("year", "title", "signature.date").
    void showField(const QString &field);
    /// The field whose editor has the focus, as comments name it ("title", "signatureDate"),
    /// or empty.
    QString focusedField() const;

private:
    void pull();

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
