//! View models: everything a template shows, already resolved, formatted and escaped where
//! needed. Templates only lay it out.

use super::markdown::{Markdown, Piece, SectionRefs, escape};
use crate::content::date::Date;
use crate::content::duration::{Duration, Period, Unit};
use crate::content::model::*;
use crate::content::numbering::{self, Number, NumberStyle};
use crate::content::refs::Listed;
use crate::content::stated::Stated;
use crate::i18n::localize::Localized;
use crate::i18n::{Catalog, Strings, direction};
use fluent_bundle::FluentValue;
use serde::Serialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// The policy page of one policy, locale and version.
#[derive(Debug, Serialize)]
pub struct PolicyView {
    /// The policy id.
    pub id: String,
    /// The document title, as HTML (marked when it is a fallback).
    pub title: String,
    /// The document title as plain text, for `<title>` and attributes.
    pub title_text: String,
    /// The product name, as HTML.
    pub product: String,
    /// The product name as plain text.
    pub product_text: String,
    /// Whether this is an unreleased draft.
    pub draft: bool,
    /// Effective date.
    pub effective: Option<DateView>,
    /// Last-updated date.
    pub updated: Option<DateView>,
    /// A note that some passages are shown in another language, if any are.
    pub fallback_note: Option<String>,
    /// Names of the laws addressed.
    pub jurisdictions: Vec<String>,
    /// A sentence about a children's audience, if any.
    pub audience_note: Option<String>,
    /// Key points, as inline HTML.
    pub key_points: Vec<String>,
    /// The first key point as plain text, for `<meta name="description">` and search
    /// results; none when the policy has no key points (nothing is made up).
    pub description: Option<String>,
    /// "Privacy at a glance": the app-store label's answers, for readers.
    pub glance: Glance,
    /// The table of contents.
    pub toc: Vec<TocEntry>,
    /// The sections, with bodies rendered.
    pub sections: Vec<SectionView>,
}

/// The privacy label as readers see it: the data categories by how they are used, from
/// the same answers as the app-store files (`crate::labels`).
#[derive(Debug, Serialize)]
pub struct Glance {
    /// Used to track you, linked to you, not linked to you, shared: in that order; the
    /// tracking and sharing groups are always present (an empty one says "none").
    pub groups: Vec<GlanceGroup>,
    /// Every category states that it is not sold.
    pub not_sold: bool,
}

/// One group of the privacy label.
#[derive(Debug, Serialize)]
pub struct GlanceGroup {
    /// `tracking`, `linked`, `not-linked`, `shared` or `sold`: the CSS class.
    pub key: &'static str,
    /// The heading, in the reader's language.
    pub title: String,
    /// The data categories' names, as HTML.
    pub items: Vec<String>,
}

/// A date, both machine- and human-readable.
#[derive(Debug, Serialize)]
pub struct DateView {
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub iso: String,
    /// The date written the locale's way.
    pub text: String,
}

/// One entry of the table of contents.
#[derive(Debug, Serialize)]
pub struct TocEntry {
    /// Anchor.
    pub id: String,
    /// Number such as `2.1`.
    pub number: String,
    /// Heading, as HTML.
    pub title: String,
    /// Nested entries.
    pub children: Vec<TocEntry>,
}

/// One section, rendered.
#[derive(Debug, Serialize)]
pub struct SectionView {
    /// Anchor.
    pub id: String,
    /// Number such as `2.1`.
    pub number: String,
    /// Heading, as HTML.
    pub title: String,
    /// Heading as plain text, for attributes.
    pub title_text: String,
    /// Heading level, 2 to 6.
    pub level: u8,
    /// The body as sanitised HTML, without its blocks.
    pub html: String,
    /// Embedded blocks, in the order the section lists them.
    pub blocks: Vec<BlockView>,
    /// The body in reading order: its text in pieces, each block where the body places it,
    /// then the blocks it does not place.
    pub body: Vec<BodyPart>,
    /// Subsections.
    pub sections: Vec<SectionView>,
}

/// A piece of a section's body.
#[derive(Debug, Serialize)]
#[serde(tag = "part", rename_all = "kebab-case")]
pub enum BodyPart {
    /// Text, as sanitised HTML.
    Html {
        /// The HTML.
        html: String,
    },
    /// A block: its position in the section's `blocks`.
    Block {
        /// The position.
        block: usize,
    },
}

/// An embedded structured block, ready to lay out.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockView {
    /// Key points.
    KeyPoints { items: Vec<String> },
    /// Purposes; `bases` when one states a legal basis.
    Purposes { rows: Vec<PurposeRow>, bases: bool },
    /// Data categories.
    DataTable { rows: Vec<DataRow> },
    /// Retention per data category.
    RetentionTable { rows: Vec<DataRow> },
    /// Features.
    Features { rows: Vec<FeatureRow> },
    /// Permissions, grouped by platform.
    Permissions { groups: Vec<PermissionGroup> },
    /// Third parties.
    ThirdParties { rows: Vec<ThirdPartyRow> },
    /// Storage and transfers.
    Storage {
        locations: Vec<LocationRow>,
        transfers: Vec<TransferRow>,
    },
    /// Rights.
    Rights { rows: Vec<RightRow> },
    /// Contact card.
    Contact { card: Box<ContactCard> },
    /// Lists of cases.
    Exceptions { lists: Vec<ExceptionListView> },
    /// Cookies and similar technologies.
    Cookies { rows: Vec<CookieRow> },
    /// The rules for minors, a tier per age.
    Minors { tiers: Vec<TierView> },
    /// The change policy.
    ChangePolicy {
        material: Vec<String>,
        description: Option<String>,
        notify: Vec<String>,
        notice: Option<String>,
    },
}

