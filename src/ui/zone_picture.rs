//! A picture to click in the right place. Mouse users click anywhere; keyboard and
//! screen-reader users reach the picture's named zones with Tab, hear their names and
//! press Enter, which "clicks" the zone's centre.

use egui::{Rect, Role, Sense, Vec2, WidgetInfo, pos2};

use super::answer::Picture;
use super::theme;
use crate::model::{ChoiceId, Lang, Zone, picture};

/// The tallest a picture to click is drawn, in points: bigger than a step's picture,
/// since small targets are hard to hit.
const MAX_HEIGHT: f32 = 500.0;

/// What to draw.
pub struct ZonePicture<'a> {
    /// The picture.
    pub picture: Picture,
    /// What it shows, for screen readers.
    pub alt: &'a str,
    /// Its named zones.
    pub zones: &'a [Zone],
    /// Once answered, the right zone, outlined.
    pub right: Option<&'a ChoiceId>,
    /// The language of the zones' names.
    pub lang: Lang,
}

/// Draws the picture and updates `point` (in the picture's pixels) when it is clicked.
pub fn zone_picture(ui: &mut egui::Ui, zp: &ZonePicture<'_>, point: &mut Option<(u32, u32)>) {
    let Some((width, height)) = picture::png_size(&zp.picture.bytes) else {
        return;
    };
    #[allow(clippy::cast_precision_loss)]
    let pixels = Vec2::new(width.max(1) as f32, height.max(1) as f32);
    let scale = (ui.available_width() / pixels.x).min(MAX_HEIGHT / pixels.y);
    let (rect, whole) = ui.allocate_exact_size(pixels * scale, Sense::click());
    whole.widget_info(|| WidgetInfo::labeled(Role::Image, ui.is_enabled(), zp.alt));
    match super::picture::source(ui.ctx(), &zp.picture.uri, &zp.picture.bytes) {
        Some(source) => egui::Image::new(source).paint_at(ui, rect),
        // Too large for this PC: the zones stay, named, on a plain frame.
        None => {
            let palette = theme::palette(ui);
            ui.painter().rect_filled(rect, 0.0, palette.panel);
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                zp.alt,
                egui::TextStyle::Body.resolve(ui.style()),
                palette.text,
            );
        }
    }

    let to_screen = |x: u32, y: u32| {
        #[allow(clippy::cast_precision_loss)]
        let p = pos2(x as f32, y as f32);
        rect.min + p.to_vec2() * scale
    };
    let to_pixels = |p: egui::Pos2| {
        let v = (p - rect.min) / scale;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let clamp = |value: f32, max: u32| (value.max(0.0) as u32).min(max.saturating_sub(1));
        (clamp(v.x, width), clamp(v.y, height))
    };

    let mut clicked = whole
        .interact_pointer_pos()
        .filter(|_| whole.clicked())
        .map(to_pixels);
    let palette = theme::palette(ui);
    for zone in zp.zones {
        let zone_rect = Rect::from_min_max(
            to_screen(zone.x, zone.y),
            to_screen(zone.x + zone.width, zone.y + zone.height),
        );
        let response = ui.interact(zone_rect, whole.id.with(zone.id.as_str()), Sense::click());
        let name = zone.label.get(zp.lang);
        // The zone chosen says so to screen readers, as it shows on the picture.
        let chosen = point.is_some_and(|(x, y)| {
            (zone.x..zone.x + zone.width).contains(&x) && (zone.y..zone.y + zone.height).contains(&y)
        });
        response.widget_info(|| WidgetInfo::selected(Role::Button, ui.is_enabled(), chosen, name));
        if response.clicked() {
            // A mouse click lands where it was made; Enter lands on the zone's centre.
            clicked = Some(
                response
                    .interact_pointer_pos()
                    .map_or_else(|| zone.centre(), to_pixels),
            );
        }
        if response.has_focus() {
            ui.painter().rect_stroke(
                zone_rect,
                4.0,
                egui::Stroke::new(4.0, palette.text),
                egui::StrokeKind::Outside,
            );
        }
        if zp.right == Some(&zone.id) {
            ui.painter().rect_stroke(
                zone_rect,
                4.0,
                egui::Stroke::new(4.0, palette.success),
                egui::StrokeKind::Outside,
            );
        }
    }
    if zp.right.is_none()
        && let Some(new) = clicked
    {
        *point = Some(new);
    }
    if let Some((x, y)) = *point {
        let centre = to_screen(x, y);
        ui.painter().circle(
            centre,
            12.0,
            palette.primary.gamma_multiply(0.6),
            egui::Stroke::new(3.0, palette.text),
        );
    }
}
