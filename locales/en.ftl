# Clause's built-in UI strings for English.
# A site overrides any of these in its own locales/<locale>.ftl.

## Language
# This language's name in itself; language switchers and the chooser show it.
language-name = English

## Page chrome
site-skip-to-content = Skip to content
site-policies = Policies
site-languages = Languages
site-generated-by = Published with Clause
page-not-found-title = Page not found
page-not-found-body = There is no page at this address. It may have moved, or the link may be wrong.
page-not-found-home = Go to the list of policies
chooser-intro = Choose a policy and a language.
chooser-empty = No policy is published here yet.

## Dates: $date is YYYY-MM-DD; DATETIME writes it the locale's way (Gregorian calendar).
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = { $count ->
    [one] One passage on this page is not translated yet and is shown in { $languages }.
   *[other] { $count } passages on this page are not translated yet and are shown in { $languages }.
}
fallback-passage = Not translated yet: shown in { $language }.

## Policy page
policy-effective = Effective date
policy-updated = Last updated
policy-draft = Draft: not yet released
policy-contents = Contents
policy-key-points = Key points
glance-title = Privacy at a glance
glance-tracking = Data used to track you
glance-linked = Data linked to you
glance-not-linked = Data not linked to you
glance-shared = Data shared with other companies
glance-sold = Data sold
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = Not stated whether used to track you
glance-linked-unstated = Not stated whether linked to you
glance-shared-unstated = Not stated whether shared with other companies
glance-none = None
glance-not-sold = We do not sell any of this data.
policy-product = Product
policy-section-link = Link to this section
policy-jurisdictions = Laws this policy addresses

## Contact card
contact-title = Contact
contact-controller = Data controller
contact-registered-address = Registered address
contact-office-address = Office address
contact-email = Email
contact-phone = Phone
contact-url = Web
contact-address = Postal address
contact-dpo = Data protection officer
# The same roles in the words of China's PIPL.
contact-controller-pipl = Personal information handler
contact-dpo-pipl = Person in charge of personal information protection
contact-addresses = Addresses
contact-channels = Ways to reach us
contact-address-role-registered = Registered address
contact-address-role-office = Office address
contact-address-role-postal = Postal address
contact-address-role-representative = Representative in the EU or UK
contact-address-role-dpo = Data protection officer's address
contact-address-role-other = Address
contact-channel-email = Email
contact-channel-phone = Phone
contact-channel-web = Web
contact-channel-chat = Online chat
contact-channel-in-app = In the app
contact-channel-other = Other
contact-response-time = We reply within { $duration }

## Table captions and headings
purposes-title = Why we use data
purposes-name = Purpose
purposes-description = What it means
data-title = Data we collect
data-category = Category
data-items = What exactly
data-kind = Kind
data-source = Source
data-required = Required
data-purposes = Used for
data-legal-basis = Legal basis
data-retention = Kept for
data-sensitive = Sensitive
data-yes = Yes
data-no = No
data-not-stated = Not stated
section-ref = section { $number }, “{ $title }”
section-ref-unnumbered = “{ $title }”
retention-title = How long we keep data
features-title = Features and the data they use
features-name = Feature
features-data = Data used
features-permissions = Permissions
features-required = Required
permissions-title = App permissions
permissions-platform = Platform
permissions-name = Permission
permissions-identifier = System name
permissions-use = What we use it for
permissions-features = Features
permissions-optional = Optional
third-parties-title = Who we share data with
third-parties-name = Recipient
third-parties-kind = Kind
third-parties-purpose = Why
third-parties-data = Data shared
third-parties-country = Country
third-parties-policy = Their privacy policy
storage-title = Where data is stored
storage-region = Region
storage-description = What is stored
transfers-title = Transfers to other countries
transfers-destination = Destination
transfers-safeguard = Safeguard
transfers-data = Data transferred
rights-title = Your rights
rights-how = How to use this right
rights-link = Make this request online
rights-response-time = We respond within { $duration }
change-policy-title = Changes to this policy
change-policy-material = We treat these as material changes
change-policy-notify = How we tell you
change-policy-notice-days = { $days ->
    [one] We tell you { $days } day before a material change takes effect.
   *[other] We tell you { $days } days before a material change takes effect.
}

