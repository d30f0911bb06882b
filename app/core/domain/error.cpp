#include "error.h"

#include <array>

namespace cw {

namespace {

struct CategoryInfo
{
    Error::Category category;
    const char *name;
    bool retryable;
};

constexpr std::array kCategories {
    CategoryInfo { Error::Category::Network, "network", true },
    CategoryInfo { Error::Category::Timeout, "timeout", true },
    CategoryInfo { Error::Category::Auth, "auth", false },
    CategoryInfo { Error::Category::RateLimited, "rate_limited", true },
    CategoryInfo { Error::Category::Validation, "validation", false },
    CategoryInfo { Error::Category::NotFound, "not_found", false },
    CategoryInfo { Error::Category::Conflict, "conflict", false },
    CategoryInfo { Error::Category::Duplicate, "duplicate", false },
    CategoryInfo { Error::Category::Mapping, "mapping", false },
    CategoryInfo { Error::Category::Config, "config", false },
    CategoryInfo { Error::Category::Internal, "internal", false },
};

const CategoryInfo &infoFor(Error::Category category)
{
    for (const auto &info : kCategories) {
        if (info.category == category)
            return info;
    }
    return kCategories.back();
}

} // namespace

Error::Error(Category category, QString userMessage, QString detail)
    : m_category(category)
    , m_retryable(infoFor(category).retryable)
    , m_userMessage(std::move(userMessage))
    , m_detail(std::move(detail))
{ }

Error &Error::setRetryable(bool retryable)
{
    m_retryable = retryable;
    return *this;
}

Error &Error::setDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

Error &Error::setCode(const QString &code)
{
    m_code = code;
    return *this;
}

Error &Error::setCorrelationId(const QString &id)
{
    m_correlationId = id;
    return *this;
}

QString Error::categoryName(Category category)
{
    return QString::fromLatin1(infoFor(category).name);
}

bool Error::categoryFromName(const QString &name, Category *category)
{
    for (const auto &info : kCategories) {
        if (name == QLatin1String(info.name)) {
            *category = info.category;
            return true;
        }
    }
    return false;
}

QString Error::categoryTitle(Category category)
{
    switch (category) {
    case Category::Network:
        return tr("Network");
    case Category::Timeout:
        return tr("Timeout");
    case Category::Auth:
        return tr("Authentication");
    case Category::RateLimited:
        return tr("Rate limited");
    case Category::Validation:
        return tr("Validation");
    case Category::NotFound:
        return tr("Not found");
    case Category::Conflict:
        return tr("Conflict");
    case Category::Duplicate:
        return tr("Duplicate");
    case Category::Mapping:
        return tr("Not mapped");
    case Category::Config:
        return tr("Configuration");
    case Category::Internal:
        return tr("Internal error");
    }
    return tr("Internal error");
}

QString Error::toString() const
{
    if (m_detail.isEmpty())
        return m_userMessage;
    return tr("%1 (%2)").arg(m_userMessage, m_detail);
}

} // namespace cw
