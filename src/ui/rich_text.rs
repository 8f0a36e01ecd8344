//! Draws lesson text with its simple formatting (paragraphs, lists, bold).

use egui::text::LayoutJob;
use egui::{FontId, TextFormat};

use super::theme;
use crate::model::markup::{self, Block, Span};

/// Draws lesson text at the lesson size.
pub fn lesson_text_ui(ui: &mut egui::Ui, text: &str) {
    for block in markup::parse(text) {
        match block {
            Block::Paragraph(spans) => {
                ui.label(job(&spans, ui.available_width()));
            }
            Block::Bullet(spans) => {
                ui.horizontal_top(|ui| {
                    ui.label(egui::RichText::new("•").size(theme::LESSON_TEXT_SIZE));
                    ui.label(job(&spans, ui.available_width()));
                });
            }
        }
    }
}

fn job(spans: &[Span], width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for span in spans {
        let format = TextFormat {
            font_id: FontId::proportional(theme::LESSON_TEXT_SIZE),
            color: theme::TEXT,
            // egui has no bold face in its bundled fonts: bold words are underlined and
            // drawn in the primary colour so that they stand out without italics or capitals.
            underline: if span.bold {
                egui::Stroke::new(2.0, theme::PRIMARY)
            } else {
                egui::Stroke::NONE
            },
            ..TextFormat::default()
        };
        let format = if span.bold {
            TextFormat {
                color: theme::PRIMARY,
                ..format
            }
        } else {
            format
        };
        job.append(&span.text, 0.0, format);
    }
    job
}