/// A purpose.
#[derive(Debug, Serialize)]
pub struct PurposeRow {
    id: String,
    name: String,
    description: Option<String>,
    legal_basis: Option<String>,
}

/// A list of cases.
#[derive(Debug, Serialize)]
pub struct ExceptionListView {
    id: String,
    /// The author's heading, or the kind's words.
    title: String,
    /// Each case.
    items: Vec<CaseView>,
}

/// One case of a list.
#[derive(Debug, Serialize)]
pub struct CaseView {
    id: String,
    /// Inline HTML.
    html: String,
}

/// The rules for minors under one age.
#[derive(Debug, Serialize)]
pub struct TierView {
    id: String,
    /// The author's heading, or "Minors under 14".
    title: String,
    /// Whose consent is asked, or "Not stated".
    consent: String,
    /// How a guardian's consent is obtained (inline HTML).
    consent_method: Option<String>,
    /// The rules, each with its id.
    rules: Vec<CaseView>,
    /// The names of the rights a guardian may exercise.
    guardian_rights: Vec<String>,
}

/// A cookie or similar technology.
#[derive(Debug, Serialize)]
pub struct CookieRow {
    id: String,
    name: String,
    kind: String,
    /// The third party's name, or "us" (the controller).
    provider: String,
    purpose: String,
    duration: String,
    essential: String,
}

/// A data category.
#[derive(Debug, Clone, Serialize)]
pub struct DataRow {
    id: String,
    name: String,
    description: Option<String>,
    items: Vec<String>,
    kind: String,
    sensitive: bool,
    required: String,
    source: String,
    purposes: Vec<String>,
    legal_basis: Option<String>,
    retention: String,
    retention_note: Option<String>,
}

/// A feature.
#[derive(Debug, Serialize)]
pub struct FeatureRow {
    id: String,
    name: String,
    description: Option<String>,
    data: Vec<String>,
    permissions: Vec<String>,
    required: String,
}

/// Permissions of one platform.
#[derive(Debug, Serialize)]
pub struct PermissionGroup {
    platform: String,
    rows: Vec<PermissionRow>,
}

/// A permission.
#[derive(Debug, Serialize)]
pub struct PermissionRow {
    id: String,
    name: String,
    /// The platform's names for it, as HTML that wraps between words; none when the
    /// policy names it only in words.
    identifiers: Vec<String>,
    usage: String,
    features: Vec<String>,
    optional: String,
}

/// A third party.
#[derive(Debug, Serialize)]
pub struct ThirdPartyRow {
    id: String,
    name: String,
    provider: Option<String>,
    kind: String,
    purpose: String,
    data: Vec<String>,
    country: Option<String>,
    policy_url: Option<String>,
}

/// A storage location.
#[derive(Debug, Serialize)]
pub struct LocationRow {
    id: String,
    region: String,
    description: Option<String>,
    /// When data is stored there, if only in some cases.
    condition: Option<String>,
}

/// A transfer.
#[derive(Debug, Serialize)]
pub struct TransferRow {
    id: String,
    destination: String,
    safeguard: String,
    /// When the transfer happens, if only in some cases.
    condition: Option<String>,
    data: Vec<String>,
    description: Option<String>,
}

/// A right.
#[derive(Debug, Serialize)]
pub struct RightRow {
    id: String,
    name: String,
    description: Option<String>,
    steps: Vec<String>,
    response_time: Option<String>,
    url: Option<String>,
}

/// The controller and contact details.
#[derive(Debug, Serialize)]
pub struct ContactCard {
    /// "Data controller", or the term of the law the policy is written for.
    controller_label: String,
    /// "Data protection officer", or the law's term.
    dpo_label: String,
    controller: String,
    registered_address: Option<String>,
    office_address: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    url: Option<String>,
    address: Option<String>,
    dpo: Option<String>,
    dpo_email: Option<String>,
    response_time: Option<String>,
    /// More addresses, each under its role.
    addresses: Vec<ContactLine>,
    /// More channels, each with its hours.
    channels: Vec<ContactLine>,
}

/// One line of the contact card: what it is, then the address or channel.
#[derive(Debug, Serialize)]
pub struct ContactLine {
    id: String,
    /// The role or kind, in the reader's words.
    label: String,
    /// The address, number or the author's words, as HTML.
    html: String,
    /// A link to it (`mailto:`, `tel:`, the URL), where it is one.
    href: Option<String>,
    /// When it is answered, as HTML.
    hours: Option<String>,
}

/// Builds view models for one policy in one locale.
pub struct ViewBuilder<'a> {
    policy: &'a Policy,
    localized: &'a Localized,
    catalog: &'a Catalog,
    locale: &'a str,
    strings: &'a Strings,
    md: &'a Markdown,
    /// Each section's number, in the reader's digits.
    numbers: BTreeMap<String, Number>,
    /// What a cross-reference to each section says.
    refs: SectionRefs,
}

impl<'a> ViewBuilder<'a> {
    /// Prepares lookups for the localized policy, shown in `locale`; `numbering` is the
    /// site's section numbering (`clause.yaml`), which the policy's own may override.
    pub fn new(
        localized: &'a Localized,
        catalog: &'a Catalog,
        locale: &'a str,
        md: &'a Markdown,
        numbering: Option<&[NumberStyle]>,
    ) -> Self {
        let p = &localized.policy;
        let strings = catalog.strings(locale);
        let numbers = section_numbers(p, numbering, strings);
        ViewBuilder {
            policy: p,
            localized,
            catalog,
            locale,
            strings,
            md,
            refs: section_refs(p, &numbers, strings),
            numbers,
        }
    }

