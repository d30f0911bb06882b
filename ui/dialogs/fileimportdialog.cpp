#include "fileimportdialog.h"

#include "cache/database.h"
#include "cache/systemrepository.h"
#include "connectors/file/csvreader.h"
#include "connectors/file/windows1252device.h"
#include "connectors/file/xlsxreader.h"
#include "importpreviewmodel.h"
#include "refusedrowsmodel.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cw {

namespace {

constexpr int kPreviewRows = 20;
constexpr QSize kDefaultSize(1100, 720);

enum MappingColumn { FieldColumn, SourceColumn, KeyColumn, MappingColumnCount };

/// The figures of the report, in the order shown.
enum Figure { RowsFigure, CreatedFigure, UpdatedFigure, UnchangedFigure, RefusedFigure, FigureCount };

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTableView *listView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // The lists of the pages use the same row height.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

/// The delimiter CsvReader sniffs from the first line of @p path read as @p encoding.
QChar sniffedDelimiter(const QString &path, TabularFile::Encoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Windows1252Device transcoded(&file);
    QIODevice *device =
        encoding == TabularFile::Encoding::Windows1252 ? static_cast<QIODevice *>(&transcoded) : &file;
    CsvReader reader(device);
    QStringList first;
    return reader.readRow(&first) ? reader.delimiter() : QChar();
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return FileImportDialog::tr("commas");
    case u';':
        return FileImportDialog::tr("semicolons");
    case u'\t':
        return FileImportDialog::tr("tabs");
    case u'|':
        return FileImportDialog::tr("pipes");
    default:
        return FileImportDialog::tr("“%1”").arg(delimiter);
    }
}

} // namespace

FileImportDialog::FileImportDialog(const Database &database, qint64 systemId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("fileImportDialog"));
    setWindowTitle(tr("Import File"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createSetupPage());
    m_pages->addWidget(createReportPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(kDefaultSize);

    connect(&m_reader, &QFutureWatcher<Result<ImportPreview>>::finished, this, &FileImportDialog::onFileRead);
    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::finished, this,
            &FileImportDialog::onImportDone);
    loadSystems(systemId);
    applySavedOrGuess();
}

FileImportDialog::~FileImportDialog()
{
    // The worker holds references to the importer and the database: let it end first.
    if (m_importer)
        m_importer->cancel();
    m_watcher.waitForFinished();
    m_reader.waitForFinished();
}

QWidget *FileImportDialog::createSetupPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_inputs = new QWidget(page);
    auto *inputs = new QVBoxLayout(m_inputs);
    inputs->setContentsMargins(0, 0, 0, 0);
    inputs->setSpacing(10);
    inputs->addLayout(createSourceRows());
    auto *splitter = new QSplitter(Qt::Horizontal, m_inputs);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createMappingTable());
    splitter->addWidget(createPreview());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    inputs->addWidget(splitter, 1);
    layout->addWidget(m_inputs, 1);

    m_message = new MessageBanner(page);
    m_message->setObjectName(QStringLiteral("importMessage"));
    layout->addWidget(m_message);

    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    // The number of rows is unknown until the file has been read through.
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(page);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_progressText);
    // Keeps the buttons at their size at the right while the progress is hidden.
    buttons->addStretch();
    m_import = new QPushButton(tr("&Import"), page);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_cancel = new QPushButton(tr("&Stop Import"), page);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_close = new QPushButton(tr("Close"), page);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_import, &QPushButton::clicked, this, &FileImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &FileImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &FileImportDialog::reject);
    return page;
}

