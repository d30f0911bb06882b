#include "cacheproblemdialog.h"

#include "cache/database.h"
#include "domain/error.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw {

namespace {

constexpr int kIconSize = 48;

} // namespace

CacheProblemDialog::CacheProblemDialog(const Error &error, const QString &path, Situation situation,
                                       QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Cache problem"));
    const QString code = error.code();

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(kIconSize, kIconSize));
    icon->setAlignment(Qt::AlignTop);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(headingFor(code));
    m_heading->setWordWrap(true);
    m_explanation->setText(explanationFor(code));
    m_explanation->setWordWrap(true);
    auto *file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setTextFormat(Qt::PlainText);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setForegroundRole(QPalette::PlaceholderText);

    m_details->setReadOnly(true);
    m_details->setPlainText(error.toString());
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_details->hide();
    auto *detailsToggle = new QToolButton(this);
    detailsToggle->setText(tr("Technical details"));
    detailsToggle->setCheckable(true);
    detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    detailsToggle->setArrowType(Qt::RightArrow);
    detailsToggle->setAutoRaise(true);
    connect(detailsToggle, &QToolButton::toggled, this, [this, detailsToggle](bool shown) {
        detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(shown);
        adjustSize();
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *openAnother = buttons->addButton(tr("Open Another Cache…"), QDialogButtonBox::AcceptRole);
    QPushButton *startFresh = buttons->addButton(tr("Start a Fresh Cache…"), QDialogButtonBox::ActionRole);
    if (code == Database::kOpenLocked) {
        QPushButton *retry = buttons->addButton(tr("Try Again"), QDialogButtonBox::ActionRole);
        connect(retry, &QPushButton::clicked, this, [this] { choose(Choice::TryAgain); });
    }
    QPushButton *leave =
        buttons->addButton(situation == Situation::Startup ? tr("Quit") : tr("Keep the Current Cache"),
                           QDialogButtonBox::RejectRole);
    openAnother->setDefault(true);
    connect(openAnother, &QPushButton::clicked, this, [this] { choose(Choice::OpenAnother); });
    connect(startFresh, &QPushButton::clicked, this, [this] { choose(Choice::StartFresh); });
    connect(leave, &QPushButton::clicked, this, [this] { choose(Choice::Quit); });

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(m_heading);
    text->addWidget(m_explanation);
    text->addWidget(file);
    text->addWidget(detailsToggle, 0, Qt::AlignLeft);
    text->addWidget(m_details);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void CacheProblemDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

QString CacheProblemDialog::heading() const
{
    return m_heading->text();
}

QString CacheProblemDialog::explanation() const
{
    return m_explanation->text();
}

QString CacheProblemDialog::headingFor(const QString &code)
{
    if (code == Database::kOpenCorrupt)
        return tr("The cache file is damaged");
    if (code == Database::kOpenLocked)
        return tr("The cache is in use by another program");
    if (code == Database::kOpenNewerSchema)
        return tr("This cache was made by a newer version of Crosswalk");
    if (code == Database::kOpenMigrationFailed)
        return tr("The cache could not be upgraded");
    return tr("Crosswalk cannot read its cache");
}

QString CacheProblemDialog::explanationFor(const QString &code)
{
    if (code == Database::kOpenCorrupt) {
        return tr(
            "Crosswalk cannot read this file: it is not a Crosswalk cache, or it was damaged, for example "
            "by a disk error or an interrupted copy. The file has been left exactly as it was. Open "
            "another cache, or start a fresh one and sync again to fill it from your systems.");
    }
    if (code == Database::kOpenLocked) {
        return tr("Another program is writing to this cache, perhaps a second Crosswalk window or "
                  "crosswalkctl. Close it and try again, or open another cache.");
    }
    if (code == Database::kOpenNewerSchema) {
        return tr("The file was written by a newer Crosswalk, which this version cannot read safely. Update "
                  "Crosswalk to open it. The file has not been changed.");
    }
    if (code == Database::kOpenMigrationFailed) {
        return tr("This version of Crosswalk needs to upgrade the cache, and the upgrade did not complete. "
                  "Nothing was changed: the file is as it was before. Open another cache, or start a fresh "
                  "one.");
    }
    return tr("The file cannot be opened: it may be read-only, or you may not have permission to read it. "
              "Nothing in the file was changed. Check its permissions, or open another cache.");
}

} // namespace cw
