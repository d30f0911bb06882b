#include "cachetablemodel.h"
#include "connectors/file/fileimporter.h"
#include "credentials/memorycredentialstore.h"
#include "dialogs/fileimportdialog.h"
#include "importpreviewmodel.h"
#include "mainwindow.h"
#include "pagequeries.h"
#include "refusedrowsmodel.h"
#include "tempcache.h"
#include "uitestwait.h"
#include "util/settings.h"
#include "widgetlookup.h"
#include "widgets/messagebanner.h"
#include "widgets/tablepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <functional>
#include <memory>

#include <xlsxwriter.h>

using namespace cw;

using test::child;

// Runs a helper that checks with QVERIFY and ends the test when it failed.
#define CHECKED(call)                                                                                        \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

/// The Import File dialog over a real cache: a CSV with a byte-order mark, quoted names with
/// emoji, a mapping changed in the dialog, the import on its worker thread, its report, the
/// refused rows by line, re-import and cancel.
class TestFileImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewShowsConvertedRowsAndProblems();
    void importReportsCountsAndRefusedLines();
    void reimportChangesNothingAndReusesTheMapping();
    void newSourceIsCreatedOnImport();
    void currencyAndReferencesReachTheCache();
    void workbookSheetIsChosenAndSaved();
    void encodingAndDelimiterCanBeOverridden();
    void stopEndsTheImportWithWhatWasCommitted();
    void entryPointsOpenTheDialogAndPagesRefresh();
    void screenshots();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString customersCsv() const;
    std::unique_ptr<FileImportDialog> open(const QString &path, qint64 systemId);
    /// Chooses the entry whose data is @p data in the combo box named @p name.
    static void choose(QWidget *dialog, const QString &name, const QVariant &data);
    /// The widget in @p column of @p field's row of the mapping table.
    static QWidget *mappingCell(QWidget *dialog, const QString &field, int column);
    /// The column chooser and key box of @p field in the mapping table.
    static QComboBox *columnCombo(QWidget *dialog, const QString &field);
    static QCheckBox *keyBox(QWidget *dialog, const QString &field);
    static void chooseColumn(QWidget *dialog, const QString &field, const QString &column);
    /// Maps Kunden-Nr to the external id (the key) and Ort to the city, as a user would.
    static void editMapping(FileImportDialog &dialog);
    /// Runs @p change and waits until the dialog has read the file again (on its worker).
    static void read(FileImportDialog &dialog, const std::function<void()> &change);
    /// Clicks Import and waits until the report shows.
    static void runImport(FileImportDialog &dialog);
    static QString figure(FileImportDialog &dialog, const char *name);

    std::unique_ptr<test::TempCache> m_cache;
    qint64 m_system = 0;
};

void TestFileImportDialog::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_system = m_cache->addSystem(QStringLiteral("file"), QStringLiteral("Payroll"));
    QVERIFY(m_system > 0);
}

void TestFileImportDialog::cleanup()
{
    m_cache.reset();
}

QString TestFileImportDialog::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_cache->folder() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

// Line 4 has no name and line 7 an unknown status: both are refused, the rest imported. The row
// of line 5 holds a quoted line break, so the next row starts on line 7.
QString TestFileImportDialog::customersCsv() const
{
    return writeFile(QStringLiteral("customers.csv"),
                     "\xEF\xBB\xBF"
                     "Kunden-Nr;Company;Status;Ort\r\n"
                     "C-1;\"M\xC3\xBCller \"\"Bau\"\" GmbH\";active;K\xC3\xB6ln\r\n"
                     "C-2;Caf\xC3\xA9 \xF0\x9F\x9A\x80 Ltd;archived;Paris\r\n"
                     "C-3;;active;Berlin\r\n"
                     "C-4;\"Nord; S\xC3\xBC\x64\nAG\";prospect;Hamburg\r\n"
                     "C-5;Zeta;bogus;Hamburg\r\n"
                     "C-6;\"\xF0\x9F\x8D\xBA Brew & Co\";;Munich\r\n");
}