QLayout *FileImportDialog::createSourceRows()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_newSource = new QLineEdit(this);
    m_newSource->setObjectName(QStringLiteral("newSourceEdit"));
    m_newSource->setPlaceholderText(tr("Name of the new source, e.g. Payroll"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source);
    sourceRow->addWidget(m_newSource, 1);
    sourceRow->addStretch();
    auto *sourceLabel = new QLabel(tr("S&ource:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("A CSV or Excel (.xlsx) export"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_facts = new QLabel(tr("No file chosen."), this);
    m_facts->setObjectName(QStringLiteral("fileFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    form->addRow(tr("Detected:"), m_facts);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), int(TabularFile::Encoding::Auto));
    for (const auto encoding :
         { TabularFile::Encoding::Utf8, TabularFile::Encoding::Utf16, TabularFile::Encoding::Windows1252 })
        m_encoding->addItem(TabularFile::encodingName(encoding), int(encoding));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe"), QStringLiteral("|"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *readRow = new QHBoxLayout;
    const auto addCombo = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        readRow->addWidget(label);
        readRow->addWidget(combo);
        readRow->addSpacing(12);
    };
    addCombo(tr("&Encoding:"), m_encoding);
    addCombo(tr("&Delimiter:"), m_delimiter);
    addCombo(tr("S&heet:"), m_sheet);
    readRow->addStretch();
    form->addRow(tr("Read as:"), readRow);

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("tableCombo"));
    for (const QString &table : ImportMapping::tables())
        m_table->addItem(ImportPreviewModel::tableTitle(table), table);
    m_table->setCurrentIndex(m_table->findData(QStringLiteral("timesheet_line")));
    m_table->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_currency = new QLineEdit(this);
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));
    m_currency->setPlaceholderText(tr("e.g. EUR"));
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")));
    m_currency->setToolTip(tr("The ISO currency code of the amounts when the file has no currency column"));
    m_references = new QComboBox(this);
    m_references->setObjectName(QStringLiteral("referencesCombo"));
    m_references->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_references->setToolTip(tr("The connection whose ids the file uses for placements, customers or "
                                "consultants (a placement id from the staffing platform)"));
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table);
    tableRow->addSpacing(12);
    auto *currencyLabel = new QLabel(tr("Currenc&y if none:"), this);
    currencyLabel->setBuddy(m_currency);
    tableRow->addWidget(currencyLabel);
    tableRow->addWidget(m_currency);
    tableRow->addSpacing(12);
    auto *referencesLabel = new QLabel(tr("Ids &refer to:"), this);
    referencesLabel->setBuddy(m_references);
    tableRow->addWidget(referencesLabel);
    tableRow->addWidget(m_references);
    tableRow->addStretch();
    auto *tableLabel = new QLabel(tr("Import in&to:"), this);
    tableLabel->setBuddy(m_table);
    form->addRow(tableLabel, tableRow);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_newSource->setVisible(systemId() == 0);
        if (m_filling)
            return;
        loadSavedMapping();
        applySavedOrGuess();
    });
    connect(m_newSource, &QLineEdit::textChanged, this, &FileImportDialog::updateButtons);
    connect(browse, &QPushButton::clicked, this, &FileImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_path)
            setFile(m_file->text());
    });
    for (QComboBox *combo : { m_encoding, m_delimiter, m_sheet }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                readFile();
        });
    }
    connect(m_table, &QComboBox::currentIndexChanged, this, &FileImportDialog::chooseTable);
    connect(m_currency, &QLineEdit::textChanged, this, &FileImportDialog::mappingEdited);
    connect(m_references, &QComboBox::currentIndexChanged, this, &FileImportDialog::mappingEdited);
    return form;
}

QWidget *FileImportDialog::createMappingTable()
{
    auto *box = new QGroupBox(tr("Mapping"), this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(noteLabel(tr("Choose the column that feeds each field. Fields marked * are required; "
                                   "tick Key for the fields that identify a row."),
                                box));
    m_mapping = new QTableWidget(0, MappingColumnCount, box);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setHorizontalHeaderLabels({ tr("Field"), tr("Column of the file"), tr("Key") });
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_mapping->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_mapping, 1);
    m_keyNote = noteLabel(QString(), box);
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    layout->addWidget(m_keyNote);
    return box;
}

QWidget *FileImportDialog::createPreview()
{
    auto *box = new QGroupBox(tr("Preview"), this);
    auto *layout = new QVBoxLayout(box);
    m_previewNote = noteLabel(QString(), box);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    layout->addWidget(m_previewNote);
    m_previewModel = new ImportPreviewModel(this);
    m_previewView = listView(m_previewModel, QStringLiteral("previewView"), box);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_previewView, 1);
    return box;
}

