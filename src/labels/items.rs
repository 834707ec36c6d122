//! Store data types read from what a category's items say.
//!
//! An item's id is the author's own, language-neutral word for it (`email`, `phone-number`,
//! `parent-email`), so it says which store type the item is without reading prose in any
//! language. An item may also name its type outright (`store_type`), which always wins.

use crate::content::model::{Item, StoreType};

/// Item ids (or their last words) and the store type each names. Ids are compared in lower
/// case with `_` read as `-`.
#[rustfmt::skip]
const NAMES: &[(&str, StoreType)] = {
    use StoreType as T;
    &[
        ("name", T::Name), ("full-name", T::Name), ("first-name", T::Name),
        ("last-name", T::Name), ("surname", T::Name), ("nickname", T::Name),
        ("display-name", T::Name), ("real-name", T::Name),
        ("email", T::EmailAddress), ("e-mail", T::EmailAddress), ("mail", T::EmailAddress),
        ("email-address", T::EmailAddress),
        ("phone", T::PhoneNumber), ("phone-number", T::PhoneNumber), ("mobile", T::PhoneNumber),
        ("mobile-number", T::PhoneNumber), ("telephone", T::PhoneNumber), ("tel", T::PhoneNumber),
        ("address", T::PhysicalAddress), ("postal-address", T::PhysicalAddress),
        ("street-address", T::PhysicalAddress), ("home-address", T::PhysicalAddress),
        ("shipping-address", T::PhysicalAddress), ("billing-address", T::PhysicalAddress),
        ("user-id", T::UserId), ("account-id", T::UserId), ("username", T::UserId),
        ("member-id", T::UserId), ("uid", T::UserId),
        ("device-id", T::DeviceId), ("idfa", T::DeviceId), ("idfv", T::DeviceId),
        ("gaid", T::DeviceId), ("android-id", T::DeviceId), ("advertising-id", T::DeviceId),
        ("imei", T::DeviceId), ("oaid", T::DeviceId),
        ("date-of-birth", T::OtherPersonalInfo), ("birthday", T::OtherPersonalInfo),
        ("birth-date", T::OtherPersonalInfo), ("age", T::OtherPersonalInfo),
        ("gender", T::OtherPersonalInfo),
        ("fingerprint", T::Biometric), ("face", T::Biometric), ("face-data", T::Biometric),
        ("voiceprint", T::Biometric),
        ("card", T::PaymentInfo), ("payment-card", T::PaymentInfo),
        ("credit-card", T::PaymentInfo), ("payment-info", T::PaymentInfo),
        ("purchases", T::PurchaseHistory), ("purchase-history", T::PurchaseHistory),
        ("orders", T::PurchaseHistory), ("order-history", T::PurchaseHistory),
        ("precise-location", T::PreciseLocation), ("gps", T::PreciseLocation),
        ("coordinates", T::PreciseLocation),
        ("coarse-location", T::CoarseLocation), ("approximate-location", T::CoarseLocation),
        ("city", T::CoarseLocation), ("postcode", T::CoarseLocation),
        ("browsing-history", T::BrowsingHistory), ("search-history", T::SearchHistory),
        ("searches", T::SearchHistory),
        ("emails", T::Emails), ("sms", T::TextMessages), ("text-messages", T::TextMessages),
        ("messages", T::InAppMessages), ("chat-messages", T::InAppMessages),
        ("photos", T::Photos), ("photo", T::Photos), ("images", T::Photos),
        ("videos", T::Videos), ("video", T::Videos),
        ("voice", T::AudioRecordings), ("audio", T::AudioRecordings),
        ("voice-messages", T::AudioRecordings), ("recordings", T::AudioRecordings),
        ("health", T::Health), ("fitness", T::Fitness), ("steps", T::Fitness),
        ("heart-rate", T::Health),
        ("contacts", T::Contacts), ("address-book", T::Contacts), ("calendar", T::Calendar),
        ("files", T::FilesAndDocs), ("documents", T::FilesAndDocs),
        ("support-requests", T::CustomerSupport), ("support-messages", T::CustomerSupport),
        ("feedback", T::CustomerSupport),
        ("interactions", T::ProductInteraction), ("taps", T::ProductInteraction),
        ("page-views", T::ProductInteraction), ("features-used", T::ProductInteraction),
        ("installed-apps", T::InstalledApps),
        ("crash-logs", T::CrashData), ("crash-reports", T::CrashData), ("crashes", T::CrashData),
        ("stack-traces", T::CrashData),
        ("performance", T::PerformanceData), ("launch-time", T::PerformanceData),
    ]
};

/// The store type `item` names: its `store_type`, else the longest tail of its id's words
/// found in [`NAMES`] (`parent-phone-number` → `phone-number`); `None` when it names none.
pub fn item_type(item: &Item) -> Option<StoreType> {
    item.store_type.or_else(|| id_type(&item.id.value))
}

fn id_type(id: &str) -> Option<StoreType> {
    let id = id.to_ascii_lowercase().replace('_', "-");
    let mut tail = id.as_str();
    loop {
        if let Some((_, t)) = NAMES.iter().find(|(name, _)| *name == tail) {
            return Some(*t);
        }
        tail = tail.split_once('-')?.1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_names_a_type_by_its_last_words() {
        assert_eq!(id_type("email"), Some(StoreType::EmailAddress));
        assert_eq!(id_type("parent_Email"), Some(StoreType::EmailAddress));
        assert_eq!(id_type("parent-phone-number"), Some(StoreType::PhoneNumber));
        assert_eq!(id_type("e-mail"), Some(StoreType::EmailAddress));
        assert_eq!(
            id_type("registered-address"),
            Some(StoreType::PhysicalAddress)
        );
        // Words in the middle say nothing: a verification flag is not an e-mail address.
        assert_eq!(id_type("email-verified"), None);
        assert_eq!(id_type("wechat-id"), None);
        assert_eq!(id_type(""), None);
    }

    #[test]
    fn every_name_is_listed_once_in_id_form() {
        let mut seen = std::collections::BTreeSet::new();
        for (name, _) in NAMES {
            assert!(seen.insert(*name), "{name} twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name} is not an id"
            );
        }
    }
}