std::unique_ptr<FileImportDialog> TestFileImportDialog::open(const QString &path, qint64 systemId)
{
    auto dialog = std::make_unique<FileImportDialog>(m_cache->db(), systemId);
    dialog->show();
    choose(dialog.get(), QStringLiteral("tableCombo"), QStringLiteral("customer"));
    read(*dialog, [&] { dialog->setFile(path); });
    return dialog;
}

void TestFileImportDialog::choose(QWidget *dialog, const QString &name, const QVariant &data)
{
    auto *combo = dialog->findChild<QComboBox *>(name);
    QVERIFY2(combo, qPrintable(name));
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

// Through the table: rows replaced by another table or file are deleted later, not at once.
QWidget *TestFileImportDialog::mappingCell(QWidget *dialog, const QString &field, int column)
{
    auto *table = child<QTableWidget>(dialog, "mappingTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == field)
            return table->cellWidget(row, column);
    }
    return nullptr;
}

QComboBox *TestFileImportDialog::columnCombo(QWidget *dialog, const QString &field)
{
    return qobject_cast<QComboBox *>(mappingCell(dialog, field, 1));
}

QCheckBox *TestFileImportDialog::keyBox(QWidget *dialog, const QString &field)
{
    QWidget *cell = mappingCell(dialog, field, 2);
    return cell ? cell->findChild<QCheckBox *>() : nullptr;
}

void TestFileImportDialog::chooseColumn(QWidget *dialog, const QString &field, const QString &column)
{
    QComboBox *combo = columnCombo(dialog, field);
    QVERIFY2(combo, qPrintable(field));
    const int index = combo->findData(column);
    QVERIFY2(index >= 0, qPrintable(column));
    combo->setCurrentIndex(index);
}

void TestFileImportDialog::editMapping(FileImportDialog &dialog)
{
    CHECKED(chooseColumn(&dialog, QStringLiteral("external_id"), QStringLiteral("Kunden-Nr")));
    CHECKED(chooseColumn(&dialog, QStringLiteral("city"), QStringLiteral("Ort")));
    QCheckBox *key = keyBox(&dialog, QStringLiteral("external_id"));
    QVERIFY(key);
    key->setChecked(true);
}

void TestFileImportDialog::read(FileImportDialog &dialog, const std::function<void()> &change)
{
    QSignalSpy spy(&dialog, &FileImportDialog::fileRead);
    change();
    QVERIFY(spy.count() > 0 || spy.wait(20000));
    QVERIFY(!dialog.isReading());
}

void TestFileImportDialog::runImport(FileImportDialog &dialog)
{
    auto *import = child<QPushButton>(&dialog, "importButton");
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    QSignalSpy finished(&dialog, &FileImportDialog::importFinished);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(!dialog.isImporting());
    QCOMPARE(dialog.findChild<QStackedWidget *>()->currentIndex(), 1);
}

QString TestFileImportDialog::figure(FileImportDialog &dialog, const char *name)
{
    auto *label = child<QLabel>(&dialog, name);
    return label ? label->text() : QString();
}

void TestFileImportDialog::previewShowsConvertedRowsAndProblems()
{
    auto dialog = open(customersCsv(), m_system);
    auto *facts = child<QLabel>(dialog.get(), "fileFacts");
    QVERIFY(facts->text().contains(QStringLiteral("UTF-8")));
    QVERIFY(facts->text().contains(QStringLiteral("semicolons")));

    // Guessed: Company feeds the name and Status the status; Kunden-Nr and Ort are unknown words.
    ImportMapping mapping = dialog->mapping();
    QCOMPARE(mapping.columns.value(QStringLiteral("name")), QStringLiteral("Company"));
    QCOMPARE(mapping.columns.value(QStringLiteral("status")), QStringLiteral("Status"));
    QVERIFY(!mapping.columns.contains(QStringLiteral("external_id")));
    QVERIFY(mapping.keyFields.isEmpty());
    QVERIFY(child<QLabel>(dialog.get(), "keyNote")->text().contains(QStringLiteral("hash")));

    QSignalSpy updated(dialog.get(), &FileImportDialog::previewUpdated);
    CHECKED(editMapping(*dialog));
    QVERIFY(updated.count() >= 3);
    mapping = dialog->mapping();
    QCOMPARE(mapping.keyFields, QStringList { QStringLiteral("external_id") });
    QCOMPARE(mapping.columns.value(QStringLiteral("city")), QStringLiteral("Ort"));

    auto *view = child<QTableView>(dialog.get(), "previewView");
    auto *model = qobject_cast<ImportPreviewModel *>(view->model());
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->refusedCount(), 2);
    const auto cell = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    const auto columnOf = [&](const QString &title) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == title)
                return c;
        }
        return -1;
    };
    const int name = columnOf(QStringLiteral("Name"));
    const int status = columnOf(QStringLiteral("Status"));
    QVERIFY(name > 0 && status > 0);
    QCOMPARE(cell(0, ImportPreviewModel::KeyColumn), QStringLiteral("C-1"));
    QCOMPARE(cell(0, name), QStringLiteral("Müller \"Bau\" GmbH"));
    QCOMPARE(cell(1, name), QStringLiteral("Café 🚀 Ltd"));
    QCOMPARE(cell(1, status), QStringLiteral("archived"));
    QCOMPARE(cell(2, ImportPreviewModel::LineColumn), QStringLiteral("4"));
    QVERIFY(cell(2, model->problemColumn()).contains(QStringLiteral("name")));
    QCOMPARE(cell(3, name), QStringLiteral("Nord; Süd AG"));
    QCOMPARE(model->index(3, name).data(Qt::ToolTipRole).toString(), QStringLiteral("Nord; Süd\nAG"));
    QCOMPARE(cell(3, status), QStringLiteral("not_customer"));
    QCOMPARE(cell(4, ImportPreviewModel::LineColumn), QStringLiteral("7"));
    QVERIFY(cell(4, model->problemColumn()).contains(QStringLiteral("bogus")));
    QVERIFY(child<QLabel>(dialog.get(), "previewNote")->text().contains(QStringLiteral("2")));

    // Unmapping the name leaves a required field without a column: Import is refused.
    CHECKED(chooseColumn(dialog.get(), QStringLiteral("name"), QString()));
    QVERIFY(!child<QPushButton>(dialog.get(), "importButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), "previewNote")->text().contains(QStringLiteral("name")));
    QCOMPARE(model->refusedCount(), 6);
}

void TestFileImportDialog::importReportsCountsAndRefusedLines()
{
    const QString path = customersCsv();
    auto dialog = open(path, m_system);
    CHECKED(editMapping(*dialog));
    CHECKED(runImport(*dialog));

    QVERIFY(dialog->report().has_value());
    const ImportReport &report = *dialog->report();
    QCOMPARE(report.rows, 6);
    QCOMPARE(report.counts.created, 4);
    QCOMPARE(report.counts.failed, 2);
    QCOMPARE(figure(*dialog, "rowsFigure"), QStringLiteral("6"));
    QCOMPARE(figure(*dialog, "createdFigure"), QStringLiteral("4"));
    QCOMPARE(figure(*dialog, "updatedFigure"), QStringLiteral("0"));
    QCOMPARE(figure(*dialog, "unchangedFigure"), QStringLiteral("0"));
    QCOMPARE(figure(*dialog, "refusedFigure"), QStringLiteral("2"));

    auto *refused = child<QTableView>(dialog.get(), "refusedView");
    QAbstractItemModel *rows = refused->model();
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->index(0, RefusedRowsModel::LineColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(rows->index(1, RefusedRowsModel::LineColumn).data().toString(), QStringLiteral("7"));
    QVERIFY(
        rows->index(1, RefusedRowsModel::ReasonColumn).data().toString().contains(QStringLiteral("bogus")));
    // Sorting by line descending puts line 7 first.
    refused->sortByColumn(RefusedRowsModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(rows->index(0, RefusedRowsModel::LineColumn).data().toString(), QStringLiteral("7"));

    QCOMPARE(m_cache->scalar(
                 QStringLiteral("SELECT name FROM customer WHERE system_id = ? AND external_id = 'C-1'"),
                 { m_system }),
             QVariant(QStringLiteral("Müller \"Bau\" GmbH")));
    QCOMPARE(m_cache->scalar(
                 QStringLiteral("SELECT name FROM customer WHERE system_id = ? AND external_id = 'C-6'"),
                 { m_system }),
             QVariant(QStringLiteral("🍺 Brew & Co")));
    QCOMPARE(m_cache->scalar(
                 QStringLiteral("SELECT city FROM customer WHERE system_id = ? AND external_id = 'C-2'"),
                 { m_system }),
             QVariant(QStringLiteral("Paris")));
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer WHERE system_id = ?"), { m_system })
            .toInt(),
        4);

    // The export keeps the list's order: line 7 first.
    const QString exported = m_cache->folder() + QStringLiteral("/refused.csv");
    dialog->exportRefusedRows(exported);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("Line,Key,Reason,Detail")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("7,")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("4,")));

    // The mapping is saved under the source's name, as crosswalkctl import --mapping reads it.
    auto saved = FileImporter(m_cache->db(), m_system).loadMapping(QStringLiteral("Payroll"));
    QVERIFY(saved);
    QCOMPARE(saved.value().table, QStringLiteral("customer"));
    QCOMPARE(saved.value().columns.value(QStringLiteral("external_id")), QStringLiteral("Kunden-Nr"));
    QCOMPARE(saved.value().keyFields, QStringList { QStringLiteral("external_id") });
}

