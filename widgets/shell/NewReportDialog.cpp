#include "widgets/shell/NewReportDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace nianbao {

NewReportDialog::NewReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_agency(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(tr("New report"));
    m_agency->setObjectName(QStringLiteral("newAgencyEdit"));
    m_agency->setText(QSettings().value(QStringLiteral("lastAgency")).toString());
    m_agency->setPlaceholderText(tr("e.g. 北京市密云区科学技术委员会"));
    // In January people write the report for the year that has just ended.
    m_year->setRange(2008, 2100);
    m_year->setValue(QDate::currentDate().year() - (QDate::currentDate().month() <= 6 ? 1 : 0));
    m_kind->addItem(tr("Department (due 31 January)"));
    m_kind->addItem(tr("Government summary report (due 31 March)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Agency"), m_agency);
    form->addRow(tr("&Year"), m_year);
    form->addRow(tr("&Kind of body"), m_kind);
    form->addRow(buttons);
    auto update = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!agency().isEmpty()); };
    connect(m_agency, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("lastAgency"), agency());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NewReportDialog::agency() const
{
    return m_agency->text().trimmed();
}

int NewReportDialog::year() const
{
    return m_year->value();
}

BodyKind NewReportDialog::kind() const
{
    return m_kind->currentIndex() == 1 ? BodyKind::Government : BodyKind::Department;
}

} // namespace nianbao