    /// The whole page model. `effective` is the release's effective date; a draft shows the
    /// one its `meta` gives, if any.
    pub fn policy(&self, id: &str, draft: bool, effective: Option<Date>) -> PolicyView {
        let meta = &self.policy.meta;
        let effective = effective.or_else(|| meta.effective.as_ref().and_then(|d| d.value.parsed));
        PolicyView {
            id: id.to_string(),
            title: self.text(&meta.title),
            title_text: meta.title.to_string(),
            product: self.text(&meta.product),
            product_text: meta.product.to_string(),
            draft,
            effective: effective.map(|d| date_view(self.strings, d)),
            // Shown beside the release date of a released version: the author's own date of
            // the last change to the text is a fact readers of a legal text look for.
            updated: meta
                .updated
                .as_ref()
                .and_then(|d| d.value.parsed)
                .map(|d| date_view(self.strings, d)),
            fallback_note: self.fallback_note(),
            // Listed only when the author asks: a law named for the checks is not a claim
            // the page has to make.
            jurisdictions: meta
                .jurisdictions
                .iter()
                .filter(|_| meta.show_jurisdictions)
                .map(|j| self.label("law", j))
                .collect(),
            audience_note: self.audience_note(),
            key_points: self.key_points(),
            description: meta
                .key_points
                .first()
                .map(|k| Markdown::plain_with(&k.text, &self.refs).trim().to_string())
                .filter(|d| !d.is_empty()),
            glance: self.glance(),
            toc: self.toc(&self.policy.sections),
            sections: self.sections(&self.policy.sections, 2),
        }
    }

    fn fallback_note(&self) -> Option<String> {
        let l = self.localized;
        if l.fallback_count == 0 {
            return None;
        }
        let languages: Vec<String> = l.fallbacks.iter().map(|f| self.language(f)).collect();
        Some(self.strings.format(
            "fallback-page",
            &[
                ("count", FluentValue::from(l.fallback_count)),
                ("languages", FluentValue::from(languages.join(", "))),
            ],
        ))
    }

    fn audience_note(&self) -> Option<String> {
        let audience = &self.policy.meta.audience.as_ref()?.value;
        let age = audience
            .under_age
            .filter(|_| audience.kind == AudienceKind::Children)?;
        Some(
            self.strings
                .format("audience-children", &[("age", FluentValue::from(age))]),
        )
    }

    fn glance(&self) -> Glance {
        let labels = crate::labels::Labels::of(self.policy);
        let names = |keep: &dyn Fn(&crate::labels::CategoryLabel) -> bool| -> Vec<String> {
            labels
                .categories
                .iter()
                .zip(&self.policy.data_categories)
                .filter(|(l, _)| keep(l))
                .map(|(_, c)| self.text(&c.name))
                .collect()
        };
        let group = |key, message: &str, items: Vec<String>| GlanceGroup {
            key,
            title: self.strings.format(message, &[]),
            items,
        };
        // Only what the policy states: a category that does not say whether it tracks is
        // listed as not stated, and "None" appears only when every category says no.
        let stated = |l: &crate::labels::CategoryLabel, fact: &str| !l.unstated.contains(&fact);
        let mut groups = Vec::new();
        for (fact, key, message, answer) in [
            ("tracking", "tracking", "glance-tracking", true),
            ("linked", "linked", "glance-linked", true),
            ("linked", "not-linked", "glance-not-linked", false),
            ("shared", "shared", "glance-shared", true),
        ] {
            let value = |l: &crate::labels::CategoryLabel| match fact {
                "tracking" => l.tracking,
                "linked" => l.linked,
                _ => l.shared,
            };
            let items = names(&|l| stated(l, fact) && value(l) == answer);
            let unstated = names(&|l| !stated(l, fact));
            // "Linked" and "not linked" are two groups of one fact: either lists what it has.
            let always = fact != "linked" && unstated.is_empty();
            if !items.is_empty() || always {
                groups.push(group(key, message, items));
            }
            if !unstated.is_empty() && answer {
                let unstated_key = match fact {
                    "tracking" => "tracking-unstated",
                    "linked" => "linked-unstated",
                    _ => "shared-unstated",
                };
                groups.push(group(
                    unstated_key,
                    &format!("glance-{unstated_key}"),
                    unstated,
                ));
            }
        }
        let sold = names(&|l| l.sold == Some(true));
        if !sold.is_empty() {
            groups.push(group("sold", "glance-sold", sold));
        }
        let categories = &labels.categories;
        Glance {
            groups,
            not_sold: !categories.is_empty() && categories.iter().all(|c| c.sold == Some(false)),
        }
    }

    fn key_points(&self) -> Vec<String> {
        self.policy
            .meta
            .key_points
            .iter()
            .map(|k| self.inline(&k.text))
            .collect()
    }

    fn number(&self, section: &Section) -> String {
        self.numbers
            .get(&section.id.value)
            .map(|n| n.label.clone())
            .unwrap_or_default()
    }

    fn sections(&self, sections: &[Section], level: u8) -> Vec<SectionView> {
        sections
            .iter()
            .map(|s| {
                let body = self.body_parts(s, level);
                SectionView {
                    id: s.id.value.clone(),
                    title: self.text(&s.title),
                    title_text: s.title.to_string(),
                    level: level.min(6),
                    html: body
                        .iter()
                        .filter_map(|p| match p {
                            BodyPart::Html { html } => Some(html.as_str()),
                            BodyPart::Block { .. } => None,
                        })
                        .collect(),
                    blocks: s.blocks.iter().map(|b| self.block(&b.value)).collect(),
                    body,
                    sections: self.sections(&s.sections, level + 1),
                    number: self.number(s),
                }
            })
            .collect()
    }

