//! Lines of the attestation as glyphs of the fonts that will be embedded in the PDF: each
//! character drawn by the first font of the same chain as on screen (`fonts.rs`) that has
//! it, each run of one font shaped by harfrust (Arabic letters joined, Vietnamese accents
//! placed), right-to-left text put in visual order first.

use std::collections::BTreeMap;

use egui::FontFamily;
use skrifa::MetadataProvider as _;
use skrifa::instance::{LocationRef, Size};

use crate::fonts;
use crate::model::bidi::visual_line;

/// A font the page uses, and the glyphs it uses of it.
pub struct PageFont {
    /// Its name.
    pub name: String,
    /// The font file.
    pub data: egui::FontData,
    /// Font units per em.
    pub units_per_em: f32,
    /// Ascent and descent, in font units.
    pub ascent: f32,
    /// (Negative.)
    pub descent: f32,
    /// Does it draw with TrueType outlines (`glyf`), rather than CFF?
    pub true_type: bool,
    /// Each glyph used, with its advance (font units) and the text it stands for (for
    /// copying the text back out of the PDF).
    pub used: BTreeMap<u16, (f32, String)>,
    /// harfrust's parsed layout tables, read once for every run of this font.
    shaper_data: harfrust::ShaperData,
}

impl PageFont {
    fn new(name: String, data: egui::FontData) -> Option<Self> {
        let font = skrifa::FontRef::from_index(data.font.as_ref().as_ref(), data.index).ok()?;
        let metrics = font.metrics(Size::unscaled(), LocationRef::default());
        let true_type = font.table_data(skrifa::raw::types::Tag::new(b"glyf")).is_some();
        let shaper_data = harfrust::ShaperData::new(&font);
        Some(Self {
            name,
            units_per_em: f32::from(metrics.units_per_em),
            ascent: metrics.ascent,
            descent: metrics.descent,
            true_type,
            data,
            used: BTreeMap::new(),
            shaper_data,
        })
    }

    fn font_ref(&self) -> Option<skrifa::FontRef<'_>> {
        skrifa::FontRef::from_index(self.data.font.as_ref().as_ref(), self.data.index).ok()
    }

    fn has(&self, c: char) -> bool {
        self.font_ref()
            .and_then(|f| f.charmap().map(c))
            .is_some_and(|g| g != skrifa::GlyphId::NOTDEF)
    }
}

/// A glyph placed by the shaper, in font units.
#[derive(Clone, Copy)]
pub struct Placed {
    /// The glyph in the font file.
    pub glyph: u16,
    /// How far the pen moves after it.
    pub advance: f32,
    /// Where it is drawn from the pen (accents, Arabic marks).
    pub offset: (f32, f32),
}

/// A run of glyphs of one font.
pub struct Run {
    /// Which of [`PageFonts::fonts`].
    pub font: usize,
    /// Its glyphs, from left to right.
    pub glyphs: Vec<Placed>,
}

/// The fonts of the page, added as its text needs them.
pub struct PageFonts {
    /// In the order they were added; the first is egui's own.
    pub fonts: Vec<PageFont>,
    /// Characters no font on this PC has (printed as blanks; the leader is told).
    pub missing: Vec<char>,
}

impl PageFonts {
    /// The chain with egui's own font first.
    pub fn new() -> Self {
        let fonts = fonts::main_font()
            .and_then(|(name, data)| PageFont::new(name, data))
            .into_iter()
            .collect();
        Self {
            fonts,
            missing: Vec::new(),
        }
    }

    /// The font that draws `c`: one already used, a bundled one, or one of the PC's.
    fn font_for(&mut self, c: char) -> Option<usize> {
        if let Some(i) = self.fonts.iter().position(|f| f.has(c)) {
            return Some(i);
        }
        let bundled = fonts::bundled_for(c)
            .and_then(|b| PageFont::new(b.name.to_owned(), egui::FontData::from_static(b.bytes)))
            .filter(|f| f.has(c));
        let added = bundled.or_else(|| {
            fonts::pc_fonts()
                .font_for(&c.to_string(), &FontFamily::Proportional)
                .and_then(|insert| PageFont::new(insert.name, insert.data))
                .filter(|f| f.has(c))
        })?;
        self.fonts.push(added);
        Some(self.fonts.len() - 1)
    }