## Versions
policy-released = Released
version-label = Version { $version }
version-state-current = This is the version in effect.
version-state-archived = This version is no longer in effect.
version-state-upcoming = This version takes effect on { $date }.
version-read-current = Read the version in effect
upcoming-notice = A new version of this policy takes effect on { $date }.
upcoming-read = Read the new version
change-material = Material change
change-minor = Minor change
change-material-draft = Material change, if released as it is
change-minor-draft = Minor change, if released as it is
history-title = Version history
history-link = All versions
history-caption = Every version of this policy, newest first
history-version = Version
history-change = Change
history-summary = What changed
history-released-by = Released by { $name }
history-signed-off = Signed off: { $list }
history-draft = Draft
history-state-current = In effect
history-state-upcoming = Upcoming
history-state-archived = No longer in effect

## Change notices
notice-title = What changed in version { $version }
notice-title-draft = What the draft changes
notice-link = What changed
notice-summary = In short
notice-details = The changes in detail
notice-text = Changes to the text
notice-compared = Compared with { $version }
notice-first = This is the first published version of this policy.
notice-unchanged = Nothing in the policy's content changed.
notice-material-because = Why this change is material
notice-override = Released as a minor change although the rules call it material. The reason given: { $reason }
notice-added = Added
notice-removed = Removed
notice-changed = Changed
notice-renamed = Renamed from “{ $title }”
notice-moved = Moved
notice-field = { $field }: { $change }
notice-from-to = { $from } → { $to }
notice-added-items = added { $items }
notice-removed-items = removed { $items }
notice-inserted = Inserted:
notice-deleted = Deleted:
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count } unchanged paragraphs
notice-none = none
# A yes-or-no fact the policy does not state.
notice-not-stated = not stated
notice-audience = Audience
notice-read-version = Read this version
notice-feed = Feed of changes
feed-title = { $policy }: changes
field-name = Name
field-description = Description
field-retention-note = Retention note
field-provider = Provider
field-response-time = Response time
field-text = Text
field-under-age = Age limit
field-ephemeral = Processed only briefly, not kept
field-encrypted-in-transit = Encrypted in transit
field-deletable = Can be deleted on request
field-store-types = App store data types
field-tracking-domains = Tracking domains
field-recipients = Recipients
audience-kind-general = General audience
audience-kind-children = Children
purpose-kind-app-functionality = App functionality
purpose-kind-analytics = Analytics
purpose-kind-personalization = Personalization
purpose-kind-developer-advertising = Our own advertising
purpose-kind-third-party-advertising = Advertising by other companies
purpose-kind-developer-communications = Messages from us
purpose-kind-security = Security and fraud prevention
purpose-kind-compliance = Legal compliance
purpose-kind-account-management = Account management
purpose-kind-other = Other purposes
right-kind-information = Right to be informed
right-kind-access = Right of access
right-kind-correction = Right to correction
right-kind-deletion = Right to deletion
right-kind-restriction = Right to restrict processing
right-kind-objection = Right to object
right-kind-withdraw-consent = Right to withdraw consent
right-kind-portability = Right to data portability
right-kind-account-cancellation = Right to close your account
right-kind-complaint = Right to complain
right-kind-automated-decisions = Rights about automated decisions
right-kind-guardian = Rights of parents and guardians
right-kind-opt-out = Right to opt out
right-kind-other = Other rights

## In-app views
app-read-web = Read this on the web

