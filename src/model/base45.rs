//! Base45 (RFC 9285): bytes written with the 45 characters a QR code stores most compactly
//! in its alphanumeric mode (`0`–`9`, `A`–`Z`, space and `$%*+-./:`). Two bytes become
//! three characters, so a signed attestation fits a QR code a phone reads off paper.

const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Is `c` one of base45's characters?
pub fn is_base45(c: u8) -> bool {
    ALPHABET.contains(&c)
}

/// `bytes` in base45.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    let mut push = |value: usize, digits: usize| {
        let mut value = value;
        for _ in 0..digits {
            out.push(char::from(ALPHABET[value % 45]));
            value /= 45;
        }
    };
    for pair in bytes.chunks(2) {
        match *pair {
            [a, b] => push(usize::from(a) * 256 + usize::from(b), 3),
            [a] => push(usize::from(a), 2),
            _ => {}
        }
    }
    out
}

/// The bytes of a base45 text; `None` when it is not one (a character outside the
/// alphabet, a stray last character, a group over its range).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let digits: Vec<usize> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(digits.len() / 3 * 2 + 1);
    for group in digits.chunks(3) {
        match *group {
            [c, d, e] => {
                let value = c + d * 45 + e * 45 * 45;
                out.push(u8::try_from(value / 256).ok()?);
                out.push(u8::try_from(value % 256).ok()?);
            }
            [c, d] => out.push(u8::try_from(c + d * 45).ok()?),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_examples() {
        // RFC 9285, section 4.3.
        assert_eq!(encode(b"AB"), "BB8");
        assert_eq!(encode(b"Hello!!"), "%69 VD92EX0");
        assert_eq!(encode(b"base-45"), "UJCLQE7W581");
        assert_eq!(decode("QED8WEX0").as_deref(), Some(&b"ietf!"[..]));
    }

    #[test]
    fn every_byte_comes_back_and_bad_text_is_refused() {
        let bytes: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        for len in [0, 1, 2, 3, 255, 511] {
            assert_eq!(decode(&encode(&bytes[..len])).as_deref(), Some(&bytes[..len]));
        }
        assert_eq!(decode("GGW"), None, "65535 + 1 is over two bytes");
        assert_eq!(decode("A"), None, "a lone last character");
        assert_eq!(decode("ab"), None, "lower case is not base45");
    }
}
