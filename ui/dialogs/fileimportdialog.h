#pragma once

#include "connectors/file/fileimporter.h"
#include "domain/systemconfig.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace cw {

class Database;
class ImportPreviewModel;
class MessageBanner;
class RefusedRowsModel;

/// File > Import file: imports a CSV or XLSX export into the cache for a file-import connection.
///
/// The user picks the connection (or names a new one, created when the import starts), the file,
/// and sees its detected format, encoding and delimiter, each of which can be overridden (and the
/// sheet of a workbook), the currency of files without a currency column and the connection
/// whose ids references point to (placement ids from Bullhorn). The mapping table lists the fields of the
/// chosen table (required ones marked) with the column feeding each and whether it identifies a row; it
/// starts from the mapping saved for the connection, else from ImportMapping::guess(). The preview shows the
/// first rows as the import will read them. Import saves the mapping for the connection (under
/// its name, as `crosswalkctl import --mapping NAME` reads it) and runs FileImporter on a worker
/// thread with progress and Cancel; the report that follows counts rows read, created, updated,
/// unchanged and refused and lists the refused rows, sortable and exportable to CSV.
///
/// Lives on the GUI thread; the Database must outlive it. Closing the dialog during an import
/// cancels it (the rows committed so far stay).
class FileImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p systemId preselects that file-import connection; 0 the first one, or a new one when
    /// there is none.
    FileImportDialog(const Database &database, qint64 systemId = 0, QWidget *parent = nullptr);
    ~FileImportDialog() override;

    /// Reads @p path and shows its preview (what Browse does once a file is chosen).
    void setFile(const QString &path);
    /// The mapping the dialog would import with.
    ImportMapping mapping() const;
    /// The connection the import writes to; 0 while it is still to be created.
    qint64 systemId() const;
    bool isImporting() const { return m_watcher.isRunning(); }
    /// True while the file's first rows are being read (on a worker: workbooks are read whole).
    bool isReading() const { return m_reader.isRunning(); }
    /// The outcome of the last import, if one ran.
    const std::optional<ImportReport> &report() const { return m_report; }

    void reject() override;

public slots:
    /// Saves the mapping and starts the import (the Import button).
    void startImport();
    /// Asks the running import to stop after the current row.
    void cancelImport();
    /// Writes the refused rows of the report to @p path as CSV, without asking.
    void exportRefusedRows(const QString &path);

signals:
    /// The preview was read again (file, encoding, delimiter, sheet, table or mapping changed).
    void previewUpdated();
    /// The file was read again after a change of file, encoding, delimiter or sheet (or could not be).
    void fileRead();
    /// An import ended, completely or not; @p wrote is true when it may have changed the cache.
    void importFinished(bool wrote);
    /// A new file-import connection was created.
    void systemsChanged();

private:
    QWidget *createSetupPage();
    QWidget *createReportPage();
    QLayout *createSourceRows();
    QWidget *createMappingTable();
    QWidget *createPreview();
    void loadSystems(qint64 selected);
    void loadSavedMapping();
    void browse();
    void readFile();
    void onFileRead();
    void showFileFacts();
    void applySavedOrGuess();
    void chooseTable();
    /// @p preferred where its columns are in the file, the guess for the rest.
    ImportMapping merged(const ImportMapping &preferred) const;
    void fillMappingTable(const ImportMapping &mapping);
    /// Fills the reference system chooser with every connection but the chosen source.
    void loadReferenceSystems(qint64 selected);
    /// Enables the currency and reference choices the table and mapping need.
    void updateOptions(const ImportMapping &mapping);
    void mappingEdited();
    void updatePreview();
    void updateButtons();
    Result<qint64> ensureSystem();
    QString sourceName() const;
    TabularFile::Options fileOptions() const;
    void onProgress(qint64 rows);
    void onImportDone();
    void showReport(const ImportReport &report);
    void chooseExportFile();
    void startOver();

    const Database &m_database;
    /// Every connection of the cache, for the source and reference choosers.
    QList<SystemConfig> m_systems;
    QString m_path;
    std::optional<ImportPreview> m_preview;
    /// The mapping saved for the chosen source, if any.
    std::optional<ImportMapping> m_saved;
    std::unique_ptr<FileImporter> m_importer;
    QFutureWatcher<Result<ImportReport>> m_watcher;
    QFutureWatcher<Result<ImportPreview>> m_reader;
    /// The file or how to read it changed while it was being read.
    bool m_readAgain = false;
    std::optional<ImportReport> m_report;
    bool m_filling = false;

    QStackedWidget *m_pages = nullptr;
    /// Everything the user chooses before importing; disabled while an import runs.
    QWidget *m_inputs = nullptr;
    MessageBanner *m_message = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_newSource = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_facts = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_sheet = nullptr;
    QComboBox *m_table = nullptr;
    QLineEdit *m_currency = nullptr;
    QComboBox *m_references = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_keyNote = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_previewNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;

    QLabel *m_reportTitle = nullptr;
    QList<QLabel *> m_figures;
    QLabel *m_refusedLabel = nullptr;
    RefusedRowsModel *m_refused = nullptr;
    QTableView *m_refusedView = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace cw
