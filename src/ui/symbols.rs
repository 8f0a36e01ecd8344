//! Draws the profile cards' symbols with shapes, so they need no font and look the same
//! on every PC.

use std::f32::consts::TAU;

use egui::{Color32, Painter, Pos2, Shape, Stroke, Vec2, pos2, vec2};

use super::theme;
use crate::model::AvatarSymbol;
use crate::model::picture_code::CodePicture;

/// Paints `symbol` centred on `center`, fitting in a square of side `size`.
pub fn paint_symbol(
    painter: &Painter,
    center: Pos2,
    size: f32,
    symbol: AvatarSymbol,
    colour: Color32,
    background: Color32,
) {
    let r = size / 2.0;
    match symbol {
        AvatarSymbol::Star => star(painter, center, r, colour),
        AvatarSymbol::Heart => heart(painter, center, r, colour),
        AvatarSymbol::Sun => {
            painter.circle_filled(center, r * 0.45, colour);
            for i in 0..8 {
                let dir = Vec2::angled(i as f32 * TAU / 8.0);
                painter.line_segment(
                    [center + dir * r * 0.62, center + dir * r * 0.95],
                    Stroke::new(r * 0.12, colour),
                );
            }
        }
        AvatarSymbol::Flower => {
            for i in 0..5 {
                let dir = Vec2::angled(i as f32 * TAU / 5.0 - TAU / 4.0);
                painter.circle_filled(center + dir * r * 0.5, r * 0.38, colour);
            }
            painter.circle_filled(center, r * 0.3, background);
        }
        AvatarSymbol::Moon => {
            painter.circle_filled(center, r * 0.85, colour);
            painter.circle_filled(center + vec2(r * 0.4, -r * 0.25), r * 0.7, background);
        }
        AvatarSymbol::House => {
            let wall = egui::Rect::from_min_max(
                center + vec2(-r * 0.6, -r * 0.1),
                center + vec2(r * 0.6, r * 0.85),
            );
            painter.rect_filled(wall, 0.0, colour);
            painter.add(Shape::convex_polygon(
                vec![
                    center + vec2(-r * 0.9, -r * 0.05),
                    center + vec2(0.0, -r * 0.9),
                    center + vec2(r * 0.9, -r * 0.05),
                ],
                colour,
                Stroke::NONE,
            ));
            let door = egui::Rect::from_min_max(
                center + vec2(-r * 0.18, r * 0.35),
                center + vec2(r * 0.18, r * 0.85),
            );
            painter.rect_filled(door, 0.0, background);
        }
    }
}

/// Paints a picture of a card's picture code, white on its own colour, filling `rect`;
/// `faded` towards `page` while it cannot be touched (solid colours, so that the shapes
/// that make a picture do not show through each other).
pub fn paint_code_picture(painter: &Painter, rect: egui::Rect, picture: CodePicture, faded: Option<Color32>) {
    let fade = |c: Color32| faded.map_or(c, |page| c.lerp_to_gamma(page, 0.65));
    let fill = fade(theme::code_picture_colour(picture));
    let ink = fade(theme::ON_AVATAR);
    painter.rect_filled(rect, 10.0, fill);
    let center = rect.center();
    let size = rect.width().min(rect.height()) * 0.62;
    let r = size / 2.0;
    let same = |symbol| paint_symbol(painter, center, size, symbol, ink, fill);
    match picture {
        CodePicture::Sun => same(AvatarSymbol::Sun),
        CodePicture::Star => same(AvatarSymbol::Star),
        CodePicture::House => same(AvatarSymbol::House),
        CodePicture::Heart => same(AvatarSymbol::Heart),
        CodePicture::Moon => same(AvatarSymbol::Moon),
        CodePicture::Flower => same(AvatarSymbol::Flower),
        CodePicture::Tree => {
            let trunk = egui::Rect::from_min_max(
                center + vec2(-r * 0.14, r * 0.1),
                center + vec2(r * 0.14, r * 0.95),
            );
            painter.rect_filled(trunk, 0.0, ink);
            painter.circle_filled(center + vec2(0.0, -r * 0.3), r * 0.62, ink);
        }
        CodePicture::Fish => {
            painter.add(Shape::ellipse_filled(
                center + vec2(r * 0.15, 0.0),
                vec2(r * 0.62, r * 0.4),
                ink,
            ));
            painter.add(Shape::convex_polygon(
                vec![
                    center + vec2(-r * 0.4, 0.0),
                    center + vec2(-r * 0.95, -r * 0.45),
                    center + vec2(-r * 0.95, r * 0.45),
                ],
                ink,
                Stroke::NONE,
            ));
            painter.circle_filled(center + vec2(r * 0.45, -r * 0.08), r * 0.09, fill);
        }
        CodePicture::Cloud => {
            painter.circle_filled(center + vec2(-r * 0.48, r * 0.12), r * 0.36, ink);
            painter.circle_filled(center + vec2(0.0, -r * 0.12), r * 0.5, ink);
            painter.circle_filled(center + vec2(r * 0.48, r * 0.12), r * 0.36, ink);
            let base = egui::Rect::from_min_max(
                center + vec2(-r * 0.48, r * 0.1),
                center + vec2(r * 0.48, r * 0.48),
            );
            painter.rect_filled(base, 0.0, ink);
        }
    }
}

