#include "paircomparisonview.h"

#include "candidatedetails.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

namespace {

enum Column { FieldColumn, LeftColumn, RightColumn, VerdictColumn, WeightColumn, ColumnCount };

// Light tints that keep dark text readable; the verdict is also spelled out, so colour is
// never the only signal.
QColor tint(CandidateDetails::Verdict verdict)
{
    switch (verdict) {
    case CandidateDetails::Verdict::Agree:
        return QColor(0xe3, 0xf4, 0xe6);
    case CandidateDetails::Verdict::Partial:
        return QColor(0xfd, 0xf3, 0xd8);
    case CandidateDetails::Verdict::Disagree:
        return QColor(0xfb, 0xe3, 0xe1);
    case CandidateDetails::Verdict::Missing:
        return QColor(0xf0, 0xf0, 0xf0);
    case CandidateDetails::Verdict::Unknown:
        break;
    }
    return {};
}

QString verdictText(CandidateDetails::Verdict verdict)
{
    switch (verdict) {
    case CandidateDetails::Verdict::Agree:
        return PairComparisonView::tr("Agree");
    case CandidateDetails::Verdict::Partial:
        return PairComparisonView::tr("Partly agree");
    case CandidateDetails::Verdict::Disagree:
        return PairComparisonView::tr("Disagree");
    case CandidateDetails::Verdict::Missing:
        return PairComparisonView::tr("Missing");
    case CandidateDetails::Verdict::Unknown:
        break;
    }
    return PairComparisonView::tr("Differs");
}

QString side(const CandidateDetails::Record &record)
{
    if (record.canonicalId == 0)
        return PairComparisonView::tr("%1 (not linked)").arg(record.systemName);
    return PairComparisonView::tr("%1 (linked to %2)").arg(record.systemName, record.canonicalName);
}

} // namespace

PairComparisonView::PairComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_table->setHorizontalHeaderLabels(
        { tr("Field"), tr("Record"), tr("Possible match"), tr("Evidence"), tr("Weight (bits)") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(LeftColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RightColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FieldColumn, 130);
    m_table->setColumnWidth(VerdictColumn, 210);
    m_table->setColumnWidth(WeightColumn, 100);
    m_table->setAccessibleName(tr("Comparison of the two records"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    clear(tr("Select a match in the list to compare its two records."));
}

void PairComparisonView::clear(const QString &message)
{
    m_heading->setText(tr("Comparison"));
    m_summary->setText(message);
    m_table->setRowCount(0);
}

void PairComparisonView::setDetails(const CandidateDetails &details)
{
    m_heading->setText(tr("%1  ↔  %2")
                           .arg(details.left.values.value(QStringLiteral("name")),
                                details.right.values.value(QStringLiteral("name"))));
    const QJsonValue prior = details.explanation.value(QStringLiteral("prior"));
    QString summary =
        tr("Score %1 %. Left: %2. Right: %3.")
            .arg(QLocale().toString(details.score * 100, 'f', 0), side(details.left), side(details.right));
    const QList<CandidateDetails::Row> rows = details.rows();
    const bool weighed = std::any_of(rows.begin(), rows.end(), [](const auto &row) { return row.hasWeight; });
    if (prior.isDouble()) {
        summary += QLatin1Char(' ')
            + tr("Evidence: prior %1 bits, total %2 bits (positive for the same customer).")
                  .arg(QLocale().toString(prior.toDouble(), 'f', 1),
                       QLocale().toString(details.explanation.value(QStringLiteral("weight")).toDouble(), 'f',
                                          1));
    } else if (!weighed) {
        // Candidates imported or generated outside the matcher carry similarities, not weights.
        summary += QLatin1Char(' ')
            + tr("No weights: the matcher did not score this match (it came with the demo data), so the "
                 "evidence shows similarities only.");
    }
    m_summary->setText(summary);
    m_table->setColumnHidden(WeightColumn, !weighed);
    m_table->horizontalHeaderItem(LeftColumn)->setText(details.left.systemName);
    m_table->horizontalHeaderItem(RightColumn)->setText(details.right.systemName);

    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const CandidateDetails::Row &row = rows.at(r);
        QString evidence = verdictText(row.verdict);
        if (!row.evidence.isEmpty())
            evidence = tr("%1: %2").arg(evidence, row.evidence);
        const QStringList texts { row.title, row.left, row.right, evidence,
                                  row.hasWeight ? QLocale().toString(row.weight, 'f', 1) : QString() };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setToolTip(texts.at(c));
            if (const QColor color = tint(row.verdict); color.isValid()) {
                item->setBackground(color);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            if (c == WeightColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
}

} // namespace cw
