//! Durations as policies state them: retention periods and response times.

use serde::Serialize;

/// The unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Calendar days.
    Day,
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
pub const DURATION_RULE: &str = "an ISO 8601 duration such as `P15D`, `P2W`, `P6M`, `P1Y`, or words such as `15 days`, `6 months`";

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
            Unit::Week => 7,
            Unit::Month => 30,
            Unit::Year => 365,
        };
        u64::from(self.amount) * per
    }

    /// The ISO 8601 form, e.g. `P15D`.
    pub fn iso(&self) -> String {
        let unit = match self.unit {
            Unit::Day => 'D',
            Unit::Week => 'W',
            Unit::Month => 'M',
            Unit::Year => 'Y',
        };
        format!("P{}{unit}", self.amount)
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
