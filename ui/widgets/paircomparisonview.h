#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cw {

class CandidateDetails;

/// The two records of a match candidate side by side: each field of both, coloured by whether
/// they agree (green), partly agree (amber), disagree (red) or one is missing (grey), with the
/// matcher's evidence and weight per field and the score in words. The weight column shows only
/// for matches the matcher scored; for others (demo data) the summary says why it is absent.
class PairComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit PairComparisonView(QWidget *parent = nullptr);

    void setDetails(const CandidateDetails &details);
    /// Shows @p message instead of a pair ("Select a match to compare its records").
    void clear(const QString &message);

    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_heading;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace cw
