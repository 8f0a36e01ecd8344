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
/// space (ordinary or narrow no-break) stands there after a word. Copies `text` only
/// when something changes.
pub fn with_no_break_spaces(text: &str) -> Cow<'_, str> {
    let mut spaced: Option<String> = None;
    let mut before = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let glued = holds_word(before, c, chars.peek().map(|&(_, after)| after));
        if glued && spaced.is_none() {
            spaced = Some(text[..at].to_owned());
        }
        if let Some(spaced) = &mut spaced {
            spaced.push(if glued { NO_BREAK_SPACE } else { c });
        }
        before = Some(c);
    }
    spaced.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// [`with_no_break_spaces`] of a text owned: kept as it is when nothing changes.
pub fn into_no_break_spaces(text: String) -> String {
    match with_no_break_spaces(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(spaced) => spaced,
    }
}

/// Whether a line could still break at a space before `? ! : ;` or `»`, or after `«`:
/// the place of the first such space, in characters (for the content tests).
pub fn breakable_space(text: &str) -> Option<usize> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find(|&i| {
        let before = i.checked_sub(1).map(|b| chars[b]);
        holds_word(before, chars[i], chars.get(i + 1).copied())
    })
}

/// Whether `c`, between `before` and `after`, is a space that must keep the word before
/// it on the line (or the word after an opening «).
fn holds_word(before: Option<char>, c: char, after: Option<char>) -> bool {
    let after_word = before.is_some_and(|b| !b.is_whitespace());
    matches!(c, ' ' | '\u{202f}')
        && ((after_word && matches!(after, Some('?' | '!' | ':' | ';' | '»'))) || before == Some('«'))
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