void TestFileImportDialog::reimportChangesNothingAndReusesTheMapping()
{
    const QString path = customersCsv();
    {
        auto first = open(path, m_system);
        CHECKED(editMapping(*first));
        CHECKED(runImport(*first));
        QCOMPARE(first->report()->counts.created, 4);
    }
    // A new dialog for the same source starts from the saved mapping, table included.
    auto dialog = std::make_unique<FileImportDialog>(m_cache->db(), m_system);
    dialog->show();
    CHECKED(read(*dialog, [&] { dialog->setFile(path); }));
    QCOMPARE(child<QComboBox>(dialog.get(), "tableCombo")->currentData().toString(),
             QStringLiteral("customer"));
    QCOMPARE(columnCombo(dialog.get(), QStringLiteral("external_id"))->currentData().toString(),
             QStringLiteral("Kunden-Nr"));
    QVERIFY(keyBox(dialog.get(), QStringLiteral("external_id"))->isChecked());
    const QVariant before =
        m_cache->scalar(QStringLiteral("SELECT group_concat(id || name || updated_at) FROM customer"));
    CHECKED(runImport(*dialog));
    const ImportReport &report = *dialog->report();
    QCOMPARE(report.rows, 6);
    QCOMPARE(report.counts.created, 0);
    QCOMPARE(report.counts.updated, 0);
    QCOMPARE(report.counts.unchanged, 4);
    QCOMPARE(report.counts.failed, 2);
    QCOMPARE(figure(*dialog, "unchangedFigure"), QStringLiteral("4"));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT group_concat(id || name || updated_at) FROM customer")),
             before);

    // Import Another File goes back to the mapping with the file still chosen.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "importAgainButton"), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QStackedWidget *>()->currentIndex(), 0);
    QVERIFY(child<QPushButton>(dialog.get(), "importButton")->isEnabled());
}

