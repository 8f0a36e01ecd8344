//! Draws lesson text with its simple formatting (paragraphs, lists, bold).

use egui::text::LayoutJob;
use egui::{FontId, TextFormat};

use super::theme;
use crate::model::markup::{self, Block, Span};

/// Draws lesson text at the lesson size. Bullets in a row make one list for screen
/// readers, each line one item (the bullet is drawn, not read as a "•" of its own).
pub fn lesson_text_ui(ui: &mut egui::Ui, text: &str) {
    let blocks = markup::parse(text);
    let mut rest = blocks.as_slice();
    while let Some((first, after)) = rest.split_first() {
        match first {
            Block::Line(spans) => {
                ui.add(egui::Label::new(job(spans, ui.available_width(), &theme::palette(ui))).wrap());
                rest = after;
            }
            Block::Gap => {
                ui.add_space(theme::SECTION_GAP / 2.0);
                rest = after;
            }
            Block::Bullet(_) => {
                let count = rest.iter().take_while(|b| matches!(b, Block::Bullet(_))).count();
                let (items, after) = rest.split_at(count);
                let list = egui::UiBuilder::new().accessibility_role(egui::accesskit::Role::List);
                ui.scope_builder(list, |ui| {
                    for item in items {
                        if let Block::Bullet(spans) = item {
                            bullet_ui(ui, spans);
                        }
                    }
                });
                rest = after;
            }
        }
    }
}

/// One line of a list: a drawn bullet, then the text, wrapped beside it.
fn bullet_ui(ui: &mut egui::Ui, spans: &[Span]) {
    // Measured before the row: inside a horizontal row egui does not wrap by itself.
    let width = ui.available_width();
    let item = egui::UiBuilder::new().accessibility_role(egui::accesskit::Role::ListItem);
    ui.scope_builder(item, |ui| {
        ui.horizontal_top(|ui| {
            let side = theme::LESSON_TEXT_SIZE;
            let (rect, _) = ui.allocate_exact_size(egui::vec2(side * 0.8, side * 1.2), egui::Sense::hover());
            ui.painter()
                .circle_filled(rect.center(), side * 0.14, theme::palette(ui).text);
            let rest = width - rect.width() - ui.spacing().item_spacing.x;
            ui.add(egui::Label::new(job(spans, rest, &theme::palette(ui))).wrap());
        });
    });
}

fn job(spans: &[Span], width: f32, palette: &theme::Palette) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for span in spans {
        let format = TextFormat {
            font_id: FontId::proportional(theme::LESSON_TEXT_SIZE),
            color: if span.bold {
                palette.on_highlight
            } else {
                palette.text
            },
            // egui's bundled font has no bold face: the word that matters is highlighted as
            // with a marker pen (not underlined, which would look like a link).
            background: if span.bold {
                palette.highlight
            } else {
                egui::Color32::TRANSPARENT
            },
            ..TextFormat::default()
        };
        job.append(&span.text, 0.0, format);
    }
    job
}
