//! The workshops in the leaders' area: the list, the form, and the group view with
//! attendance, progress and the questions the group misses most.

use egui::RichText;

use super::widgets::ChoiceMark;
use super::{bidi, theme, widgets};
use crate::i18n::Tr;
use crate::model::live_room::{LiveRoomView, Stuck};
use crate::model::workshop::{WorkshopReport, WorkshopSummary};
use crate::session::{Action, AgentAction, FileAction, MAX_LISTED, WorkshopAction, WorkshopDraft};

/// When and where, in one line: "24/11/2026 at 14:00 — Médiathèque".
fn when_and_where(day: crate::model::calendar::Day, time: Option<&str>, place: &str, tr: &Tr<'_>) -> String {
    let day = day.shown(tr.lang);
    let when = match time {
        Some(time) => tr.args("workshop-day-time", &[("day", day.into()), ("time", time.into())]),
        None => day,
    };
    if place.is_empty() {
        when
    } else {
        format!("{when} — {place}")
    }
}

/// The list of workshops.
pub fn list_ui(
    ui: &mut egui::Ui,
    workshops: &[WorkshopSummary],
    file_busy: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button(ui, &tr.t("agent-back-to-list")).clicked() {
            action = Some(Action::Agent(AgentAction::BackToResidents));
        }
        if widgets::secondary_button_if(ui, &tr.t("workshop-export"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::ExportWorkshopsTable));
        }
        if widgets::secondary_button_if(ui, &tr.t("workshop-export-cra"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::ExportCraDrafts));
        }
    });
    ui.label(
        RichText::new(tr.t("workshop-list"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    if widgets::primary_button(ui, &tr.t("workshop-new")).clicked() {
        action = Some(Action::Workshop(WorkshopAction::NewWorkshop));
    }
    if workshops.is_empty() {
        ui.label(tr.t("workshop-none"));
    }
    for w in workshops {
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            let open = tr.args("workshop-open", &[("title", w.title.as_str().into())]);
            if widgets::button(ui, &open).clicked() {
                action = Some(Action::Workshop(WorkshopAction::OpenWorkshop(w.uid.clone())));
            }
            ui.label(when_and_where(w.day, w.time.as_deref(), &w.place, tr));
            ui.label(tr.args(
                "workshop-attendance",
                &[("members", w.members.into()), ("present", w.present.into())],
            ));
        });
    }
    action
}

/// The form to create or edit a workshop.
pub fn edit_ui(ui: &mut egui::Ui, draft: &mut WorkshopDraft, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    let heading = if draft.is_new {
        "workshop-new"
    } else {
        "workshop-edit"
    };
    ui.label(
        RichText::new(tr.t(heading))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    let fields = &mut draft.fields;
    widgets::labelled_text(ui, &tr.t("workshop-title"), &mut fields.title);
    widgets::labelled_text(ui, &tr.t("workshop-day"), &mut fields.day);
    widgets::labelled_text(ui, &tr.t("workshop-time"), &mut fields.time);
    widgets::labelled_text(ui, &tr.t("workshop-place"), &mut fields.place);
    widgets::labelled_text_lines(ui, &tr.t("workshop-topic"), &mut fields.topic);
    for problem in &draft.problems {
        widgets::error_text(ui, &tr.t(problem.message_id()));
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("workshop-lessons")).strong());
    ui.label(RichText::new(tr.t("workshop-lessons-hint")).color(theme::palette(ui).text_muted));
    // One section per pack, open when it gives a lesson: the form stays short.
    for (pack_title, lessons) in &mut draft.lessons {
        let chosen = lessons.iter().filter(|l| l.chosen).count();
        let header = tr.args(
            "workshop-pack-chosen",
            &[
                ("pack", pack_title.get(tr.lang).as_str().into()),
                ("count", chosen.into()),
            ],
        );
        egui::CollapsingHeader::new(RichText::new(header).strong())
            .id_salt(pack_title.get(crate::model::Lang::Fr))
            .default_open(chosen > 0)
            .show(ui, |ui| {
                for lesson in lessons.iter_mut() {
                    if widgets::choice_row(ui, lesson.title.get(tr.lang), lesson.chosen, ChoiceMark::Check)
                        .clicked()
                    {
                        lesson.chosen = !lesson.chosen;
                    }
                }
            });
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("workshop-residents")).strong());
    if draft.residents.is_empty() {
        ui.label(tr.t("workshop-no-residents"));
    }
    if draft.residents.len() > MAX_LISTED {
        widgets::labelled_text(ui, &tr.t("agent-search"), &mut draft.residents.search);
    }
    let mut toggled = None;
    let (shown, more) = draft.residents_shown();
    for resident in shown {
        let chosen = draft.members.contains(&resident.uid);
        if widgets::choice_row(ui, &resident.name, chosen, ChoiceMark::Check).clicked() {
            toggled = Some(resident.uid.clone());
        }
    }
    if more > 0 {
        ui.label(
            RichText::new(tr.args("agent-more", &[("count", more.into())]))
                .color(theme::palette(ui).text_muted),
        );
    }
    if let Some(uid) = toggled
        && !draft.members.remove(&uid)
    {
        draft.members.insert(uid);
    }
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_wrapped(|ui| {
        if widgets::primary_button(ui, &tr.t("workshop-save")).clicked() {
            action = Some(Action::Workshop(WorkshopAction::SaveWorkshop));
        }
        if widgets::secondary_button(ui, &tr.t("common-cancel")).clicked() {
            action = Some(if draft.is_new {
                Action::Workshop(WorkshopAction::OpenWorkshops)
            } else {
                Action::Workshop(WorkshopAction::OpenWorkshop(draft.uid.clone()))
            });
        }
    });
    action
}