    /// The body with each block where it places it (by name, the first of that name not
    /// yet placed), then the blocks not placed.
    fn body_parts(&self, s: &Section, level: u8) -> Vec<BodyPart> {
        let mut placed = vec![false; s.blocks.len()];
        let mut parts = Vec::new();
        let pieces = match &s.body {
            Some(text) => self.body(text, &s.id.value, level),
            None => Vec::new(),
        };
        for piece in pieces {
            match piece {
                Piece::Html(html) => parts.push(BodyPart::Html { html }),
                Piece::Block(name) => {
                    let at = (0..s.blocks.len())
                        .find(|&i| !placed[i] && s.blocks[i].value.name() == name);
                    if let Some(i) = at {
                        placed[i] = true;
                        parts.push(BodyPart::Block { block: i });
                    }
                }
            }
        }
        parts.extend(
            (0..s.blocks.len())
                .filter(|&i| !placed[i])
                .map(|block| BodyPart::Block { block }),
        );
        parts
    }

    fn toc(&self, sections: &[Section]) -> Vec<TocEntry> {
        sections
            .iter()
            .map(|s| TocEntry {
                id: s.id.value.clone(),
                title: self.text(&s.title),
                children: self.toc(&s.sections),
                number: self.number(s),
            })
            .collect()
    }

