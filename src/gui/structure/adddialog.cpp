// SPDX-License-Identifier: GPL-3.0-or-later
#include "adddialog.h"

#include "structureedits.h"
#include "structurenames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Maestro::Gui {

using Kind = StructureTarget::Kind;

namespace {
QComboBox *choices(const QStringList &names, const QString &current, const QString &key,
                   QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItems(names);
    box->setCurrentIndex(int(std::max<qsizetype>(0, names.indexOf(current))));
    box->setAccessibleName(key); // the YAML key it fills, as in the forms
    return box;
}
} // namespace

AddDialog::AddDialog(Kind kind, const Core::Value &document, const Core::Environment &environment,
                     const QString &service, const QString &ship, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *form = new QFormLayout;
    m_name->setAccessibleName(QStringLiteral("name"));
    form->addRow(tr("&Name:"), m_name);
    switch (kind) {
    case Kind::Ship:
        setWindowTitle(tr("Add Ship"));
        m_detail = new QLineEdit(QStringLiteral("127.0.0.1"), this);
        m_detail->setAccessibleName(QStringLiteral("ip"));
        form->addRow(tr("&Address (ip):"), m_detail);
        break;
    case Kind::Service:
        setWindowTitle(tr("Add Service"));
        m_detail = new QLineEdit(this);
        m_detail->setAccessibleName(QStringLiteral("image"));
        m_detail->setPlaceholderText(tr("e.g. nginx:1.25"));
        form->addRow(tr("&Image:"), m_detail);
        break;
    case Kind::Instance:
    case Kind::None: {
        setWindowTitle(tr("Add Instance"));
        QStringList services, ships;
        for (const Core::Service &s : environment.services)
            services << s.name;
        for (const Core::Ship &s : environment.ships)
            ships << s.name;
        m_service = choices(services, service, QStringLiteral("service"), this);
        m_ship = choices(ships, ship, QStringLiteral("ship"), this);
        form->addRow(tr("&Service:"), m_service);
        form->addRow(tr("S&hip:"), m_ship);
        break;
    }
    }
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddDialog::validate);
    if (m_detail)
        connect(m_detail, &QLineEdit::textChanged, this, &AddDialog::validate);
    validate();
}

QString AddDialog::problem() const
{
    if (QString name = StructureNames::problem(m_document, m_kind, m_name->text().trimmed());
        !name.isEmpty())
        return name;
    if (m_detail && m_detail->text().trimmed().isEmpty())
        return m_kind == Kind::Ship ? tr("Enter the ship's address.")
                                    : tr("Enter the service's image.");
    if (m_service && (m_service->currentText().isEmpty() || m_ship->currentText().isEmpty()))
        return tr("An instance needs a service and a ship.");
    return {};
}

void AddDialog::validate()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Core::EditRequest AddDialog::request() const
{
    const QString name = m_name->text().trimmed();
    switch (m_kind) {
    case Kind::Ship:
        return StructureEdits::addShip(m_document, name, m_detail->text().trimmed());
    case Kind::Service:
        return StructureEdits::addService(m_document, name, m_detail->text().trimmed());
    case Kind::Instance:
    case Kind::None:
        break;
    }
    return StructureEdits::addInstance(m_document, m_service->currentText(), name,
                                       m_ship->currentText());
}

} // namespace Maestro::Gui