/// A workshop's group view.
pub fn group_ui(
    ui: &mut egui::Ui,
    report: &WorkshopReport,
    file_busy: bool,
    live: Option<&LiveRoomView>,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    let w = &report.workshop;
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button(ui, &tr.t("workshop-back")).clicked() {
            action = Some(Action::Workshop(WorkshopAction::OpenWorkshops));
        }
        if widgets::secondary_button(ui, &tr.t("workshop-edit")).clicked() {
            action = Some(Action::Workshop(WorkshopAction::EditWorkshop));
        }
    });
    ui.label(RichText::new(&w.title).size(theme::HEADING_SIZE).strong());
    ui.label(when_and_where(w.day, w.time.as_deref(), &w.place, tr));
    if let Some(site) = &report.run_at {
        ui.label(tr.args("workshop-run-at", &[("site", site.as_str().into())]));
    }
    if !w.topic.is_empty() {
        ui.label(&w.topic);
    }
    if let Some(live) = live.filter(|live| live.workshop == w.uid) {
        live_room_ui(ui, report, live, tr);
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("workshop-lessons")).strong());
    if report.lesson_titles.is_empty() {
        ui.label(tr.t("workshop-no-lessons"));
    }
    for title in &report.lesson_titles {
        ui.label(format!("• {}", title.get(tr.lang)));
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("workshop-who")).strong());
    if report.members.is_empty() {
        ui.label(tr.t("workshop-no-members"));
    }
    let total = report.lesson_titles.len();
    for member in &report.members {
        let label = tr.args("workshop-present", &[("name", member.name.as_str().into())]);
        if widgets::choice_row(ui, &label, member.present, ChoiceMark::Check).clicked() {
            action = Some(Action::Workshop(WorkshopAction::SetAttendance {
                resident: member.uid.clone(),
                present: !member.present,
            }));
        }
        if total > 0 {
            let progress = tr.args(
                "workshop-member-progress",
                &[
                    ("name", member.name.as_str().into()),
                    ("done", member.lessons_done.into()),
                    ("total", total.into()),
                ],
            );
            bidi::label(ui, &progress, |t| t);
        }
    }
    if report.private_members > 0 {
        ui.label(tr.args("workshop-private", &[("count", report.private_members.into())]));
    }
    if !report.members.is_empty() {
        ui.add_space(theme::GROUP_GAP);
        ui.label(tr.args(
            "workshop-save-attestations-hint",
            &[("count", report.members.len().into())],
        ));
        if widgets::secondary_button_if(ui, &tr.t("workshop-save-attestations"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::SaveWorkshopAttestations));
        }
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("workshop-missed")).strong());
    if report.missed.is_empty() {
        ui.label(tr.t("workshop-missed-none"));
    }
    for missed in &report.missed {
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            ui.label(RichText::new(missed.prompt.get(tr.lang)).strong());
            ui.label(tr.args(
                "workshop-missed-figures",
                &[
                    ("lesson", missed.lesson.get(tr.lang).as_str().into()),
                    ("wrong", missed.wrong.into()),
                    ("answers", missed.answers.into()),
                ],
            ));
        });
    }
    if !report.stumbles.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.label(RichText::new(tr.t("workshop-stumbles")).strong());
    }
    for (kind, residents) in &report.stumbles {
        let step = tr.portal_steps(std::slice::from_ref(kind));
        ui.label(tr.args(
            "workshop-stumble",
            &[("step", step.into()), ("residents", (*residents).into())],
        ));
    }
    action
}

/// Who is on which lesson right now, and who seems stuck: the residents of the workshop
/// who share their results (the others are not named).
fn live_room_ui(ui: &mut egui::Ui, report: &WorkshopReport, live: &LiveRoomView, tr: &Tr<'_>) {
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("workshop-live")).strong());
    let mut shown = 0;
    for row in &live.rows {
        let Some(member) = report.members.iter().find(|m| m.uid == row.resident) else {
            continue;
        };
        shown += 1;
        let name = member.name.as_str();
        let lesson = row.lesson.as_ref().map_or_else(
            || tr.t("workshop-live-other-lesson"),
            |t| t.get(tr.lang).to_owned(),
        );
        ui.label(tr.args(
            "workshop-live-seat",
            &[
                ("name", name.into()),
                ("lesson", lesson.into()),
                ("step", row.step.into()),
                ("steps", row.steps.into()),
            ],
        ));
        let stuck = match row.stuck {
            Some(Stuck::WrongAnswers(count)) => Some(tr.args(
                "workshop-live-stuck-wrong",
                &[("name", name.into()), ("count", count.into())],
            )),
            Some(Stuck::Quiet(minutes)) => Some(tr.args(
                "workshop-live-stuck-quiet",
                &[("name", name.into()), ("minutes", minutes.into())],
            )),
            None => None,
        };
        if let Some(stuck) = stuck {
            ui.label(RichText::new(stuck).strong());
        }
    }
    if shown == 0 {
        ui.label(tr.t("workshop-live-none"));
    }
}
