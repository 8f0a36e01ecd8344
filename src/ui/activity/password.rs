//! Making a strong password, with live advice. The field hides what is typed unless the
//! resident asks to see it; nothing typed is stored or logged.

use egui::RichText;

use super::{checklist_line, hint, result_ui, say};
use crate::i18n::Tr;
use crate::model::activity::ActivityOutcome;
use crate::model::password::{self, PASSPHRASE_WORDS, Strength};
use crate::session::activity::PasswordDraft;
use crate::session::{Action, LessonAction};
use crate::ui::{theme, widgets};

pub fn password_ui(
    ui: &mut egui::Ui,
    draft: &mut PasswordDraft,
    name: &str,
    result: Option<ActivityOutcome>,
    tr: &Tr<'_>,
) -> Option<Action> {
    if let Some(outcome) = result {
        return result_ui(ui, outcome, tr, |ui| {
            let key = if outcome.success {
                "activity-password-strong-result"
            } else {
                "activity-password-weak-result"
            };
            say(ui, &tr.t(key));
            say(ui, &tr.t("activity-password-forgotten"));
        });
    }
    let label = ui.label(RichText::new(tr.t("activity-password-label")).strong());
    ui.add(
        egui::TextEdit::singleline(&mut draft.text)
            .password(!draft.show)
            .desired_width(f32::INFINITY)
            .min_size(egui::vec2(0.0, theme::MIN_TARGET))
            .font(egui::FontId::proportional(theme::LESSON_TEXT_SIZE)),
    )
    .labelled_by(label.id);
    if widgets::toggle(ui, draft.show, &tr.t("activity-password-show")).clicked() {
        draft.show = !draft.show;
    }
    ui.add_space(theme::GROUP_GAP);

    let check = password::check(&draft.text, name);
    let strength = check.strength();
    let palette = theme::palette(ui);
    let (word, colour, fill) = match strength {
        Strength::Weak => (tr.t("activity-password-weak"), palette.error, 0.2),
        Strength::Medium => (tr.t("activity-password-medium"), palette.primary, 0.6),
        Strength::Strong => (tr.t("activity-password-strong"), palette.success, 1.0),
    };
    ui.add(egui::ProgressBar::new(fill).desired_height(14.0).fill(colour));
    let meter = ui.label(
        RichText::new(tr.args("activity-password-strength", &[("strength", word.into())]))
            .color(colour)
            .strong(),
    );
    widgets::announce(&meter);

    ui.label(RichText::new(tr.t("activity-password-either")).strong());
    checklist_line(
        ui,
        check.length >= 12,
        &tr.args("activity-password-length", &[("count", check.length.into())]),
        tr,
    );
    checklist_line(
        ui,
        check.lower && check.upper,
        &tr.t("activity-password-cases"),
        tr,
    );
    checklist_line(ui, check.digit, &tr.t("activity-password-digits"), tr);
    checklist_line(ui, check.special, &tr.t("activity-password-special"), tr);
    // The CNIL's second rule: 14 characters or more, with capitals, small letters and
    // digits, need no special character.
    ui.label(RichText::new(tr.t("activity-password-or-long")).strong());
    checklist_line(
        ui,
        check.length >= 14 && check.lower && check.upper && check.digit,
        &tr.args("activity-password-long", &[("count", check.length.into())]),
        tr,
    );
    ui.label(RichText::new(tr.t("activity-password-or")).strong());
    checklist_line(
        ui,
        check.words >= PASSPHRASE_WORDS,
        &tr.args(
            "activity-password-words",
            &[("count", check.words.into()), ("needed", PASSPHRASE_WORDS.into())],
        ),
        tr,
    );
    if check.common {
        ui.label(RichText::new(tr.t("activity-password-common")).color(palette.error));
    }
    if check.has_name {
        ui.label(RichText::new(tr.t("activity-password-has-name")).color(palette.error));
    }
    ui.add_space(theme::GROUP_GAP);
    hint(ui, &tr.t("activity-password-advice"));
    ui.add_space(theme::GROUP_GAP);
    let mut action = None;
    if widgets::primary_button_if(ui, &tr.t("activity-password-use"), !draft.text.is_empty()).clicked() {
        action = Some(Action::Lesson(LessonAction::CheckActivity));
    }
    action
}
