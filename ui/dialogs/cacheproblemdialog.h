#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cw {

class Error;

/// Says in plain words why a cache file cannot be opened (unreadable, damaged, in use, written by
/// a newer Crosswalk) and offers the ways out: open another cache, start a fresh one under a new
/// name, try again (when the file is in use), or quit. The file itself is never touched here.
class CacheProblemDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { OpenAnother, StartFresh, TryAgain, Quit };
    /// At start-up the way out is Quit; when switching caches it is keeping the current one.
    enum class Situation { Startup, Switching };

    CacheProblemDialog(const Error &error, const QString &path, Situation situation,
                       QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString heading() const;
    QString explanation() const;

    /// The heading and explanation for an Error::code() of Database::kOpen*.
    static QString headingFor(const QString &code);
    static QString explanationFor(const QString &code);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Quit;
    QLabel *m_heading;
    QLabel *m_explanation;
    QPlainTextEdit *m_details;
};

} // namespace cw
