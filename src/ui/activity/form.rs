//! The pretend online form: fields with their labels, mistakes shown beside each field
//! after "Send", then the confirmation page.

use egui::RichText;

use super::result_ui;
use crate::i18n::Tr;
use crate::model::activity::ActivityOutcome;
use crate::model::{FieldFormat, FormField, Text};
use crate::session::activity::FormRun;
use crate::session::{Action, LessonAction};
use crate::ui::{rich_text, theme, widgets};

pub fn form_ui(
    ui: &mut egui::Ui,
    title: &Text,
    fields: &[FormField],
    confirmation: &Text,
    run: &mut FormRun,
    result: Option<ActivityOutcome>,
    tr: &Tr<'_>,
) -> Option<Action> {
    if let Some(outcome) = result.filter(|o| o.success) {
        return result_ui(ui, outcome, tr, |ui| {
            rich_text::lesson_text_ui(ui, confirmation.get(tr.lang));
        });
    }
    let palette = theme::palette(ui);
    ui.label(
        RichText::new(title.get(tr.lang))
            .size(theme::HEADING_SIZE)
            .strong(),
    );
    super::hint(ui, &tr.t("activity-form-required-note"));
    if result.is_some() && !run.mistakes.is_empty() {
        let summary = ui.label(
            RichText::new(tr.args(
                "activity-form-to-correct",
                &[("count", run.mistakes.len().into())],
            ))
            .color(palette.error)
            .strong(),
        );
        widgets::announce(&summary);
    }
    fields_ui(ui, fields, run, result.is_some(), tr);
    ui.add_space(theme::SECTION_GAP);
    let mut action = None;
    if widgets::primary_button(ui, &tr.t("activity-form-send")).clicked() {
        action = Some(Action::Lesson(LessonAction::CheckActivity));
    }
    action
}

/// The fields of a form with their labels and examples, and, once `checked`, each
/// mistake beside its field (read with it by screen readers). Shared with the portal's
/// form pages.
pub(super) fn fields_ui(
    ui: &mut egui::Ui,
    fields: &[FormField],
    run: &mut FormRun,
    checked: bool,
    tr: &Tr<'_>,
) {
    let palette = theme::palette(ui);
    for field in fields {
        ui.add_space(theme::GROUP_GAP);
        let mut label_text = field.label.get(tr.lang).clone();
        if field.required {
            label_text.push_str(" *");
        }
        let label = ui.label(RichText::new(label_text).strong());
        if let Some(example) = example_id(field.format) {
            super::hint(ui, &tr.t(example));
        }
        let value = run.values.entry(field.id.clone()).or_default();
        let mistake = run.mistakes.get(&field.id).filter(|_| checked);
        // A field with a mistake gets a thick frame in the error colour.
        let stroke = mistake.map_or(egui::Stroke::NONE, |_| egui::Stroke::new(3.0, palette.error));
        let edit = egui::TextEdit::singleline(value)
            .desired_width(f32::INFINITY)
            .min_size(egui::vec2(0.0, theme::MIN_TARGET))
            .font(egui::FontId::proportional(theme::LESSON_TEXT_SIZE));
        let response = egui::Frame::new()
            .stroke(stroke)
            .inner_margin(3)
            .show(ui, |ui| ui.add(edit))
            .inner
            .labelled_by(label.id);
        if let Some(mistake) = mistake {
            let message = ui.label(RichText::new(tr.t(mistake.message_id())).color(palette.error));
            // Read together with the field, as web forms do with aria-describedby.
            let message_id = message.id;
            response.ctx.accesskit_node_builder(response.id, |node| {
                node.push_described_by(message_id.accesskit_id());
            });
        }
    }
}

/// The example shown under a field of this format.
fn example_id(format: FieldFormat) -> Option<&'static str> {
    match format {
        FieldFormat::Text => None,
        FieldFormat::Date => Some("activity-form-example-date"),
        FieldFormat::Email => Some("activity-form-example-email"),
        FieldFormat::Phone => Some("activity-form-example-phone"),
        FieldFormat::Postcode => Some("activity-form-example-postcode"),
    }
}
