//! Platform permission identifiers: Android manifest permissions and iOS usage-description
//! keys as the platforms name them. An identifier that looks like one of a platform's but is
//! a near miss of a known name (`android.permission.CAMREA`) is a typo, reported with the
//! name it was likely meant as; one that is near nothing known may be newer than this list
//! and is kept.

use super::ids::closest;
use super::model::{Permission, Platform, Policy};
use crate::diagnostics::{Diagnostic, Pos};

/// The prefix of Android's own permissions.
const ANDROID: &str = "android.permission.";

/// Android's permissions (after `android.permission.`) that apps request.
const ANDROID_NAMES: &[&str] = &[
    "ACCEPT_HANDOVER",
    "ACCESS_BACKGROUND_LOCATION",
    "ACCESS_COARSE_LOCATION",
    "ACCESS_FINE_LOCATION",
    "ACCESS_LOCATION_EXTRA_COMMANDS",
    "ACCESS_MEDIA_LOCATION",
    "ACCESS_NETWORK_STATE",
    "ACCESS_NOTIFICATION_POLICY",
    "ACCESS_WIFI_STATE",
    "ACTIVITY_RECOGNITION",
    "ADD_VOICEMAIL",
    "ANSWER_PHONE_CALLS",
    "BLUETOOTH",
    "BLUETOOTH_ADMIN",
    "BLUETOOTH_ADVERTISE",
    "BLUETOOTH_CONNECT",
    "BLUETOOTH_SCAN",
    "BODY_SENSORS",
    "BODY_SENSORS_BACKGROUND",
    "BROADCAST_STICKY",
    "CALL_PHONE",
    "CAMERA",
    "CHANGE_NETWORK_STATE",
    "CHANGE_WIFI_MULTICAST_STATE",
    "CHANGE_WIFI_STATE",
    "DETECT_SCREEN_CAPTURE",
    "DISABLE_KEYGUARD",
    "EXPAND_STATUS_BAR",
    "FOREGROUND_SERVICE",
    "FOREGROUND_SERVICE_CAMERA",
    "FOREGROUND_SERVICE_CONNECTED_DEVICE",
    "FOREGROUND_SERVICE_DATA_SYNC",
    "FOREGROUND_SERVICE_HEALTH",
    "FOREGROUND_SERVICE_LOCATION",
    "FOREGROUND_SERVICE_MEDIA_PLAYBACK",
    "FOREGROUND_SERVICE_MEDIA_PROJECTION",
    "FOREGROUND_SERVICE_MICROPHONE",
    "FOREGROUND_SERVICE_PHONE_CALL",
    "FOREGROUND_SERVICE_REMOTE_MESSAGING",
    "FOREGROUND_SERVICE_SPECIAL_USE",
    "FOREGROUND_SERVICE_SYSTEM_EXEMPTED",
    "GET_ACCOUNTS",
    "GET_PACKAGE_SIZE",
    "HIGH_SAMPLING_RATE_SENSORS",
    "INTERNET",
    "KILL_BACKGROUND_PROCESSES",
    "MANAGE_EXTERNAL_STORAGE",
    "MANAGE_OWN_CALLS",
    "MODIFY_AUDIO_SETTINGS",
    "NEARBY_WIFI_DEVICES",
    "NFC",
    "NFC_PREFERRED_PAYMENT_INFO",
    "NFC_TRANSACTION_EVENT",
    "PACKAGE_USAGE_STATS",
    "POST_NOTIFICATIONS",
    "PROCESS_OUTGOING_CALLS",
    "QUERY_ALL_PACKAGES",
    "READ_CALENDAR",
    "READ_CALL_LOG",
    "READ_CONTACTS",
    "READ_EXTERNAL_STORAGE",
    "READ_MEDIA_AUDIO",
    "READ_MEDIA_IMAGES",
    "READ_MEDIA_VIDEO",
    "READ_MEDIA_VISUAL_USER_SELECTED",
    "READ_PHONE_NUMBERS",
    "READ_PHONE_STATE",
    "READ_SMS",
    "READ_SYNC_SETTINGS",
    "READ_VOICEMAIL",
    "RECEIVE_BOOT_COMPLETED",
    "RECEIVE_MMS",
    "RECEIVE_SMS",
    "RECEIVE_WAP_PUSH",
    "RECORD_AUDIO",
    "REORDER_TASKS",
    "REQUEST_DELETE_PACKAGES",
    "REQUEST_IGNORE_BATTERY_OPTIMIZATIONS",
    "REQUEST_INSTALL_PACKAGES",
    "SCHEDULE_EXACT_ALARM",
    "SEND_SMS",
    "SET_ALARM",
    "SET_WALLPAPER",
    "SYSTEM_ALERT_WINDOW",
    "USE_BIOMETRIC",
    "USE_EXACT_ALARM",
    "USE_FINGERPRINT",
    "USE_FULL_SCREEN_INTENT",
    "USE_SIP",
    "UWB_RANGING",
    "VIBRATE",
    "WAKE_LOCK",
    "WRITE_CALENDAR",
    "WRITE_CALL_LOG",
    "WRITE_CONTACTS",
    "WRITE_EXTERNAL_STORAGE",
    "WRITE_SETTINGS",
    "WRITE_SYNC_SETTINGS",
    "WRITE_VOICEMAIL",
];