QWidget *FileImportDialog::createReportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_reportTitle = new QLabel(page);
    m_reportTitle->setObjectName(QStringLiteral("reportTitle"));
    m_reportTitle->setWordWrap(true);
    m_reportTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_reportTitle->font();
    bold.setBold(true);
    m_reportTitle->setFont(bold);
    layout->addWidget(m_reportTitle);

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(32);
    const QStringList captions { tr("Rows read"), tr("Created"), tr("Updated"), tr("Unchanged"),
                                 tr("Refused") };
    static const char *const names[] = { "rowsFigure", "createdFigure", "updatedFigure", "unchangedFigure",
                                         "refusedFigure" };
    static_assert(std::size(names) == FigureCount);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    for (int i = 0; i < FigureCount; ++i) {
        auto *caption = noteLabel(captions.at(i), page);
        auto *value = new QLabel(page);
        value->setObjectName(QLatin1String(names[i]));
        value->setFont(large);
        m_figures.append(value);
        figures->addWidget(value, 0, i);
        figures->addWidget(caption, 1, i);
    }
    figures->setColumnStretch(FigureCount, 1);
    layout->addLayout(figures);

    m_refusedLabel = new QLabel(page);
    m_refusedLabel->setWordWrap(true);
    layout->addWidget(m_refusedLabel);
    m_refused = new RefusedRowsModel(this);
    m_refusedView = listView(m_refused, QStringLiteral("refusedView"), page);
    m_refusedView->setSortingEnabled(true);
    m_refusedView->sortByColumn(RefusedRowsModel::LineColumn, Qt::AscendingOrder);
    m_refusedView->horizontalHeader()->setSectionResizeMode(RefusedRowsModel::LineColumn,
                                                            QHeaderView::ResizeToContents);
    m_refusedView->horizontalHeader()->setSectionResizeMode(RefusedRowsModel::ReasonColumn,
                                                            QHeaderView::Stretch);
    m_refusedView->horizontalHeader()->setSectionResizeMode(RefusedRowsModel::DetailColumn,
                                                            QHeaderView::Interactive);
    m_refusedView->horizontalHeader()->resizeSection(RefusedRowsModel::DetailColumn, 280);
    m_refusedLabel->setBuddy(m_refusedView);
    layout->addWidget(m_refusedView, 1);
    // Takes the room of the list when no row was refused, so the buttons stay at the bottom.
    layout->addStretch();

    m_export = new QPushButton(tr("&Export Refused Rows…"), page);
    m_export->setObjectName(QStringLiteral("exportRefusedButton"));
    m_again = new QPushButton(tr("Import &Another File"), page);
    m_again->setObjectName(QStringLiteral("importAgainButton"));
    auto *close = new QPushButton(tr("Close"), page);
    close->setObjectName(QStringLiteral("closeReportButton"));
    close->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_again);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &FileImportDialog::chooseExportFile);
    connect(m_again, &QPushButton::clicked, this, &FileImportDialog::startOver);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

void FileImportDialog::loadSystems(qint64 selected)
{
    auto systems = SystemRepository(m_database).list();
    if (!systems)
        m_message->showError(systems.error());
    m_systems = systems ? systems.value() : QList<SystemConfig>();
    m_filling = true;
    m_source->clear();
    for (const SystemConfig &system : std::as_const(m_systems)) {
        if (system.kind == SystemConfig::Kind::File)
            m_source->addItem(system.name, system.id);
    }
    m_source->addItem(tr("New file source"), qint64(0));
    // The first entry is the first file source, or "New file source" when there is none.
    const int index = selected != 0 ? m_source->findData(selected) : -1;
    m_source->setCurrentIndex(std::max(index, 0));
    m_filling = false;
    m_newSource->setVisible(systemId() == 0);
    loadSavedMapping();
}

void FileImportDialog::loadSavedMapping()
{
    m_saved.reset();
    if (systemId() == 0)
        return;
    if (auto saved = FileImporter(m_database, systemId()).loadMapping(sourceName()))
        m_saved = std::move(saved).value();
}

qint64 FileImportDialog::systemId() const
{
    return m_source->currentData().toLongLong();
}

QString FileImportDialog::sourceName() const
{
    return systemId() == 0 ? m_newSource->text().trimmed() : m_source->currentText();
}

