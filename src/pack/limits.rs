//! The one set of limits a pack meets, wherever it comes from (a folder, an archive, the
//! editor) and whatever reads it (`pack check`, `pack build`, `pack install`, the
//! window): what `check` accepts installs. Sizes are judged by the kind of file, so a
//! real picture or recording passes and a text that no lesson needs does not.

use std::fmt::Write as _;

use crate::model::picture;

/// The most files a pack holds.
pub const MAX_FILES: usize = 5_000;
/// The heaviest text file (`pack.toml`, a lesson, the glossary): a long lesson is 30 KB.
pub const MAX_TEXT_BYTES: u64 = 1024 * 1024;
/// The heaviest recording (`media/*.wav`): two minutes of speech.
pub const MAX_SOUND_BYTES: u64 = 20 * 1024 * 1024;
/// The heaviest picture.
pub const MAX_PICTURE_BYTES: u64 = picture::MAX_BYTES as u64;
/// The heaviest file of any kind: what a reader reads at most before judging its kind.
pub const MAX_FILE_BYTES: u64 = MAX_SOUND_BYTES;
/// The whole pack, every file together.
pub const MAX_TOTAL_BYTES: u64 = 200 * 1024 * 1024;

/// The heaviest a file of this name may be.
pub fn max_bytes(name: &str) -> u64 {
    if has_extension(name, "png") {
        MAX_PICTURE_BYTES
    } else if has_extension(name, "wav") {
        MAX_SOUND_BYTES
    } else if has_extension(name, "toml") {
        MAX_TEXT_BYTES
    } else {
        MAX_FILE_BYTES
    }
}

/// Whether the name ends with `.extension`, compared as Windows does (without case).
pub fn has_extension(name: &str, extension: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
}

/// A text for a message: control characters (terminal escape codes, bidi overrides, line
/// breaks) shown as `\u{…}` so that a file's name or id cannot rewrite the screen.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || crate::model::text_clean::is_bidi_control(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_follow_the_kind_of_file() {
        assert_eq!(max_bytes("media/a.PNG"), MAX_PICTURE_BYTES);
        assert_eq!(max_bytes("media/voix.wav"), MAX_SOUND_BYTES);
        assert_eq!(max_bytes("lessons/01.TOML"), MAX_TEXT_BYTES);
        assert!(has_extension("lessons/01.TOML", "toml"));
        assert!(!has_extension("lessons/01.toml.txt", "toml"));
    }

    #[test]
    fn escape_codes_are_shown_not_sent() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(printable("Hélène"), "Hélène");
    }
}
