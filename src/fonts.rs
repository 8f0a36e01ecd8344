//! The fonts Passerelle draws and prints residents' names with, in every script they
//! write: egui's own font (Ubuntu-Light: European Latin, Greek, Cyrillic), then compact
//! Noto fonts bundled in `assets/fonts` (Vietnamese and other stacked accents, Arabic,
//! Hebrew: about 320 KB, made by `scripts/subset-fonts.sh`), then the PC's own fonts
//! (Chinese, Japanese, Korean and every other script: Windows ships Microsoft YaHei,
//! Yu Gothic, Malgun Gothic; Linux, Noto CJK), found through egui's system font provider.
//! The PC's list of fonts is read the first time such a character is needed, so a screen
//! of Latin names costs no time and no memory. The screen (`ui/script_fonts.rs`) and the
//! attestation's PDF use the same fonts, so a name prints as it shows.

use std::sync::OnceLock;

use egui::{FallbackRequest, FontData, FontFamily, FontInsert, FontProvider as _};
use egui_system_font_provider::SystemFontProvider;

/// A font bundled with Passerelle, and the characters it is asked for.
pub struct Bundled {
    /// Its name, as egui and the PDF know it.
    pub name: &'static str,
    /// The font file.
    pub bytes: &'static [u8],
    ranges: &'static [(char, char)],
}

/// The bundled fonts, asked in this order.
const BUNDLED: [Bundled; 3] = [
    Bundled {
        name: "Noto Sans (Latin, Greek, Cyrillic accents)",
        bytes: include_bytes!("../assets/fonts/NotoSans-Scripts.ttf"),
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
        bytes: include_bytes!("../assets/fonts/NotoSansArabic-Subset.ttf"),
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
        bytes: include_bytes!("../assets/fonts/NotoSansHebrew-Subset.ttf"),
        ranges: &[('\u{0590}', '\u{05FF}'), ('\u{FB1D}', '\u{FB4F}')],
    },
];

/// The bundled font asked for `c`, if any.
pub fn bundled_for(c: char) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|font| {
        font.ranges
            .iter()
            .any(|&(first, last)| (first..=last).contains(&c))
    })
}

/// egui's own font for text (Ubuntu-Light), first of every chain.
pub fn main_font() -> Option<(String, FontData)> {
    let definitions = egui::FontDefinitions::default();
    let name = definitions
        .families
        .get(&FontFamily::Proportional)?
        .first()?
        .clone();
    let data = definitions.font_data.get(&name)?.as_ref().clone();
    Some((name, data))
}

/// The PC's own fonts, listed the first time one is needed.
#[derive(Default)]
pub struct PcFonts {
    system: OnceLock<SystemFontProvider>,
}

impl PcFonts {
    /// A font of the PC that draws the first character of `cluster` in `family`.
    pub fn font_for(&self, cluster: &str, family: &FontFamily) -> Option<FontInsert> {
        let request = FallbackRequest { cluster, family };
        let found = self
            .system
            .get_or_init(SystemFontProvider::new)
            .font_for(&request);
        if found.is_none() {
            log::info!("no font on this PC draws {cluster:?}");
        }
        found
    }
}

/// The PC's fonts for the whole program: the screen and the PDF share one list.
pub fn pc_fonts() -> &'static PcFonts {
    static FONTS: OnceLock<PcFonts> = OnceLock::new();
    FONTS.get_or_init(PcFonts::default)
}
