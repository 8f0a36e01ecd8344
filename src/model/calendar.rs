//! Calendar days and times of day as people type them: `24/11/2026` (day/month/year,
//! as in France) or `2026-11-24`, and `14:30` or `14h30`.

use super::Lang;

/// A day of the calendar that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Day {
    /// Year, 1900 or later.
    pub year: u32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month.
    pub day: u32,
}

fn number(s: &str, max_len: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= max_len && s.chars().all(|c| c.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl Day {
    /// The day, if it exists.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Self> {
        if year < 1900 || !(1..=12).contains(&month) {
            return None;
        }
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (1..=days).contains(&day).then_some(Self { year, month, day })
    }

    /// `dd/mm/yyyy` (one-digit day and month allowed).
    pub fn parse_dmy(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.trim().split('/').collect();
        let [day, month, year] = parts.as_slice() else {
            return None;
        };
        Self::new(number(year, 4)?, number(month, 2)?, number(day, 2)?)
    }

    /// `yyyy-mm-dd`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [year, month, day] = parts.as_slice() else {
            return None;
        };
        Self::new(number(year, 4)?, number(month, 2)?, number(day, 2)?)
    }

    /// Either way of writing a day.
    pub fn parse(text: &str) -> Option<Self> {
        Self::parse_dmy(text).or_else(|| Self::parse_iso(text))
    }

    /// `yyyy-mm-dd`, as stored (sorts by date).
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// As the screens show dates: `24/11/2026` in French, `2026-11-24` in English.
    pub fn shown(self, lang: Lang) -> String {
        match lang {
            Lang::Fr => format!("{:02}/{:02}/{}", self.day, self.month, self.year),
            Lang::En => self.iso(),
        }
    }
}

impl Day {
    /// The day the instant `ms` (milliseconds since 1970) falls on in time zone `zone`:
    /// in France an answer at 00:30 belongs to that day, not to the day before (UTC).
    pub fn at(ms: i64, zone: &jiff::tz::TimeZone) -> Day {
        let instant = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let date = zone.to_datetime(instant).date();
        let part = |n: i8| u32::try_from(n).unwrap_or(1);
        Day {
            year: u32::try_from(date.year()).unwrap_or(1970),
            month: part(date.month()),
            day: part(date.day()),
        }
    }

    /// The day the instant `ms` falls on in this PC's time zone (UTC when the system
    /// says none).
    pub fn local(ms: i64) -> Day {
        Day::at(ms, &local_zone())
    }

    /// Today on this PC.
    pub fn today() -> Day {
        Day::local(jiff::Timestamp::now().as_millisecond())
    }
}

/// This PC's time zone, read once.
fn local_zone() -> jiff::tz::TimeZone {
    static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    ZONE.get_or_init(jiff::tz::TimeZone::system).clone()
}

/// An instant as the date a person reads, in this PC's time zone: `21/11/2026` in
/// French, `2026-11-21` in English.
pub fn format_date(ms: i64, lang: Lang) -> String {
    Day::local(ms).shown(lang)
}

/// An instant as a person reads it, with its time of day, in this PC's time zone:
/// `21/11/2026 14:05` in French, `2026-11-21 14:05` in English.
pub fn format_date_time(ms: i64, lang: Lang) -> String {
    date_time_at(ms, &local_zone(), lang)
}

/// An instant in ISO 8601 to the minute, with this PC's offset from UTC:
/// `2026-11-21T14:05+01:00`, which every spreadsheet reads in any language.
pub fn format_iso_minute(ms: i64) -> String {
    let instant = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    iso_minute_at(instant, &local_zone())
}

fn iso_minute_at(instant: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> String {
    let local = zone.to_datetime(instant);
    let offset = zone.to_offset(instant).seconds();
    let (sign, offset) = if offset < 0 { ('-', -offset) } else { ('+', offset) };
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}{sign}{:02}:{:02}",
        local.year(),
        local.month(),
        local.day(),
        local.hour(),
        local.minute(),
        offset / 3600,
        offset / 60 % 60
    )
}

/// An instant's time of day, in this PC's time zone: `14:05`.
pub fn format_time(ms: i64) -> String {
    time_at(ms, &local_zone())
}

fn time_at(ms: i64, zone: &jiff::tz::TimeZone) -> String {
    let instant = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let time = zone.to_datetime(instant).time();
    format!("{:02}:{:02}", time.hour(), time.minute())
}

fn date_time_at(ms: i64, zone: &jiff::tz::TimeZone, lang: Lang) -> String {
    format!("{} {}", Day::at(ms, zone).shown(lang), time_at(ms, zone))
}

