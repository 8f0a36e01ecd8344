//! One resident's report in the leaders' area: figures, competences, time spent, the
//! leaders' note, renaming, merging two profiles, files, and deleting.

use egui::RichText;

use super::{bidi, theme, widgets};
use crate::i18n::Tr;
use crate::model::progress::{AnswerPlace, ResidentSummary};
use crate::session::{Action, AgentAction, FileAction, ResidentReport};

/// Where the answers were given, when not all on this PC (a card that follows its
/// resident on the library network, or a progress file).
fn places_ui(ui: &mut egui::Ui, places: &[(AnswerPlace, u32)], tr: &Tr<'_>) {
    if places.iter().all(|(place, _)| *place == AnswerPlace::Here) {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("agent-answer-places")).strong());
    for (place, count) in places {
        ui.label(match place {
            AnswerPlace::Here => tr.args("agent-answers-here", &[("count", (*count).into())]),
            AnswerPlace::Site(site) => tr.args(
                "agent-answers-at-site",
                &[("count", (*count).into()), ("site", site.as_str().into())],
            ),
            AnswerPlace::Elsewhere => tr.args("agent-answers-elsewhere", &[("count", (*count).into())]),
        });
    }
}

/// The report. `file_busy`: a file dialog is open.
pub fn report_ui(
    ui: &mut egui::Ui,
    report: &mut ResidentReport,
    file_busy: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    if widgets::secondary_button(ui, &tr.t("agent-back-to-list")).clicked() {
        action = Some(Action::Agent(AgentAction::BackToResidents));
    }
    let summary = &report.summary;
    bidi::label(ui, &summary.name, |t| t.size(theme::HEADING_SIZE).strong());
    ui.label(figures(summary, tr));
    let minutes = crate::model::time_spent::shown_minutes(report.time_spent_ms);
    ui.label(tr.args(
        "agent-time-spent",
        &[
            ("hours", (minutes / 60).into()),
            ("minutes", (minutes % 60).into()),
        ],
    ));
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("agent-competences")).strong());
    if report.levels.is_empty() {
        ui.label(tr.t("agent-no-competence-yet"));
    }
    for (competence, level) in &report.levels {
        ui.label(tr.args(
            "agent-competence-level",
            &[
                ("code", competence.code().into()),
                ("name", tr.t(&competence.message_id()).into()),
                ("level", level.get().into()),
            ],
        ));
    }
    if !report.procedures.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.label(RichText::new(tr.t("agent-procedures")).strong());
    }
    for procedure in &report.procedures {
        let lesson = procedure.lesson.get(tr.lang);
        ui.label(if procedure.stumbles.is_empty() {
            tr.args("agent-procedure-clean", &[("lesson", lesson.as_str().into())])
        } else {
            let steps = tr.portal_steps(&procedure.stumbles);
            tr.args(
                "agent-procedure-stumbles",
                &[("lesson", lesson.as_str().into()), ("steps", steps.into())],
            )
        });
    }
    places_ui(ui, &report.answer_places, tr);
    ui.add_space(theme::SECTION_GAP);
    widgets::labelled_text_lines(ui, &tr.t("agent-note"), &mut report.note);
    if widgets::secondary_button(ui, &tr.t("agent-note-save")).clicked() {
        action = Some(Action::Agent(AgentAction::SaveResidentNote));
    }
    ui.add_space(theme::SECTION_GAP);
    widgets::labelled_text(ui, &tr.t("agent-rename-field"), &mut report.name);
    if widgets::secondary_button(ui, &tr.t("agent-rename")).clicked() {
        action = Some(Action::Agent(AgentAction::RenameResident));
    }
    ui.add_space(theme::SECTION_GAP);
    if let Some(merging) = merge_ui(ui, report, tr) {
        action = Some(merging);
    }
    ui.add_space(theme::SECTION_GAP);
    if widgets::secondary_button_if(ui, &tr.t("agent-save-attestation"), !file_busy).clicked() {
        action = Some(Action::File(FileAction::SaveAttestation));
    }
    ui.label(tr.t("agent-save-resident-hint"));
    if widgets::secondary_button_if(ui, &tr.t("agent-save-resident"), !file_busy).clicked() {
        action = Some(Action::File(FileAction::SaveResidentData));
    }
    if report.confirm_delete {
        widgets::error_text(
            ui,
            &tr.args(
                "agent-delete-confirm",
                &[("name", report.summary.name.as_str().into())],
            ),
        );
        ui.horizontal_wrapped(|ui| {
            if widgets::primary_button(ui, &tr.t("agent-delete-yes")).clicked() {
                action = Some(Action::Agent(AgentAction::ConfirmDeleteResident));
            }
            if widgets::secondary_button(ui, &tr.t("common-cancel")).clicked() {
                action = Some(Action::Agent(AgentAction::BackToResidents));
            }
        });
    } else if widgets::secondary_button(ui, &tr.t("agent-delete")).clicked() {
        action = Some(Action::Agent(AgentAction::AskDeleteResident));
    }
    action
}

