//! The one place where colours and sizes are defined.

use egui::{Color32, CornerRadius, FontFamily, FontId, Margin, Stroke, TextStyle, Vec2};

use crate::model::AvatarColour;
use crate::model::picture_code::CodePicture;

/// Smallest side of anything clickable, in points (WCAG 2.2 target size, enhanced).
pub const MIN_TARGET: f32 = 44.0;
/// Body text size.
pub const BODY_SIZE: f32 = 20.0;
/// Heading size.
pub const HEADING_SIZE: f32 = 30.0;
/// The size of lesson text, a little larger than the UI's.
pub const LESSON_TEXT_SIZE: f32 = 24.0;
/// The widest a column of text gets, so lines stay easy to follow.
pub const READING_WIDTH: f32 = 760.0;
/// Widest column of the pack editor, whose texts stand in two languages side by side.
pub const EDITOR_WIDTH: f32 = 1400.0;
/// From this width on, the pack editor shows its parts and problems beside the fields.
pub const EDITOR_SIDE_BY_SIDE: f32 = 1100.0;
/// Width of the pack editor's column of parts and problems, beside the fields.
pub const EDITOR_SIDEBAR_WIDTH: f32 = 300.0;
/// Side of a profile card.
pub const CARD_SIZE: Vec2 = Vec2::new(160.0, 170.0);
/// Below this width (in points: 1280 pixels at 200 % are 640) the top bar keeps to one
/// row with short names.
pub const COMPACT_BAR_WIDTH: f32 = 820.0;
/// Space between the rows of a list of answers (less than between other things: the
/// rows are framed, and at 200 % every point counts).
pub const CHOICE_GAP: f32 = 6.0;
/// Margin inside the top bar.
pub const TOP_BAR_MARGIN: i8 = 6;
/// A picture of a card's picture code: large enough for an unsteady hand.
pub const CODE_PICTURE_SIZE: f32 = 96.0;
/// Height of a big primary button ("Continue", "Next", "Check").
pub const BIG_BUTTON_HEIGHT: f32 = MIN_TARGET;
/// Height kept under a lesson for its navigation bar (buttons, separator and margins).
pub const NAV_BAR_HEIGHT: f32 = BIG_BUTTON_HEIGHT + 30.0;
/// The tallest a lesson picture is drawn.
pub const IMAGE_MAX_HEIGHT: f32 = 260.0;
/// The least height of an answer row in a question.
pub const CHOICE_HEIGHT: f32 = MIN_TARGET;
/// Rounding of boxes (tips, feedback, notices) and controls.
pub const BOX_RADIUS: u8 = 8;
/// Space inside boxes.
pub const BOX_MARGIN: i8 = 14;
/// Space around the page, inside the window.
pub const PAGE_MARGIN: i8 = 16;
/// Space between groups of controls in a row.
pub const GROUP_GAP: f32 = 8.0;
/// Space between sections.
pub const SECTION_GAP: f32 = 18.0;
/// The width of a scroll bar a resident is asked to use (the mouse practice's list):
/// wide enough to grab without aiming.
pub const SCROLL_BAR_WIDTH: f32 = 18.0;

/// The colours of one theme. Every pair of text and background used by the UI is checked
/// by `tests::contrast_*` against WCAG 2.2: 4.5:1 in the standard theme, 7:1 in high contrast.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Page background.
    pub background: Color32,
    /// Background of panels, cards, fields and the top bar.
    pub panel: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text.
    pub text_muted: Color32,
    /// Fill of the main action buttons and of selected controls.
    pub primary: Color32,
    /// Text on a `primary` fill.
    pub on_primary: Color32,
    /// Right answers and good news (as text on `panel`).
    pub success: Color32,
    /// Wrong answers and errors (as text on `panel`).
    pub error: Color32,
    /// Marker-pen highlight behind the word that matters in lesson text.
    pub highlight: Color32,
    /// Text on `highlight`.
    pub on_highlight: Color32,
    /// Background of tips.
    pub tip_fill: Color32,
    /// Lines around panels and controls (≥ 3:1 with the background, WCAG 1.4.11).
    pub border: Color32,
}

