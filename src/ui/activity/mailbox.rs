//! The pretend inbox: a list of messages to open, each with "This message is a scam" to
//! tick; then the clues of each message.

use egui::RichText;

use super::{result_ui, say};
use crate::i18n::Tr;
use crate::model::MailMessage;
use crate::model::activity::ActivityOutcome;
use crate::session::activity::MailboxRun;
use crate::session::{Action, LessonAction};
use crate::ui::widgets::{self, ChoiceMark};
use crate::ui::{rich_text, theme};

pub fn mailbox_ui(
    ui: &mut egui::Ui,
    messages: &[MailMessage],
    run: &mut MailboxRun,
    result: Option<ActivityOutcome>,
    tr: &Tr<'_>,
) -> Option<Action> {
    if let Some(outcome) = result {
        return result_ui(ui, outcome, tr, |ui| {
            say(
                ui,
                &tr.args(
                    "activity-mailbox-result",
                    &[("right", outcome.hits.into()), ("total", messages.len().into())],
                ),
            );
            for message in messages {
                clues_ui(ui, message, run.judged_right(message), tr);
            }
        });
    }
    say(ui, &tr.t("activity-mailbox-intro"));
    ui.label(RichText::new(tr.t("activity-mailbox-inbox")).strong());
    let mut just_opened = false;
    for message in messages {
        let flagged = run.flagged.contains(&message.id);
        let mut line = format!("{} — {}", message.from, message.subject.get(tr.lang));
        if flagged {
            line = format!("{} {line}", tr.t("activity-mailbox-flagged-mark"));
        }
        let mut text = RichText::new(line);
        if !run.read.contains(&message.id) {
            text = text.strong();
        }
        let selected = run.open.as_ref() == Some(&message.id);
        let button = egui::Button::selectable(selected, text)
            .frame_when_inactive(true)
            .min_size(egui::vec2(ui.available_width(), theme::MIN_TARGET));
        if ui.add(button).clicked() {
            run.open(&message.id);
            just_opened = true;
        }
    }
    ui.add_space(theme::SECTION_GAP);
    if let Some(message) = run
        .open
        .clone()
        .and_then(|id| messages.iter().find(|m| m.id == id))
    {
        let palette = theme::palette(ui);
        let opened = widgets::boxed(
            ui,
            palette.background,
            egui::Stroke::new(1.0, palette.border),
            |ui| {
                ui.label(tr.args("activity-mailbox-from", &[("from", message.from.as_str().into())]));
                ui.label(
                    RichText::new(tr.args(
                        "activity-mailbox-subject",
                        &[("subject", message.subject.get(tr.lang).as_str().into())],
                    ))
                    .strong(),
                );
                ui.separator();
                rich_text::lesson_text_ui(ui, message.body.get(tr.lang));
            },
        );
        // With large text the list fills the screen: the message opened is brought up to
        // be read, rather than left below the fold.
        if just_opened {
            opened.scroll_to_me(Some(egui::Align::TOP));
        }
        let flagged = run.flagged.contains(&message.id);
        if widgets::choice_row(ui, &tr.t("activity-mailbox-flag"), flagged, ChoiceMark::Check).clicked() {
            run.toggle_flag(&message.id);
        }
    } else {
        super::hint(ui, &tr.t("activity-mailbox-open-one"));
    }
    ui.add_space(theme::GROUP_GAP);
    let mut action = None;
    if widgets::primary_button_if(ui, &tr.t("activity-mailbox-finished"), !run.read.is_empty()).clicked() {
        action = Some(Action::Lesson(LessonAction::CheckActivity));
    }
    action
}

/// One message after the check: was it judged right, what it was, and why.
fn clues_ui(ui: &mut egui::Ui, message: &MailMessage, right: bool, tr: &Tr<'_>) {
    let palette = theme::palette(ui);
    let colour = if right { palette.success } else { palette.error };
    widgets::boxed(ui, palette.panel, egui::Stroke::new(2.0, colour), |ui| {
        ui.label(RichText::new(message.subject.get(tr.lang)).strong());
        let verdict = match (message.scam, right) {
            (true, true) => "activity-mailbox-scam-found",
            (true, false) => "activity-mailbox-scam-missed",
            (false, true) => "activity-mailbox-genuine-kept",
            (false, false) => "activity-mailbox-genuine-flagged",
        };
        ui.label(RichText::new(tr.t(verdict)).color(colour));
        for clue in &message.clues {
            rich_text::lesson_text_ui(ui, &format!("- {}", clue.get(tr.lang)));
        }
    });
}
