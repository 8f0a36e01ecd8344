//! Where a lesson's facts come from: pages a trainer read, and the day a person last
//! read them again. For trainers only (`pack check --sources`, the pack editor); never
//! shown to residents.

use serde::{Deserialize, Serialize};

use super::calendar::Day;

/// One page a lesson's facts were taken from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The page's title.
    pub title: String,
    /// Its address (`https://…`).
    pub address: String,
    /// The day a person last read it again and found the lesson still right.
    pub checked: Option<Day>,
}

/// How long a check stays good: facts checked longer ago are to be checked again.
pub const CHECK_AGAIN_AFTER_MONTHS: u32 = 12;

/// What `pack check` says of a lesson's sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    /// No source: nothing to check against.
    NoSources,
    /// Sources, but no one has checked them yet.
    NeverChecked,
    /// Last checked on this day, within the last 12 months.
    Checked(Day),
    /// Last checked on this day, more than 12 months before `today`.
    CheckAgain(Day),
}

/// The freshness of a lesson's `sources` on `today`: the newest check counts.
pub fn freshness(sources: &[Source], today: Day) -> Freshness {
    if sources.is_empty() {
        return Freshness::NoSources;
    }
    match sources.iter().filter_map(|s| s.checked).max() {
        None => Freshness::NeverChecked,
        Some(day) if months_between(day, today) > CHECK_AGAIN_AFTER_MONTHS => Freshness::CheckAgain(day),
        Some(day) if months_between(day, today) == CHECK_AGAIN_AFTER_MONTHS && today.day > day.day => {
            Freshness::CheckAgain(day)
        }
        Some(day) => Freshness::Checked(day),
    }
}

/// Whole calendar months from `from` to `to` (0 when `to` is earlier).
fn months_between(from: Day, to: Day) -> u32 {
    (to.year * 12 + to.month).saturating_sub(from.year * 12 + from.month)
}

/// Whether `address` is a web page's address: `https://` or `http://`, a host, no spaces.
pub fn is_web_address(address: &str) -> bool {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or_default();
        host.contains('.') && !address.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse_iso(text).expect("a day")
    }

    fn checked_on(days: &[Option<&str>]) -> Vec<Source> {
        days.iter()
            .map(|d| Source {
                title: "CNIL".into(),
                address: "https://www.cnil.fr".into(),
                checked: d.map(day),
            })
            .collect()
    }

    #[test]
    fn facts_are_to_check_again_twelve_months_after_the_newest_check() {
        let today = day("2026-12-07");
        assert_eq!(freshness(&[], today), Freshness::NoSources);
        assert_eq!(freshness(&checked_on(&[None]), today), Freshness::NeverChecked);
        let recent = checked_on(&[Some("2024-01-01"), Some("2025-12-07")]);
        assert_eq!(freshness(&recent, today), Freshness::Checked(day("2025-12-07")));
        let old = checked_on(&[Some("2025-12-06"), None]);
        assert_eq!(freshness(&old, today), Freshness::CheckAgain(day("2025-12-06")));
        let older = checked_on(&[Some("2025-03-31")]);
        assert_eq!(freshness(&older, today), Freshness::CheckAgain(day("2025-03-31")));
    }

    #[test]
    fn only_web_addresses_are_sources() {
        assert!(is_web_address(
            "https://www.cnil.fr/fr/cookies-et-autres-traceurs"
        ));
        assert!(is_web_address("http://example.org"));
        assert!(!is_web_address("www.cnil.fr"));
        assert!(!is_web_address("https://"));
        assert!(!is_web_address("https://www.cnil.fr/a page"));
        assert!(!is_web_address("javascript:alert(1)"));
    }
}
