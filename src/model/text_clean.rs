//! Cleaning text that comes from outside (a progress file, a pack, a card typed on another
//! PC) before it is stored or drawn: no control characters, no bidi overrides that would
//! reorder the text around it, a bounded length.

/// The longest name on a card, in characters (the card form takes 40).
pub const MAX_NAME_CHARS: usize = 40;

/// Whether `c` is a bidirectional formatting character (embeddings, overrides,
/// isolates and marks), which can make a text draw over or reverse what follows it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A single-line text as it may be stored: control and bidi formatting characters
/// removed, runs of white space made one space, trimmed, and cut to `max_chars`.
pub fn one_line(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_bidi_control(c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out.chars()
        .take(max_chars)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// A name as it may stand in a file's name: letters, digits and dashes kept, anything
/// else `_` (`passerelle` when nothing is left).
pub fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' })
        .collect();
    if safe.is_empty() {
        "passerelle".into()
    } else {
        safe
    }
}

/// A multi-line text (a note): control and bidi formatting characters removed but line
/// breaks kept, cut to `max_chars`.
pub fn multi_line(text: &str, max_chars: usize) -> String {
    text.chars()
        .filter(|&c| c == '\n' || !(c.is_control() || is_bidi_control(c)))
        .take(max_chars)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_controls_and_overrides_and_are_capped() {
        assert_eq!(one_line("  Ana\u{202e}lia\u{0} \n\t B ", 40), "Analia B");
        assert_eq!(
            one_line(&"x".repeat(10_000), MAX_NAME_CHARS).chars().count(),
            MAX_NAME_CHARS
        );
        assert_eq!(one_line("王芳", 40), "王芳");
        assert_eq!(one_line("محمد", 40), "محمد");
        assert_eq!(multi_line("a\nb\u{1b}[31m", 100), "a\nb[31m");
    }
}