    /// One embedded block, with only the elements its filter keeps.
    pub fn block(&self, block: &BlockRef) -> BlockView {
        let p = self.policy;
        let f = Keep(block.filter());
        match block.block() {
            Block::KeyPoints => BlockView::KeyPoints {
                items: self.key_points(),
            },
            Block::Purposes => {
                let rows: Vec<PurposeRow> = p
                    .purposes
                    .iter()
                    .filter(|x| f.only(&x.id))
                    .map(|x| PurposeRow {
                        id: x.id.value.clone(),
                        name: self.text(&x.name),
                        description: self.inline_opt(&x.description),
                        legal_basis: x.legal_basis.as_ref().map(|b| self.bases(b)),
                    })
                    .collect();
                BlockView::Purposes {
                    bases: rows.iter().any(|r| r.legal_basis.is_some()),
                    rows,
                }
            }
            Block::DataTable => BlockView::DataTable {
                rows: self.data_rows(&f),
            },
            Block::RetentionTable => BlockView::RetentionTable {
                rows: self.data_rows(&f),
            },
            Block::Features => BlockView::Features {
                rows: p
                    .features
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| f.only(&x.id) && f.required(x.required))
                    .map(|(i, x)| self.feature(i, x))
                    .collect(),
            },
            Block::Permissions => BlockView::Permissions {
                groups: self.permission_groups(&f),
            },
            Block::ThirdParties => BlockView::ThirdParties {
                rows: p
                    .third_parties
                    .iter()
                    .filter(|t| f.only(&t.id) && f.kind(t.kind))
                    .map(|t| self.third_party(t))
                    .collect(),
            },
            Block::Storage => BlockView::Storage {
                locations: p
                    .storage
                    .locations
                    .iter()
                    .map(|l| LocationRow {
                        id: l.id.value.clone(),
                        region: self.text(&l.region),
                        description: self.inline_opt(&l.description),
                        condition: self.inline_opt(&l.condition),
                    })
                    .collect(),
                transfers: p
                    .storage
                    .transfers
                    .iter()
                    .map(|t| self.transfer(t))
                    .collect(),
            },
            Block::Rights => BlockView::Rights {
                rows: p
                    .rights
                    .iter()
                    .filter(|r| f.only(&r.id))
                    .map(|r| self.right(r))
                    .collect(),
            },
            Block::Contact => BlockView::Contact {
                card: Box::new(self.contact()),
            },
            Block::ChangePolicy => self.change_policy(),
            Block::Exceptions => BlockView::Exceptions {
                lists: p
                    .exceptions
                    .iter()
                    .filter(|l| f.only(&l.id))
                    .map(|l| self.exception_list(l))
                    .collect(),
            },
            Block::Cookies => BlockView::Cookies {
                rows: p
                    .cookies
                    .iter()
                    .filter(|c| f.only(&c.id) && f.essential(c.essential))
                    .map(|c| self.cookie(c))
                    .collect(),
            },
            Block::Minors => BlockView::Minors {
                tiers: p
                    .minors
                    .iter()
                    .filter(|t| f.only(&t.id))
                    .map(|t| self.tier(t))
                    .collect(),
            },
        }
    }

    fn tier(&self, t: &MinorTier) -> TierView {
        TierView {
            id: t.id.value.clone(),
            title: match &t.name {
                Some(n) => self.text(n),
                None => escape(&tier_title(self.strings, t.under_age.value)),
            },
            consent: match t.consent {
                Some(c) => self.label("minor-consent", &c),
                None => self.strings.text("data-not-stated"),
            },
            consent_method: self.inline_opt(&t.consent_method),
            rules: t
                .rules
                .iter()
                .map(|r| CaseView {
                    id: r.id.value.clone(),
                    html: self.inline(&r.text),
                })
                .collect(),
            guardian_rights: t
                .guardian_rights
                .iter()
                .filter_map(|r| r.get(self.policy))
                .map(|r| self.text(&r.name))
                .collect(),
        }
    }

    fn exception_list(&self, l: &ExceptionList) -> ExceptionListView {
        ExceptionListView {
            id: l.id.value.clone(),
            title: match &l.title {
                Some(t) => self.text(t),
                None => escape(&self.label("exceptions", &l.kind)),
            },
            items: l
                .items
                .iter()
                .map(|e| {
                    let said = match (&e.text, &e.basis) {
                        (Some(t), Some(b)) => self.strings.format(
                            "exceptions-case-basis",
                            &[
                                ("case", FluentValue::from(self.inline(t))),
                                (
                                    "basis",
                                    FluentValue::from(escape(&self.provision_or_ground(b.value))),
                                ),
                            ],
                        ),
                        (Some(t), None) => self.inline(t),
                        (None, Some(b)) => escape(&self.basis(b.value)),
                        (None, None) => String::new(),
                    };
                    CaseView {
                        id: e.id.value.clone(),
                        html: said,
                    }
                })
                .collect(),
        }
    }

    fn cookie(&self, c: &Cookie) -> CookieRow {
        let provider = match c.third_party.as_ref().and_then(|r| r.get(self.policy)) {
            Some(t) => escape(t.provider.as_deref().unwrap_or(&t.name)),
            None => escape(&self.strings.text("cookies-first-party")),
        };
        CookieRow {
            id: c.id.value.clone(),
            name: breakable(&c.name),
            kind: self.label("cookie-kind", &c.kind),
            provider,
            purpose: self.inline(&c.purpose),
            duration: match c.duration.value.parsed {
                Some(Lifetime::Session) => self.strings.text("cookies-session"),
                Some(Lifetime::For(d)) => self.duration(d),
                None => String::new(),
            },
            essential: self.stated(c.essential),
        }
    }

    /// Legal bases in the reader's words, each with the provision it cites.
    fn bases(&self, bases: &[LegalBasis]) -> String {
        let said: Vec<String> = bases.iter().map(|b| self.basis(*b)).collect();
        said.join(&self.strings.text("list-separator"))
    }

    fn basis(&self, b: LegalBasis) -> String {
        basis_text(self.strings, b)
    }

    /// "GDPR Art. 6(1)(c)" after a case in the author's words, or the ground when the
    /// basis is a general one.
    fn provision_or_ground(&self, b: LegalBasis) -> String {
        match b.provision() {
            Some((law, article)) => self.strings.format(
                "basis-article",
                &[
                    ("law", FluentValue::from(law)),
                    ("article", FluentValue::from(article)),
                ],
            ),
            None => self.label("basis", &b.ground()),
        }
    }

    fn data_rows(&self, f: &Keep) -> Vec<DataRow> {
        self.policy
            .data_categories
            .iter()
            .filter(|c| f.only(&c.id) && f.required(c.required))
            .map(|c| self.data_row(c))
            .collect()
    }

    fn data_row(&self, c: &DataCategory) -> DataRow {
        DataRow {
            id: c.id.value.clone(),
            name: self.text(&c.name),
            description: self.inline_opt(&c.description),
            items: c.items.iter().map(|i| self.item(i)).collect(),
            kind: self.label("kind", &c.kind),
            sensitive: c.sensitive,
            required: self.stated(c.required),
            source: c
                .source
                .iter()
                .map(|s| self.label("source", s))
                .collect::<Vec<_>>()
                .join(&self.strings.text("list-separator")),
            purposes: self.names_of(&c.purposes),
            legal_basis: Some(self.bases(&c.bases(self.policy))).filter(|b| !b.is_empty()),
            retention: self.retention(&c.retention.value),
            retention_note: self.inline_opt(&c.retention.value.note),
        }
    }

    fn feature(&self, fi: usize, f: &Feature) -> FeatureRow {
        FeatureRow {
            id: f.id.value.clone(),
            name: self.text(&f.name),
            description: self.inline_opt(&f.description),
            data: self.names_of(&f.data),
            permissions: self.both_sides(
                &f.permissions,
                &self.policy.permissions,
                |p| &p.features,
                fi,
            ),
            required: self.stated(f.required),
        }
    }

    /// One table per platform, in the platforms' order; an entry for several platforms is
    /// one row of a table of its own for them ("Android, iOS"), never repeated per platform.
    fn permission_groups(&self, f: &Keep) -> Vec<PermissionGroup> {
        let mut by_platforms: BTreeMap<Vec<Platform>, Vec<PermissionRow>> = BTreeMap::new();
        let kept = self.policy.permissions.iter().enumerate().filter(|(_, p)| {
            p.platform.iter().any(|&x| f.platform(x)) && f.only(&p.id) && f.optional(p.optional)
        });
        for (pi, p) in kept {
            let mut platforms = p.platform.to_vec();
            platforms.sort();
            platforms.dedup();
            by_platforms
                .entry(platforms)
                .or_default()
                .push(PermissionRow {
                    id: p.id.value.clone(),
                    name: self.text(&p.name),
                    identifiers: p.identifiers().map(breakable).collect(),
                    usage: self.inline(&p.usage),
                    features: self.both_sides(
                        &p.features,
                        &self.policy.features,
                        |f| &f.permissions,
                        pi,
                    ),
                    optional: self.stated(p.optional),
                });
        }
        by_platforms
            .into_iter()
            .map(|(platforms, rows)| PermissionGroup {
                platform: platforms
                    .iter()
                    .map(|x| self.label("platform", x))
                    .collect::<Vec<_>>()
                    .join(&self.strings.text("list-separator")),
                rows,
            })
            .collect()
    }

    fn third_party(&self, t: &ThirdParty) -> ThirdPartyRow {
        ThirdPartyRow {
            id: t.id.value.clone(),
            name: t.name.clone(),
            provider: t.provider.clone(),
            kind: self.label("recipient", &t.kind),
            purpose: self.inline(&t.purpose),
            data: self.names_of(&t.data),
            country: t.country.as_ref().map(|c| self.text(c)),
            policy_url: t.policy_url.as_ref().map(|u| u.value.clone()),
        }
    }

    fn transfer(&self, t: &Transfer) -> TransferRow {
        TransferRow {
            id: t.id.value.clone(),
            destination: self.text(&t.destination),
            safeguard: match &t.safeguard {
                Some(s) => self.label("safeguard", s),
                None => self.strings.text("data-not-stated"),
            },
            condition: self.inline_opt(&t.condition),
            data: self.names_of(&t.data),
            description: self.inline_opt(&t.description),
        }
    }

    fn right(&self, r: &Right) -> RightRow {
        RightRow {
            id: r.id.value.clone(),
            name: self.text(&r.name),
            description: self.inline_opt(&r.description),
            steps: r.steps.iter().map(|s| self.inline(&s.text)).collect(),
            response_time: r
                .response_time
                .as_ref()
                .and_then(|d| self.duration_arg("rights-response-time", d)),
            url: r.url.as_ref().map(|u| u.value.clone()),
        }
    }

    fn contact(&self) -> ContactCard {
        let meta = &self.policy.meta;
        let (c, k) = (&meta.controller, &meta.contact);
        ContactCard {
            controller_label: self.legal_term("contact-controller"),
            dpo_label: self.legal_term("contact-dpo"),
            controller: self.text(&c.name),
            registered_address: c.registered_address.as_ref().map(|a| self.text(a)),
            office_address: c.office_address.as_ref().map(|a| self.text(a)),
            email: k.email.as_ref().map(|e| e.value.clone()),
            phone: k.phone.clone(),
            url: k.url.as_ref().map(|u| u.value.clone()),
            address: k.address.as_ref().map(|a| self.text(a)),
            dpo: k
                .dpo
                .as_ref()
                .map(|d| d.name.as_ref().map(|n| self.text(n)).unwrap_or_default()),
            addresses: k
                .addresses
                .iter()
                .map(|a| ContactLine {
                    id: a.id.value.clone(),
                    label: self.label("contact-address-role", &a.role),
                    html: self.text(&a.address),
                    href: None,
                    hours: None,
                })
                .collect(),
            channels: k.channels.iter().map(|c| self.channel(c)).collect(),
            dpo_email: k
                .dpo
                .as_ref()
                .and_then(|d| d.email.as_ref())
                .map(|e| e.value.clone()),
            response_time: k
                .response_time
                .as_ref()
                .and_then(|d| self.duration_arg("contact-response-time", d)),
        }
    }

    /// A channel: its label (or kind), its value linked where it is an address, its hours.
    fn channel(&self, c: &Channel) -> ContactLine {
        let value = c.value.as_ref().map(|v| v.value.as_str());
        let href = value.and_then(|v| match c.kind {
            ChannelKind::Email => Some(format!("mailto:{v}")),
            ChannelKind::Phone => Some(format!("tel:{}", v.replace(' ', ""))),
            ChannelKind::Web | ChannelKind::Chat => Some(v.to_string()),
            _ => None,
        });
        let kind = self.label("contact-channel", &c.kind);
        let (label, html) = match (&c.label, value) {
            (Some(l), Some(v)) => (self.text(l), escape(v)),
            (Some(l), None) => (kind, self.text(l)),
            (None, v) => (kind, escape(v.unwrap_or_default())),
        };
        ContactLine {
            id: c.id.value.clone(),
            label,
            html,
            href,
            hours: c.hours.as_ref().map(|h| self.text(h)),
        }
    }

    /// A legal role in the words of the laws the policy is written for: under PIPL the
    /// controller is the "personal information handler" (message `<id>-pipl`); GDPR and the
    /// others keep their terms; a policy for both shows both.
    fn legal_term(&self, id: &str) -> String {
        let has = |laws: &[Jurisdiction]| {
            self.policy
                .meta
                .jurisdictions
                .iter()
                .any(|j| laws.contains(&j.value))
        };
        let pipl = has(&[Jurisdiction::Pipl]);
        let others = has(&[
            Jurisdiction::Gdpr,
            Jurisdiction::UkGdpr,
            Jurisdiction::Lgpd,
            Jurisdiction::Appi,
            Jurisdiction::Pipa,
            Jurisdiction::Pipeda,
        ]);
        let pipl_term = || self.strings.text(&format!("{id}-pipl"));
        match (pipl, others) {
            (true, false) => pipl_term(),
            (true, true) => format!("{} / {}", self.strings.text(id), pipl_term()),
            _ => self.strings.text(id),
        }
    }

    fn change_policy(&self) -> BlockView {
        // Every rule in force: the built-in ones apply whether the policy lists them or not.
        let material = crate::versions::material::in_force(self.policy)
            .iter()
            .map(|m| escape(&self.label("material", m)))
            .collect();
        let Some(cp) = &self.policy.change_policy else {
            return BlockView::ChangePolicy {
                material,
                description: None,
                notify: vec![],
                notice: None,
            };
        };
        BlockView::ChangePolicy {
            material,
            description: self.inline_opt(&cp.description),
            notify: cp
                .notify
                .iter()
                .map(|n| escape(&self.label("notify", n)))
                .collect(),
            notice: cp.notice_days.map(|d| {
                self.strings.format(
                    "change-policy-notice-days",
                    &[("days", FluentValue::from(d))],
                )
            }),
        }
    }

    fn retention(&self, r: &Retention) -> String {
        match (&r.duration, r.until) {
            (Some(d), _) => match d.value.parsed {
                Some(Period::For(d)) => self.duration(d),
                Some(Period::Term(t)) => self.strings.text(&format!("retention-term-{}", code(&t))),
                None => String::new(),
            },
            (None, Some(until)) => self.label("until", &until),
            (None, None) => String::new(),
        }
    }

    /// "15 days", "1 year", with the locale's plural rules.
    pub fn duration(&self, d: Duration) -> String {
        duration_text(self.strings, d)
    }

    /// "We reply within 15 working days", or "We reply without undue delay" for a term
    /// (message `<message>` or its `-term` form).
    fn duration_arg(&self, message: &str, value: &Spanned<Stated<Period>>) -> Option<String> {
        Some(match value.value.parsed? {
            Period::For(d) => {
                let text = self.duration(d);
                self.strings
                    .format(message, &[("duration", FluentValue::from(text))])
            }
            Period::Term(t) => {
                let term = self.strings.text(&format!("term-{}", code(&t)));
                self.strings.format(
                    &format!("{}-term", message.trim_end_matches("-time")),
                    &[("term", FluentValue::from(term))],
                )
            }
        })
    }

    /// A relation written on either side: the elements `refs` points at, then those of
    /// `others` whose own references (`back`) point at element `me`, each once. A feature
    /// that lists a permission and a permission that lists a feature say the same thing.
    fn both_sides<T: Listed, U: Listed>(
        &self,
        refs: &[Ref<T>],
        others: &[T],
        back: impl Fn(&T) -> &Vec<Ref<U>>,
        me: usize,
    ) -> Vec<String> {
        let mut at: Vec<usize> = refs.iter().filter_map(Ref::index).collect();
        for (i, other) in others.iter().enumerate() {
            if back(other).iter().any(|r| r.is(me)) && !at.contains(&i) {
                at.push(i);
            }
        }
        at.dedup();
        at.iter()
            .map(|&i| {
                let e = &others[i];
                e.text().map_or_else(|| escape(e.name()), |t| self.text(t))
            })
            .collect()
    }

    /// The names of the elements that `refs` point at, as HTML.
    fn names_of<T: Listed>(&self, refs: &[Ref<T>]) -> Vec<String> {
        refs.iter()
            .map(|r| match r.get(self.policy) {
                Some(e) => e.text().map_or_else(|| escape(e.name()), |t| self.text(t)),
                None => escape(&r.id.value),
            })
            .collect()
    }

    /// Plain text as HTML, marked with its language when it is a fallback.
    /// An item's name, and "Sensitive" when it alone is sensitive data.
    fn item(&self, item: &Item) -> String {
        let name = self.text(&item.name);
        match item.sensitive {
            true => format!(
                r#"{name} <strong class="item-sensitive">({})</strong>"#,
                escape(&self.strings.text("data-sensitive"))
            ),
            false => name,
        }
    }

    fn text(&self, text: &Text) -> String {
        self.mark(text, escape(text), "span")
    }

    /// One paragraph of Markdown as HTML, marked when it is a fallback.
    fn inline(&self, text: &Text) -> String {
        self.mark(text, self.md.inline_with(text, &self.refs), "span")
    }

    /// The name of `locale`'s language in the reader's, where Clause knows it ("anglais"
    /// on a French page), else that language's own name.
    fn language(&self, locale: &str) -> String {
        self.strings
            .language_of(locale)
            .unwrap_or_else(|| self.catalog.language_name(locale))
    }

    fn inline_opt(&self, text: &Option<Text>) -> Option<String> {
        text.as_ref().map(|t| self.inline(t))
    }

    /// A section body, in pieces around the blocks it places. A fallback body also gets a
    /// visible note, in the page's language, and each piece is marked.
    fn body(&self, text: &Text, anchor: &str, level: u8) -> Vec<Piece> {
        let pieces = self.md.block_placing(text, anchor, level, &self.refs);
        let Some(from) = &text.fallback else {
            return pieces;
        };
        let note = self.strings.format(
            "fallback-passage",
            &[("language", FluentValue::from(self.language(from)))],
        );
        let note = format!(
            r#"<p class="fallback-note" lang="{}" dir="{}">{}</p>"#,
            self.locale,
            direction(self.locale),
            escape(&note)
        );
        let mut pieces = pieces;
        match pieces.first_mut() {
            Some(Piece::Html(html)) => html.insert_str(0, &note),
            _ => pieces.insert(0, Piece::Html(note)),
        }
        pieces
            .into_iter()
            .map(|p| match p {
                Piece::Html(html) => Piece::Html(self.mark(text, html, "div")),
                block => block,
            })
            .collect()
    }

    fn mark(&self, text: &Text, html: String, tag: &str) -> String {
        mark(text, html, tag)
    }

    /// Yes, No, or Not stated.
    fn stated(&self, fact: Option<bool>) -> String {
        match fact {
            Some(yes) => self.yes_no(yes),
            None => self.strings.text("data-not-stated"),
        }
    }

    fn yes_no(&self, yes: bool) -> String {
        self.strings.text(if yes { "data-yes" } else { "data-no" })
    }

    /// The UI label of a model code, e.g. `kind` + `ContactsList` → message `kind-contacts-list`.
    fn label<T: Serialize>(&self, prefix: &str, value: &T) -> String {
        self.strings.text(&format!("{prefix}-{}", code(value)))
    }
}