## Durations
duration-working-day = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
contact-response-term = We reply { $term }
rights-response-term = We respond { $term }
term-promptly = promptly
term-without-undue-delay = without undue delay
term-as-required-by-law = as the law requires
retention-term-promptly = Deleted promptly
retention-term-without-undue-delay = Deleted without undue delay
retention-term-as-required-by-law = As long as the law requires
duration-day = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-week = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
duration-month = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
duration-year = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
until-account-deletion = Until you delete your account
until-purpose-fulfilled = Until the purpose is fulfilled
until-consent-withdrawn = Until you withdraw consent

## Data kinds
kind-basic = Basic personal data
kind-identity = Identity data
kind-contact = Contact details
kind-biometric = Biometric data
kind-location = Location
kind-device = Device and network
kind-usage = Usage
kind-content = Content you create
kind-contacts-list = Contacts list
kind-financial = Financial data
kind-health = Health data
kind-advertising = Advertising identifiers
kind-other = Other

## Sources
source-user = From you
source-automatic = Collected automatically
source-third-party = From third parties

## Legal bases
basis-consent = Consent
basis-contract = Contract
basis-legal-obligation = Legal obligation
basis-vital-interests = Vital interests
basis-public-task = Public task
basis-legitimate-interests = Legitimate interests
field-title = Heading
field-cases = Cases
field-condition = When
basis-explicit-consent = Explicit consent
basis-contract-or-hr = Contract or human-resources management
basis-employment = Employment and social-security law
basis-nonprofit-body = A not-for-profit body, for its members
basis-made-public = Information already made public
basis-legal-claims = Legal claims
basis-substantial-public-interest = Substantial public interest
basis-health-care = Health or social care
basis-public-health = Public health
basis-research = Archiving, research or statistics
basis-emergency = An emergency: public health, or someone's life, health or property
basis-news-reporting = News reporting and public oversight in the public interest
basis-other-law = Other cases the law provides for
basis-provision = { $basis } ({ $law } Art. { $article })
basis-article = { $law } Art. { $article }
exceptions-title = Lists of cases
exceptions-processing-without-consent = When we may process your data without your consent
exceptions-sharing-without-consent = When we may share your data without your consent
exceptions-refusal-cases = When we may decline a request
exceptions-deletion-cases = When you may ask us to delete your data
exceptions-storage-abroad = When your data may be stored outside the country
exceptions-other = Cases
list-separator = { ", " }
exceptions-case-basis = { $case } ({ $basis })
cookies-title = Cookies and similar technologies
cookies-name = Name
cookies-provider = Set by
cookies-purpose = What it is for
cookies-duration = Lasts
cookies-essential = Strictly necessary
cookies-first-party = Us
cookies-session = Until you close the browser or app
minors-title = Minors
minors-under = Minors under { $age }
minors-consent = Whose consent is asked
minors-consent-method = How a guardian's consent is obtained
minors-rules = Rules that apply
minors-guardian-rights = Rights a parent or guardian may exercise for them
minor-consent-guardian = A parent's or guardian's
minor-consent-guardian-and-minor = A parent's or guardian's, and their own
minor-consent-minor = Their own
cookie-kind-cookie = Cookie
cookie-kind-local-storage = Local storage
cookie-kind-web-beacon = Web beacon
cookie-kind-sdk-identifier = SDK identifier
cookie-kind-other = Similar technology

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = Web
platform-mini-program = Mini-program
platform-desktop = Desktop

## Recipient kinds
recipient-sdk = SDK
recipient-processor = Processor
recipient-partner = Partner
recipient-affiliate = Affiliate
recipient-authority = Authority

## Safeguards
safeguard-adequacy = Adequacy decision
safeguard-standard-clauses = Standard contractual clauses
safeguard-binding-corporate-rules = Binding corporate rules
safeguard-consent = Your explicit consent
safeguard-security-assessment = Security assessment by the authority
safeguard-certification = Certification
safeguard-standard-contract = Standard contract filed with the authority
safeguard-separate-consent = We will ask for your consent to this transfer separately

