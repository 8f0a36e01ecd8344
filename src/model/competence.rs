//! The French national competence framework (CRCN, used by Pix; follows DigComp).

use serde::{Deserialize, Serialize};

/// A CRCN competence, e.g. 5.2 "Finding one's way in a digital environment".
/// Its person-facing name lives in Fluent (`competence-5-2`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Competence {
    domain: u8,
    item: u8,
}

/// How many competences each of the 5 domains has.
const ITEMS_PER_DOMAIN: [u8; 5] = [3, 4, 4, 3, 2];

impl Competence {
    /// Every competence of the framework, in order.
    pub fn all() -> impl Iterator<Item = Competence> {
        ITEMS_PER_DOMAIN
            .iter()
            .zip(1u8..)
            .flat_map(|(&n, domain)| (1..=n).map(move |item| Competence { domain, item }))
    }

    /// Parses a code such as `5.2`; `None` when it is not in the framework.
    pub fn parse(code: &str) -> Option<Competence> {
        let (d, i) = code.trim().split_once('.')?;
        let domain: u8 = d.parse().ok()?;
        let item: u8 = i.parse().ok()?;
        let max = *ITEMS_PER_DOMAIN.get(usize::from(domain).checked_sub(1)?)?;
        (1..=max).contains(&item).then_some(Competence { domain, item })
    }

    /// The code, e.g. `5.2`.
    pub fn code(self) -> String {
        format!("{}.{}", self.domain, self.item)
    }

    /// The domain number, 1 to 5.
    pub fn domain(self) -> u8 {
        self.domain
    }

    /// The Fluent message id of this competence's name, e.g. `competence-5-2`.
    pub fn message_id(self) -> String {
        format!("competence-{}-{}", self.domain, self.item)
    }

    /// The Fluent message id of its name in everyday words, for residents (the official
    /// name is for leaders and attestations), e.g. `competence-plain-5-2`.
    pub fn plain_message_id(self) -> String {
        format!("competence-plain-{}-{}", self.domain, self.item)
    }
}

impl TryFrom<String> for Competence {
    type Error = String;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        Competence::parse(&code).ok_or(code)
    }
}

impl From<Competence> for String {
    fn from(c: Competence) -> String {
        c.code()
    }
}

/// A CRCN level, 1 (beginner) to 8 (expert).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    /// The lowest level.
    pub const MIN: u8 = 1;
    /// The highest level.
    pub const MAX: u8 = 8;

    /// A level, when `n` is between 1 and 8.
    pub fn new(n: i64) -> Option<Level> {
        u8::try_from(n)
            .ok()
            .filter(|n| (Self::MIN..=Self::MAX).contains(n))
            .map(Level)
    }

    /// The level as a number.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Level {
    type Error = u8;
    fn try_from(n: u8) -> Result<Self, u8> {
        Level::new(i64::from(n)).ok_or(n)
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framework_has_sixteen_competences() {
        let codes: Vec<String> = Competence::all().map(Competence::code).collect();
        assert_eq!(codes.len(), 16);
        assert_eq!(codes.first().map(String::as_str), Some("1.1"));
        assert_eq!(codes.last().map(String::as_str), Some("5.2"));
    }

    #[test]
    fn parse_accepts_only_framework_codes() {
        assert!(Competence::parse("3.4").is_some());
        for bad in ["3.5", "0.1", "6.1", "1", "", "a.b", "1.0", "5.3"] {
            assert!(Competence::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn levels_are_one_to_eight() {
        assert!(Level::new(0).is_none());
        assert_eq!(Level::new(1).map(Level::get), Some(1));
        assert_eq!(Level::new(8).map(Level::get), Some(8));
        assert!(Level::new(9).is_none());
    }
}
