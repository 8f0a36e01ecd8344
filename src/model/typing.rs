//! The keyboard practice's rules: comparing what was typed with the text to copy, letter
//! by letter, and how to type each special character on AZERTY and QWERTY keyboards.

use unicode_normalization::UnicodeNormalization;

/// The state of one letter of the text to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    /// Typed, and right.
    Right,
    /// Typed, but another character.
    Wrong,
    /// Not typed yet.
    Pending,
}

/// Prepares a text for comparison: composed accents (é as one character), and the
/// typographic apostrophe counted as the keyboard's.
fn normal(text: &str) -> Vec<char> {
    text.nfc().map(|c| if c == '’' { '\'' } else { c }).collect()
}

/// Each letter of `target`, compared with `typed` at the same place.
pub fn compare(target: &str, typed: &str) -> Vec<(char, Letter)> {
    let typed = normal(typed);
    normal(target)
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let state = match typed.get(i) {
                None => Letter::Pending,
                Some(t) if *t == c => Letter::Right,
                Some(_) => Letter::Wrong,
            };
            (c, state)
        })
        .collect()
}

/// Letters typed right, and mistakes (wrong, missing or extra letters).
pub fn score(target: &str, typed: &str) -> (u32, u32) {
    let letters = compare(target, typed);
    let right = letters.iter().filter(|(_, l)| *l == Letter::Right).count();
    let extra = normal(typed).len().saturating_sub(letters.len());
    let mistakes = letters.len() - right + extra;
    (
        u32::try_from(right).unwrap_or(u32::MAX),
        u32::try_from(mistakes).unwrap_or(u32::MAX),
    )
}

/// Letters typed right, and wrong letters typed so far (wrong or extra ones; the letters
/// not typed yet are no mistake while the resident is typing).
pub fn progress(target: &str, typed: &str) -> (u32, u32) {
    let letters = compare(target, typed);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let right = letters.iter().filter(|(_, l)| *l == Letter::Right).count();
    let wrong = letters.iter().filter(|(_, l)| *l == Letter::Wrong).count();
    let extra = normal(typed).len().saturating_sub(letters.len());
    (count(right), count(wrong + extra))
}

/// Whether the text was copied exactly (spaces at the end do not count).
pub fn is_copied(target: &str, typed: &str) -> bool {
    normal(target.trim_end()) == normal(typed.trim_end())
}

/// The next character to type: the first one not typed right.
pub fn next_to_type(target: &str, typed: &str) -> Option<char> {
    compare(target, typed)
        .into_iter()
        .find(|(_, l)| *l != Letter::Right)
        .map(|(c, _)| c)
}