/// What a block's filter keeps; everything when it has none. A filter on a fact keeps only
/// the elements that state it so: one that does not say is not shown as either.
struct Keep<'a>(Option<&'a FilteredBlock>);

impl Keep<'_> {
    fn only(&self, id: &Id) -> bool {
        self.0
            .is_none_or(|f| f.only.is_empty() || f.only.iter().any(|o| o.value == id.value))
    }

    fn required(&self, stated: Option<bool>) -> bool {
        self.0
            .and_then(|f| f.required)
            .is_none_or(|r| stated == Some(r))
    }

    fn optional(&self, stated: Option<bool>) -> bool {
        self.0
            .and_then(|f| f.optional)
            .is_none_or(|o| stated == Some(o))
    }

    fn platform(&self, platform: Platform) -> bool {
        self.0
            .and_then(|f| f.platform)
            .is_none_or(|p| p == platform)
    }

    fn essential(&self, stated: Option<bool>) -> bool {
        self.0
            .and_then(|f| f.essential)
            .is_none_or(|e| stated == Some(e))
    }

    fn kind(&self, kind: ThirdPartyKind) -> bool {
        self.0.and_then(|f| f.kind).is_none_or(|k| k == kind)
    }
}

/// "Minors under 14", the heading of a tier without one of its author's.
pub fn tier_title(strings: &Strings, age: u8) -> String {
    strings.format("minors-under", &[("age", FluentValue::from(age))])
}

