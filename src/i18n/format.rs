//! Dates and numbers the way each locale writes them, from CLDR data (ICU4X, compiled in).
//!
//! The calendar is always Gregorian: a policy's effective date is a legal fact, and writing it
//! in another calendar (as some locales' defaults would) invites disputes over the day.

use crate::content::date::Date;
use fixed_decimal::Decimal;
use fluent_bundle::types::FluentNumber;
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;

/// How long a written date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// "July 1, 2025", "2025年7月1日".
    Long,
    /// "Jul 1, 2025".
    Medium,
    /// "7/1/25".
    Short,
}

impl DateStyle {
    /// The Fluent / ECMA-402 option value (`dateStyle: "long"`).
    pub fn parse(value: &str) -> Option<DateStyle> {
        match value {
            "long" | "full" => Some(DateStyle::Long),
            "medium" => Some(DateStyle::Medium),
            "short" => Some(DateStyle::Short),
            _ => None,
        }
    }
}

type DateFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMD>;

/// Date and number formatters for one locale.
pub struct Formats {
    long: DateFormatter,
    medium: DateFormatter,
    short: DateFormatter,
    grouped: DecimalFormatter,
    ungrouped: DecimalFormatter,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Formats")
    }
}

impl Formats {
    /// Formatters for `locale`. Any well-formed code works: CLDR falls back to the nearest
    /// locale it has data for (`nb` → Norwegian Bokmål, `xx` → the root locale).
    pub fn new(locale: &str) -> Formats {
        let locale: Locale = locale.parse().unwrap_or(Locale::UNKNOWN);
        let date = |length: YMD| {
            DateFormatter::try_new((&locale).into(), length)
                .or_else(|_| DateFormatter::try_new((&Locale::UNKNOWN).into(), length))
                .expect("compiled-in CLDR data has a root locale")
        };
        let decimal = |grouping: GroupingStrategy| {
            let options = DecimalFormatterOptions::from(grouping);
            DecimalFormatter::try_new((&locale).into(), options)
                .or_else(|_| DecimalFormatter::try_new((&Locale::UNKNOWN).into(), options))
                .expect("compiled-in CLDR data has a root locale")
        };
        Formats {
            long: date(YMD::long()),
            medium: date(YMD::medium()),
            short: date(YMD::short()),
            grouped: decimal(GroupingStrategy::Auto),
            ungrouped: decimal(GroupingStrategy::Never),
        }
    }

    /// A date in the Gregorian calendar, written the locale's way.
    pub fn date(&self, date: Date, style: DateStyle) -> String {
        let formatter = match style {
            DateStyle::Long => &self.long,
            DateStyle::Medium => &self.medium,
            DateStyle::Short => &self.short,
        };
        match icu_calendar::Date::try_new_gregorian(date.year(), date.month(), date.day()) {
            Ok(d) => strip_bidi(&formatter.format(&d).to_string()),
            Err(_) => date.to_string(),
        }
    }

    /// A whole number in the locale's digits, ungrouped (a section number).
    pub fn integer(&self, n: usize) -> String {
        strip_bidi(&self.ungrouped.format(&Decimal::from(n as u64)).to_string())
    }

    /// A Fluent number with its options (`NUMBER($n, minimumFractionDigits: 1)`), with the
    /// locale's digits, decimal separator and grouping.
    pub fn number(&self, number: &FluentNumber) -> String {
        let options = &number.options;
        // Rust prints the shortest string that reads back as the same f64, never in exponent form.
        let Ok(mut decimal) = Decimal::try_from_str(&number.value.to_string()) else {
            return number.as_string().into_owned();
        };
        if let Some(max) = options.maximum_fraction_digits {
            decimal.round(-(max.min(20) as i16));
        }
        let min = options
            .minimum_fraction_digits
            .or(options.minimum_integer_digits.map(|_| 0));
        if let Some(min) = min {
            decimal.absolute.pad_end(-(min.min(20) as i16));
        }
        if let Some(digits) = options.minimum_integer_digits {
            decimal.absolute.pad_start(digits.min(20) as i16);
        }
        let formatter = if options.use_grouping {
            &self.grouped
        } else {
            &self.ungrouped
        };
        strip_bidi(&formatter.format(&decimal).to_string())
    }
}

/// Removes directional marks and isolates. CLDR patterns for some locales carry them; in a
/// page whose `dir` is set they add nothing, and in attributes, JSON or plain text they are
/// invisible garbage that breaks comparison and search.
pub fn strip_bidi(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}'
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn july_first() -> Date {
        Date::parse("2025-07-01").unwrap()
    }

    #[test]
    fn dates_per_locale() {
        let long = |l: &str| Formats::new(l).date(july_first(), DateStyle::Long);
        assert_eq!(long("en"), "July 1, 2025");
        assert_eq!(long("zh-Hant"), "2025年7月1日");
        assert_eq!(long("ja"), "2025年7月1日");
        assert_eq!(long("de"), "1. Juli 2025");
        assert_eq!(long("fr"), "1 juillet 2025");
        // CLDR now gives Arabic Latin digits by default (`ar-u-nu-arab` asks for Arabic-Indic).
        assert_eq!(long("ar"), "1 يوليو 2025");
        assert_eq!(long("ar-u-nu-arab"), "١ يوليو ٢٠٢٥");
        // Thai's default calendar is Buddhist; the year stays Gregorian.
        assert!(long("th").contains("2025"), "{}", long("th"));
    }

    #[test]
    fn numbers_per_locale() {
        let n = |l: &str, v: f64| Formats::new(l).number(&FluentNumber::from(v));
        assert_eq!(n("en", 12345.5), "12,345.5");
        assert_eq!(n("de", 12345.5), "12.345,5");
        assert_eq!(n("ar", 15.0), "15");
        assert_eq!(n("ar-EG", 15.0), "١٥");
        assert_eq!(n("fr", 1234.0), "1\u{202f}234");
    }

    #[test]
    fn odd_locale_codes_still_format() {
        for code in ["no", "nb", "xx", "und"] {
            assert!(
                !Formats::new(code)
                    .date(july_first(), DateStyle::Short)
                    .is_empty()
            );
        }
    }
}