void FileImportDialog::browse()
{
    const QString start = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import File"), start, tr("Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void FileImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_preview.reset();
    m_file->setText(QDir::toNativeSeparators(path));
    if (m_newSource->text().trimmed().isEmpty())
        m_newSource->setText(QFileInfo(path).completeBaseName());
    // A workbook's sheets are listed once per file; the saved mapping may name one of them.
    m_filling = true;
    m_sheet->clear();
    if (TabularFile::formatOf(path).valueOr(TabularFile::Format::Csv) == TabularFile::Format::Xlsx)
        m_sheet->addItems(XlsxReader::sheetNames(path).valueOr({}));
    if (m_saved && !m_saved->sheet.isEmpty())
        m_sheet->setCurrentIndex(std::max(0, m_sheet->findText(m_saved->sheet)));
    m_filling = false;
    readFile();
}

TabularFile::Options FileImportDialog::fileOptions() const
{
    TabularFile::Options options;
    options.encoding = TabularFile::Encoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    options.sheet = m_sheet->currentText();
    return options;
}

void FileImportDialog::readFile()
{
    if (m_path.isEmpty())
        return;
    if (isReading()) {
        m_readAgain = true;
        return;
    }
    m_message->clear();
    m_previewNote->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    updateButtons();
    m_reader.setFuture(QtConcurrent::run(
        [path = m_path, options = fileOptions(), table = m_table->currentData().toString()] {
            return FileImporter::preview(path, options, table, kPreviewRows);
        }));
}

void FileImportDialog::onFileRead()
{
    if (std::exchange(m_readAgain, false)) {
        readFile();
        return;
    }
    auto preview = m_reader.result();
    if (preview && preview.value().header.isEmpty())
        preview = Error(Error::Category::Validation,
                        tr("%1 is empty: there is no header row, so nothing can be imported.")
                            .arg(QFileInfo(m_path).fileName()));
    if (!preview) {
        m_preview.reset();
        m_message->showError(preview.error());
        const TabularFile::Encoding chosen = fileOptions().encoding;
        m_facts->setText(chosen == TabularFile::Encoding::Auto
                             ? tr("The file cannot be read.")
                             : tr("The file cannot be read as %1: choose another encoding, or Detect.")
                                   .arg(TabularFile::encodingName(chosen)));
        fillMappingTable(ImportMapping::guess(m_table->currentData().toString(), {}));
        emit fileRead();
        return;
    }
    // A new encoding, delimiter or sheet keeps the mapping in the table as far as its columns do.
    const std::optional<ImportMapping> previous = m_preview ? std::optional(mapping()) : std::nullopt;
    m_preview = std::move(preview).value();
    showFileFacts();
    if (previous)
        fillMappingTable(merged(*previous));
    else
        applySavedOrGuess();
    emit fileRead();
}

void FileImportDialog::showFileFacts()
{
    const ImportPreview &preview = *m_preview;
    if (preview.format == TabularFile::Format::Xlsx) {
        m_facts->setText(tr("Excel workbook, sheet “%1”").arg(m_sheet->currentText()));
    } else {
        const TabularFile::Options options = fileOptions();
        const QChar delimiter =
            options.delimiter.isNull() ? sniffedDelimiter(m_path, preview.encoding) : options.delimiter;
        const QString how = options.encoding == TabularFile::Encoding::Auto ? tr("detected") : tr("chosen");
        m_facts->setText(
            tr("Text (CSV), %1 (%2), fields separated by %3")
                .arg(TabularFile::encodingName(preview.encoding), how, delimiterName(delimiter)));
    }
    const bool text = preview.format == TabularFile::Format::Csv;
    m_encoding->setEnabled(text);
    m_delimiter->setEnabled(text);
    m_sheet->setEnabled(!text && m_sheet->count() > 1);
}

void FileImportDialog::applySavedOrGuess()
{
    if (m_saved) {
        m_filling = true;
        m_table->setCurrentIndex(std::max(0, m_table->findData(m_saved->table)));
        m_filling = false;
    }
    chooseTable();
}

void FileImportDialog::chooseTable()
{
    if (m_filling)
        return;
    const QString table = m_table->currentData().toString();
    const QStringList header = m_preview ? m_preview->header : QStringList();
    fillMappingTable(m_saved && m_saved->table == table ? *m_saved : ImportMapping::guess(table, header));
}

