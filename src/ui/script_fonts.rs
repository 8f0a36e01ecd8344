//! egui's font providers for every script residents write their names in: for a character
//! no installed font has, egui asks them once and appends the font found to the family.
//! Which fonts, and why the PC's are read only when needed, is in `fonts.rs`.

use std::sync::Arc;

use egui::{FallbackRequest, FontData, FontInsert, FontPriority, FontProvider, InsertFontFamily};

use crate::fonts;

/// Makes egui find a font for every script (see `fonts.rs`).
pub fn install(ctx: &egui::Context) {
    ctx.add_font_provider(Arc::new(BundledFonts));
    ctx.add_font_provider(Arc::new(PcFonts));
}

/// The fonts bundled with Passerelle.
struct BundledFonts;

impl FontProvider for BundledFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let font = fonts::bundled_for(request.cluster.chars().next()?)?;
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

/// The PC's own fonts.
struct PcFonts;

impl FontProvider for PcFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        fonts::pc_fonts().font_for(request.cluster, request.family)
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