/// The standard theme: calm, light, at least 4.5:1 for all text.
pub const STANDARD: Palette = Palette {
    background: Color32::from_rgb(0xF7, 0xF5, 0xF0),
    panel: Color32::WHITE,
    text: Color32::from_rgb(0x1E, 0x1E, 0x1E),
    text_muted: Color32::from_rgb(0x4A, 0x4A, 0x4A),
    primary: Color32::from_rgb(0x1F, 0x4E, 0x99),
    on_primary: Color32::WHITE,
    success: Color32::from_rgb(0x1B, 0x6E, 0x33),
    error: Color32::from_rgb(0xA3, 0x1C, 0x1C),
    highlight: Color32::from_rgb(0xFF, 0xE0, 0x8A),
    on_highlight: Color32::from_rgb(0x1E, 0x1E, 0x1E),
    tip_fill: Color32::from_rgb(0xFF, 0xF4, 0xCE),
    border: Color32::from_rgb(0x75, 0x75, 0x75),
};

/// The high-contrast theme: light text on black, at least 7:1 for all text.
pub const HIGH_CONTRAST: Palette = Palette {
    background: Color32::BLACK,
    panel: Color32::from_rgb(0x0A, 0x0A, 0x0A),
    text: Color32::WHITE,
    text_muted: Color32::from_rgb(0xE6, 0xE6, 0xE6),
    primary: Color32::from_rgb(0xFF, 0xE0, 0x3D),
    on_primary: Color32::BLACK,
    success: Color32::from_rgb(0x8C, 0xF5, 0x8C),
    error: Color32::from_rgb(0xFF, 0xA0, 0xA0),
    highlight: Color32::from_rgb(0xFF, 0xE0, 0x3D),
    on_highlight: Color32::BLACK,
    tip_fill: Color32::from_rgb(0x1A, 0x1A, 0x40),
    border: Color32::WHITE,
};

impl Palette {
    /// The palette for the high-contrast setting.
    pub fn for_contrast(high_contrast: bool) -> Palette {
        if high_contrast { HIGH_CONTRAST } else { STANDARD }
    }
}

/// The palette is kept in egui's memory under the null id (the key is the id and the type).
fn palette_id() -> egui::Id {
    egui::Id::NULL
}

/// The palette in use, as set by [`apply`].
pub fn palette(ui: &egui::Ui) -> Palette {
    ui.ctx().data(|d| d.get_temp(palette_id())).unwrap_or(STANDARD)
}

/// The colour of the symbol on a profile card.
pub const ON_AVATAR: Color32 = Color32::WHITE;

/// A profile card's colour (each ≥ 4.5:1 with [`ON_AVATAR`]).
pub fn avatar_colour(colour: AvatarColour) -> Color32 {
    match colour {
        AvatarColour::Blue => Color32::from_rgb(0x1F, 0x4E, 0x99),
        AvatarColour::Green => Color32::from_rgb(0x1B, 0x6E, 0x33),
        AvatarColour::Orange => Color32::from_rgb(0xA8, 0x4A, 0x00),
        AvatarColour::Purple => Color32::from_rgb(0x6B, 0x2F, 0x8F),
        AvatarColour::Red => Color32::from_rgb(0xA3, 0x1C, 0x1C),
        AvatarColour::Teal => Color32::from_rgb(0x0B, 0x62, 0x67),
    }
}

/// The tile colour of each picture of a card's picture code (each ≥ 4.5:1 with
/// [`ON_AVATAR`], and each different, so a picture is known by its colour too).
pub fn code_picture_colour(picture: CodePicture) -> Color32 {
    match picture {
        CodePicture::Sun => Color32::from_rgb(0xA8, 0x4A, 0x00),
        CodePicture::Tree => Color32::from_rgb(0x1B, 0x6E, 0x33),
        CodePicture::Fish => Color32::from_rgb(0x0B, 0x62, 0x67),
        CodePicture::Star => Color32::from_rgb(0x6B, 0x2F, 0x8F),
        CodePicture::House => Color32::from_rgb(0x6B, 0x44, 0x23),
        CodePicture::Heart => Color32::from_rgb(0xA3, 0x1C, 0x1C),
        CodePicture::Moon => Color32::from_rgb(0x1F, 0x4E, 0x99),
        CodePicture::Flower => Color32::from_rgb(0x8E, 0x1F, 0x6B),
        CodePicture::Cloud => Color32::from_rgb(0x44, 0x54, 0x6A),
    }
}

