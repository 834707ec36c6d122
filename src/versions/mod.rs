//! Versions: the sealed archive (`lock`), creating releases (`release`) and finishing the
//! ones a kill interrupted (`recover`), and which version is current or upcoming on a day.

pub mod diff;
pub mod lock;
pub mod material;
pub mod recover;
pub mod release;

use crate::content::date::Date;
use crate::content::version::Version;

/// Where each released version of a policy stands on the build date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    /// The version in effect: the latest whose effective date is not after the build date.
    pub current: Option<usize>,
    /// Released versions that take effect after the build date, soonest first.
    pub upcoming: Vec<usize>,
}

impl Timeline {
    /// What the policy's main page shows: the current version, else (when none is in effect
    /// yet) the first upcoming one.
    pub fn main(&self) -> Option<usize> {
        self.current.or_else(|| self.upcoming.first().copied())
    }
}

/// The timeline of `versions` (sorted by effective date, as loaded) on `date`.
pub fn timeline(versions: &[Version], date: Date) -> Timeline {
    let mut t = Timeline::default();
    for (i, v) in versions.iter().enumerate() {
        if v.release.effective <= date {
            t.current = Some(i);
        } else {
            t.upcoming.push(i);
        }
    }
    t
}