## Material changes
material-new-purpose = A new purpose, or a new use of data
material-new-data-kind = A new kind of data, or sensitive data
material-new-recipient = A new recipient or SDK
material-new-transfer = A new country that data goes to
material-rights-reduced = Rights removed or made harder to use
material-contact-changed = A new controller, contact or complaint channel
material-longer-retention = Data kept longer
material-children-audience = The service becomes directed at children
material-removed-recipient = A recipient or SDK removed
material-text-changed = Any change to the text
material-any-change = Any change at all

## Notification channels
notify-email = Email
notify-in-app = A notice in the app
notify-website = A notice on this site
notify-push = A push notification
notify-sms = A text message

## Jurisdictions
law-gdpr = GDPR (European Union)
law-uk-gdpr = UK GDPR
law-pipl = PIPL (China)
law-ccpa = CCPA (California)
law-coppa = COPPA (United States)
law-lgpd = LGPD (Brazil)
law-appi = APPI (Japan)
law-pipa = PIPA (Korea)
law-pipeda = PIPEDA (Canada)

## Audience
audience-children = This service is directed at children under { $age }.

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = Name
store-type-email-address = Email address
store-type-phone-number = Phone number
store-type-physical-address = Physical address
store-type-other-contact-info = Other contact info
store-type-user-id = User ID
store-type-device-id = Device ID
store-type-race-or-ethnicity = Race or ethnicity
store-type-political-or-religious-beliefs = Political or religious beliefs
store-type-sexual-orientation = Sexual orientation
store-type-biometric = Biometric data
store-type-other-personal-info = Other personal info
store-type-payment-info = Payment info
store-type-purchase-history = Purchase history
store-type-credit-info = Credit info
store-type-other-financial-info = Other financial info
store-type-precise-location = Precise location
store-type-coarse-location = Approximate location
store-type-browsing-history = Browsing history
store-type-search-history = Search history
store-type-emails = Emails
store-type-text-messages = Text messages
store-type-in-app-messages = In-app messages
store-type-photos = Photos
store-type-videos = Videos
store-type-audio-recordings = Audio recordings
store-type-music = Music files
store-type-other-audio = Other audio files
store-type-health = Health info
store-type-fitness = Fitness info
store-type-contacts = Contacts
store-type-calendar = Calendar events
store-type-files-and-docs = Files and documents
store-type-gameplay-content = Gameplay content
store-type-customer-support = Customer support
store-type-other-user-content = Other user content
store-type-product-interaction = Product interaction
store-type-installed-apps = Installed apps
store-type-advertising-data = Advertising data
store-type-other-usage-data = Other usage data
store-type-crash-data = Crash data
store-type-performance-data = Performance data
store-type-other-diagnostic-data = Other diagnostic data
store-type-other-data-types = Other data types

# Languages named in this language, for notes about text shown in another one.
language-of-en = English
language-of-de = German
language-of-fr = French
language-of-es = Spanish
language-of-pt-BR = Brazilian Portuguese
language-of-ja = Japanese
language-of-ko = Korean
language-of-zh-Hans = Simplified Chinese
language-of-zh-Hant = Traditional Chinese
language-of-ar = Arabic

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = Changes to the { $title } of { $product }
notify-intro = We are changing the { $title } of { $product }. The new version takes effect on { $date }.
notify-summary = What changes
notify-why = Why we are telling you
notify-read-changes = Read what changed
notify-read-policy = Read the new version
notify-dialog-title = We are updating our { $title }
notify-dialog-review = Review the changes
notify-dialog-later = Later

## PDF records
pdf-language = Language
pdf-seal = Seal (SHA-256 of the sealed files)
pdf-sign-off = Released and signed off
pdf-translation = Translation confirmed by
pdf-address = Permanent address
pdf-not-recorded = Not recorded
pdf-about = This PDF records the version as it was released and sealed. Its text is the text at the permanent address.
pdf-too-long = The text of this version runs over { $pages } pages, more than a PDF record holds, so this record has its cover only. The text is at the permanent address.
pdf-page = Page { $page } of { $pages }
pdf-changes = Change notice
pdf-link = PDF
pdf-notice-link = Change notice (PDF)
