//! What Passerelle needs to know about a picture file without decoding it.

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Whether the bytes start like a PNG file.
pub fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(PNG_SIGNATURE)
}

/// A PNG picture's width and height in pixels, read from its header; `None` when the
/// bytes are not a PNG file.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if !is_png(bytes) || bytes.get(12..16) != Some(b"IHDR".as_slice()) {
        return None;
    }
    let be = |range: std::ops::Range<usize>| Some(u32::from_be_bytes(bytes.get(range)?.try_into().ok()?));
    Some((be(16..20)?, be(20..24)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_size_from_the_header() {
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend_from_slice(&[0, 0, 0, 13]);
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&640u32.to_be_bytes());
        png.extend_from_slice(&480u32.to_be_bytes());
        assert_eq!(png_size(&png), Some((640, 480)));
        assert_eq!(png_size(&png[..20]), None);
        assert_eq!(png_size(b"GIF89a"), None);
    }
}
