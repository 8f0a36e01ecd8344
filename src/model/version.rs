//! Pack versions, as semantic versions (`1.2.0`, `2.0.0-beta.1`): `1` and `1.2` are read
//! as `1.0.0` and `1.2.0`; text that is no version is refused, so that it never sorts
//! newer than a real version.

use std::cmp::Ordering;

/// A pack's version, parsed; `None` when the text is no version.
pub fn parse(text: &str) -> Option<semver::Version> {
    let text = text.trim();
    let (core, rest) = match text.find(['-', '+']) {
        Some(at) => text.split_at(at),
        None => (text, ""),
    };
    let parts = core.split('.').count();
    if parts == 0
        || parts > 3
        || core
            .split('.')
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let padded = format!("{core}{}{rest}", ".0".repeat(3 - parts));
    semver::Version::parse(&padded).ok()
}

/// Orders two versions as semantic versions (`1.0.0-beta` before `1.0.0`); a text that
/// is no version comes before every real version (a pack stored before versions were
/// checked can always be replaced).
pub fn compare(a: &str, b: &str) -> Ordering {
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a.cmp_precedence(&b),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_as_semantic_versions() {
        assert_eq!(compare("1.10.0", "1.9"), Ordering::Greater);
        assert_eq!(compare("1.0", "1.0.0"), Ordering::Equal);
        assert_eq!(compare("0.9.9", "1.0.0"), Ordering::Less);
        assert_eq!(compare("2.0.0-beta", "2.0.0-alpha"), Ordering::Greater);
        assert_eq!(compare("1.0.0-beta", "1.0.0"), Ordering::Less);
        assert_eq!(compare("abc", "0.0.1"), Ordering::Less);
    }

    #[test]
    fn text_is_no_version() {
        for bad in ["abc", "", "1.x", "1..2", "1.2.3.4", "v1", "1.0.0-"] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert!(parse("2.0-rc.1").is_some());
    }
}