/// A time of day, `hh:mm`, typed as `14:30`, `14h30`, `14h` or `9:05`.
pub fn parse_time(text: &str) -> Option<String> {
    let text = text.trim().to_lowercase();
    let (hours, minutes) = text.split_once([':', 'h']).unwrap_or((&text, ""));
    let hours = number(hours, 2)?;
    let minutes = if minutes.is_empty() {
        0
    } else {
        number(minutes, 2)?
    };
    (hours < 24 && minutes < 60).then(|| format!("{hours:02}:{minutes:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instant_in_iso_8601_carries_its_offset() {
        let paris = jiff::tz::TimeZone::get("Europe/Paris").expect("the tz database");
        let winter = jiff::Timestamp::from_millisecond(1_764_770_700_000).expect("instant");
        assert_eq!(iso_minute_at(winter, &paris), "2025-12-03T15:05+01:00");
        let summer = jiff::Timestamp::from_millisecond(1_751_551_500_000).expect("instant");
        assert_eq!(iso_minute_at(summer, &paris), "2025-07-03T16:05+02:00");
        let montreal = jiff::tz::TimeZone::get("America/Montreal").expect("the tz database");
        assert_eq!(iso_minute_at(winter, &montreal), "2025-12-03T09:05-05:00");
    }

    #[test]
    fn days_must_exist_and_read_both_ways() {
        let day = Day::parse("24/11/2026").expect("a day");
        assert_eq!(day.iso(), "2026-11-24");
        assert_eq!(Day::parse("2026-11-24"), Some(day));
        assert_eq!(
            Day::parse(" 5/3/2025 ").map(Day::iso).as_deref(),
            Some("2025-03-05")
        );
        assert_eq!(day.shown(Lang::Fr), "24/11/2026");
        assert_eq!(day.shown(Lang::En), "2026-11-24");
        assert!(Day::parse("29/02/2024").is_some());
        for bad in [
            "29/02/2025",
            "31/04/2025",
            "2025/03/05",
            "24-11-2026",
            "",
            "demain",
            "1/1/99",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_of_day() {
        assert_eq!(parse_time("14:30").as_deref(), Some("14:30"));
        assert_eq!(parse_time("14h30").as_deref(), Some("14:30"));
        assert_eq!(parse_time("9H").as_deref(), Some("09:00"));
        assert_eq!(parse_time("9:05").as_deref(), Some("09:05"));
        for bad in ["24:00", "12:60", "midi", "", "1430", "12:5:1"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    /// Paris: UTC+1 in winter, +2 from the last Sunday of March to the last of October.
    fn paris() -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("a POSIX zone")
    }

    fn ms(rfc3339: &str) -> i64 {
        rfc3339
            .parse::<jiff::Timestamp>()
            .expect("a time")
            .as_millisecond()
    }

    #[test]
    fn times_are_local_across_daylight_saving() {
        let at = |t: &str| date_time_at(ms(t), &paris(), Lang::Fr);
        assert_eq!(at("2026-12-01T23:30:00Z"), "02/12/2026 00:30");
        // 01:59 UTC on 29 March 2026 is 03:59 in Paris: the clocks went forward at 01:00.
        assert_eq!(at("2026-03-29T00:59:00Z"), "29/03/2026 01:59");
        assert_eq!(at("2026-03-29T01:00:00Z"), "29/03/2026 03:00");
        // 25 October 2026: 02:30 happens twice, first in summer time then in winter time.
        assert_eq!(at("2026-10-25T00:30:00Z"), "25/10/2026 02:30");
        assert_eq!(at("2026-10-25T01:30:00Z"), "25/10/2026 02:30");
        assert_eq!(
            date_time_at(ms("2026-07-14T08:05:00Z"), &paris(), Lang::En),
            "2026-07-14 10:05"
        );
    }

    #[test]
    fn an_instant_belongs_to_the_local_day_around_midnight_and_daylight_saving() {
        let day = |t: &str| Day::at(ms(t), &paris()).shown(Lang::Fr);
        // 00:30 in Paris is still the evening before in UTC.
        assert_eq!(day("2026-12-01T23:30:00Z"), "02/12/2026");
        assert_eq!(day("2026-12-01T22:59:59Z"), "01/12/2026");
        // Summer time: midnight in Paris is 22:00 UTC.
        assert_eq!(day("2026-07-14T22:00:00Z"), "15/07/2026");
        assert_eq!(day("2026-07-14T21:59:59Z"), "14/07/2026");
        // The night clocks go forward (29 March 2026) and back (25 October 2026).
        assert_eq!(day("2026-03-28T23:30:00Z"), "29/03/2026");
        assert_eq!(day("2026-03-29T01:30:00Z"), "29/03/2026");
        assert_eq!(day("2026-10-24T22:30:00Z"), "25/10/2026");
        assert_eq!(day("2026-10-25T22:59:00Z"), "25/10/2026");
        assert_eq!(day("2026-10-25T23:00:00Z"), "26/10/2026");
        assert_eq!(
            Day::at(ms("2026-12-01T23:30:00Z"), &paris()).shown(Lang::En),
            "2026-12-02"
        );
        let utc = jiff::tz::TimeZone::UTC;
        assert_eq!(
            Day::at(ms("2026-12-01T23:30:00Z"), &utc).shown(Lang::Fr),
            "01/12/2026"
        );
    }
}
