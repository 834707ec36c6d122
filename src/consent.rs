//! The reference decision an app makes with `/api/v1/index.json`: must this user be asked to
//! accept the policy (again)? docs/app-integration.md shows the same rule in Swift, Kotlin and
//! TypeScript; this is the one that is tested.

use crate::api::v1::IndexPolicy;

/// What the app should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Nothing: the accepted version is at least as new as the latest material one.
    UpToDate,
    /// Show the policy and ask for acceptance of `version`.
    Ask {
        /// Why.
        reason: Reason,
        /// The version to show (the one in effect).
        version: String,
    },
}

/// Why the user must be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The user never accepted any version.
    NeverAccepted,
    /// The accepted version is not in the index (a typo, or another policy's id).
    UnknownVersion,
    /// A material version took effect after the accepted one.
    MaterialChange,
}

/// Decides for a user who accepted `accepted` (a version id, or none).
///
/// Versions are ordered as the index lists them (by effective date). A user must be asked
/// when they never accepted, when their version is unknown, or when the latest material
/// version in effect comes after the one they accepted. Minor versions never require asking.
pub fn decide(policy: &IndexPolicy, accepted: Option<&str>) -> Decision {
    let position = |id: &str| policy.versions.iter().position(|v| v.id == id);
    let shown = policy
        .current
        .clone()
        .or_else(|| policy.upcoming.first().cloned())
        .unwrap_or_default();
    let ask = |reason| Decision::Ask {
        reason,
        version: shown.clone(),
    };
    let Some(accepted) = accepted else {
        return ask(Reason::NeverAccepted);
    };
    let Some(accepted_at) = position(accepted) else {
        return ask(Reason::UnknownVersion);
    };
    match policy.latest_material.as_deref().and_then(position) {
        Some(material_at) if accepted_at < material_at => ask(Reason::MaterialChange),
        _ => Decision::UpToDate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::v1::IndexVersion;

    fn policy(material: &[bool], current: usize) -> IndexPolicy {
        let versions: Vec<IndexVersion> = material
            .iter()
            .enumerate()
            .map(|(i, m)| IndexVersion {
                id: (i + 1).to_string(),
                released: String::new(),
                effective: String::new(),
                material: *m,
                state: String::new(),
                content_hash: String::new(),
                locales: Default::default(),
                stores: Default::default(),
                sign_off: Default::default(),
            })
            .collect();
        let latest_material = versions[..current]
            .iter()
            .rev()
            .find(|v| v.material)
            .map(|v| v.id.clone());
        IndexPolicy {
            id: "app".into(),
            titles: Default::default(),
            current: Some(current.to_string()),
            upcoming: (current + 1..=material.len())
                .map(|n| n.to_string())
                .collect(),
            latest_material,
            urls: Default::default(),
            versions,
        }
    }

    #[test]
    fn ask_again_only_after_a_material_version() {
        // 1 material, 2 minor, 3 material (in effect), 4 material (upcoming).
        let p = policy(&[true, false, true, true], 3);
        let ask = |reason| Decision::Ask {
            reason,
            version: "3".into(),
        };
        assert_eq!(
            decide(&p, Some("2")),
            ask(Reason::MaterialChange),
            "before the latest material"
        );
        assert_eq!(decide(&p, Some("3")), Decision::UpToDate, "at it");
        assert_eq!(
            decide(&p, Some("4")),
            Decision::UpToDate,
            "after it (an upcoming version)"
        );
        assert_eq!(decide(&p, None), ask(Reason::NeverAccepted));
        assert_eq!(decide(&p, Some("9")), ask(Reason::UnknownVersion));
        // A minor version in effect never makes anyone ask again.
        let minor = policy(&[true, false], 2);
        assert_eq!(decide(&minor, Some("1")), Decision::UpToDate);
    }
}