ImportMapping FileImportDialog::merged(const ImportMapping &preferred) const
{
    const QStringList header = m_preview ? m_preview->header : QStringList();
    ImportMapping mapping = ImportMapping::guess(preferred.table, header);
    QStringList kept;
    for (auto it = preferred.columns.begin(); it != preferred.columns.end(); ++it) {
        if (header.contains(it.value())) {
            mapping.columns.insert(it.key(), it.value());
            kept.append(it.key());
        }
    }
    // A field whose column survived keeps the user's key choice; the others take the guess.
    QStringList keys;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
        const bool key = kept.contains(it.key()) ? preferred.keyFields.contains(it.key())
                                                 : mapping.keyFields.contains(it.key());
        if (key)
            keys.append(it.key());
    }
    mapping.keyFields = keys;
    return mapping;
}

void FileImportDialog::fillMappingTable(const ImportMapping &mapping)
{
    const QStringList header = m_preview ? m_preview->header : QStringList();
    const QList<ImportMapping::Field> fields = ImportMapping::fieldsOf(mapping.table);
    m_filling = true;
    m_currency->setText(mapping.defaultCurrency);
    loadReferenceSystems(mapping.referenceSystemId);
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ImportMapping::Field &field = fields.at(row);
        auto *name = new QTableWidgetItem(ImportPreviewModel::fieldTitle(field.name)
                                          + (field.required ? QStringLiteral(" *") : QString()));
        name->setData(Qt::UserRole, field.name);
        if (field.required) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("Required: rows without a value are refused."));
        }
        m_mapping->setItem(row, FieldColumn, name);

        auto *column = new QComboBox(m_mapping);
        column->setObjectName(QStringLiteral("column_") + field.name);
        column->setAccessibleName(tr("Column for %1").arg(ImportPreviewModel::fieldTitle(field.name)));
        column->addItem(tr("(not imported)"), QString());
        for (const QString &title : header)
            column->addItem(title, title);
        // A saved column the file lacks stays visible, so the user sees what no longer matches.
        const QString mapped = mapping.columns.value(field.name);
        if (!mapped.isEmpty() && column->findData(mapped) < 0)
            column->addItem(tr("%1 (not in this file)").arg(mapped), mapped);
        column->setCurrentIndex(std::max(0, column->findData(mapped)));
        m_mapping->setCellWidget(row, SourceColumn, column);

        auto *key = new QCheckBox(m_mapping);
        key->setObjectName(QStringLiteral("key_") + field.name);
        key->setAccessibleName(tr("%1 identifies a row").arg(ImportPreviewModel::fieldTitle(field.name)));
        key->setChecked(mapping.keyFields.contains(field.name));
        auto *keyCell = new QWidget(m_mapping);
        auto *keyLayout = new QHBoxLayout(keyCell);
        keyLayout->setContentsMargins(8, 0, 8, 0);
        keyLayout->addWidget(key, 0, Qt::AlignCenter);
        m_mapping->setCellWidget(row, KeyColumn, keyCell);

        connect(column, &QComboBox::currentIndexChanged, this, &FileImportDialog::mappingEdited);
        connect(key, &QCheckBox::toggled, this, &FileImportDialog::mappingEdited);
    }
    m_mapping->resizeRowsToContents();
    m_filling = false;
    updatePreview();
}

void FileImportDialog::loadReferenceSystems(qint64 selected)
{
    const QSignalBlocker blocker(m_references);
    m_references->clear();
    m_references->addItem(tr("this source"), qint64(0));
    for (const SystemConfig &system : std::as_const(m_systems)) {
        if (system.id != systemId())
            m_references->addItem(system.name, system.id);
    }
    m_references->setCurrentIndex(std::max(0, m_references->findData(selected)));
}

void FileImportDialog::updateOptions(const ImportMapping &mapping)
{
    const QList<ImportMapping::Field> fields = ImportMapping::fieldsOf(mapping.table);
    const bool currency = std::any_of(fields.begin(), fields.end(), [](const ImportMapping::Field &field) {
        return field.name == QLatin1String("currency");
    });
    // RowConverter writes the default currency only when no column feeds the currency.
    m_currency->setEnabled(currency && !mapping.columns.contains(QStringLiteral("currency")));
    m_references->setEnabled(
        std::any_of(fields.begin(), fields.end(), [&](const ImportMapping::Field &field) {
            return field.kind == ImportMapping::Kind::Reference && mapping.columns.contains(field.name);
        }));
}

