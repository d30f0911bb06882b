#pragma once

#include "demodataset.h"

#include <QSet>

namespace cw {

class DemoLocale;
class DemoRandom;

/// Invents the real-world companies behind the demo records: a unique name in the style of its
/// country (family firms, brands, "& Partner", apostrophes, quoted names, a few with emoji), legal
/// form, address, phone, domain, VAT and register ids, the firm's business unit that owns the
/// account, cost centres, and now and then a namesake (same name, different entity) to make
/// matching honest.
///
/// Keeps the names and domains it has handed out, so use one factory per dataset. Not
/// thread-safe.
class DemoCompanyFactory
{
public:
    /// Names that must occur in every dataset, however small.
    enum class NameKind { Any, Emoji, Quoted };

    explicit DemoCompanyFactory(DemoRandom &random);

    /// A new company with truth key @p truthKey and a name of @p kind.
    DemoDataset::Company create(const QString &truthKey, NameKind kind = NameKind::Any);
    /// A different company with the same base name as @p original (another country or legal
    /// form), e.g. a subsidiary or an unrelated namesake.
    DemoDataset::Company namesake(const DemoDataset::Company &original, int originalIndex,
                                  const QString &truthKey);

private:
    QString inventBaseName(const DemoLocale &locale, int cityIndex, NameKind kind);
    QString brand();
    QString uniqueDomain(const QString &baseName, const DemoLocale &locale, int cityIndex);
    QStringList costCenters(const DemoLocale &locale);
    void fillDetails(DemoDataset::Company &company, const DemoLocale &locale);

    DemoRandom &m_random;
    QSet<QString> m_names;
    QSet<QString> m_domains;
};

} // namespace cw