/// iOS (and iPadOS, macOS, visionOS) usage-description keys of `Info.plist`.
const IOS_KEYS: &[&str] = &[
    "NFCReaderUsageDescription",
    "NSAppleEventsUsageDescription",
    "NSAppleMusicUsageDescription",
    "NSBluetoothAlwaysUsageDescription",
    "NSBluetoothPeripheralUsageDescription",
    "NSCalendarsFullAccessUsageDescription",
    "NSCalendarsUsageDescription",
    "NSCalendarsWriteOnlyAccessUsageDescription",
    "NSCameraUsageDescription",
    "NSContactsUsageDescription",
    "NSDesktopFolderUsageDescription",
    "NSDocumentsFolderUsageDescription",
    "NSDownloadsFolderUsageDescription",
    "NSFaceIDUsageDescription",
    "NSFallDetectionUsageDescription",
    "NSFocusStatusUsageDescription",
    "NSGKFriendListUsageDescription",
    "NSHandsTrackingUsageDescription",
    "NSHealthClinicalHealthRecordsShareUsageDescription",
    "NSHealthShareUsageDescription",
    "NSHealthUpdateUsageDescription",
    "NSHomeKitUsageDescription",
    "NSIdentityUsageDescription",
    "NSLocalNetworkUsageDescription",
    "NSLocationAlwaysAndWhenInUseUsageDescription",
    "NSLocationAlwaysUsageDescription",
    "NSLocationTemporaryUsageDescriptionDictionary",
    "NSLocationUsageDescription",
    "NSLocationWhenInUseUsageDescription",
    "NSMainCameraUsageDescription",
    "NSMicrophoneUsageDescription",
    "NSMotionUsageDescription",
    "NSNearbyInteractionAllowOnceUsageDescription",
    "NSNearbyInteractionUsageDescription",
    "NSNetworkVolumesUsageDescription",
    "NSPhotoLibraryAddUsageDescription",
    "NSPhotoLibraryUsageDescription",
    "NSRemindersFullAccessUsageDescription",
    "NSRemindersUsageDescription",
    "NSRemovableVolumesUsageDescription",
    "NSSensorKitUsageDescription",
    "NSSiriUsageDescription",
    "NSSpeechRecognitionUsageDescription",
    "NSSystemAdministrationUsageDescription",
    "NSUserTrackingUsageDescription",
    "NSVideoSubscriberAccountUsageDescription",
    "NSWorldSensingUsageDescription",
];

/// The platform an identifier is written for, when it has the shape of one's.
pub fn platform_of(identifier: &str) -> Option<Platform> {
    if identifier.starts_with(ANDROID) {
        Some(Platform::Android)
    } else if identifier.ends_with("UsageDescription")
        || identifier.ends_with("UsageDescriptionDictionary")
    {
        Some(Platform::Ios)
    } else {
        None
    }
}

/// What is wrong with `identifier`, if it is a platform's and near a known name it is not:
/// `(the message, the name meant)`.
fn typo(identifier: &str) -> Option<String> {
    match platform_of(identifier)? {
        Platform::Android => {
            let name = &identifier[ANDROID.len()..];
            if ANDROID_NAMES.contains(&name) {
                return None;
            }
            closest(name, ANDROID_NAMES.iter().copied()).map(|n| format!("{ANDROID}{n}"))
        }
        _ => {
            if IOS_KEYS.contains(&identifier) {
                return None;
            }
            closest(identifier, IOS_KEYS.iter().copied()).map(str::to_string)
        }
    }
}

/// Typos in identifiers, and identifiers of a platform the permission is not for; `text`
/// is the file `file`, so each error points at the identifier itself.
pub fn check(file: &str, text: &str, policy: &Policy) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for p in &policy.permissions {
        for identifier in p.identifiers() {
            let at = || position(text, p, identifier);
            if let Some(meant) = typo(identifier) {
                out.push(
                    Diagnostic::at(file, at(), "unknown permission identifier")
                        .found(format!("`{identifier}`"))
                        .expected(format!("a name the platform defines, such as `{meant}`")),
                );
                continue;
            }
            if let Some(own) = platform_of(identifier).filter(|o| !p.platform.contains(o)) {
                let code = super::model::code(&own);
                out.push(
                    Diagnostic::at(file, at(), "identifier of another platform")
                        .found(format!("`{identifier}`, an identifier for `{code}`"))
                        .expected(format!("`{code}` among the permission's `platform`")),
                );
            }
        }
    }
    out
}

/// Where `identifier` is written in `text`: after the permission's id.
fn position(text: &str, p: &Permission, identifier: &str) -> Pos {
    let line = p.id.referenced.line() as usize;
    let after: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let at = text[after.min(text.len())..]
        .find(identifier)
        .map_or(after, |i| after + i);
    Pos {
        len: identifier.chars().count(),
        ..crate::i18n::position(text, at)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_near_miss_of_a_known_name_is_a_typo_and_an_unknown_far_name_is_kept() {
        assert_eq!(
            super::typo("android.permission.CAMREA").as_deref(),
            Some("android.permission.CAMERA")
        );
        assert_eq!(super::typo("android.permission.CAMERA"), None);
        assert_eq!(super::typo("android.permission.SOMETHING_FROM_2030"), None);
        assert_eq!(
            super::typo("NSCameraUsageDescriptoin").as_deref(),
            None,
            "not the shape of an iOS key: left alone"
        );
        assert_eq!(
            super::typo("NSCamaraUsageDescription").as_deref(),
            Some("NSCameraUsageDescription")
        );
        assert_eq!(super::typo("storage"), None);
    }
}