void TestFileImportDialog::newSourceIsCreatedOnImport()
{
    const QString path = customersCsv();
    auto dialog = open(path, 0);
    auto *source = child<QComboBox>(dialog.get(), "sourceCombo");
    // The existing file source comes first; choose "New file source" and name it.
    CHECKED(choose(dialog.get(), QStringLiteral("sourceCombo"), qint64(0)));
    auto *name = child<QLineEdit>(dialog.get(), "newSourceEdit");
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("customers"));
    // A name another connection has is refused before anything is written.
    test::setText(dialog.get(), "newSourceEdit", QStringLiteral("Payroll"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "importButton"), Qt::LeftButton);
    QVERIFY(!dialog->isImporting());
    QVERIFY(!child<MessageBanner>(dialog.get(), "importMessage")->text().isEmpty());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 1);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 0);
    test::setText(dialog.get(), "newSourceEdit", QStringLiteral("Expense tool"));
    QSignalSpy created(dialog.get(), &FileImportDialog::systemsChanged);
    CHECKED(runImport(*dialog));
    QCOMPARE(created.count(), 1);
    const qint64 id =
        m_cache->scalar(QStringLiteral("SELECT id FROM system WHERE name = 'Expense tool' AND kind = 'file'"))
            .toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(dialog->systemId(), id);
    QCOMPARE(source->currentText(), QStringLiteral("Expense tool"));
    // No key was chosen: the four good rows are keyed by their hash, in the new source.
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer WHERE system_id = ?"), { id }).toInt(),
        4);
    QVERIFY(FileImporter(m_cache->db(), id).loadMapping(QStringLiteral("Expense tool")).ok());
}

