//! The stores' vocabularies: Apple's data types with the category and words of the App Store
//! label, Google Play's data types with their form questions, and how each of Clause's store
//! types maps to both. A new store type is one line in each `match` below.

use crate::content::model::StoreType;

/// One of Apple's data types.
#[derive(Debug)]
pub struct AppleType {
    /// The constant without its `NSPrivacyCollectedDataType` prefix.
    pub constant: &'static str,
    /// The label's category, e.g. "Contact Info".
    pub category: &'static str,
    /// The type as the label shows it, e.g. "Email Address".
    pub label: &'static str,
}

/// One of Google Play's data types.
#[derive(Debug)]
pub struct GoogleType {
    /// The question of its category, e.g. `PSL_DATA_TYPES_PERSONAL`.
    pub question: &'static str,
    /// The response id, e.g. `PSL_EMAIL`.
    pub response: &'static str,
    /// The category and type as the form shows them, e.g. "Personal info / Email address".
    pub label: &'static str,
}

const fn a(constant: &'static str, category: &'static str, label: &'static str) -> AppleType {
    AppleType {
        constant,
        category,
        label,
    }
}

const fn g(question: &'static str, response: &'static str, label: &'static str) -> GoogleType {
    GoogleType {
        question,
        response,
        label,
    }
}

/// Apple's data types, in the order of Apple's list.
pub const APPLE_TYPES: &[AppleType] = &[
    a("Name", "Contact Info", "Name"),
    a("EmailAddress", "Contact Info", "Email Address"),
    a("PhoneNumber", "Contact Info", "Phone Number"),
    a("PhysicalAddress", "Contact Info", "Physical Address"),
    a(
        "OtherUserContactInfo",
        "Contact Info",
        "Other User Contact Info",
    ),
    a("Health", "Health & Fitness", "Health"),
    a("Fitness", "Health & Fitness", "Fitness"),
    a("PaymentInfo", "Financial Info", "Payment Info"),
    a("CreditInfo", "Financial Info", "Credit Info"),
    a(
        "OtherFinancialInfo",
        "Financial Info",
        "Other Financial Info",
    ),
    a("PreciseLocation", "Location", "Precise Location"),
    a("CoarseLocation", "Location", "Coarse Location"),
    a("SensitiveInfo", "Sensitive Info", "Sensitive Info"),
    a("Contacts", "Contacts", "Contacts"),
    a(
        "EmailsOrTextMessages",
        "User Content",
        "Emails or Text Messages",
    ),
    a("PhotosorVideos", "User Content", "Photos or Videos"),
    a("AudioData", "User Content", "Audio Data"),
    a("GameplayContent", "User Content", "Gameplay Content"),
    a("CustomerSupport", "User Content", "Customer Support"),
    a("OtherUserContent", "User Content", "Other User Content"),
    a("BrowsingHistory", "Browsing History", "Browsing History"),
    a("SearchHistory", "Search History", "Search History"),
    a("UserID", "Identifiers", "User ID"),
    a("DeviceID", "Identifiers", "Device ID"),
    a("PurchaseHistory", "Purchases", "Purchase History"),
    a("ProductInteraction", "Usage Data", "Product Interaction"),
    a("AdvertisingData", "Usage Data", "Advertising Data"),
    a("OtherUsageData", "Usage Data", "Other Usage Data"),
    a("CrashData", "Diagnostics", "Crash Data"),
    a("PerformanceData", "Diagnostics", "Performance Data"),
    a(
        "OtherDiagnosticData",
        "Diagnostics",
        "Other Diagnostic Data",
    ),
    a(
        "EnvironmentScanning",
        "Surroundings",
        "Environment Scanning",
    ),
    a("Hands", "Body", "Hands"),
    a("Head", "Body", "Head"),
    a("OtherDataTypes", "Other Data", "Other Data Types"),
];

