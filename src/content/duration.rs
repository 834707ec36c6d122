//! Durations as policies state them: retention periods and response times.

use serde::Serialize;

/// The unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Calendar days.
    Day,
    /// Working (business) days: "within 15 working days".
    WorkingDay,
    /// Weeks.
    Week,
    /// Calendar months.
    Month,
    /// Years.
    Year,
}

/// A whole number of days, weeks, months or years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Duration {
    /// How many.
    pub amount: u32,
    /// Of what.
    pub unit: Unit,
}

impl super::stated::FromText for Duration {
    fn from_text(text: &str) -> Option<Duration> {
        Duration::parse(text)
    }
}

/// How a duration must be written.
pub const DURATION_RULE: &str = "an ISO 8601 duration such as `P15D`, `P2W`, `P6M`, `P1Y`, or words such as `15 days`, `15 working days`, `6 months`";

/// How a period must be written: a duration, or one of the defined terms.
pub const PERIOD_RULE: &str = "an ISO 8601 duration such as `P15D`, `P6M`, words such as `15 days`, `15 working days`, or a term: `promptly`, `without undue delay`, `as required by law`";

impl Duration {
    /// Parses `P15D`-style ISO 8601 durations (one unit) or `15 days`-style English.
    pub fn parse(s: &str) -> Option<Duration> {
        let s = s.trim();
        let (amount, unit) = match s.strip_prefix('P') {
            Some(iso) => {
                let split = iso.len().checked_sub(1)?;
                let unit = match &iso[split..] {
                    "D" => Unit::Day,
                    "W" => Unit::Week,
                    "M" => Unit::Month,
                    "Y" => Unit::Year,
                    _ => return None,
                };
                (&iso[..split], unit)
            }
            None => {
                let (amount, word) = s.split_once(' ')?;
                let unit = match word.trim() {
                    "working day" | "working days" | "business day" | "business days" => {
                        Unit::WorkingDay
                    }
                    "day" | "days" => Unit::Day,
                    "week" | "weeks" => Unit::Week,
                    "month" | "months" => Unit::Month,
                    "year" | "years" => Unit::Year,
                    _ => return None,
                };
                (amount, unit)
            }
        };
        if amount.is_empty() || !amount.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let amount: u32 = amount.parse().ok().filter(|n| *n > 0)?;
        Some(Duration { amount, unit })
    }

    /// Roughly how many days this is (a month as 30, a year as 365), for comparing lengths.
    pub fn approx_days(&self) -> u64 {
        let per = match self.unit {
            Unit::Day => 1,
            // Five working days to a week, rounded up: never shorter than it may be.
            Unit::WorkingDay => return u64::from(self.amount).saturating_mul(7).div_ceil(5),
            Unit::Week => 7,
            Unit::Month => 30,
            Unit::Year => 365,
        };
        u64::from(self.amount) * per
    }

    /// The ISO 8601 form, e.g. `P15D` (working days have none: `15 working days`).
    pub fn iso(&self) -> String {
        let unit = match self.unit {
            Unit::WorkingDay => return format!("{} working days", self.amount),
            Unit::Day => 'D',
            Unit::Week => 'W',
            Unit::Month => 'M',
            Unit::Year => 'Y',
        };
        format!("P{}{unit}", self.amount)
    }
}

/// A period as policies state one: a duration, or a term the law defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// A number of days, working days, weeks, months or years.
    For(Duration),
    /// A defined term instead of a number.
    Term(Term),
}

/// The terms policies use instead of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Term {
    /// "Promptly".
    Promptly,
    /// "Without undue delay" (GDPR Art. 12, 17).
    WithoutUndueDelay,
    /// "As required by law", "for as long as the law requires".
    AsRequiredByLaw,
}

impl Period {
    /// Roughly how many days, for comparing lengths; a term has no number.
    pub fn approx_days(&self) -> Option<u64> {
        match self {
            Period::For(d) => Some(d.approx_days()),
            Period::Term(_) => None,
        }
    }

    /// The duration, when it is one.
    pub fn duration(&self) -> Option<Duration> {
        match self {
            Period::For(d) => Some(*d),
            Period::Term(_) => None,
        }
    }

    /// A duration (`P15D`, `15 working days`) or a term (`promptly`, `without undue delay`,
    /// `as required by law`, also with hyphens).
    pub fn parse(s: &str) -> Option<Period> {
        let term = match s.trim().replace('-', " ").as_str() {
            "promptly" => Some(Term::Promptly),
            "without undue delay" => Some(Term::WithoutUndueDelay),
            "as required by law" => Some(Term::AsRequiredByLaw),
            _ => None,
        };
        term.map(Period::Term)
            .or_else(|| Duration::parse(s).map(Period::For))
    }
}

impl super::stated::FromText for Period {
    fn from_text(text: &str) -> Option<Period> {
        Period::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_forms() {
        let d = Duration {
            amount: 15,
            unit: Unit::Day,
        };
        assert_eq!(Duration::parse("P15D"), Some(d));
        assert_eq!(Duration::parse("15 days"), Some(d));
        assert_eq!(Duration::parse("1 year").unwrap().iso(), "P1Y");
        let working = Duration::parse("15 working days").unwrap();
        assert_eq!(working.unit, Unit::WorkingDay);
        assert_eq!(working.approx_days(), 21);
        assert_eq!(Duration::parse("3 business days").unwrap().approx_days(), 5);
        assert_eq!(
            Period::parse("without-undue-delay"),
            Some(Period::Term(Term::WithoutUndueDelay))
        );
        assert_eq!(
            Period::parse("P30D").and_then(|p| p.approx_days()),
            Some(30)
        );
        assert_eq!(Period::parse("soon"), None);
        for bad in [
            "P",
            "PD",
            "P0D",
            "P1H",
            "15",
            "fifteen days",
            "P-1D",
            "1.5 years",
        ] {
            assert_eq!(Duration::parse(bad), None, "{bad}");
        }
    }
}