void TestFileImportDialog::currencyAndReferencesReachTheCache()
{
    const qint64 bullhorn = m_cache->addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    QVERIFY(m_cache->exec(
        QStringLiteral("INSERT INTO placement (system_id, external_id, start_date, modified_at) "
                       "VALUES (?, 'P-7', '2026-01-01', '2026-01-01T00:00:00Z')"),
        { bullhorn }));
    const QString path = writeFile(QStringLiteral("hours.csv"),
                                   "Ref,Placement,Date,Hours\n"
                                   "T-1,P-7,2026-03-02,8\n"
                                   "T-2,P-404,03.03.2026,7:30\n");
    auto dialog = std::make_unique<FileImportDialog>(m_cache->db(), m_system);
    dialog->show();
    CHECKED(read(*dialog, [&] { dialog->setFile(path); }));
    auto *currency = child<QLineEdit>(dialog.get(), "currencyEdit");
    auto *references = child<QComboBox>(dialog.get(), "referencesCombo");
    QVERIFY(currency->isEnabled());
    QVERIFY(references->isEnabled());
    // The source itself is not offered as the other system.
    QCOMPARE(references->findData(m_system), -1);
    test::setText(dialog.get(), "currencyEdit", QStringLiteral("eur"));
    CHECKED(choose(dialog.get(), QStringLiteral("referencesCombo"), bullhorn));
    const ImportMapping mapping = dialog->mapping();
    QCOMPARE(mapping.defaultCurrency, QStringLiteral("EUR"));
    QCOMPARE(mapping.referenceSystemId, bullhorn);
    QCOMPARE(mapping.keyFields, QStringList { QStringLiteral("external_id") });
    CHECKED(runImport(*dialog));
    QCOMPARE(dialog->report()->counts.created, 2);
    const QString line =
        QStringLiteral("SELECT %1 FROM timesheet_line WHERE system_id = ? AND external_id = ?");
    QCOMPARE(
        m_cache->scalar(line.arg(QStringLiteral("currency")), { m_system, QStringLiteral("T-1") }).toString(),
        QStringLiteral("EUR"));
    QCOMPARE(
        m_cache->scalar(line.arg(QStringLiteral("minutes")), { m_system, QStringLiteral("T-2") }).toInt(),
        450);
    QCOMPARE(m_cache->scalar(line.arg(QStringLiteral("placement_id")), { m_system, QStringLiteral("T-1") }),
             m_cache->scalar(QStringLiteral("SELECT id FROM placement WHERE external_id = 'P-7'")));
    // A placement the cache does not hold (yet) leaves the line unlinked, not refused.
    QVERIFY(m_cache->scalar(line.arg(QStringLiteral("placement_id")), { m_system, QStringLiteral("T-2") })
                .isNull());

    // Mapping the currency to a column makes the default meaningless: it is disabled.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "importAgainButton"), Qt::LeftButton);
    CHECKED(chooseColumn(dialog.get(), QStringLiteral("currency"), QStringLiteral("Ref")));
    QVERIFY(!currency->isEnabled());
    QVERIFY(dialog->mapping().defaultCurrency.isEmpty());
}

