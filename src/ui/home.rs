//! A resident's home: hello, the big "continue" button, the learning path's buttons,
//! the next steps, the workshop's lessons, then every pack and lesson.

use egui::RichText;

use super::{bidi, theme, widgets};
use crate::i18n::Tr;
use crate::model::{LessonStatus, LessonSummary, Resident};
use crate::session::{Action, ContinueTarget, HomeView, LessonAction, PathAction};

/// Home.
pub fn home_ui(
    ui: &mut egui::Ui,
    home: &HomeView,
    resident: Option<&Resident>,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    let name = resident.map_or("", |r| r.name.as_str());
    bidi::label(
        ui,
        &tr.args("home-hello", &[("name", name.into())]),
        egui::RichText::heading,
    );
    ui.add_space(theme::SECTION_GAP);

    match &home.continue_target {
        Some(target) => {
            let (pack, lesson, message) = match target {
                ContinueTarget::Resume { pack, lesson } => (pack, lesson, "home-continue"),
                ContinueTarget::Start { pack, lesson } => (pack, lesson, "home-start"),
            };
            let title = home
                .packs
                .iter()
                .flat_map(|p| &p.lessons)
                .find(|l| &l.pack == pack && &l.id == lesson)
                .map_or("", |l| l.title.get(tr.lang).as_str());
            if widgets::primary_button(ui, &tr.args(message, &[("lesson", title.into())])).clicked() {
                action = Some(Action::Lesson(LessonAction::OpenLesson {
                    pack: pack.clone(),
                    lesson: lesson.clone(),
                }));
            }
        }
        None => {
            ui.label(
                RichText::new(tr.t("home-all-done"))
                    .color(theme::palette(ui).success)
                    .strong(),
            );
        }
    }
    ui.add_space(theme::SECTION_GAP);
    if let Some(a) = path_buttons(ui, home, tr) {
        action = Some(a);
    }
    ui.add_space(theme::SECTION_GAP);

    if !home.next_steps.is_empty() {
        ui.label(
            RichText::new(tr.t("home-next-steps"))
                .size(theme::HEADING_SIZE * 0.8)
                .strong(),
        );
        for lesson in &home.next_steps {
            if let Some(a) = lesson_row(ui, home, lesson, tr) {
                action = Some(a);
            }
        }
        ui.add_space(theme::SECTION_GAP);
    }
    if let Some((title, lessons)) = &home.given {
        ui.label(
            RichText::new(tr.args("home-workshop", &[("title", title.as_str().into())]))
                .size(theme::HEADING_SIZE * 0.8)
                .strong(),
        );
        for lesson in lessons {
            if let Some(a) = lesson_row(ui, home, lesson, tr) {
                action = Some(a);
            }
        }
        ui.add_space(theme::SECTION_GAP);
    }
    for pack in &home.packs {
        ui.label(
            RichText::new(pack.manifest.title.get(tr.lang))
                .size(theme::HEADING_SIZE * 0.8)
                .strong(),
        );
        ui.label(pack.manifest.description.get(tr.lang));
        let done = home.done_count(pack);
        ui.label(
            RichText::new(tr.args(
                "home-pack-progress",
                &[("done", done.into()), ("total", pack.lessons.len().into())],
            ))
            .color(theme::palette(ui).text_muted),
        );
        for lesson in &pack.lessons {
            if let Some(a) = lesson_row(ui, home, lesson, tr) {
                action = Some(a);
            }
        }
        ui.add_space(theme::SECTION_GAP);
    }
    action
}

/// A lesson's button and how far the resident is in it.
fn lesson_row(ui: &mut egui::Ui, home: &HomeView, lesson: &LessonSummary, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        let title = lesson.title.get(tr.lang);
        let button = egui::Button::new(title.as_str()).min_size(egui::vec2(380.0, theme::MIN_TARGET));
        if ui.add(button).clicked() {
            action = Some(Action::Lesson(LessonAction::OpenLesson {
                pack: lesson.pack.clone(),
                lesson: lesson.id.clone(),
            }));
        }
        let (status, colour) = match home.status(&lesson.pack, &lesson.id) {
            LessonStatus::NotStarted => (tr.t("home-status-new"), theme::palette(ui).text_muted),
            LessonStatus::InProgress => (tr.t("home-status-in-progress"), theme::palette(ui).primary),
            LessonStatus::Done { .. } if lesson.question_count == 0 => {
                (tr.t("home-status-finished"), theme::palette(ui).success)
            }
            LessonStatus::Done { best_correct } => (
                tr.args(
                    "home-status-done",
                    &[
                        ("correct", best_correct.into()),
                        ("total", lesson.question_count.into()),
                    ],
                ),
                theme::palette(ui).success,
            ),
        };
        ui.label(RichText::new(status).color(colour));
    });
    action
}

/// The positioning test, the review waiting, and "my progress".
fn path_buttons(ui: &mut egui::Ui, home: &HomeView, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        if super::path::test_button(ui, home.test, tr) {
            action = Some(Action::Path(PathAction::StartPositioning));
        }
        if home.reviews_due > 0 {
            let label = tr.args("path-review-start", &[("count", home.reviews_due.into())]);
            if widgets::secondary_button(ui, &label).clicked() {
                action = Some(Action::Path(PathAction::StartReview));
            }
        }
        if widgets::secondary_button(ui, &tr.t("home-my-progress")).clicked() {
            action = Some(Action::Path(PathAction::OpenMyProgress));
        }
    });
    action
}
