//! The password practice's rules, after the CNIL's recommendation (deliberation
//! 2022-100): a password is strong enough with at least 12 characters mixing capitals,
//! small letters, digits and special characters; or at least 14 characters mixing
//! capitals, small letters and digits; or as a passphrase of at least 7 words. Nothing
//! here keeps or logs the password.

use super::matching::fold;

/// What the advice looks at in a password.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PasswordCheck {
    /// Its length in characters.
    pub length: usize,
    /// It has small letters.
    pub lower: bool,
    /// It has capital letters.
    pub upper: bool,
    /// It has digits.
    pub digit: bool,
    /// It has other characters (punctuation, symbols).
    pub special: bool,
    /// Words of 2 letters or more, for passphrases.
    pub words: usize,
    /// It is (or is built on) a password everybody tries first.
    pub common: bool,
    /// It has a word that starts or ends with the resident's first name.
    pub has_name: bool,
}

/// How strong a password is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Found in seconds.
    Weak,
    /// Better, not yet enough.
    Medium,
    /// Strong enough, by the CNIL's examples.
    Strong,
}

/// Passwords tried first by those who guess them (folded: lower case, no accents).
const COMMON: &[&str] = &[
    "123456",
    "1234567",
    "12345678",
    "123456789",
    "1234567890",
    "azerty",
    "azertyuiop",
    "qwerty",
    "password",
    "motdepasse",
    "soleil",
    "bonjour",
    "marseille",
    "doudou",
    "loulou",
    "chouchou",
    "iloveyou",
    "jetaime",
    "admin",
    "football",
    "coucou",
    "nicolas",
    "camille",
    "000000",
    "111111",
    // The examples of Passerelle's own lessons, in both languages: known to everyone who
    // follows them.
    "tortuecahierorageviolonlundipommeficelle",
    "turtlenotebookstormviolinmondayapplestring",
    "monchienrexadorecourirdansleparc",
    "mydogrexlovesrunningintheparc",
    "mydogrexlovesrunninginthepark",
];

/// The smallest number of words of a passphrase.
pub const PASSPHRASE_WORDS: usize = 7;

/// Looks at `password`; `name` is the resident's first name, which should not be in it.
pub fn check(password: &str, name: &str) -> PasswordCheck {
    let folded = fold(password).replace(' ', "");
    let bare: String = folded.chars().filter(|c| c.is_alphabetic()).collect();
    let name = fold(name).replace(' ', "");
    let mut words = 0;
    let mut run = 0;
    for c in password.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            run += 1;
        } else {
            if run >= 2 {
                words += 1;
            }
            run = 0;
        }
    }
    PasswordCheck {
        length: password.chars().count(),
        lower: password.chars().any(char::is_lowercase),
        upper: password.chars().any(char::is_uppercase),
        digit: password.chars().any(|c| c.is_ascii_digit()),
        special: password
            .chars()
            .any(|c| !c.is_alphanumeric() && !c.is_whitespace()),
        words,
        common: !folded.is_empty()
            && (COMMON
                .iter()
                .any(|w| folded == *w || (!bare.is_empty() && bare == *w))
                || folded.chars().all(|c| folded.starts_with(c))),
        has_name: name.chars().count() >= 2
            && folded
                .split(|c: char| !c.is_alphabetic())
                .any(|run| run.starts_with(&name) || run.ends_with(&name)),
    }
}

impl PasswordCheck {
    /// Its strength.
    pub fn strength(&self) -> Strength {
        if self.common || self.has_name {
            return Strength::Weak;
        }
        let four_kinds = self.lower && self.upper && self.digit && self.special;
        let three_kinds = self.lower && self.upper && self.digit;
        if (self.length >= 12 && four_kinds)
            || (self.length >= 14 && three_kinds)
            || self.words >= PASSPHRASE_WORDS
        {
            Strength::Strong
        } else if self.length >= 10 {
            Strength::Medium
        } else {
            Strength::Weak
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_cnil_examples_are_strong() {
        assert_eq!(check("Tr0mp3tte!Bleue", "Ana").strength(), Strength::Strong);
        assert_eq!(check("Tramway2025Rouge", "Ana").strength(), Strength::Strong);
        assert_eq!(
            check("le chat de mamie dort sur le canapé", "Ana").strength(),
            Strength::Strong
        );
    }

    #[test]
    fn the_lessons_own_example_is_weak() {
        assert_eq!(
            check("tortue cahier orage violon lundi pomme ficelle", "Ana").strength(),
            Strength::Weak
        );
        assert_eq!(
            check("mon chien Rex adore courir dans le parc", "Ana").strength(),
            Strength::Weak
        );
        // Seven unrelated words of one's own are strong.
        assert_eq!(
            check("pelle nuage citron velo mardi bougie tapis", "Ana").strength(),
            Strength::Strong
        );
    }

    #[test]
    fn short_common_or_personal_passwords_are_weak() {
        assert_eq!(check("azerty", "Ana").strength(), Strength::Weak);
        assert_eq!(
            check("Azerty2024", "Ana").strength(),
            Strength::Weak,
            "built on a common word"
        );
        assert_eq!(check("aaaaaaaaaaaaaaaa", "Ana").strength(), Strength::Weak);
        assert_eq!(check("Josiane1960!Paris", "Josiane").strength(), Strength::Weak);
        assert_eq!(check("", "Ana").strength(), Strength::Weak);
    }

    #[test]
    fn almost_there_is_medium() {
        let c = check("Tramway2025", "Ana");
        assert_eq!(c.strength(), Strength::Medium);
        assert!(c.lower && c.upper && c.digit && !c.special);
        assert_eq!(check("un deux trois quatre cinq six", "Ana").words, 6);
    }
}