void TestFileImportDialog::workbookSheetIsChosenAndSaved()
{
    const QString path = m_cache->folder() + QStringLiteral("/hours.xlsx");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    QVERIFY(workbook);
    lxw_worksheet *notes = workbook_add_worksheet(workbook, "Notes");
    worksheet_write_string(notes, 0, 0, "Text", nullptr);
    worksheet_write_string(notes, 1, 0, "Exported by the payroll tool", nullptr);
    lxw_worksheet *hours = workbook_add_worksheet(workbook, "Hours");
    const char *const header[] = { "Ref", "Date", "Hours" };
    for (int column = 0; column < 3; ++column)
        worksheet_write_string(hours, 0, lxw_col_t(column), header[column], nullptr);
    for (int row = 1; row <= 2; ++row) {
        worksheet_write_string(hours, lxw_row_t(row), 0, row == 1 ? "W-1" : "W-2", nullptr);
        worksheet_write_string(hours, lxw_row_t(row), 1, row == 1 ? "2026-04-01" : "2026-04-02", nullptr);
        worksheet_write_number(hours, lxw_row_t(row), 2, row == 1 ? 8.0 : 6.25, nullptr);
    }
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    auto dialog = std::make_unique<FileImportDialog>(m_cache->db(), m_system);
    dialog->show();
    CHECKED(read(*dialog, [&] { dialog->setFile(path); }));
    auto *sheet = child<QComboBox>(dialog.get(), "sheetCombo");
    QCOMPARE(sheet->count(), 2);
    QVERIFY(sheet->isEnabled());
    QVERIFY(!child<QComboBox>(dialog.get(), "encodingCombo")->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), "fileFacts")->text().contains(QStringLiteral("Notes")));
    // The notes sheet has no date or hours: nothing can be imported from it.
    QVERIFY(!child<QPushButton>(dialog.get(), "importButton")->isEnabled());

    CHECKED(read(*dialog, [&] { sheet->setCurrentIndex(sheet->findText(QStringLiteral("Hours"))); }));
    QVERIFY(child<QLabel>(dialog.get(), "fileFacts")->text().contains(QStringLiteral("Hours")));
    QCOMPARE(dialog->mapping().sheet, QStringLiteral("Hours"));
    QCOMPARE(dialog->mapping().columns.value(QStringLiteral("hours")), QStringLiteral("Hours"));
    CHECKED(runImport(*dialog));
    QCOMPARE(dialog->report()->counts.created, 2);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral(
                              "SELECT minutes FROM timesheet_line WHERE system_id = ? AND external_id = ?"),
                          { m_system, QStringLiteral("W-2") })
                 .toInt(),
             375);

    // The next dialog for this source opens the saved sheet.
    auto again = std::make_unique<FileImportDialog>(m_cache->db(), m_system);
    again->show();
    CHECKED(read(*again, [&] { again->setFile(path); }));
    QCOMPARE(child<QComboBox>(again.get(), "sheetCombo")->currentText(), QStringLiteral("Hours"));
    QVERIFY(child<QPushButton>(again.get(), "importButton")->isEnabled());
}

