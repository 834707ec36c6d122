//! What the checklists can ask of a policy: named facts, each checked in one place.
//!
//! A law's table (see `laws/`) lists its items as these names, so a new law needs no code
//! unless it asks for a fact no other law has.

use crate::content::model::*;
use crate::diagnostics::Pos;
use serde::Deserialize;

/// Something a disclosure requirement needs the policy to state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    /// The controller's name and at least one way to reach it.
    ControllerContact,
    /// The operator's name, postal address, phone number and e-mail address (COPPA).
    OperatorContact,
    /// A data-protection officer with an e-mail address.
    DpoContact,
    /// At least one data category.
    CategoriesListed,
    /// Every data category names at least one purpose.
    PurposesPerCategory,
    /// Every purpose says what it means in practice (its methods).
    PurposesDescribed,
    /// Every data category has a legal basis.
    LegalBasisPerCategory,
    /// Every purpose of data processed on legitimate interests is described.
    LegitimateInterestsExplained,
    /// Every data category has a retention period or criterion.
    RetentionPerCategory,
    /// Every third party lists the data categories it receives.
    RecipientsListed,
    /// Every transfer lists the data categories it carries.
    TransfersListData,
    /// Every transfer names its recipients, and each can be contacted.
    OverseasRecipientsIdentified,
    /// Every data category received from others says where it comes from.
    SourcesDescribed,
    /// Every right says how to exercise it (steps or a web page).
    RightsExercisable,
    /// Every data category states whether it is sold.
    SaleStated,
    /// A right of kind `opt-out` with a web page.
    OptOutLink,
    /// A right of kind `guardian` that says how to exercise it, or a tier of minors whose
    /// guardian may exercise a right that says how.
    GuardianRights,
    /// A right of kind `access`.
    RightAccess,
    /// A right of kind `correction`.
    RightCorrection,
    /// A right of kind `deletion`.
    RightDeletion,
    /// A right of kind `restriction`.
    RightRestriction,
    /// A right of kind `objection`.
    RightObjection,
    /// A right of kind `portability`.
    RightPortability,
    /// A right of kind `withdraw-consent`.
    RightWithdrawConsent,
    /// A right of kind `complaint`.
    RightComplaint,
    /// A right of kind `automated-decisions`.
    RightAutomatedDecisions,
}

/// When a checklist item applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Condition {
    /// Some data is processed on legitimate interests.
    UsesLegitimateInterests,
    /// Some data is processed on consent.
    UsesConsent,
    /// The policy declares cross-border transfers.
    HasTransfers,
    /// Some data is sold or used for tracking (CCPA's "sharing").
    SellsOrShares,
    /// Some data comes from third parties.
    CollectsFromOthers,
}

impl Condition {
    /// Whether `policy` meets the condition.
    pub fn holds(self, policy: &Policy) -> bool {
        let categories = &policy.data_categories;
        let basis = |g| categories.iter().any(|c| c.rests_on(policy, g));
        match self {
            Condition::UsesLegitimateInterests => basis(Ground::LegitimateInterests),
            Condition::UsesConsent => basis(Ground::Consent) || basis(Ground::ExplicitConsent),
            Condition::HasTransfers => !policy.storage.transfers.is_empty(),
            Condition::SellsOrShares => categories
                .iter()
                .any(|c| c.tracking == Some(true) || c.sold == Some(true)),
            Condition::CollectsFromOthers => categories
                .iter()
                .any(|c| c.source.contains(&Source::ThirdParty)),
        }
    }
}

/// One way a policy falls short of a fact: what was found, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortfall {
    /// What is missing or wrong, e.g. "data category `device` has no legal basis".
    pub found: String,
    /// Where (the element's id), if the shortfall belongs to one element.
    pub at: Option<Pos>,
}

fn short(found: String, id: Option<&Id>) -> Shortfall {
    Shortfall {
        found,
        at: id.map(|i| Pos::from_location(&i.referenced)),
    }
}

