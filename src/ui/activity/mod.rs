//! The practice activities on screen. Each activity edits its own state directly (like a
//! question's draft) and asks for `Action::Lesson(LessonAction::CheckActivity)` when the resident checks it; the
//! result is shown once the try is recorded.

mod files;
mod form;
mod keyboard;
mod mailbox;
mod mouse;
mod password;
mod portal;

use egui::RichText;

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::activity::ActivityOutcome;
use crate::model::{Activity, ActivityKind};
use crate::session::Action;
use crate::session::LessonAction;
use crate::session::activity::{ActivityRun, RunState};

/// What the activities need besides their own state.
pub struct ActivityCtx<'a> {
    /// Translations.
    pub tr: &'a Tr<'a>,
    /// The resident's first name (a password should not contain it).
    pub name: &'a str,
}

/// The activity of a step, under the step's text.
pub fn activity_ui(
    ui: &mut egui::Ui,
    activity: &Activity,
    run: &mut ActivityRun,
    cx: &ActivityCtx<'_>,
) -> Option<Action> {
    let tr = cx.tr;
    ui.add_space(theme::SECTION_GAP);
    let palette = theme::palette(ui);
    let mut action = None;
    widgets::boxed(ui, palette.panel, egui::Stroke::new(2.0, palette.primary), |ui| {
        ui.label(
            RichText::new(tr.t("activity-practice"))
                .size(theme::LESSON_TEXT_SIZE)
                .strong(),
        );
        ui.add_space(theme::GROUP_GAP);
        let result = run.result;
        action = match (&activity.kind, &mut run.state) {
            (ActivityKind::Mouse { tasks, targets }, RunState::Mouse(state)) => {
                mouse::mouse_ui(ui, tasks, *targets, state, result, tr)
            }
            (ActivityKind::Keyboard { text }, RunState::Keyboard(typed)) => {
                keyboard::keyboard_ui(ui, text.get(tr.lang), typed, result, tr)
            }
            (ActivityKind::Mailbox { messages }, RunState::Mailbox(state)) => {
                mailbox::mailbox_ui(ui, messages, state, result, tr)
            }
            (
                ActivityKind::Form {
                    title,
                    fields,
                    confirmation,
                },
                RunState::Form(state),
            ) => form::form_ui(ui, title, fields, confirmation, state, result, tr),
            (ActivityKind::Password, RunState::Password(draft)) => {
                password::password_ui(ui, draft, cx.name, result, tr)
            }
            (ActivityKind::Files(task), RunState::Files(state)) => {
                files::files_ui(ui, task, state, result, tr)
            }
            (ActivityKind::Portal(procedure), RunState::Portal(state)) => {
                portal::portal_ui(ui, procedure, state, result, tr)
            }
            _ => None,
        };
    });
    action
}

/// The result of a try: a title in the success or error colour, announced to screen
/// readers, the details given, a note that it is saved, and "Try again".
fn result_ui(
    ui: &mut egui::Ui,
    outcome: ActivityOutcome,
    tr: &Tr<'_>,
    details: impl FnOnce(&mut egui::Ui),
) -> Option<Action> {
    let palette = theme::palette(ui);
    let (title, colour) = if outcome.success {
        (tr.t("activity-success"), palette.success)
    } else {
        (tr.t("activity-not-yet"), palette.error)
    };
    let mut action = None;
    let shown = widgets::boxed(ui, palette.background, egui::Stroke::new(3.0, colour), |ui| {
        let title = ui.label(
            RichText::new(title)
                .size(theme::LESSON_TEXT_SIZE)
                .color(colour)
                .strong(),
        );
        widgets::announce(&title);
        details(ui);
        ui.label(RichText::new(tr.t("activity-saved")).color(palette.text_muted));
        if widgets::secondary_button(ui, &tr.t("activity-try-again")).clicked() {
            action = Some(Action::Lesson(LessonAction::TryActivityAgain));
        }
    });
    // Just after the check, the result's title comes into view (the button pressed was
    // at the bottom of a long activity): read from its first line.
    if widgets::frames_shown(ui, egui::Id::unique("the result of an activity")) < widgets::SETTLING_FRAMES {
        shown.scroll_to_me(Some(egui::Align::TOP));
        ui.ctx().request_repaint();
    }
    action
}

/// A line of the instructions or of a result, in the lesson's text size.
fn say(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).size(theme::LESSON_TEXT_SIZE))
}

/// A line in a muted colour: a hint.
fn hint(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).color(theme::palette(ui).text_muted))
}

/// "Done" or "To do" before a part of a task, in colour, so a checklist reads the same
/// to the eye and to a screen reader.
fn checklist_line(ui: &mut egui::Ui, done: bool, text: &str, tr: &Tr<'_>) {
    let palette = theme::palette(ui);
    let (mark, colour) = if done {
        (tr.t("activity-done"), palette.success)
    } else {
        (tr.t("activity-to-do"), palette.text_muted)
    };
    ui.label(RichText::new(format!("{mark} {text}")).color(colour));
}

/// The seconds a try took, for results.
fn seconds(outcome: ActivityOutcome) -> u64 {
    outcome.duration_ms.div_ceil(1000)
}