    /// `line` as runs of glyphs from left to right, each glyph's text remembered.
    pub fn shape(&mut self, line: &str) -> Vec<Run> {
        let visual = visual_line(line);
        let mut pieces: Vec<(Option<usize>, String)> = Vec::new();
        for c in visual.chars() {
            // A mark goes with its letter's font. A space has its own (the first font's),
            // so that each word is shaped alone, as `visual_line` needs.
            let font = if is_mark(c) {
                pieces.last().and_then(|p| p.0).or_else(|| self.font_for(c))
            } else {
                self.font_for(c)
            };
            if font.is_none() && !c.is_whitespace() && !self.missing.contains(&c) {
                self.missing.push(c);
            }
            match pieces.last_mut() {
                Some((f, text)) if *f == font => text.push(c),
                _ => pieces.push((font, c.to_string())),
            }
        }
        pieces
            .into_iter()
            .filter_map(|(font, text)| Some(self.shape_run(font?, &text)))
            .collect()
    }

    fn shape_run(&mut self, index: usize, text: &str) -> Run {
        let font = &mut self.fonts[index];
        let mut glyphs = Vec::new();
        let Some(font_ref) =
            skrifa::FontRef::from_index(font.data.font.as_ref().as_ref(), font.data.index).ok()
        else {
            return Run { font: index, glyphs };
        };
        let shaper = font.shaper_data.shaper(&font_ref).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let mut seen_clusters = Vec::new();
        for (info, position) in infos.iter().zip(positions) {
            let Ok(glyph) = u16::try_from(info.glyph_id) else {
                continue;
            };
            let start = info.cluster as usize;
            let end = starts.iter().find(|&&s| s > start).copied().unwrap_or(text.len());
            // A cluster's text goes with its first glyph; the others stand for nothing.
            let cluster_text = if seen_clusters.contains(&start) {
                String::new()
            } else {
                seen_clusters.push(start);
                text.get(start..end).unwrap_or_default().to_owned()
            };
            #[allow(clippy::cast_precision_loss)]
            let (advance, offset) = (
                position.x_advance as f32,
                (position.x_offset as f32, position.y_offset as f32),
            );
            let entry = font.used.entry(glyph).or_insert((advance, String::new()));
            if entry.1.is_empty() {
                entry.1 = cluster_text;
            }
            glyphs.push(Placed {
                glyph,
                advance,
                offset,
            });
        }
        Run { font: index, glyphs }
    }
}

/// A combining mark, drawn on the letter before it.
fn is_mark(c: char) -> bool {
    matches!(unicode_bidi::bidi_class(c), unicode_bidi::BidiClass::NSM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_no_font_has_is_reported_and_the_rest_is_shaped() {
        let mut fonts = PageFonts::new();
        // U+0378 is not a character yet (a gap in the Greek block): no font draws it.
        let runs = fonts.shape("Ana\u{0378}");
        assert_eq!(fonts.missing, ['\u{0378}']);
        assert_eq!(runs.iter().map(|r| r.glyphs.len()).sum::<usize>(), 3);
    }

    #[test]
    fn arabic_letters_are_joined_by_the_shaper() {
        let mut fonts = PageFonts::new();
        let runs = fonts.shape("محمد");
        let glyphs: Vec<u16> = runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.glyph))
            .collect();
        // The two mīm of محمد take different forms (first and middle of the word).
        assert_eq!(glyphs.len(), 4);
        assert_ne!(glyphs[1], glyphs[3], "{glyphs:?}");
    }
}
