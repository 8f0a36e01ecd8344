//! Tolerant matching of typed answers.
//!
//! The rule, as Pix applies it: both texts are folded (lower case, accents removed,
//! punctuation and repeated spaces dropped), then a typed answer is accepted when its
//! Levenshtein distance to an accepted answer is at most 25 % of that answer's length
//! (rounded down). So `clavier` accepts `Clavié` (accents, case) and `clavir`
//! (1 typo in 7 letters), while a 3-letter answer must be exact once folded.

use unicode_normalization::UnicodeNormalization;

/// The share of an accepted answer's length that may be mistyped.
pub const TYPO_SHARE: f64 = 0.25;

/// Folds a text for comparison: lower case, no accents, letters and digits kept,
/// every run of other characters turned into one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() || c == '@' {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// How many typos an accepted answer of this (folded) length tolerates.
pub fn allowed_typos(folded_len: usize) -> usize {
    // Truncation is the documented rule: 25 % rounded down.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let n = (folded_len as f64 * TYPO_SHARE).floor() as usize;
    n
}

/// Whether `typed` matches one of `accepted` under the rule above.
pub fn matches_any<'a>(typed: &str, accepted: impl IntoIterator<Item = &'a String>) -> bool {
    let typed = fold(typed);
    if typed.is_empty() {
        return false;
    }
    accepted.into_iter().any(|answer| {
        let answer = fold(answer);
        let len = answer.chars().count();
        len > 0 && strsim::levenshtein(&typed, &answer) <= allowed_typos(len)
    })
}

/// The accepted answer `typed` matches with the fewest typos (the first listed on a
/// tie), if it matches one.
pub fn nearest_accepted<'a>(
    typed: &str,
    accepted: impl IntoIterator<Item = &'a String>,
) -> Option<&'a String> {
    let typed_folded = fold(typed);
    if typed_folded.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for answer in accepted {
        let folded = fold(answer);
        let len = folded.chars().count();
        let distance = strsim::levenshtein(&typed_folded, &folded);
        if len > 0 && distance <= allowed_typos(len) && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, answer));
        }
    }
    best.map(|(_, answer)| answer)
}

/// A text as its spelling is compared: composed accents, lower case, single spaces, no
/// final full stop.
fn plain(text: &str) -> Vec<char> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    joined
        .trim_end_matches(['.', '!', '?'])
        .trim()
        .nfc()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// Whether `typed` is spelt otherwise than `answer`: other letters or accents. A
/// capital, spaces or a final full stop do not count (`lyon.` is `Lyon`; `Lion` and
/// `Helene` are not `Lyon` and `Hélène`).
pub fn spelt_differently(typed: &str, answer: &str) -> bool {
    plain(typed) != plain(answer)
}

/// Whether `typed` is spelt exactly as one of `accepted` (see [`spelt_differently`]).
pub fn matches_exactly<'a>(typed: &str, accepted: impl IntoIterator<Item = &'a String>) -> bool {
    !plain(typed).is_empty()
        && accepted
            .into_iter()
            .any(|answer| !spelt_differently(typed, answer))
}

/// One letter that differs between a typed answer and its right spelling; positions
/// count from 1, in the right spelling (in the typed text for a letter too many).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterDifference {
    /// `right` was expected at `position`, `typed` was typed.
    Wrong {
        /// Where.
        position: usize,
        /// The right letter.
        right: char,
        /// The letter typed.
        typed: char,
    },
    /// `right` is missing at `position`.
    Missing {
        /// Where.
        position: usize,
        /// The letter missing.
        right: char,
    },
    /// `typed`, at `position` of the typed text, is one letter too many.
    Extra {
        /// Where.
        position: usize,
        /// The letter too many.
        typed: char,
    },
}

