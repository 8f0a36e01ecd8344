//! Text written right to left (Arabic, Hebrew) in the order a reader expects inside
//! Passerelle's left-to-right screens and pages.
//!
//! egui and the attestation's PDF shape each run of one font with harfrust, which draws
//! one Arabic word correctly, but neither reorders bidirectional text: "محمد علي" would
//! come out with its two words swapped, and "محمد Ali" with the Latin part on the wrong
//! side in a right-to-left line. [`visual_line`] puts a single line in visual order
//! (Unicode's bidirectional algorithm, UAX #9, by `unicode-bidi`) the way a shaper needs
//! it: the right-to-left runs have their words in reverse order, and each word keeps its
//! letters in reading order for the shaper, which joins and reverses them itself.

use std::borrow::Cow;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

/// `text` (one line) in the left-to-right order egui draws it; borrowed as it is when
/// nothing in it is written right to left (the usual case, at no cost).
pub fn visual_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_right_to_left) {
        return Cow::Borrowed(text);
    }
    let info = BidiInfo::new(text, Some(Level::ltr()));
    let mut out = String::with_capacity(text.len());
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let piece = &text[run.clone()];
            if levels[run.start].is_rtl() {
                push_reversed_words(piece, &mut out);
            } else {
                out.push_str(piece);
            }
        }
    }
    Cow::Owned(out)
}

/// Does `c` start a right-to-left run (Hebrew, Arabic, Syriac, Thaana, N'Ko…)?
fn is_right_to_left(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// A letter of a right-to-left word, which the shaper must get in reading order: its
/// letters, its marks and the signs of its own script block (the Arabic comma, say).
fn is_word_part(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::R | BidiClass::AL | BidiClass::NSM | BidiClass::AN
    ) || ('\u{0590}'..='\u{08FF}').contains(&c)
        || ('\u{FB1D}'..='\u{FEFC}').contains(&c)
        || c == '\u{200C}'
        || c == '\u{200D}'
}

/// Appends a right-to-left run: its words and the signs between them in reverse order,
/// each word in reading order, brackets turned to face the other way.
fn push_reversed_words(run: &str, out: &mut String) {
    let mut pieces: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in run.char_indices() {
        match (is_word_part(c), start) {
            (true, None) => start = Some(i),
            (true, Some(_)) => {}
            (false, word) => {
                if let Some(s) = word {
                    pieces.push(&run[s..i]);
                    start = None;
                }
                pieces.push(&run[i..i + c.len_utf8()]);
            }
        }
    }
    if let Some(s) = start {
        pieces.push(&run[s..]);
    }
    for piece in pieces.into_iter().rev() {
        match piece {
            "(" => out.push(')'),
            ")" => out.push('('),
            "[" => out.push(']'),
            "]" => out.push('['),
            "{" => out.push('}'),
            "}" => out.push('{'),
            "<" => out.push('>'),
            ">" => out.push('<'),
            "«" => out.push('»'),
            "»" => out.push('«'),
            other => out.push_str(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_to_right_text_is_borrowed_unchanged() {
        for name in ["Ali", "Nguyễn Thị Minh", "王芳", "Юлия", ""] {
            assert!(matches!(visual_line(name), Cow::Borrowed(n) if n == name));
        }
    }

    #[test]
    fn one_arabic_word_is_left_for_the_shaper() {
        assert_eq!(visual_line("محمد"), "محمد");
    }

    #[test]
    fn words_of_a_right_to_left_name_come_in_reverse_order() {
        assert_eq!(visual_line("محمد علي"), "علي محمد");
        assert_eq!(visual_line("דוד לוי כהן"), "כהן לוי דוד");
    }

    #[test]
    fn a_latin_name_after_an_arabic_one_stays_on_the_right() {
        // In a left-to-right line the Arabic run comes first, then the Latin one.
        assert_eq!(visual_line("محمد علي Ali"), "علي محمد Ali");
        assert_eq!(visual_line("Ali محمد علي"), "Ali علي محمد");
    }

    #[test]
    fn brackets_inside_a_right_to_left_run_face_the_other_way() {
        assert_eq!(visual_line("(محمد علي)"), "(علي محمد)");
    }

    #[test]
    fn arabic_signs_stay_with_their_word() {
        assert_eq!(visual_line("محمد، علي"), "علي محمد،");
    }
}