/// A resident's figures in one sentence, as in the residents' list and its table.
pub fn figures(resident: &ResidentSummary, tr: &Tr<'_>) -> String {
    tr.args(
        "agent-resident-figures",
        &[
            ("lessons", resident.lessons_done.into()),
            ("right", resident.right.into()),
            ("answers", resident.answers.into()),
            (
                "date",
                crate::model::calendar::format_date(resident.last_seen_at, tr.lang).into(),
            ),
        ],
    )
}

/// Merging another profile into this one: the button, then the choice of the other
/// profile, then the confirmation.
fn merge_ui(ui: &mut egui::Ui, report: &mut ResidentReport, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    if let Some(merge) = &mut report.merge {
        ui.label(tr.args(
            "agent-merge-intro",
            &[("name", report.summary.name.as_str().into())],
        ));
        match &merge.chosen {
            Some(other) => {
                widgets::error_text(
                    ui,
                    &tr.args(
                        "agent-merge-confirm",
                        &[
                            ("other", other.name.as_str().into()),
                            ("name", report.summary.name.as_str().into()),
                        ],
                    ),
                );
                ui.horizontal_wrapped(|ui| {
                    if widgets::primary_button(ui, &tr.t("agent-merge-yes")).clicked() {
                        action = Some(Action::Agent(AgentAction::ConfirmMergeResident));
                    }
                    if widgets::secondary_button(ui, &tr.t("common-cancel")).clicked() {
                        action = Some(Action::Agent(AgentAction::OpenResidentReport(
                            report.summary.uid.clone(),
                        )));
                    }
                });
            }
            None => {
                widgets::labelled_text(ui, &tr.t("agent-search"), &mut merge.others.search);
                let (shown, more) = merge.others.shown();
                for other in shown {
                    let label = tr.args("agent-merge-this", &[("name", other.name.as_str().into())]);
                    ui.horizontal_wrapped(|ui| {
                        if widgets::button(ui, &label).clicked() {
                            action = Some(Action::Agent(AgentAction::ChooseMergeResident(other.uid.clone())));
                        }
                        ui.label(figures(other, tr));
                    });
                }
                if more > 0 {
                    ui.label(
                        RichText::new(tr.args("agent-more", &[("count", more.into())]))
                            .color(theme::palette(ui).text_muted),
                    );
                }
                if widgets::secondary_button(ui, &tr.t("common-cancel")).clicked() {
                    action = Some(Action::Agent(AgentAction::OpenResidentReport(
                        report.summary.uid.clone(),
                    )));
                }
            }
        }
    } else if widgets::secondary_button(ui, &tr.t("agent-merge")).clicked() {
        action = Some(Action::Agent(AgentAction::StartMergeResident));
    }
    action
}