impl Fact {
    /// What the policy should say to state the fact.
    pub fn expected(self) -> &'static str {
        match self {
            Fact::ControllerContact => {
                "`meta.controller.name` and an `email`, `url`, `phone` or `address` in `meta.contact`"
            }
            Fact::OperatorContact => "`email`, `phone` and `address` in `meta.contact`",
            Fact::DpoContact => "`meta.contact.dpo` with a `name` and an `email`",
            Fact::CategoriesListed => "the data collected, under `data_categories`",
            Fact::PurposesPerCategory => "`purposes` on every data category",
            Fact::PurposesDescribed => "a `description` on every purpose",
            Fact::LegalBasisPerCategory => "`legal_basis` on every data category",
            Fact::LegitimateInterestsExplained => {
                "a `description` of each purpose served on legitimate interests"
            }
            Fact::RetentionPerCategory => {
                "`retention` with `duration` or `until` on every data category"
            }
            Fact::RecipientsListed => "`data` on every third party",
            Fact::TransfersListData => "`data` on every transfer",
            Fact::OverseasRecipientsIdentified => {
                "`recipients` on every transfer, each third party with a `contact` or `policy_url`"
            }
            Fact::SourcesDescribed => {
                "a `description` of where it comes from on every category with `source: third-party`"
            }
            Fact::RightsExercisable => "`steps` or a `url` on every right",
            Fact::SaleStated => "`sold: true` or `sold: false` on every data category",
            Fact::OptOutLink => "a right of kind `opt-out` with a `url`",
            Fact::GuardianRights => {
                "a right of kind `guardian` with `steps` or a `url`, or `guardian_rights` on a tier of `minors` naming a right with either"
            }
            Fact::RightAccess => "a right of kind `access`",
            Fact::RightCorrection => "a right of kind `correction`",
            Fact::RightDeletion => "a right of kind `deletion`",
            Fact::RightRestriction => "a right of kind `restriction`",
            Fact::RightObjection => "a right of kind `objection`",
            Fact::RightPortability => "a right of kind `portability`",
            Fact::RightWithdrawConsent => "a right of kind `withdraw-consent`",
            Fact::RightComplaint => "a right of kind `complaint`",
            Fact::RightAutomatedDecisions => "a right of kind `automated-decisions`",
        }
    }

    /// Every way `policy` falls short of the fact; empty when it states it.
    pub fn shortfalls(self, policy: &Policy) -> Vec<Shortfall> {
        let m = &policy.meta;
        let each = |bad: &dyn Fn(&DataCategory) -> Option<&'static str>| {
            policy
                .data_categories
                .iter()
                .filter_map(|c| {
                    bad(c).map(|why| {
                        short(format!("data category `{}` {why}", c.id.value), Some(&c.id))
                    })
                })
                .collect()
        };
        let whole = |ok: bool, found: &str| {
            if ok {
                Vec::new()
            } else {
                vec![short(found.to_string(), None)]
            }
        };
        match self {
            Fact::ControllerContact => {
                let c = &m.contact;
                let reachable =
                    c.email.is_some() || c.url.is_some() || c.phone.is_some() || c.address.is_some();
                whole(reachable, "no way to contact the controller")
            }
            Fact::OperatorContact => {
                let c = &m.contact;
                let mut missing = Vec::new();
                if c.email.is_none() {
                    missing.push("e-mail address");
                }
                if c.phone.is_none() {
                    missing.push("phone number");
                }
                if c.address.is_none() && m.controller.registered_address.is_none() {
                    missing.push("postal address");
                }
                let found = format!("no {} of the operator", missing.join(", no "));
                whole(missing.is_empty(), &found)
            }
            Fact::DpoContact => {
                let dpo = m.contact.dpo.as_ref();
                match dpo {
                    None => whole(false, "no data-protection officer"),
                    Some(d) => whole(d.email.is_some(), "no e-mail address for the data-protection officer"),
                }
            }
            Fact::CategoriesListed => {
                whole(!policy.data_categories.is_empty(), "no data categories")
            }
            Fact::PurposesPerCategory => each(&|c| c.purposes.is_empty().then_some("has no purpose")),
            Fact::PurposesDescribed => policy
                .purposes
                .iter()
                .filter(|p| p.description.is_none())
                .map(|p| short(format!("purpose `{}` has no description", p.id.value), Some(&p.id)))
                .collect(),
            Fact::LegalBasisPerCategory => {
                each(&|c| c.bases(policy).is_empty().then_some("has no legal basis"))
            }
            Fact::LegitimateInterestsExplained => policy
                .data_categories
                .iter()
                .filter(|c| c.rests_on(policy, Ground::LegitimateInterests))
                .flat_map(|c| c.purposes.iter())
                .filter_map(|r| r.get(policy))
                .filter(|p| p.description.is_none())
                .map(|p| {
                    let found = format!(
                        "purpose `{}` is served on legitimate interests but does not say what they are",
                        p.id.value
                    );
                    short(found, Some(&p.id))
                })
                .fold(Vec::new(), |mut all: Vec<Shortfall>, s| {
                    if !all.contains(&s) {
                        all.push(s);
                    }
                    all
                }),
            Fact::RetentionPerCategory => each(&|c| {
                let r = &c.retention.value;
                (r.duration.is_none() && r.until.is_none()).then_some("has no retention rule")
            }),
            Fact::RecipientsListed => policy
                .third_parties
                .iter()
                .filter(|t| t.data.is_empty())
                .map(|t| short(format!("third party `{}` lists no data", t.id.value), Some(&t.id)))
                .collect(),
            Fact::TransfersListData => policy
                .storage
                .transfers
                .iter()
                .filter(|t| t.data.is_empty())
                .map(|t| short(format!("transfer `{}` lists no data", t.id.value), Some(&t.id)))
                .collect(),
            Fact::OverseasRecipientsIdentified => overseas_recipients(policy),
            Fact::SourcesDescribed => each(&|c| {
                (c.source.contains(&Source::ThirdParty) && c.description.is_none())
                    .then_some("comes from third parties but does not say from whom")
            }),
            Fact::RightsExercisable => policy
                .rights
                .iter()
                .filter(|r| r.steps.is_empty() && r.url.is_none())
                .map(|r| short(format!("right `{}` does not say how to exercise it", r.id.value), Some(&r.id)))
                .collect(),
            Fact::SaleStated => each(&|c| c.sold.is_none().then_some("does not say whether it is sold")),
            Fact::OptOutLink => {
                let ok = policy.rights.iter().any(|r| r.kind == RightKind::OptOut && r.url.is_some());
                whole(ok, "no opt-out link")
            }
            Fact::GuardianRights => {
                let how = |r: &Right| !r.steps.is_empty() || r.url.is_some();
                let of_tiers = policy.minors.iter().flat_map(|t| &t.guardian_rights);
                let ok = policy.rights.iter().any(|r| r.kind == RightKind::Guardian && how(r))
                    || of_tiers.filter_map(|r| r.get(policy)).any(how);
                whole(ok, "no parents' rights with a way to exercise them")
            }
            right => {
                let kind = right.right_kind().expect("the remaining facts are rights");
                let ok = policy.rights.iter().any(|r| r.kind == kind);
                let name = serde_json::to_value(kind).unwrap_or_default();
                let found = format!("no right of kind `{}`", name.as_str().unwrap_or(""));
                whole(ok, &found)
            }
        }
    }

    fn right_kind(self) -> Option<RightKind> {
        Some(match self {
            Fact::RightAccess => RightKind::Access,
            Fact::RightCorrection => RightKind::Correction,
            Fact::RightDeletion => RightKind::Deletion,
            Fact::RightRestriction => RightKind::Restriction,
            Fact::RightObjection => RightKind::Objection,
            Fact::RightPortability => RightKind::Portability,
            Fact::RightWithdrawConsent => RightKind::WithdrawConsent,
            Fact::RightComplaint => RightKind::Complaint,
            Fact::RightAutomatedDecisions => RightKind::AutomatedDecisions,
            _ => return None,
        })
    }
}

fn overseas_recipients(policy: &Policy) -> Vec<Shortfall> {
    let mut out = Vec::new();
    for t in &policy.storage.transfers {
        if t.recipients.is_empty() {
            out.push(short(
                format!("transfer `{}` names no recipient", t.id.value),
                Some(&t.id),
            ));
        }
        for r in &t.recipients {
            if r.get(policy)
                .is_some_and(|x| x.contact.is_none() && x.policy_url.is_none())
            {
                out.push(short(
                    format!(
                        "recipient `{}` of transfer `{}` has no contact",
                        r.id.value, t.id.value
                    ),
                    Some(&r.id),
                ));
            }
        }
    }
    out
}