/// How to type a character on one keyboard layout. Key names are what is printed on
/// the key; the sentences around them come from Fluent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keys {
    /// Press this key.
    Key(&'static str),
    /// Hold Shift and press this key.
    Shift(&'static str),
    /// Hold AltGr and press this key.
    AltGr(&'static str),
    /// Press this accent key, let go, then press the letter.
    Accent(&'static str, char),
    /// Hold Alt and type this number on the number pad (Windows).
    AltCode(&'static str),
}

/// How to type `c` on a French AZERTY keyboard and on a UK or US QWERTY keyboard, for the
/// characters that are not plain small letters or spaces. Capital letters take Shift on
/// both; `None` for anything else not listed.
pub fn how_to_type(c: char) -> Option<(Keys, Keys)> {
    use Keys::{Accent, AltCode, AltGr, Key, Shift};
    if c.is_ascii_uppercase() {
        let letter = UPPER[(c as usize) - ('A' as usize)];
        return Some((Shift(letter), Shift(letter)));
    }
    if let Some(d) = c.to_digit(10) {
        let d = d as usize;
        return Some((Shift(AZERTY_DIGITS[d]), Key(DIGITS[d])));
    }
    Some(match c {
        'é' => (Key("é 2"), AltCode("0233")),
        'è' => (Key("è 7"), AltCode("0232")),
        'à' => (Key("à 0"), AltCode("0224")),
        'ç' => (Key("ç 9"), AltCode("0231")),
        'ù' => (Key("ù %"), AltCode("0249")),
        'ê' => (Accent("^", 'e'), AltCode("0234")),
        'â' => (Accent("^", 'a'), AltCode("0226")),
        'î' => (Accent("^", 'i'), AltCode("0238")),
        'ô' => (Accent("^", 'o'), AltCode("0244")),
        'û' => (Accent("^", 'u'), AltCode("0251")),
        'ë' => (Accent("¨", 'e'), AltCode("0235")),
        'ï' => (Accent("¨", 'i'), AltCode("0239")),
        'É' => (AltCode("0201"), AltCode("0201")),
        'À' => (AltCode("0192"), AltCode("0192")),
        'Ç' => (AltCode("0199"), AltCode("0199")),
        '@' => (AltGr("à 0"), Shift("2 (US) / ' @ (UK)")),
        '€' => (AltGr("E"), AltGr("4")),
        '\'' | '’' => (Key("' 4"), Key("'")),
        '"' => (Key("\" 3"), Shift("' (US) / 2 (UK)")),
        '.' => (Shift("; ."), Key(".")),
        ',' => (Key(", ?"), Key(",")),
        '?' => (Shift(", ?"), Shift("/ ?")),
        '!' => (Key("! §"), Shift("1 !")),
        ':' => (Key(": /"), Shift("; :")),
        ';' => (Key("; ."), Key(";")),
        '-' => (Key("- 6"), Key("-")),
        '_' => (Key("_ 8"), Shift("- _")),
        '(' => (Key("( 5"), Shift("9 (")),
        ')' => (Key(") °"), Shift("0 )")),
        '/' => (Shift(": /"), Key("/")),
        _ => return None,
    })
}

const UPPER: [&str; 26] = [
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U",
    "V", "W", "X", "Y", "Z",
];
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
/// The top row of a French AZERTY keyboard: digits need Shift.
const AZERTY_DIGITS: [&str; 10] = [
    "à 0", "& 1", "é 2", "\" 3", "' 4", "( 5", "- 6", "è 7", "_ 8", "ç 9",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_typed_is_no_mistake_yet() {
        assert_eq!(progress("Bonjour", ""), (0, 0));
        assert_eq!(progress("Bonjour", "Bon"), (3, 0));
        assert_eq!(progress("Bonjour", "Bin"), (2, 1));
        assert_eq!(progress("Bon", "Bonne"), (3, 2), "extra letters count");
        // On "Check", what is missing counts.
        assert_eq!(score("Bonjour", "Bon"), (3, 4));
    }

    #[test]
    fn letters_are_compared_in_place_with_accents_composed() {
        let decomposed = "e\u{301}t\u{e9}"; // "été" with the first é in two code points
        assert!(is_copied("été", decomposed));
        let letters = compare("Café", "Cafe");
        assert_eq!(letters[3], ('é', Letter::Wrong));
        assert_eq!(compare("ab", "a")[1], ('b', Letter::Pending));
        assert!(is_copied("l'école", "l’école"));
    }

    #[test]
    fn score_counts_wrong_missing_and_extra_letters() {
        assert_eq!(score("chat", "chat"), (4, 0));
        assert_eq!(score("chat", "chot"), (3, 1));
        assert_eq!(score("chat", "ch"), (2, 2));
        assert_eq!(score("chat", "chats"), (4, 1));
        assert_eq!(next_to_type("chat", "cho"), Some('a'));
        assert_eq!(next_to_type("chat", "chat"), None);
    }

    #[test]
    fn special_characters_have_a_way_on_both_layouts() {
        for c in "éèàçùêâîôûëïÉÀÇ@€'\".,?!:;-_()/ABZ0123456789".chars() {
            assert!(how_to_type(c).is_some(), "{c}");
        }
        assert_eq!(how_to_type('@').map(|k| k.0), Some(Keys::AltGr("à 0")));
        assert_eq!(how_to_type('5').map(|k| k.0), Some(Keys::Shift("( 5")));
        assert!(how_to_type('a').is_none());
        assert!(how_to_type(' ').is_none());
    }
}