/// Google Play's data types, in the order of the Play Console's form and its CSV template.
pub const GOOGLE_TYPES: &[GoogleType] = &[
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_NAME",
        "Personal info / Name",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_EMAIL",
        "Personal info / Email address",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_USER_ACCOUNT",
        "Personal info / User IDs",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_ADDRESS",
        "Personal info / Address",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_PHONE",
        "Personal info / Phone number",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_RACE_ETHNICITY",
        "Personal info / Race and ethnicity",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_POLITICAL_RELIGIOUS",
        "Personal info / Political or religious beliefs",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY",
        "Personal info / Sexual orientation",
    ),
    g(
        "PSL_DATA_TYPES_PERSONAL",
        "PSL_OTHER_PERSONAL",
        "Personal info / Other info",
    ),
    g(
        "PSL_DATA_TYPES_FINANCIAL",
        "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER",
        "Financial info / User payment info",
    ),
    g(
        "PSL_DATA_TYPES_FINANCIAL",
        "PSL_PURCHASE_HISTORY",
        "Financial info / Purchase history",
    ),
    g(
        "PSL_DATA_TYPES_FINANCIAL",
        "PSL_CREDIT_SCORE",
        "Financial info / Credit score",
    ),
    g(
        "PSL_DATA_TYPES_FINANCIAL",
        "PSL_OTHER",
        "Financial info / Other financial info",
    ),
    g(
        "PSL_DATA_TYPES_LOCATION",
        "PSL_APPROX_LOCATION",
        "Location / Approximate location",
    ),
    g(
        "PSL_DATA_TYPES_LOCATION",
        "PSL_PRECISE_LOCATION",
        "Location / Precise location",
    ),
    g(
        "PSL_DATA_TYPES_SEARCH_AND_BROWSING",
        "PSL_WEB_BROWSING_HISTORY",
        "Web browsing / Web browsing history",
    ),
    g(
        "PSL_DATA_TYPES_EMAIL_AND_TEXT",
        "PSL_EMAILS",
        "Messages / Emails",
    ),
    g(
        "PSL_DATA_TYPES_EMAIL_AND_TEXT",
        "PSL_SMS_CALL_LOG",
        "Messages / SMS or MMS",
    ),
    g(
        "PSL_DATA_TYPES_EMAIL_AND_TEXT",
        "PSL_OTHER_MESSAGES",
        "Messages / Other in-app messages",
    ),
    g(
        "PSL_DATA_TYPES_PHOTOS_AND_VIDEOS",
        "PSL_PHOTOS",
        "Photos and videos / Photos",
    ),
    g(
        "PSL_DATA_TYPES_PHOTOS_AND_VIDEOS",
        "PSL_VIDEOS",
        "Photos and videos / Videos",
    ),
    g(
        "PSL_DATA_TYPES_AUDIO",
        "PSL_AUDIO",
        "Audio files / Voice or sound recordings",
    ),
    g(
        "PSL_DATA_TYPES_AUDIO",
        "PSL_MUSIC",
        "Audio files / Music files",
    ),
    g(
        "PSL_DATA_TYPES_AUDIO",
        "PSL_OTHER_AUDIO",
        "Audio files / Other audio files",
    ),
    g(
        "PSL_DATA_TYPES_HEALTH_AND_FITNESS",
        "PSL_HEALTH",
        "Health and fitness / Health info",
    ),
    g(
        "PSL_DATA_TYPES_HEALTH_AND_FITNESS",
        "PSL_FITNESS",
        "Health and fitness / Fitness info",
    ),
    g(
        "PSL_DATA_TYPES_CONTACTS",
        "PSL_CONTACTS",
        "Contacts / Contacts",
    ),
    g(
        "PSL_DATA_TYPES_CALENDAR",
        "PSL_CALENDAR",
        "Calendar / Calendar events",
    ),
    g(
        "PSL_DATA_TYPES_APP_PERFORMANCE",
        "PSL_CRASH_LOGS",
        "App info and performance / Crash logs",
    ),
    g(
        "PSL_DATA_TYPES_APP_PERFORMANCE",
        "PSL_PERFORMANCE_DIAGNOSTICS",
        "App info and performance / Diagnostics",
    ),
    g(
        "PSL_DATA_TYPES_APP_PERFORMANCE",
        "PSL_OTHER_PERFORMANCE",
        "App info and performance / Other app performance data",
    ),
    g(
        "PSL_DATA_TYPES_FILES_AND_DOCS",
        "PSL_FILES_AND_DOCS",
        "Files and docs / Files and docs",
    ),
    g(
        "PSL_DATA_TYPES_APP_ACTIVITY",
        "PSL_USER_INTERACTION",
        "App activity / App interactions",
    ),
    g(
        "PSL_DATA_TYPES_APP_ACTIVITY",
        "PSL_IN_APP_SEARCH_HISTORY",
        "App activity / In-app search history",
    ),
    g(
        "PSL_DATA_TYPES_APP_ACTIVITY",
        "PSL_APPS_ON_DEVICE",
        "App activity / Installed apps",
    ),
    g(
        "PSL_DATA_TYPES_APP_ACTIVITY",
        "PSL_USER_GENERATED_CONTENT",
        "App activity / Other user-generated content",
    ),
    g(
        "PSL_DATA_TYPES_APP_ACTIVITY",
        "PSL_OTHER_APP_ACTIVITY",
        "App activity / Other actions",
    ),
    g(
        "PSL_DATA_TYPES_IDENTIFIERS",
        "PSL_DEVICE_ID",
        "Device or other IDs / Device or other IDs",
    ),
];

/// Google's purposes: response id and the form's words, in the form's order.
pub const GOOGLE_PURPOSES: &[(&str, &str)] = &[
    ("PSL_APP_FUNCTIONALITY", "App functionality"),
    ("PSL_ANALYTICS", "Analytics"),
    ("PSL_DEVELOPER_COMMUNICATIONS", "Developer communications"),
    (
        "PSL_FRAUD_PREVENTION_SECURITY",
        "Fraud prevention, security, and compliance",
    ),
    ("PSL_ADVERTISING", "Advertising or marketing"),
    ("PSL_PERSONALIZATION", "Personalization"),
    ("PSL_ACCOUNT_MANAGEMENT", "Account management"),
];

