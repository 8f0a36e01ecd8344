//! The one place where colours and sizes are defined.

use egui::{Color32, CornerRadius, FontFamily, FontId, Margin, Stroke, TextStyle, Vec2};

use crate::model::AvatarColour;

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
/// Side of a profile card.
pub const CARD_SIZE: Vec2 = Vec2::new(160.0, 170.0);
/// Height of a big primary button ("Continue", "Next", "Check").
pub const BIG_BUTTON_HEIGHT: f32 = 56.0;
/// The tallest a lesson picture is drawn.
pub const IMAGE_MAX_HEIGHT: f32 = 260.0;
/// Space between sections.
pub const SECTION_GAP: f32 = 18.0;

/// Page background.
pub const BACKGROUND: Color32 = Color32::from_rgb(0xF7, 0xF5, 0xF0);
/// Main text (contrast with the background ≈ 15:1).
pub const TEXT: Color32 = Color32::from_rgb(0x1E, 0x1E, 0x1E);
/// Secondary text (≈ 7:1).
pub const TEXT_MUTED: Color32 = Color32::from_rgb(0x4A, 0x4A, 0x4A);
/// Primary action colour, used as a fill behind white text (≈ 7.6:1 with white).
pub const PRIMARY: Color32 = Color32::from_rgb(0x1F, 0x4E, 0x99);
/// Right answers.
pub const SUCCESS: Color32 = Color32::from_rgb(0x1B, 0x6E, 0x33);
/// Wrong answers and errors.
pub const ERROR: Color32 = Color32::from_rgb(0xA3, 0x1C, 0x1C);
/// Marker-pen highlight behind the word that matters in lesson text.
pub const HIGHLIGHT: Color32 = Color32::from_rgb(0xFF, 0xE0, 0x8A);
/// Background of tips.
pub const TIP_FILL: Color32 = Color32::from_rgb(0xFF, 0xF4, 0xCE);
/// Background of panels and cards.
pub const PANEL: Color32 = Color32::WHITE;
/// Lines around panels and controls.
pub const BORDER: Color32 = Color32::from_rgb(0x8A, 0x8A, 0x8A);
/// Text on a coloured fill.
pub const ON_FILL: Color32 = Color32::WHITE;

/// A profile card's colour (each ≥ 4.5:1 with white text).
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

/// Sets Passerelle's look on the context: large text, large targets, calm colours.
pub fn apply(ctx: &egui::Context) {
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

        let visuals = &mut style.visuals;
        visuals.panel_fill = BACKGROUND;
        visuals.window_fill = PANEL;
        // Text is dark on light widgets, white on the selected (filled) ones.
        for widget in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.fg_stroke.color = TEXT;
        }
        visuals.selection.bg_fill = PRIMARY;
        visuals.selection.stroke = Stroke::new(2.0, ON_FILL);
        visuals.hyperlink_color = PRIMARY;
        for widget in [
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.corner_radius = CornerRadius::same(8);
        }
        visuals.widgets.inactive.bg_stroke = Stroke::new(1.5, BORDER);
        visuals.widgets.inactive.weak_bg_fill = PANEL;
        visuals.widgets.inactive.bg_fill = PANEL;
        visuals.widgets.hovered.bg_stroke = Stroke::new(2.0, PRIMARY);
        // A thick, dark focus ring that is easy to see when using the keyboard.
        visuals.widgets.active.bg_stroke = Stroke::new(3.0, PRIMARY);
    });
}