/// "Consent (GDPR Art. 6(1)(a))", or "Consent" for a general basis.
pub fn basis_text(strings: &Strings, b: LegalBasis) -> String {
    let ground = strings.text(&format!("basis-{}", code(&b.ground())));
    match b.provision() {
        Some((law, article)) => strings.format(
            "basis-provision",
            &[
                ("basis", FluentValue::from(ground)),
                ("law", FluentValue::from(law)),
                ("article", FluentValue::from(article)),
            ],
        ),
        None => ground,
    }
}

/// "15 days", "1 year", with the locale's plural rules.
pub fn duration_text(strings: &Strings, d: Duration) -> String {
    let id = match d.unit {
        Unit::Day => "duration-day",
        Unit::WorkingDay => "duration-working-day",
        Unit::Week => "duration-week",
        Unit::Month => "duration-month",
        Unit::Year => "duration-year",
    };
    strings.format(id, &[("count", FluentValue::from(d.amount))])
}

/// A date as `<time>` needs it: ISO for the attribute, the locale's words for the text
/// (through the `date-long` message, so a site can restyle it).
pub fn date_view(strings: &Strings, date: Date) -> DateView {
    let iso = date.to_string();
    let text = strings.format("date-long", &[("date", FluentValue::from(iso.clone()))]);
    DateView { iso, text }
}