/// Apple's constant (without prefix) for a store type.
pub fn apple_constant(t: StoreType) -> &'static str {
    use StoreType as T;
    match t {
        T::Name => "Name",
        T::EmailAddress => "EmailAddress",
        T::PhoneNumber => "PhoneNumber",
        T::PhysicalAddress => "PhysicalAddress",
        T::OtherContactInfo => "OtherUserContactInfo",
        T::UserId => "UserID",
        T::DeviceId => "DeviceID",
        T::RaceOrEthnicity
        | T::PoliticalOrReligiousBeliefs
        | T::SexualOrientation
        | T::Biometric => "SensitiveInfo",
        T::OtherPersonalInfo | T::OtherDataTypes => "OtherDataTypes",
        T::PaymentInfo => "PaymentInfo",
        T::PurchaseHistory => "PurchaseHistory",
        T::CreditInfo => "CreditInfo",
        T::OtherFinancialInfo => "OtherFinancialInfo",
        T::PreciseLocation => "PreciseLocation",
        T::CoarseLocation => "CoarseLocation",
        T::BrowsingHistory => "BrowsingHistory",
        T::SearchHistory => "SearchHistory",
        T::Emails | T::TextMessages | T::InAppMessages => "EmailsOrTextMessages",
        T::Photos | T::Videos => "PhotosorVideos",
        T::AudioRecordings | T::Music | T::OtherAudio => "AudioData",
        T::Health => "Health",
        T::Fitness => "Fitness",
        T::Contacts => "Contacts",
        T::Calendar | T::FilesAndDocs | T::OtherUserContent => "OtherUserContent",
        T::GameplayContent => "GameplayContent",
        T::CustomerSupport => "CustomerSupport",
        T::ProductInteraction => "ProductInteraction",
        T::InstalledApps | T::OtherUsageData => "OtherUsageData",
        T::AdvertisingData => "AdvertisingData",
        T::CrashData => "CrashData",
        T::PerformanceData => "PerformanceData",
        T::OtherDiagnosticData => "OtherDiagnosticData",
    }
}

/// Google's response id for a store type.
pub fn google_response(t: StoreType) -> &'static str {
    use StoreType as T;
    match t {
        T::Name => "PSL_NAME",
        T::EmailAddress => "PSL_EMAIL",
        T::PhoneNumber => "PSL_PHONE",
        T::PhysicalAddress => "PSL_ADDRESS",
        T::OtherContactInfo | T::Biometric | T::OtherPersonalInfo | T::OtherDataTypes => {
            "PSL_OTHER_PERSONAL"
        }
        T::UserId => "PSL_USER_ACCOUNT",
        T::DeviceId => "PSL_DEVICE_ID",
        T::RaceOrEthnicity => "PSL_RACE_ETHNICITY",
        T::PoliticalOrReligiousBeliefs => "PSL_POLITICAL_RELIGIOUS",
        T::SexualOrientation => "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY",
        T::PaymentInfo => "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER",
        T::PurchaseHistory => "PSL_PURCHASE_HISTORY",
        T::CreditInfo => "PSL_CREDIT_SCORE",
        T::OtherFinancialInfo => "PSL_OTHER",
        T::PreciseLocation => "PSL_PRECISE_LOCATION",
        T::CoarseLocation => "PSL_APPROX_LOCATION",
        T::BrowsingHistory => "PSL_WEB_BROWSING_HISTORY",
        T::SearchHistory => "PSL_IN_APP_SEARCH_HISTORY",
        T::Emails => "PSL_EMAILS",
        T::TextMessages => "PSL_SMS_CALL_LOG",
        T::InAppMessages => "PSL_OTHER_MESSAGES",
        T::Photos => "PSL_PHOTOS",
        T::Videos => "PSL_VIDEOS",
        T::AudioRecordings => "PSL_AUDIO",
        T::Music => "PSL_MUSIC",
        T::OtherAudio => "PSL_OTHER_AUDIO",
        T::Health => "PSL_HEALTH",
        T::Fitness => "PSL_FITNESS",
        T::Contacts => "PSL_CONTACTS",
        T::Calendar => "PSL_CALENDAR",
        T::FilesAndDocs => "PSL_FILES_AND_DOCS",
        T::GameplayContent | T::CustomerSupport | T::OtherUserContent => {
            "PSL_USER_GENERATED_CONTENT"
        }
        T::ProductInteraction => "PSL_USER_INTERACTION",
        T::InstalledApps => "PSL_APPS_ON_DEVICE",
        T::AdvertisingData | T::OtherUsageData => "PSL_OTHER_APP_ACTIVITY",
        T::CrashData => "PSL_CRASH_LOGS",
        T::PerformanceData => "PSL_PERFORMANCE_DIAGNOSTICS",
        T::OtherDiagnosticData => "PSL_OTHER_PERFORMANCE",
    }
}