void TestFileImportDialog::encodingAndDelimiterCanBeOverridden()
{
    const QString path = writeFile(QStringLiteral("legacy.csv"), "Company,City\r\nM\xFCller AG,K\xF6ln\r\n");
    auto dialog = open(path, m_system);
    auto *facts = child<QLabel>(dialog.get(), "fileFacts");
    QVERIFY2(facts->text().contains(QStringLiteral("Windows-1252")), qPrintable(facts->text()));
    QVERIFY(facts->text().contains(QStringLiteral("commas")));
    auto *model = child<QTableView>(dialog.get(), "previewView")->model();
    QCOMPARE(model->index(0, ImportPreviewModel::FirstFieldColumn).data().toString(),
             QStringLiteral("Müller AG"));

    // Read as UTF-8 the file is invalid: the dialog says so and offers no import.
    CHECKED(read(*dialog, [&] {
        choose(dialog.get(), QStringLiteral("encodingCombo"), int(TabularFile::Encoding::Utf8));
    }));
    auto *message = child<MessageBanner>(dialog.get(), "importMessage");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!child<QPushButton>(dialog.get(), "importButton")->isEnabled());
    QVERIFY(facts->text().contains(QStringLiteral("cannot be read as UTF-8")));
    QVERIFY(child<QLabel>(dialog.get(), "previewNote")->text().contains(QStringLiteral("cannot be read")));
    QVERIFY(dialog->grab().save(test::screenshotFolder(QStringLiteral("fileimportdialog"))
                                + QStringLiteral("/unreadable.png")));
    CHECKED(read(*dialog, [&] {
        choose(dialog.get(), QStringLiteral("encodingCombo"), int(TabularFile::Encoding::Windows1252));
    }));
    QVERIFY(!message->isVisible());
    QVERIFY(facts->text().contains(QStringLiteral("chosen")));
    QVERIFY(child<QPushButton>(dialog.get(), "importButton")->isEnabled());

    // A semicolon gives one column named after the whole header line: the name has no column.
    CHECKED(
        read(*dialog, [&] { choose(dialog.get(), QStringLiteral("delimiterCombo"), QStringLiteral(";")); }));
    QVERIFY(facts->text().contains(QStringLiteral("semicolons")));
    QVERIFY(!child<QPushButton>(dialog.get(), "importButton")->isEnabled());
    // Back to commas, the mapping is guessed again from the real header.
    CHECKED(
        read(*dialog, [&] { choose(dialog.get(), QStringLiteral("delimiterCombo"), QStringLiteral(",")); }));
    QCOMPARE(dialog->mapping().columns.value(QStringLiteral("name")), QStringLiteral("Company"));
    QVERIFY(child<QPushButton>(dialog.get(), "importButton")->isEnabled());
}

void TestFileImportDialog::stopEndsTheImportWithWhatWasCommitted()
{
    QByteArray csv = "Ref,Date,Hours,Billable\n";
    constexpr int kRows = 300000;
    for (int i = 0; i < kRows; ++i)
        csv += QStringLiteral("T-%1,2026-%2-%3,%4.5,yes\n")
                   .arg(i)
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 9)
                   .toLatin1();
    const QString path = writeFile(QStringLiteral("hours.csv"), csv);
    auto dialog = std::make_unique<FileImportDialog>(m_cache->db(), m_system);
    dialog->show();
    CHECKED(read(*dialog, [&] { dialog->setFile(path); }));
    QCOMPARE(child<QComboBox>(dialog.get(), "tableCombo")->currentData().toString(),
             QStringLiteral("timesheet_line"));
    QSignalSpy finished(dialog.get(), &FileImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "importButton"), Qt::LeftButton);
    QVERIFY(dialog->isImporting());
    QVERIFY(!child<QPushButton>(dialog.get(), "importButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog.get(), "cancelImportButton")->isVisible());
    auto *progress = child<QLabel>(dialog.get(), "importProgressText");
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(QStringLiteral("rows read")), 60000);
    QVERIFY(dialog->grab().save(test::screenshotFolder(QStringLiteral("fileimportdialog"))
                                + QStringLiteral("/importing.png")));
    // Esc stops the import instead of closing the dialog.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QVERIFY(finished.wait(60000));
    const ImportReport &report = *dialog->report();
    QVERIFY(report.cancelled);
    QVERIFY(report.rows < kRows);
    QVERIFY(report.counts.created > 0);
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT count(*) FROM timesheet_line WHERE system_id = ?"), { m_system })
            .toLongLong(),
        report.counts.created);
    QVERIFY(child<QLabel>(dialog.get(), "reportTitle")->text().contains(QStringLiteral("stopped")));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM sync_run WHERE id = ?"), { report.runId }),
             QVariant(QStringLiteral("cancelled")));
}

