#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace cw {

/// Typed access to the user's preferences, stored through QSettings (INI file on Linux,
/// ~/.config/Crosswalk/Crosswalk.conf). Never holds secrets: those live in the keychain only.
///
/// Each getter returns a sensible default when the key is missing or holds a value of the wrong
/// type, so a hand-edited or older file never breaks start-up.
/// Thread affinity: use from one thread at a time (QSettings is reentrant, not thread-safe).
class Settings
{
public:
    /// The per-user settings of the application.
    Settings();
    /// Settings kept in @p iniFile; used by tests and by `--settings`.
    explicit Settings(const QString &iniFile);

    /// Cache file chosen by the user, empty when the default location applies.
    QString cachePath() const;
    void setCachePath(const QString &path);

    /// UI language as a BCP-47 code ("de"), empty to follow the system locale.
    QString language() const;
    void setLanguage(const QString &code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Navigation page shown last, restored on start.
    QString lastPage() const;
    void setLastPage(const QString &pageId);

    /// Pay rates and other personal data are masked unless the user reveals them.
    bool maskPersonalData() const;
    void setMaskPersonalData(bool mask);

    /// Score at or above which a customer pair links without review (0..1).
    double autoLinkThreshold() const;
    void setAutoLinkThreshold(double value);
    /// Score at or above which a pair goes to the review queue (0..1, below autoLinkThreshold).
    double reviewThreshold() const;
    void setReviewThreshold(double value);

    /// Where the file lives, for the README and the About box.
    QString fileName() const;
    void sync();

private:
    double boundedDouble(const QString &key, double fallback, double min, double max) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace cw
