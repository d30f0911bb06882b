#include "settings.h"

namespace cw {

namespace {
const QString kCachePath = QStringLiteral("cache/path");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kState = QStringLiteral("ui/state");
const QString kLastPage = QStringLiteral("ui/lastPage");
const QString kMask = QStringLiteral("privacy/maskPersonalData");
const QString kAutoLink = QStringLiteral("matching/autoLinkThreshold");
const QString kReview = QStringLiteral("matching/reviewThreshold");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

QString Settings::cachePath() const
{
    return m_settings->value(kCachePath).toString();
}

void Settings::setCachePath(const QString &path)
{
    m_settings->setValue(kCachePath, path);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, code);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QString Settings::lastPage() const
{
    return m_settings->value(kLastPage).toString();
}

void Settings::setLastPage(const QString &pageId)
{
    m_settings->setValue(kLastPage, pageId);
}

bool Settings::maskPersonalData() const
{
    const QVariant value = m_settings->value(kMask, true);
    // A hand-edited "maybe" must not reveal pay rates: anything unparsable keeps the mask on.
    const QString text = value.toString().toLower();
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return true;
}

void Settings::setMaskPersonalData(bool mask)
{
    m_settings->setValue(kMask, mask);
}

double Settings::autoLinkThreshold() const
{
    return boundedDouble(kAutoLink, 0.92, 0.0, 1.0);
}

void Settings::setAutoLinkThreshold(double value)
{
    m_settings->setValue(kAutoLink, value);
}

double Settings::reviewThreshold() const
{
    return std::min(boundedDouble(kReview, 0.70, 0.0, 1.0), autoLinkThreshold());
}

void Settings::setReviewThreshold(double value)
{
    m_settings->setValue(kReview, value);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

double Settings::boundedDouble(const QString &key, double fallback, double min, double max) const
{
    bool ok = false;
    const double value = m_settings->value(key).toDouble(&ok);
    if (!ok || value < min || value > max)
        return fallback;
    return value;
}

} // namespace cw
