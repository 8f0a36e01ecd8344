//! Copying a text: each letter turns green when typed right and red when not; the next
//! special character comes with the way to type it on AZERTY and QWERTY keyboards.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText};

use super::{result_ui, say, seconds};
use crate::i18n::Tr;
use crate::model::activity::ActivityOutcome;
use crate::model::typing::{self, Keys, Letter};
use crate::session::{Action, LessonAction};
use crate::ui::{theme, widgets};

pub fn keyboard_ui(
    ui: &mut egui::Ui,
    target: &str,
    typed: &mut String,
    result: Option<ActivityOutcome>,
    tr: &Tr<'_>,
) -> Option<Action> {
    if let Some(outcome) = result {
        return result_ui(ui, outcome, tr, |ui| {
            let minutes = outcome.duration_ms.max(1) as f64 / 60_000.0;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let per_minute = (f64::from(outcome.hits) / minutes).round() as u64;
            say(
                ui,
                &tr.args(
                    "activity-keyboard-result",
                    &[
                        ("right", outcome.hits.into()),
                        ("mistakes", outcome.misses.into()),
                        ("seconds", seconds(outcome).into()),
                        ("per_minute", per_minute.into()),
                    ],
                ),
            );
        });
    }
    say(ui, &tr.t("activity-keyboard-copy"));
    let letters = typing::compare(target, typed);
    let palette = theme::palette(ui);
    let mut job = LayoutJob::default();
    let mut next_marked = false;
    for (c, state) in &letters {
        let mut format = TextFormat {
            font_id: FontId::monospace(theme::LESSON_TEXT_SIZE + 4.0),
            color: palette.text,
            ..Default::default()
        };
        match state {
            Letter::Right => format.color = palette.success,
            Letter::Wrong => {
                format.color = palette.on_primary;
                format.background = palette.error;
            }
            Letter::Pending if !next_marked => {
                format.background = palette.tip_fill;
                format.underline = egui::Stroke::new(3.0, palette.text);
                next_marked = true;
            }
            Letter::Pending => {}
        }
        job.append(&c.to_string(), 0.0, format);
    }
    job.wrap.max_width = ui.available_width();
    let model = ui.label(job);
    ui.add_space(theme::GROUP_GAP);
    let label = ui.label(tr.t("activity-keyboard-type-here"));
    let field = ui
        .add(
            egui::TextEdit::singleline(typed)
                .desired_width(f32::INFINITY)
                .min_size(egui::vec2(0.0, theme::MIN_TARGET))
                .font(FontId::monospace(theme::LESSON_TEXT_SIZE + 4.0)),
        )
        .labelled_by(label.id)
        .labelled_by(model.id);
    widgets::take_first_focus(&field);
    let (right, mistakes) = typing::progress(target, typed);
    let progress = ui.label(tr.args(
        "activity-keyboard-progress",
        &[
            ("right", right.into()),
            ("total", letters.len().into()),
            ("mistakes", mistakes.into()),
        ],
    ));
    widgets::announce(&progress);
    if let Some(next) = typing::next_to_type(target, typed) {
        how_to_type_ui(ui, next, tr);
    }
    ui.add_space(theme::GROUP_GAP);
    let mut action = None;
    if widgets::primary_button_if(ui, &tr.t("activity-keyboard-check"), !typed.trim().is_empty()).clicked() {
        action = Some(Action::Lesson(LessonAction::CheckActivity));
    }
    action
}

/// How to type the next character, when it needs more than one key.
fn how_to_type_ui(ui: &mut egui::Ui, next: char, tr: &Tr<'_>) {
    let Some((azerty, qwerty)) = typing::how_to_type(next) else {
        return;
    };
    let palette = theme::palette(ui);
    widgets::boxed(ui, palette.tip_fill, egui::Stroke::NONE, |ui| {
        ui.label(
            RichText::new(tr.args("activity-keyboard-next", &[("char", next.to_string().into())]))
                .size(theme::LESSON_TEXT_SIZE)
                .strong(),
        );
        ui.label(format!(
            "{} {}",
            tr.t("activity-keyboard-azerty"),
            keys_words(azerty, tr)
        ));
        ui.label(format!(
            "{} {}",
            tr.t("activity-keyboard-qwerty"),
            keys_words(qwerty, tr)
        ));
    });
}

fn keys_words(keys: Keys, tr: &Tr<'_>) -> String {
    match keys {
        Keys::Key(key) => tr.args("activity-keys-press", &[("key", key.into())]),
        Keys::Shift(key) => tr.args("activity-keys-shift", &[("key", key.into())]),
        Keys::AltGr(key) => tr.args("activity-keys-altgr", &[("key", key.into())]),
        Keys::Accent(accent, letter) => tr.args(
            "activity-keys-accent",
            &[("accent", accent.into()), ("letter", letter.to_string().into())],
        ),
        Keys::AltCode(code) => tr.args("activity-keys-alt-code", &[("code", code.into())]),
    }
}