/// The letters to change to go from `typed` to `answer`, fewest first found (a
/// Levenshtein alignment, compared as [`spelt_differently`] does).
pub fn letter_differences(typed: &str, answer: &str) -> Vec<LetterDifference> {
    let (a, b) = (plain(typed), plain(answer));
    // cost[i][j]: edits from a[..i] to b[..j].
    let mut cost = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in cost.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in cost[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let change = cost[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cost[i][j] = change.min(cost[i - 1][j] + 1).min(cost[i][j - 1] + 1);
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (a.len(), b.len());
    // From the end, a letter too many or missing first: of a doubled letter, the later
    // one is named ("Lyonn": the fifth letter is too many).
    while i > 0 || j > 0 {
        if i > 0 && cost[i][j] == cost[i - 1][j] + 1 {
            out.push(LetterDifference::Extra {
                position: i,
                typed: a[i - 1],
            });
            i -= 1;
        } else if j > 0 && cost[i][j] == cost[i][j - 1] + 1 {
            out.push(LetterDifference::Missing {
                position: j,
                right: b[j - 1],
            });
            j -= 1;
        } else {
            if a[i - 1] != b[j - 1] {
                out.push(LetterDifference::Wrong {
                    position: j,
                    right: b[j - 1],
                    typed: a[i - 1],
                });
            }
            i -= 1;
            j -= 1;
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_accepted_spelling_is_found_and_told_apart() {
        let accepted = ["Lyon".to_owned(), "Lyons".to_owned()];
        assert_eq!(nearest_accepted("Lion", &accepted), Some(&accepted[0]));
        assert_eq!(nearest_accepted("Paris", &accepted), None);
        assert!(spelt_differently("Lion", "Lyon"));
        assert!(spelt_differently("Helene", "Hélène"));
        assert!(spelt_differently("la sourie", "la souris"));
        assert!(!spelt_differently("  lyon. ", "Lyon"));
        assert!(!spelt_differently("LA  SOURIS", "la souris"));
    }

    fn accepts(typed: &str, accepted: &[&str]) -> bool {
        let accepted: Vec<String> = accepted.iter().map(|s| (*s).to_owned()).collect();
        matches_any(typed, &accepted)
    }

    #[test]
    fn exact_spelling_forgives_only_capitals_spaces_and_a_final_stop() {
        let lyon = ["Lyon".to_owned()];
        assert!(matches_exactly(" lyon. ", &lyon));
        assert!(!matches_exactly("Lion", &lyon));
        assert!(!matches_exactly("", &lyon));
        assert!(!matches_exactly("Helene", &["Hélène".to_owned()]));
        assert!(
            matches_exactly("He\u{301}le\u{300}ne", &["Hélène".to_owned()]),
            "decomposed accents"
        );
    }

    #[test]
    fn the_letters_that_differ_are_named_in_the_right_spelling() {
        use LetterDifference::{Extra, Missing, Wrong};
        assert_eq!(
            letter_differences("Lion", "Lyon"),
            [Wrong {
                position: 2,
                right: 'y',
                typed: 'i'
            }]
        );
        assert_eq!(
            letter_differences("cybermalveilance.gouv.fr", "cybermalveillance.gouv.fr"),
            [Missing {
                position: 13,
                right: 'l'
            }]
        );
        assert_eq!(
            letter_differences("Lyyon", "Lyon"),
            [Extra {
                position: 3,
                typed: 'y'
            }]
        );
        assert_eq!(
            letter_differences("Helene", "Hélène"),
            [
                Wrong {
                    position: 2,
                    right: 'é',
                    typed: 'e'
                },
                Wrong {
                    position: 4,
                    right: 'è',
                    typed: 'e'
                }
            ]
        );
        assert!(letter_differences("LYON.", "Lyon").is_empty());
    }

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(fold("  Élève, à l'école ! "), "eleve a l ecole");
        assert_eq!(fold("ÇA"), "ca");
        assert_eq!(fold("marie@exemple.fr"), "marie@exemple fr");
    }

    #[test]
    fn case_and_accents_are_forgiven() {
        assert!(accepts("CLAVIER", &["clavier"]));
        assert!(accepts("écran", &["ecran"]));
        assert!(accepts("Ecran", &["écran"]));
    }

    #[test]
    fn small_typos_are_forgiven_within_a_quarter_of_the_length() {
        assert!(accepts("clavir", &["clavier"])); // 1 of 7 allowed
        assert!(!accepts("clvir", &["clavier"])); // 2 of 7 is too many
        assert!(accepts("navigatuer", &["navigateur"])); // 2 of 10 allowed
    }

    #[test]
    fn short_answers_must_be_exact() {
        assert!(accepts("Oui", &["oui"]));
        assert!(!accepts("ou", &["oui"]));
    }

    #[test]
    fn any_of_several_answers_is_accepted() {
        assert!(accepts("souris", &["la souris", "souris"]));
        assert!(accepts("la souris", &["la souris", "souris"]));
        assert!(!accepts("clavier", &["la souris", "souris"]));
    }

    #[test]
    fn empty_input_is_never_right() {
        assert!(!accepts("", &[""]));
        assert!(!accepts("   ", &["a"]));
    }
}