/// Sets Passerelle's look on the context: large text, large targets, the palette's colours,
/// no animations (calm, and nothing moves unless the resident acts).
pub fn apply(ctx: &egui::Context, palette: Palette) {
    ctx.data_mut(|d| d.insert_temp(palette_id(), palette));
    let Palette {
        background,
        panel,
        text,
        primary,
        on_primary,
        border,
        ..
    } = palette;
    ctx.set_theme(egui::Theme::Light);
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.text_styles = [
            (TextStyle::Small, FontId::new(16.0, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(BODY_SIZE, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(HEADING_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(BODY_SIZE, FontFamily::Monospace),
            ),
        ]
        .into();
        let spacing = &mut style.spacing;
        spacing.interact_size = Vec2::new(MIN_TARGET, MIN_TARGET);
        spacing.button_padding = Vec2::new(16.0, 10.0);
        spacing.item_spacing = Vec2::new(12.0, 12.0);
        spacing.icon_width = 28.0;
        spacing.icon_width_inner = 14.0;
        spacing.icon_spacing = 10.0;
        spacing.window_margin = Margin::same(16);
        style.animation_time = 0.0;

        let visuals = &mut style.visuals;
        visuals.panel_fill = background;
        visuals.window_fill = panel;
        visuals.extreme_bg_color = panel;
        visuals.text_edit_bg_color = Some(panel);
        visuals.faint_bg_color = background;
        visuals.window_stroke = Stroke::new(1.5, border);
        // Text is dark on light widgets, white on the selected (filled) ones.
        for widget in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.fg_stroke.color = text;
        }
        visuals.selection.bg_fill = primary;
        visuals.selection.stroke = Stroke::new(2.0, on_primary);
        visuals.hyperlink_color = text;
        for widget in [
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.corner_radius = CornerRadius::same(8);
        }
        visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.0, border);
        for widget in [
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.weak_bg_fill = panel;
            widget.bg_fill = panel;
        }
        visuals.widgets.inactive.bg_stroke = Stroke::new(1.5, border);
        // Hover and keyboard focus: a thick ring in the text colour, easy to see.
        visuals.widgets.hovered.bg_stroke = Stroke::new(3.0, text);
        visuals.widgets.active.bg_stroke = Stroke::new(3.0, text);
        visuals.widgets.open.bg_stroke = Stroke::new(3.0, text);
    });
}

/// The contrast ratio of two colours, as WCAG 2.2 defines it (1 to 21).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of text colour and background the UI draws.
    fn text_pairs(p: &Palette) -> Vec<(&'static str, Color32, Color32)> {
        vec![
            ("text on background", p.text, p.background),
            ("text on panel", p.text, p.panel),
            ("muted text on background", p.text_muted, p.background),
            ("muted text on panel", p.text_muted, p.panel),
            ("text on tip", p.text, p.tip_fill),
            ("button text on primary", p.on_primary, p.primary),
            ("highlighted word", p.on_highlight, p.highlight),
            ("success on panel", p.success, p.panel),
            ("success on background", p.success, p.background),
            ("error on panel", p.error, p.panel),
            ("error on background", p.error, p.background),
        ]
    }

    fn check(palette: &Palette, text_minimum: f32) {
        for (what, fg, bg) in text_pairs(palette) {
            let ratio = contrast_ratio(fg, bg);
            assert!(ratio >= text_minimum, "{what}: {ratio:.2} < {text_minimum}");
        }
        let ratio = contrast_ratio(palette.border, palette.background);
        assert!(ratio >= 3.0, "borders: {ratio:.2} < 3");
    }

    #[test]
    fn contrast_of_the_standard_theme_is_at_least_4_5() {
        check(&STANDARD, 4.5);
    }

    #[test]
    fn contrast_of_the_high_contrast_theme_is_at_least_7() {
        check(&HIGH_CONTRAST, 7.0);
    }

    #[test]
    fn profile_card_symbols_are_readable_on_every_colour() {
        for colour in AvatarColour::ALL {
            let ratio = contrast_ratio(ON_AVATAR, avatar_colour(colour));
            assert!(ratio >= 4.5, "{colour:?}: {ratio:.2}");
        }
    }

    #[test]
    fn code_pictures_are_readable_and_each_has_its_own_colour() {
        let mut seen = Vec::new();
        for picture in CodePicture::ALL {
            let colour = code_picture_colour(picture);
            let ratio = contrast_ratio(ON_AVATAR, colour);
            assert!(ratio >= 4.5, "{picture:?}: {ratio:.2}");
            assert!(!seen.contains(&colour), "{picture:?}");
            seen.push(colour);
        }
    }

    #[test]
    fn the_ratio_formula_matches_known_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast_ratio(Color32::from_gray(0x76), Color32::WHITE) - 4.54).abs() < 0.01);
    }
}
