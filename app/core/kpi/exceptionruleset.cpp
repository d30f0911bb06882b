#include "exceptionruleset.h"

#include "doublebilledrule.h"
#include "invoiceoverduerule.h"
#include "invoicetotalmismatchrule.h"
#include "marginerosionrule.h"
#include "ratemismatchrule.h"
#include "stalefailedpushrule.h"
#include "timeafterendrule.h"
#include "timewithoutcustomerlinkrule.h"
#include "timewithoutraterule.h"
#include "unmatchedpaymentrule.h"

namespace cw {

const std::vector<const ExceptionRule *> &ExceptionRuleSet::all()
{
    static const TimeWithoutRateRule timeWithoutRate;
    static const TimeWithoutCustomerLinkRule timeWithoutLink;
    static const TimeAfterEndRule timeAfterEnd;
    static const RateMismatchRule rateMismatch;
    static const InvoiceTotalMismatchRule invoiceTotal;
    static const DoubleBilledRule doubleBilled;
    static const MarginErosionRule marginErosion;
    static const InvoiceOverdueRule invoiceOverdue;
    static const UnmatchedPaymentRule unmatchedPayment;
    static const StaleFailedPushRule staleFailedPush;
    static const std::vector<const ExceptionRule *> rules {
        &timeWithoutRate, &timeWithoutLink, &timeAfterEnd,   &rateMismatch,     &invoiceTotal,
        &doubleBilled,    &marginErosion,   &invoiceOverdue, &unmatchedPayment, &staleFailedPush,
    };
    return rules;
}

const ExceptionRule *ExceptionRuleSet::find(const QString &id)
{
    for (const ExceptionRule *rule : all()) {
        if (rule->id() == id)
            return rule;
    }
    return nullptr;
}

QString ExceptionRuleSet::title(const QString &id)
{
    const ExceptionRule *rule = find(id);
    return rule ? rule->title() : id;
}

} // namespace cw