ImportMapping FileImportDialog::mapping() const
{
    ImportMapping mapping;
    mapping.table = m_table->currentData().toString();
    if (m_currency->isEnabledTo(m_inputs))
        mapping.defaultCurrency = m_currency->text().trimmed().toUpper();
    if (m_references->isEnabledTo(m_inputs))
        mapping.referenceSystemId = m_references->currentData().toLongLong();
    if (m_preview && m_preview->format == TabularFile::Format::Xlsx)
        mapping.sheet = m_sheet->currentText();
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString field = m_mapping->item(row, FieldColumn)->data(Qt::UserRole).toString();
        const QString column =
            qobject_cast<QComboBox *>(m_mapping->cellWidget(row, SourceColumn))->currentData().toString();
        if (!column.isEmpty())
            mapping.columns.insert(field, column);
        if (m_mapping->cellWidget(row, KeyColumn)->findChild<QCheckBox *>()->isChecked())
            mapping.keyFields.append(field);
    }
    return mapping;
}

void FileImportDialog::mappingEdited()
{
    if (!m_filling)
        updatePreview();
}

void FileImportDialog::updatePreview()
{
    updateOptions(mapping());
    const ImportMapping current = mapping();
    if (current.keyFields.isEmpty())
        m_keyNote->setText(tr("No key: rows are identified by a hash of all their cells, so a row with "
                              "any changed cell is imported as a new record."));
    else {
        QStringList titles;
        for (const QString &field : current.keyFields)
            titles.append(ImportPreviewModel::fieldTitle(field));
        m_keyNote->setText(tr("Rows are identified by %1: importing a changed row updates its record.")
                               .arg(titles.join(tr(" + "))));
    }
    if (!m_preview) {
        m_previewModel->setRows({}, {});
        m_previewModel->setMapping(current);
        if (!isReading())
            m_previewNote->setText(m_path.isEmpty()
                                       ? tr("Choose a file to see its first rows as they will be imported.")
                                       : tr("Nothing to preview: the file cannot be read."));
        updateButtons();
        emit previewUpdated();
        return;
    }
    m_previewModel->setRows(m_preview->header, m_preview->rows);
    m_previewModel->setMapping(current);
    m_previewView->resizeColumnsToContents();
    const auto valid = current.validate(m_preview->header);
    const int shown = m_previewModel->rowCount();
    const int refused = m_previewModel->refusedCount();
    if (!valid)
        m_previewNote->setText(tr("This mapping cannot import yet: %1").arg(valid.error().userMessage()));
    else if (refused > 0)
        m_previewNote->setText(tr("%n of the first %1 rows would be refused; see Problem.", nullptr, refused)
                                   .arg(QLocale().toString(shown)));
    else
        m_previewNote->setText(tr("The first %n row(s) as they will be imported.", nullptr, shown));
    updateButtons();
    emit previewUpdated();
}

void FileImportDialog::updateButtons()
{
    const bool importing = isImporting();
    const bool ready =
        m_preview && !isReading() && mapping().validate(m_preview->header) && !sourceName().isEmpty();
    m_import->setEnabled(ready && !importing);
    m_import->setVisible(!importing);
    m_cancel->setVisible(importing);
    // Closing would only stop the import (see reject()): Stop Import says that plainly.
    m_close->setVisible(!importing);
    m_progress->setVisible(importing);
    m_progressText->setVisible(importing);
    m_inputs->setEnabled(!importing);
}

Result<qint64> FileImportDialog::ensureSystem()
{
    if (systemId() != 0)
        return systemId();
    SystemConfig system;
    system.kind = SystemConfig::Kind::File;
    system.name = sourceName();
    auto created = SystemRepository(m_database).insert(system);
    if (!created)
        return created.error();
    loadSystems(created.value());
    emit systemsChanged();
    return created.value();
}

