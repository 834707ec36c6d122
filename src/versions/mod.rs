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

/// Where a text stands on the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// The working draft, shown only with drafts.
    Draft,
    /// The released version in effect.
    Current,
    /// A released version that takes effect later.
    Upcoming,
    /// A released version that was replaced.
    Archived,
}

impl State {
    /// Its name in pages, keys and the API (`current`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Current => "current",
            State::Upcoming => "upcoming",
            State::Archived => "archived",
        }
    }
}

impl Timeline {
    /// Where released version `version` stands.
    pub fn state(&self, version: usize) -> State {
        if self.current == Some(version) {
            State::Current
        } else if self.upcoming.contains(&version) {
            State::Upcoming
        } else {
            State::Archived
        }
    }

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
