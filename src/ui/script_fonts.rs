//! Fonts for every script residents write their names in, added to egui only when a text
//! needs them.
//!
//! egui's own font (Ubuntu-Light) draws European Latin, Greek and Cyrillic. For a character
//! it lacks, egui asks its font providers, once per character, and appends the font found
//! to the family: first the compact fonts bundled in `assets/fonts` (Vietnamese and other
//! stacked accents, Arabic, Hebrew: about 320 KB, made by `scripts/subset-fonts.sh`), then
//! the PC's own fonts (Chinese, Japanese, Korean and every other script: Windows ships
//! Microsoft YaHei, Yu Gothic, Malgun Gothic; Linux, Noto CJK), through egui's own system
//! font provider. The PC's list of fonts is read the first time such a character is
//! drawn, so a screen of Latin names costs no time and no memory.

use std::sync::{Arc, OnceLock};

use egui::{FallbackRequest, FontData, FontInsert, FontPriority, FontProvider, InsertFontFamily};
use egui_system_font_provider::SystemFontProvider;

/// A font bundled with Passerelle, and the characters it is asked for.
struct Bundled {
    name: &'static str,
    bytes: &'static [u8],
    ranges: &'static [(char, char)],
}

/// The bundled fonts, asked in this order.
const BUNDLED: [Bundled; 3] = [
    Bundled {
        name: "Noto Sans (Latin, Greek, Cyrillic accents)",
        bytes: include_bytes!("../../assets/fonts/NotoSans-Scripts.ttf"),
        ranges: &[
            ('\u{00A0}', '\u{052F}'),
            ('\u{1AB0}', '\u{1AFF}'),
            ('\u{1DC0}', '\u{1FFF}'),
            ('\u{2C60}', '\u{2C7F}'),
            ('\u{2DE0}', '\u{2DFF}'),
            ('\u{A640}', '\u{A69F}'),
            ('\u{A720}', '\u{A7FF}'),
            ('\u{AB30}', '\u{AB6F}'),
        ],
    },
    Bundled {
        name: "Noto Sans Arabic",
        bytes: include_bytes!("../../assets/fonts/NotoSansArabic-Subset.ttf"),
        ranges: &[
            ('\u{0600}', '\u{06FF}'),
            ('\u{0750}', '\u{077F}'),
            ('\u{0870}', '\u{08FF}'),
            ('\u{FB50}', '\u{FDFF}'),
            ('\u{FE70}', '\u{FEFF}'),
        ],
    },
    Bundled {
        name: "Noto Sans Hebrew",
        bytes: include_bytes!("../../assets/fonts/NotoSansHebrew-Subset.ttf"),
        ranges: &[('\u{0590}', '\u{05FF}'), ('\u{FB1D}', '\u{FB4F}')],
    },
];

/// Makes egui find a font for every script, as described at the top of this file.
pub fn install(ctx: &egui::Context) {
    ctx.add_font_provider(Arc::new(BundledFonts));
    ctx.add_font_provider(Arc::new(PcFonts::default()));
}

/// The fonts bundled with Passerelle.
struct BundledFonts;

impl FontProvider for BundledFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let c = request.cluster.chars().next()?;
        let font = BUNDLED.iter().find(|font| {
            font.ranges
                .iter()
                .any(|&(first, last)| (first..=last).contains(&c))
        })?;
        Some(FontInsert {
            name: font.name.to_owned(),
            data: FontData::from_static(font.bytes),
            families: vec![InsertFontFamily {
                family: request.family.clone(),
                priority: FontPriority::Lowest,
            }],
        })
    }
}

/// The PC's own fonts, listed the first time one is needed.
#[derive(Default)]
struct PcFonts {
    system: OnceLock<SystemFontProvider>,
}

impl FontProvider for PcFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let found = self.system.get_or_init(SystemFontProvider::new).font_for(request);
        if found.is_none() {
            log::info!("no font on this PC draws {:?}", request.cluster);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character each bundled font is asked for, that the font really has.
    fn frame(ctx: &egui::Context, ui: impl FnMut(&mut egui::Ui)) {
        let mut output = ctx.run_ui(egui::RawInput::default(), ui);
        output.textures_delta.clear();
    }

    #[test]
    fn each_bundled_font_draws_the_names_it_is_asked_for() {
        let ctx = egui::Context::default();
        ctx.add_font_provider(Arc::new(BundledFonts));
        let font = egui::FontId::proportional(16.0);
        let names = [
            "Nguyễn Thị Minh",
            "Trần Văn Đức",
            "محمد علي",
            "דוד כהן",
            "Ştefan Ţugui",
        ];
        frame(&ctx, |ui| {
            ui.fonts_mut(|fonts| {
                for name in names {
                    for c in name.chars().filter(|c| !c.is_whitespace()) {
                        assert!(fonts.has_glyph(&font, c), "{c:?} of {name} has no font");
                    }
                }
            });
        });
    }

    #[test]
    fn a_latin_screen_installs_no_extra_font() {
        let ctx = egui::Context::default();
        install(&ctx);
        for _ in 0..2 {
            frame(&ctx, |ui| {
                ui.label("Łukasz Wójcik, Médiathèque Łódź, Юлия, Ελένη, Çağrı");
            });
        }
        assert_eq!(ctx.fonts(|f| f.discovered_fonts().len()), 0);
    }
}