void FileImportDialog::startImport()
{
    if (isImporting() || isReading() || !m_preview)
        return;
    const ImportMapping chosen = mapping();
    if (auto valid = chosen.validate(m_preview->header); !valid) {
        m_message->showError(valid.error());
        return;
    }
    auto system = ensureSystem();
    if (!system) {
        m_message->showError(system.error());
        return;
    }
    m_importer = std::make_unique<FileImporter>(m_database, system.value());
    if (auto saved = m_importer->saveMapping(sourceName(), chosen); !saved) {
        m_importer.reset();
        m_message->showError(saved.error());
        return;
    }
    m_saved = chosen;
    connect(m_importer.get(), &FileImporter::progress, this, &FileImportDialog::onProgress);
    connect(m_importer.get(), &FileImporter::indexing, this, [this] {
        m_cancel->setEnabled(false);
        m_progressText->setText(tr("Building the cache's indexes…"));
    });
    m_message->clear();
    m_progressText->setText(tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
    FileImporter *importer = m_importer.get();
    const Database *database = &m_database;
    m_watcher.setFuture(
        QtConcurrent::run([importer, database, path = m_path, options = fileOptions(), chosen] {
            auto report = importer->run(path, options, chosen);
            database->releaseThreadConnection();
            return report;
        }));
    updateButtons();
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
}

void FileImportDialog::cancelImport()
{
    if (!m_importer)
        return;
    m_importer->cancel();
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Stopping after the current row…"));
}

void FileImportDialog::reject()
{
    // Esc and Close stop a running import first; the report then says what was imported.
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void FileImportDialog::onProgress(qint64 rows)
{
    // FileImporter::run() clears a cancel that arrives before it starts; ask again.
    if (!m_cancel->isEnabled()) {
        m_importer->cancel();
        return;
    }
    m_progressText->setText(tr("%1 rows read…").arg(QLocale().toString(rows)));
}

void FileImportDialog::onImportDone()
{
    auto result = m_watcher.result();
    m_importer.reset();
    updateButtons();
    if (!result) {
        m_message->showError(result.error(),
                             tr("The import stopped: %1 Rows committed before the problem stay in the cache.")
                                 .arg(result.error().userMessage()));
        emit importFinished(true);
        return;
    }
    m_report = std::move(result).value();
    showReport(*m_report);
    emit importFinished(m_report->rows > 0);
}

void FileImportDialog::showReport(const ImportReport &report)
{
    const UpsertCounts &counts = report.counts;
    const QString file = QFileInfo(m_path).fileName();
    const QString table = ImportPreviewModel::tableTitle(m_table->currentData().toString());
    if (report.cancelled)
        m_reportTitle->setText(tr("Import of “%1” stopped: the rows counted below are in the cache; the "
                                  "rest of the file was not read.")
                                   .arg(file));
    else
        m_reportTitle->setText(
            tr("“%1” imported into %2 of “%3”.").arg(file, table, m_source->currentText()));
    const qint64 values[] = { report.rows, counts.created, counts.updated, counts.unchanged, counts.failed };
    const QLocale locale;
    for (int i = 0; i < FigureCount; ++i)
        m_figures.at(i)->setText(locale.toString(values[i]));
    m_refused->setFailures(counts.failures);
    m_refused->sort(m_refusedView->horizontalHeader()->sortIndicatorSection(),
                    m_refusedView->horizontalHeader()->sortIndicatorOrder());
    const bool refused = !counts.failures.isEmpty();
    m_refusedLabel->setText(refused
                                ? tr("&Refused rows: correct them in the file and import it again (the rows "
                                     "already imported stay as they are).")
                                : tr("No row was refused."));
    m_refusedView->setVisible(refused);
    // Rows refused while reading carry no detail; an empty column would only take room.
    m_refusedView->setColumnHidden(
        RefusedRowsModel::DetailColumn,
        std::all_of(counts.failures.begin(), counts.failures.end(),
                    [](const RecordFailure &failure) { return failure.detail.isEmpty(); }));
    m_export->setEnabled(refused);
    m_pages->setCurrentIndex(1);
    m_again->setFocus();
}

void FileImportDialog::chooseExportFile()
{
    const QString suggested = QFileInfo(m_path).absolutePath() + QLatin1Char('/')
        + tr("%1 refused rows.csv").arg(QFileInfo(m_path).completeBaseName());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Refused Rows"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportRefusedRows(path);
}

void FileImportDialog::exportRefusedRows(const QString &path)
{
    if (auto written = m_refused->writeCsv(path); !written)
        m_reportTitle->setText(written.error().userMessage());
}

void FileImportDialog::startOver()
{
    m_pages->setCurrentIndex(0);
    m_file->setFocus();
    m_file->selectAll();
}

} // namespace cw