/// Paints a small padlock filling `rect`: a locked card.
pub fn paint_padlock(painter: &Painter, rect: egui::Rect, colour: Color32) {
    let w = rect.width();
    let body = egui::Rect::from_min_max(rect.left_top() + vec2(0.0, w * 0.45), rect.right_bottom());
    painter.rect_filled(body, 3.0, colour);
    // The shackle: a half ring above the body.
    let centre = pos2(rect.center().x, rect.top() + w * 0.45);
    let radius = w * 0.3;
    let points: Vec<Pos2> = (0..=12)
        .map(|i| centre + Vec2::angled(TAU / 2.0 + i as f32 * TAU / 24.0) * radius)
        .collect();
    painter.add(Shape::line(points, Stroke::new(w * 0.12, colour)));
}

fn star(painter: &Painter, center: Pos2, r: f32, colour: Color32) {
    let point = |i: usize, radius: f32| center + Vec2::angled(i as f32 * TAU / 10.0 - TAU / 4.0) * radius;
    let inner = r * 0.42;
    // A pentagon in the middle, and one triangle per branch: each shape is convex.
    let pentagon: Vec<Pos2> = (0..5).map(|i| point(2 * i + 1, inner)).collect();
    painter.add(Shape::convex_polygon(pentagon, colour, Stroke::NONE));
    for i in 0..5 {
        let tip = point(2 * i, r);
        let left = point((2 * i + 9) % 10, inner);
        let right = point(2 * i + 1, inner);
        painter.add(Shape::convex_polygon(
            vec![left, tip, right],
            colour,
            Stroke::NONE,
        ));
    }
}

fn heart(painter: &Painter, center: Pos2, r: f32, colour: Color32) {
    let lobe = r * 0.42;
    let left = center + vec2(-lobe * 0.95, -r * 0.25);
    let right = center + vec2(lobe * 0.95, -r * 0.25);
    painter.circle_filled(left, lobe, colour);
    painter.circle_filled(right, lobe, colour);
    let bottom = pos2(center.x, center.y + r * 0.85);
    let side = lobe * 0.98;
    painter.add(Shape::convex_polygon(
        vec![
            left + vec2(-side * 0.95, side * 0.3),
            right + vec2(side * 0.95, side * 0.3),
            bottom,
        ],
        colour,
        Stroke::NONE,
    ));
    painter.add(Shape::convex_polygon(
        vec![
            left,
            right,
            right + vec2(side * 0.95, side * 0.3),
            left + vec2(-side * 0.95, side * 0.3),
        ],
        colour,
        Stroke::NONE,
    ));
}
