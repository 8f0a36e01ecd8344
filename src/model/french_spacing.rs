//! French typography on screen: the space before `? ! : ;` and `»`, and after `«`, is a
//! no-break space, so that a line never starts with a lone "?" or "»" (with large text,
//! lines break often).
//!
//! French typesetting puts a narrow no-break space (U+202F) before `? ! ;`, but egui
//! breaks lines at U+202F as at any space; only U+00A0 keeps two words together. So
//! both the ordinary space and U+202F become U+00A0 there. Texts are written with
//! ordinary spaces (in packs and in the Fluent files) and changed as they are read.

use std::borrow::Cow;

/// The no-break space egui keeps on the line of the word before it.
pub const NO_BREAK_SPACE: char = '\u{a0}';

/// `text` with a no-break space before `? ! : ;` and `»`, and after `«`, wherever a
/// space (ordinary or narrow no-break) stands there after a word.
pub fn with_no_break_spaces(text: &str) -> Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let bound = |i: usize| -> bool {
        let before = i.checked_sub(1).and_then(|b| chars.get(b)).copied();
        let after = chars.get(i + 1).copied();
        let after_word = before.is_some_and(|c| !c.is_whitespace());
        (after_word && matches!(after, Some('?' | '!' | ':' | ';' | '»'))) || before == Some('«')
    };
    let changes = chars
        .iter()
        .enumerate()
        .any(|(i, c)| matches!(c, ' ' | '\u{202f}') && bound(i));
    if !changes {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                if matches!(c, ' ' | '\u{202f}') && bound(i) {
                    NO_BREAK_SPACE
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// Whether `text` still has a space a line could break at before `? ! : ;` or `»`, or
/// after `«` (for the content tests).
pub fn breakable_space(text: &str) -> Option<usize> {
    let spaced = with_no_break_spaces(text);
    match spaced {
        Cow::Borrowed(_) => None,
        Cow::Owned(fixed) => text.chars().zip(fixed.chars()).position(|(a, b)| a != b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_before_french_punctuation_and_inside_quotes_do_not_break() {
        let nb = NO_BREAK_SPACE;
        assert_eq!(
            with_no_break_spaces("Vous êtes sûr ? Oui : « Annuler » !"),
            format!("Vous êtes sûr{nb}? Oui{nb}: «{nb}Annuler{nb}»{nb}!")
        );
        assert_eq!(
            with_no_break_spaces("Attention\u{202f}!"),
            format!("Attention{nb}!")
        );
    }

    #[test]
    fn other_spaces_and_texts_without_them_are_left_as_they_are() {
        assert!(matches!(with_no_break_spaces("Bonjour, Ana."), Cow::Borrowed(_)));
        // An English text has no space there; a web address keeps its colon.
        assert!(matches!(
            with_no_break_spaces("Ready? Go: https://example.org"),
            Cow::Borrowed(_)
        ));
        // A "?" alone at the start of a line, after a line break, is not glued to it.
        assert_eq!(with_no_break_spaces("Liste\n ? un"), "Liste\n ? un");
        assert_eq!(breakable_space("Oui ?"), Some(3));
        assert_eq!(breakable_space("Oui\u{a0}?"), None);
    }
}
