//! What Passerelle needs to know about a picture file, and the one limit every picture
//! meets: checked by `pack check`, `pack build`, `pack install` and the pack editor, and
//! relied on when a picture is drawn.

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The widest and tallest picture a pack takes, in pixels. Every graphics driver
/// Passerelle runs on (the safe renderer included) takes textures of 8192 a side; a
/// lesson never needs more than a screen's width.
pub const MAX_SIDE: u32 = 4096;

/// The heaviest picture file a pack takes, in bytes: packs travel on USB keys to old PCs.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The most memory a picture may take once decoded: [`MAX_SIDE`] × [`MAX_SIDE`] in RGBA.
pub const MAX_DECODED_BYTES: u64 = MAX_SIDE as u64 * MAX_SIDE as u64 * 4;

/// Why a picture cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// Not a PNG picture.
    NotPng,
    /// Wider or taller than [`MAX_SIDE`] (read from its header, before any decoding).
    TooLarge {
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
    },
    /// A PNG file that does not decode: cut short or damaged.
    Damaged,
}

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

/// Checks a picture the way every part of Passerelle relies on: a PNG file, within
/// [`MAX_SIDE`] from its header, and decoding whole (decoded once, within
/// [`MAX_DECODED_BYTES`]). Returns its size.
pub fn check(bytes: &[u8]) -> Result<(u32, u32), Unusable> {
    let (width, height) = png_size(bytes).ok_or(Unusable::NotPng)?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(Unusable::TooLarge { width, height });
    }
    if width == 0 || height == 0 {
        return Err(Unusable::Damaged);
    }
    decode(bytes).map(|_| (width, height)).ok_or(Unusable::Damaged)
}

/// Decodes a PNG picture into RGBA pixels, refusing one over [`MAX_SIDE`] a side (from
/// the header, before allocating) or that would take over [`MAX_DECODED_BYTES`].
pub fn decode(bytes: &[u8]) -> Option<image::RgbaImage> {
    let (width, height) = png_size(bytes)?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return None;
    }
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), image::ImageFormat::Png);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODED_BYTES * 2);
    reader.limits(limits);
    reader.decode().ok().map(image::DynamicImage::into_rgba8)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A real PNG file of `width` × `height` pixels, encoded by the `image` crate.
    pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = Vec::new();
        let image = image::RgbaImage::from_fn(width, height, |x, y| {
            image::Rgba([x.to_le_bytes()[0], y.to_le_bytes()[0], 128, 255])
        });
        let written = image::DynamicImage::ImageRgba8(image)
            .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png);
        assert!(written.is_ok());
        bytes
    }

    /// A PNG header that claims `width` × `height` (the rest of the file is cut).
    pub(crate) fn header_only(width: u32, height: u32) -> Vec<u8> {
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend_from_slice(&[0, 0, 0, 13]);
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&width.to_be_bytes());
        png.extend_from_slice(&height.to_be_bytes());
        png.extend_from_slice(&[8, 6, 0, 0, 0]);
        png
    }

    #[test]
    fn reads_the_size_from_the_header() {
        let png = header_only(640, 480);
        assert_eq!(png_size(&png), Some((640, 480)));
        assert_eq!(png_size(&png[..20]), None);
        assert_eq!(png_size(b"GIF89a"), None);
    }

    #[test]
    fn a_sound_picture_passes_and_its_size_is_given() {
        assert_eq!(check(&png(30, 20)), Ok((30, 20)));
        assert!(decode(&png(30, 20)).is_some_and(|i| i.dimensions() == (30, 20)));
    }

    #[test]
    fn a_picture_over_the_side_is_refused_from_its_header_without_decoding() {
        // 20000 × 20000 would take 1.6 GB decoded; the header alone refuses it.
        assert_eq!(
            check(&header_only(20_000, 20_000)),
            Err(Unusable::TooLarge {
                width: 20_000,
                height: 20_000
            })
        );
        assert_eq!(decode(&header_only(20_000, 20_000)), None);
        assert_eq!(
            check(&header_only(MAX_SIDE + 1, 1)),
            Err(Unusable::TooLarge {
                width: MAX_SIDE + 1,
                height: 1
            })
        );
    }

    #[test]
    fn a_cut_or_damaged_picture_is_refused() {
        let whole = png(64, 64);
        assert_eq!(check(&whole[..whole.len() / 2]), Err(Unusable::Damaged));
        assert_eq!(check(&header_only(10, 10)), Err(Unusable::Damaged));
        let mut flipped = whole.clone();
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0xff;
        assert_eq!(check(&flipped), Err(Unusable::Damaged));
        assert_eq!(check(b"not a picture"), Err(Unusable::NotPng));
    }
}
