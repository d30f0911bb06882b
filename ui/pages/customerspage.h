#pragma once

#include "matching/mappingservice.h"
#include "widgets/tablepage.h"

class QAction;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace cw {

class CacheMatchJob;
class DecisionBar;
class PairComparisonView;

/// Customers: the canonical customers of the crosswalk with their record in each system, every
/// customer record with its link state, the review queue (most value at stake first) with the
/// two records of the selected match side by side, and the decided matches.
///
/// Decisions over the selection: accept (A) and reject (R) matches, merge customers, split
/// records out of their customer, link records together or to a customer found by search; Undo
/// (Ctrl+Z) and Redo (Ctrl+Shift+Z). The thresholds re-band the stored scores at once (no
/// re-scoring); "Match now" runs the matcher over the cache in the background, with progress and
/// cancel. Lives on the GUI thread.
class CustomersPage : public TablePage
{
    Q_OBJECT

public:
    enum ViewIndex { CanonicalView = 0, RecordsView = 1, ReviewView = 2, DecidedView = 3 };

    CustomersPage(const Database &database, Settings &settings, QWidget *parent = nullptr);
    ~CustomersPage() override;

    DecisionBar *decisionBar() const { return m_bar; }
    PairComparisonView *comparison() const { return m_comparison; }
    QAction *acceptAction() const { return m_accept; }
    QAction *rejectAction() const { return m_reject; }
    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }
    QAction *linkAction() const { return m_link; }
    QDoubleSpinBox *autoThresholdBox() const { return m_autoThreshold; }
    QDoubleSpinBox *reviewThresholdBox() const { return m_reviewThreshold; }
    CacheMatchJob *matchJob() const { return m_job; }

public slots:
    /// Rebuilds the columns after systems were added, renamed or removed.
    void reloadSystems();
    /// Shows every customer record, most unbilled hours first (the Dashboard's unbilled tiles).
    void showUnbilledRecords();
    /// Applies the threshold boxes: stores them and re-bands the open matches.
    void applyThresholds();
    /// Starts matching the cached customers of all systems, or cancels the run in progress.
    void matchNow();

private:
    QWidget *createThresholds();
    void createActions();
    void updateActions();
    void showCurrentPair();
    void acceptSelected();
    void rejectSelected();
    void mergeSelected();
    void splitSelected();
    void linkSelected();
    void matchFinished();
    /// Reads the band counts of the open matches for the thresholds shown.
    void updateBands();
    void showBands(const MappingService::Bands &bands);

    const Database &m_database;
    Settings &m_settings;
    DecisionBar *m_bar;
    PairComparisonView *m_comparison;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_link = nullptr;
    QDoubleSpinBox *m_autoThreshold = nullptr;
    QDoubleSpinBox *m_reviewThreshold = nullptr;
    QLabel *m_bands = nullptr;
    QTimer *m_thresholdDelay;
    QPushButton *m_matchButton = nullptr;
    QProgressBar *m_progress = nullptr;
    CacheMatchJob *m_job;
};

} // namespace cw