void TestFileImportDialog::entryPointsOpenTheDialogAndPagesRefresh()
{
    const qint64 odoo = m_cache->addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
    const qint64 timesheets = m_cache->addSystem(QStringLiteral("file"), QStringLiteral("Timesheets"));
    MemoryCredentialStore credentials;
    Settings settings(m_cache->folder() + QStringLiteral("/settings.ini"));
    MainWindow window(m_cache->db(), credentials, settings);
    window.resize(1280, 800);
    window.show();

    // File > Import File… is Ctrl+I and opens the dialog on the first file source (by name).
    QAction *action = nullptr;
    for (QAction *candidate : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            action = candidate;
    }
    QVERIFY(action);
    QVERIFY(action->text().contains(QStringLiteral("Import")));
    action->trigger();
    auto *dialog = window.findChild<FileImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->systemId(), m_system);
    dialog->close();
    QTRY_VERIFY(!window.findChild<FileImportDialog *>());

    // Settings: Import File… is offered for file sources only and opens the dialog on that source.
    window.showPage(PageId::Settings);
    auto *table = child<QTableWidget>(&window, "connectionsTable");
    auto *button = child<QPushButton>(&window, "importFileButton");
    QVERIFY(table && button);
    const auto select = [&](qint64 id) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                table->selectRow(row);
        }
    };
    select(odoo);
    QVERIFY(!button->isEnabled());
    select(m_system);
    QVERIFY(button->isEnabled());
    // Ctrl+I on Settings imports for the file source selected there.
    select(timesheets);
    action->trigger();
    dialog = window.findChild<FileImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->systemId(), timesheets);
    dialog->close();
    QTRY_VERIFY(!window.findChild<FileImportDialog *>());
    select(m_system);
    QTest::mouseClick(button, Qt::LeftButton);
    dialog = window.findChild<FileImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->systemId(), m_system);

    // After the import, the Unmatched page lists the imported customers without being asked.
    TablePage *unmatched = window.tablePage(PageId::Unmatched);
    QVERIFY(test::waitIdle(*unmatched->model()));
    QCOMPARE(unmatched->model()->rowCount(), 0);
    CHECKED(choose(dialog, QStringLiteral("tableCombo"), QStringLiteral("customer")));
    CHECKED(read(*dialog, [&] { dialog->setFile(customersCsv()); }));
    CHECKED(runImport(*dialog));
    const qint64 expected = m_cache
                                ->scalar(QStringLiteral("SELECT COUNT(*) FROM customer c WHERE ")
                                         + PageQueries::unmatchedCustomerCondition())
                                .toLongLong();
    QCOMPARE(expected, 3); // C-4 is a prospect
    QTRY_COMPARE_WITH_TIMEOUT(unmatched->model()->rowCount(), int(expected), 20000);
}

void TestFileImportDialog::screenshots()
{
    const QString folder = test::screenshotFolder(QStringLiteral("fileimportdialog"));
    auto dialog = open(customersCsv(), m_system);
    CHECKED(editMapping(*dialog));
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(folder + QStringLiteral("/setup-default.png")));
    dialog->resize(1280, 800);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(folder + QStringLiteral("/setup-1280x800.png")));
    CHECKED(runImport(*dialog));
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(folder + QStringLiteral("/report-1280x800.png")));
}

QTEST_MAIN(TestFileImportDialog)
#include "tst_fileimportdialog.moc"