/// Wraps `html` in an element that names the language of a fallback text, so browsers,
/// screen readers and translation tools treat it as what it is.
pub fn mark(text: &Text, html: String, tag: &str) -> String {
    mark_from(text.fallback.as_deref(), html, tag)
}

/// `html` in a `tag` that says it is in locale `from`, when it is in another language than
/// the page's.
pub fn mark_from(from: Option<&str>, html: String, tag: &str) -> String {
    match from {
        None => html,
        Some(lang) => format!(
            r#"<{tag} class="fallback" lang="{lang}" dir="{}">{html}</{tag}>"#,
            direction(lang)
        ),
    }
}

/// The number of each section of `policy`, in the digits of `strings`' locale; `site` is
/// `clause.yaml`'s numbering, which the policy's own overrides.
pub fn section_numbers(
    policy: &Policy,
    site: Option<&[NumberStyle]>,
    strings: &Strings,
) -> BTreeMap<String, Number> {
    let styles = numbering::styles(policy.meta.numbering.as_deref(), site);
    numbering::numbers(&policy.sections, styles, &|n| strings.integer(n))
}

/// What a cross-reference to each section of `policy` says in `strings`' language: its
/// number and title (`section 3, “Contact us”`), or its title alone when unnumbered.
pub fn section_refs(
    policy: &Policy,
    numbers: &BTreeMap<String, Number>,
    strings: &Strings,
) -> SectionRefs {
    let mut out = SectionRefs::new();
    let mut stack: Vec<&Section> = policy.sections.iter().collect();
    while let Some(s) = stack.pop() {
        stack.extend(&s.sections);
        let title = super::markdown::Markdown::plain(&s.title);
        let cited = numbers
            .get(&s.id.value)
            .map(|n| n.cited.as_str())
            .unwrap_or("");
        let said = if cited.is_empty() {
            strings.format(
                "section-ref-unnumbered",
                &[("title", FluentValue::from(title))],
            )
        } else {
            strings.format(
                "section-ref",
                &[
                    ("number", FluentValue::from(cited.to_string())),
                    ("title", FluentValue::from(title)),
                ],
            )
        };
        out.insert(s.id.value.clone(), said);
    }
    out
}

pub use crate::content::model::code;

/// A platform identifier as HTML that may wrap only between its words: after a `.` or `_`
/// (`android.permission.<wbr>CAMERA`) or where a capital starts a word
/// (`NSCamera<wbr>Usage<wbr>Description`), never inside one.
fn breakable(identifier: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in identifier.chars() {
        if c.is_uppercase() && previous.is_some_and(char::is_lowercase) {
            out.push_str("<wbr>");
        }
        out.push_str(&escape(&c.to_string()));
        if matches!(c, '.' | '_') {
            out.push_str("<wbr>");
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod identifier_tests {
    #[test]
    fn identifiers_wrap_only_between_their_words() {
        assert_eq!(
            super::breakable("android.permission.POST_NOTIFICATIONS"),
            "android.<wbr>permission.<wbr>POST_<wbr>NOTIFICATIONS"
        );
        assert_eq!(
            super::breakable("NSCameraUsageDescription"),
            "NSCamera<wbr>Usage<wbr>Description"
        );
        assert_eq!(super::breakable("a<b"), "a&lt;b");
    }
}
