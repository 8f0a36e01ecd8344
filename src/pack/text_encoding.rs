//! Text files from other programs: UTF-8 (with or without a byte-order mark), or the
//! Windows-1252 encoding that Windows tools and older Moodle exports still write.

/// The characters of Windows-1252's bytes 0x80 to 0x9F (`None`: no character).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// How a text file was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8.
    Utf8,
    /// Windows-1252 (Western European).
    Windows1252,
}

/// The text of `bytes`, read as UTF-8, else as Windows-1252; `Err(line)` (1-based) where
/// a byte is neither.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), usize> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), Encoding::Utf8));
    }
    let mut text = String::with_capacity(bytes.len());
    for (at, &byte) in bytes.iter().enumerate() {
        let c = match byte {
            0x80..=0x9f => CP1252_HIGH[usize::from(byte - 0x80)],
            _ => Some(char::from(byte)),
        };
        match c {
            Some(c) => text.push(c),
            #[allow(clippy::naive_bytecount, reason = "counted once, for an error's line number")]
            None => return Err(1 + bytes[..at].iter().filter(|&&b| b == b'\n').count()),
        }
    }
    Ok((text, Encoding::Windows1252))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_windows_1252_are_read() {
        assert_eq!(decode("été".as_bytes()), Ok(("été".into(), Encoding::Utf8)));
        assert_eq!(decode(b"\xef\xbb\xbfok"), Ok(("ok".into(), Encoding::Utf8)));
        assert_eq!(
            decode(b"L\x92\xe9t\xe9 \x80"),
            Ok(("L’été €".into(), Encoding::Windows1252))
        );
    }

    #[test]
    fn a_byte_of_neither_names_its_line() {
        assert_eq!(decode(b"one\ntwo \xe9\nthree \x81"), Err(3));
    }
}
