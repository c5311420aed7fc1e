#include "widgets/pages/ReportInfoPage.h"

#include "core/Report.h"
#include "document/ReportDocument.h"
#include "widgets/pages/ProseEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace nianbao {

ReportInfoPage::ReportInfoPage(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_agency(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_preamble(new ProseEditor(document, std::nullopt, this))
    , m_organization(new QLineEdit(this))
    , m_date(new QLineEdit(this))
{
    setObjectName(QStringLiteral("page_info"));
    m_agency->setObjectName(QStringLiteral("agencyEdit"));
    m_year->setObjectName(QStringLiteral("yearEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_organization->setObjectName(QStringLiteral("signatureOrganizationEdit"));
    m_date->setObjectName(QStringLiteral("signatureDateEdit"));

    m_agency->setPlaceholderText(tr("e.g. 北京市密云区科学技术委员会"));
    m_year->setRange(2008, 2100);
    m_year->setSpecialValueText(tr("not set"));
    m_year->setMinimum(2007);
    m_kind->addItem(tr("Department (due 31 January)"), QStringLiteral("department"));
    m_kind->addItem(tr("Government summary report (due 31 March)"), QStringLiteral("government"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD, e.g. 2026-01-20"));
    auto *standardTitle = new QPushButton(tr("Use the standard title"), this);
    standardTitle->setObjectName(QStringLiteral("standardTitleButton"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(standardTitle);

    auto *heading = new QLabel(tr("Report information"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);

    auto *form = new QFormLayout(this);
    form->addRow(heading);
    form->addRow(tr("&Agency"), m_agency);
    form->addRow(tr("&Year"), m_year);
    form->addRow(tr("&Kind of body"), m_kind);
    // A row whose field is a layout gets no buddy from QFormLayout, and its "&T" shows as is.
    auto *titleLabel = new QLabel(tr("&Title"), this);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, titleRow);
    form->addRow(tr("&Preamble"), m_preamble);
    form->addRow(tr("Signature &organisation"), m_organization);
    form->addRow(tr("Signature &date"), m_date);

    connect(m_agency, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_document->setField(ReportField::Agency, t); });
    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_document->setField(ReportField::Title, t); });
    connect(m_organization, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_document->setField(ReportField::SignatureOrganization, t); });
    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, [this](int y) {
        m_document->setField(ReportField::Year, y > m_year->minimum() ? QString::number(y) : QString());
    });
    connect(m_kind, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { m_document->setField(ReportField::BodyKind, m_kind->itemData(i).toString()); });
    connect(m_date, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_date->text().trimmed();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.isEmpty() || date.isValid()) {
            m_document->setField(ReportField::SignatureDate, text);
            m_date->setStyleSheet(QString());
            m_date->setToolTip(QString());
        } else {
            m_date->setStyleSheet(QStringLiteral("background: #ffcdd2"));
            m_date->setToolTip(tr("“%1” is not a date; write it as 2026-01-20.").arg(text));
        }
    });
    connect(standardTitle, &QPushButton::clicked, this, [this] {
        const Report &r = m_document->report();
        m_document->setField(ReportField::Title, Report::standardTitle(r.agency, r.year));
    });
    connect(document, &ReportDocument::textChanged, this, &ReportInfoPage::pull);
    connect(document, &ReportDocument::reportReset, this, &ReportInfoPage::pull);
    // Review mode: a reviewer reads the fields, and can still comment on them.
    connect(document, &ReportDocument::contentLockChanged, this, [this](bool locked) {
        for (QLineEdit *e : { m_agency, m_title, m_organization, m_date })
            e->setReadOnly(locked);
        m_year->setReadOnly(locked);
        m_kind->setEnabled(!locked);
    });
    pull();
}

void ReportInfoPage::pull()
{
    const Report &r = m_document->report();
    auto set = [](QLineEdit *e, const QString &t) {
        if (e->text() != t)
            e->setText(t);
    };
    set(m_agency, r.agency);
    set(m_title, r.title);
    set(m_organization, r.signature.organization);
    if (!m_date->hasFocus())
        set(m_date, r.signature.date.isValid() ? r.signature.date.toString(Qt::ISODate) : QString());
    const int year = r.year > 0 ? r.year : m_year->minimum();
    if (m_year->value() != year) {
        const QSignalBlocker block(m_year);
        m_year->setValue(year);
    }
    m_kind->setCurrentIndex(r.bodyKind == BodyKind::Government ? 1 : 0);
}

QWidget *ReportInfoPage::editorOf(ReportField field) const
{
    switch (field) {
    case ReportField::Agency:
        return m_agency;
    case ReportField::Year:
        return m_year;
    case ReportField::Title:
        return m_title;
    case ReportField::BodyKind:
        return m_kind;
    case ReportField::SignatureOrganization:
        return m_organization;
    case ReportField::SignatureDate:
        return m_date;
    case ReportField::Review:
    case ReportField::PreviousYear:
        break;
    }
    return nullptr;
}

void ReportInfoPage::show(const ReportPlace &place)
{
    if (place.kind == ReportPlace::Kind::Paragraph && !place.orphaned
        && m_preamble->focusParagraph(place.anchor, place.from, place.length))
        return;
    if (place.kind == ReportPlace::Kind::Section || place.kind == ReportPlace::Kind::Paragraph) {
        m_preamble->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QWidget *editor = place.kind == ReportPlace::Kind::Field ? editorOf(place.field) : nullptr;
    (editor ? editor : m_agency)->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && place.from >= 0)
        line->setSelection(place.from, place.length);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && place.from >= 0)
        line->setSelection(place.from, place.length);
}

std::optional<ReportField> ReportInfoPage::focusedField() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (const ReportField field : ReportFields::commentable()) {
        const QWidget *editor = editorOf(field);
        if (focus && editor && (focus == editor || editor->isAncestorOf(focus)))
            return field;
    }
    return std::nullopt;
}

} // namespace nianbao
