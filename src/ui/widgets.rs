//! Small drawing helpers shared by several screens.

use egui::{Response, RichText, Role, Sense, Ui, Vec2, WidgetInfo};

use super::{symbols, theme};
use crate::model::Avatar;

/// A big, filled button for the main action of a screen.
pub fn primary_button(ui: &mut Ui, text: &str) -> Response {
    let button = egui::Button::new(RichText::new(text).color(theme::palette(ui).on_primary).strong())
        .fill(theme::palette(ui).primary)
        .min_size(Vec2::new(200.0, theme::BIG_BUTTON_HEIGHT));
    // In a horizontal layout, so that the text is centred in the button in every layout.
    ui.horizontal(|ui| ui.add(button)).inner
}

/// A normal button, at least as tall as a big one, for the secondary action next to it.
pub fn secondary_button(ui: &mut Ui, text: &str) -> Response {
    let button = egui::Button::new(text).min_size(Vec2::new(120.0, theme::BIG_BUTTON_HEIGHT));
    ui.horizontal(|ui| ui.add(button)).inner
}

/// The small picture of a profile card, drawn beside the name in the top bar.
/// Decorative: the name next to it says who it is.
pub fn avatar_badge(ui: &mut Ui, avatar: Avatar) {
    let size = Vec2::splat(theme::MIN_TARGET);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    paint_avatar(ui, rect, avatar, 22.0);
}

/// Paints a card's colour and symbol in `rect`.
pub fn paint_avatar(ui: &Ui, rect: egui::Rect, avatar: Avatar, symbol_size: f32) {
    let painter = ui.painter();
    let fill = theme::avatar_colour(avatar.colour);
    painter.rect_filled(rect, 8.0, fill);
    symbols::paint_symbol(
        painter,
        rect.center(),
        symbol_size,
        avatar.symbol,
        theme::ON_AVATAR,
        fill,
    );
}

/// A large clickable card showing a picture and a name; screen readers hear `label`.
pub fn card_button(ui: &mut Ui, avatar: Avatar, name: &str, label: &str, selected: bool) -> Response {
    let (rect, response) = ui.allocate_exact_size(theme::CARD_SIZE, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::Button, ui.is_enabled(), selected, label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        ui.painter().rect(
            rect,
            12.0,
            theme::palette(ui).panel,
            egui::Stroke::new(
                if response.has_focus() || response.hovered() {
                    3.0
                } else {
                    1.5
                },
                visuals.bg_stroke.color,
            ),
            egui::StrokeKind::Inside,
        );
        let picture =
            egui::Rect::from_center_size(rect.center_top() + Vec2::new(0.0, 60.0), Vec2::splat(90.0));
        paint_avatar(ui, picture, avatar, 48.0);
        ui.painter().text(
            rect.center_bottom() - Vec2::new(0.0, 24.0),
            egui::Align2::CENTER_CENTER,
            name,
            egui::FontId::proportional(theme::BODY_SIZE),
            theme::palette(ui).text,
        );
    }
    response
}

/// A square choice of colour or symbol in the profile form; screen readers hear `label`
/// and whether it is selected.
pub fn avatar_choice(ui: &mut Ui, avatar: Avatar, label: &str, selected: bool) -> Response {
    let size = Vec2::splat(theme::MIN_TARGET + 20.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, ui.is_enabled(), selected, label));
    if ui.is_rect_visible(rect) {
        paint_avatar(ui, rect.shrink(6.0), avatar, 28.0);
        if selected || response.has_focus() {
            ui.painter().rect_stroke(
                rect,
                10.0,
                egui::Stroke::new(4.0, theme::palette(ui).text),
                egui::StrokeKind::Inside,
            );
        }
    }
    response
}

/// A small button whose visible text is a symbol (such as `A+`), read to screen readers as
/// `label`.
pub fn small_button(ui: &mut Ui, symbol: &str, label: &str, enabled: bool) -> Response {
    let response = ui.add_enabled(
        enabled,
        egui::Button::new(symbol).min_size(Vec2::splat(theme::MIN_TARGET)),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, label));
    response.on_hover_text(label)
}
