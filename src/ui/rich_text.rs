//! Draws lesson text with its simple formatting (paragraphs, lists, bold).

use egui::text::LayoutJob;
use egui::{FontId, TextFormat};

use super::theme;
use crate::model::markup::{self, Block, Span};

/// Draws lesson text at the lesson size.
pub fn lesson_text_ui(ui: &mut egui::Ui, text: &str) {
    for block in markup::parse(text) {
        match block {
            Block::Line(spans) => {
                ui.add(egui::Label::new(job(&spans, ui.available_width(), &theme::palette(ui))).wrap());
            }
            Block::Gap => ui.add_space(theme::SECTION_GAP / 2.0),
            Block::Bullet(spans) => {
                // Measured before the row: inside a horizontal row egui does not wrap by itself.
                let width = ui.available_width();
                ui.horizontal_top(|ui| {
                    let bullet = ui.label(egui::RichText::new("•").size(theme::LESSON_TEXT_SIZE));
                    let rest = width - bullet.rect.width() - ui.spacing().item_spacing.x;
                    ui.add(egui::Label::new(job(&spans, rest, &theme::palette(ui))).wrap());
                });
            }
        }
    }
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
