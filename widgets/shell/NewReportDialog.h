#pragma once

#include "core/Report.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nianbao {

/// Asks for what a new report needs: the agency, the year, the kind of body.
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewReportDialog(QWidget *parent = nullptr);

    QString agency() const;
    int year() const;
    BodyKind kind() const;

private:
    QLineEdit *m_agency;
    QSpinBox *m_year;
    QComboBox *m_kind;
};

} // namespace nianbao
