//! The resident's learning path: the positioning test, its result, the review of missed
//! questions, and "my progress".

use egui::RichText;

use super::question::quiz_question_ui;
use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::calendar::{format_date, format_time};
use crate::model::positioning::{DOMAINS, Standing, TOP_LEVEL};
use crate::model::{LessonSummary, Resident};
use crate::session::{
    Action, CardAction, FileAction, LessonAction, MyProgressView, PathAction, PositioningResultView,
    PositioningSession, ProfileAction, ReviewSession, TestStatus,
};

fn heading(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).size(theme::HEADING_SIZE).strong());
    ui.add_space(theme::SECTION_GAP / 2.0);
}

/// A progress bar with its words, for screen readers too.
fn progress_bar(ui: &mut egui::Ui, fraction: f32, words: &str) {
    let label = ui.label(words);
    ui.add(egui::ProgressBar::new(fraction).desired_height(16.0))
        .labelled_by(label.id);
}

/// The test under way: a progress bar, the question, then "Next" or "Stop for now".
pub fn positioning_ui(
    ui: &mut egui::Ui,
    session: &mut PositioningSession,
    can_listen: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    heading(ui, &tr.t("path-test-title"));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let percent = (session.progress() * 100.0).round() as u32;
    progress_bar(
        ui,
        session.progress(),
        &tr.args("path-test-progress", &[("percent", percent.into())]),
    );
    ui.add_space(theme::SECTION_GAP);
    let (_, quiz) = session.current.as_mut()?;
    if let Some(a) = quiz_question_ui(ui, quiz, false, can_listen, tr) {
        action = Some(a);
    }
    let ready = quiz.graded_draft().is_some();
    ui.horizontal_wrapped(|ui| {
        if widgets::primary_button_if(ui, &tr.t("path-test-next"), ready).clicked() {
            action = Some(Action::Path(PathAction::SubmitAnswer));
        }
        if widgets::secondary_button(ui, &tr.t("path-test-dont-know")).clicked() {
            action = Some(Action::Path(PathAction::DontKnow));
        }
        if widgets::secondary_button(ui, &tr.t("path-test-pause")).clicked() {
            action = Some(Action::Profile(ProfileAction::GoHome));
        }
    });
    let muted = theme::palette(ui).text_muted;
    if !ready {
        ui.label(RichText::new(tr.t("path-test-pick-first")).color(muted));
    }
    ui.label(RichText::new(tr.t("path-test-pause-hint")).color(muted));
    action
}

/// The words for a level in a domain.
fn level_words(standing: Standing, tr: &Tr<'_>) -> String {
    match standing {
        Standing::NotMeasured => tr.t("path-level-not-measured"),
        Standing::Level(level) => tr.t(&format!("path-level-{}", level.min(TOP_LEVEL))),
    }
}

/// A domain's level as steps: as many filled as levels reached (decorative: the words
/// beside it say the same).
fn level_steps(ui: &mut egui::Ui, standing: Standing) {
    let reached = match standing {
        Standing::Level(level) => level,
        Standing::NotMeasured => 0,
    };
    let step = egui::vec2(36.0, 20.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(3.0 * (step.x + 6.0), step.y), egui::Sense::hover());
    let palette = theme::palette(ui);
    for i in 0..TOP_LEVEL {
        let min = rect.min + egui::vec2(f32::from(i) * (step.x + 6.0), 0.0);
        let cell = egui::Rect::from_min_size(min, step);
        let fill = if i < reached {
            palette.primary
        } else {
            palette.panel
        };
        ui.painter().rect(
            cell,
            4.0,
            fill,
            egui::Stroke::new(1.5, palette.border),
            egui::StrokeKind::Inside,
        );
    }
}

/// Each domain: its name, its steps and its words; with the change since last time.
fn standings_ui(
    ui: &mut egui::Ui,
    standings: &[Standing; DOMAINS],
    previous: Option<&[Standing; DOMAINS]>,
    tr: &Tr<'_>,
) {
    for (i, standing) in standings.iter().enumerate() {
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            ui.label(RichText::new(tr.t(&format!("competence-domain-{}", i + 1))).strong());
            ui.horizontal_wrapped(|ui| {
                level_steps(ui, *standing);
                ui.label(level_words(*standing, tr));
            });
            if let (Some(before), Standing::Level(now)) = (previous.map(|p| p[i]), standing) {
                let change = match before {
                    Standing::Level(then) if *now > then => Some("path-change-up"),
                    Standing::Level(then) if *now < then => Some("path-change-down"),
                    Standing::Level(_) => Some("path-change-same"),
                    Standing::NotMeasured => None,
                };
                if let Some(id) = change {
                    ui.label(RichText::new(tr.t(id)).color(palette.text_muted));
                }
            }
        });
    }
}

fn lesson_button(ui: &mut egui::Ui, lesson: &LessonSummary, first: bool, tr: &Tr<'_>) -> Option<Action> {
    let label = tr.args(
        "home-start",
        &[("lesson", lesson.title.get(tr.lang).as_str().into())],
    );
    let clicked = if first {
        widgets::primary_button(ui, &label).clicked()
    } else {
        widgets::secondary_button(ui, &label).clicked()
    };
    clicked.then(|| {
        Action::Lesson(LessonAction::OpenLesson {
            pack: lesson.pack.clone(),
            lesson: lesson.id.clone(),
        })
    })
}

/// The test's result in plain words, and what to do next.
pub fn result_ui(ui: &mut egui::Ui, view: &PositioningResultView, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    heading(ui, &tr.t("path-result-title"));
    ui.label(tr.t("path-result-intro"));
    ui.add_space(theme::SECTION_GAP / 2.0);
    standings_ui(ui, &view.standings, view.previous.as_ref(), tr);
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("path-next-steps"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    if view.recommended.is_empty() {
        ui.label(tr.t("path-nothing-recommended"));
    }
    for (i, lesson) in view.recommended.iter().take(6).enumerate() {
        if let Some(a) = lesson_button(ui, lesson, i == 0, tr) {
            action = Some(a);
        }
    }
    ui.add_space(theme::SECTION_GAP);
    if widgets::secondary_button(ui, &tr.t("lesson-back-home")).clicked() {
        action = Some(Action::Profile(ProfileAction::GoHome));
    }
    action
}

/// A review: each question with its feedback, then how it went.
pub fn review_ui(
    ui: &mut egui::Ui,
    session: &mut ReviewSession,
    can_listen: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    heading(ui, &tr.t("path-review-title"));
    let total = session.cards.len();
    if session.finished() {
        ui.label(tr.args(
            "path-review-done",
            &[("right", session.right.into()), ("total", total.into())],
        ));
        ui.label(tr.t("path-review-later"));
        if widgets::primary_button(ui, &tr.t("lesson-back-home")).clicked() {
            action = Some(Action::Profile(ProfileAction::GoHome));
        }
        return action;
    }
    let index = session.index;
    #[allow(clippy::cast_precision_loss)]
    let fraction = index as f32 / total.max(1) as f32;
    progress_bar(
        ui,
        fraction,
        &tr.args(
            "path-review-progress",
            &[("n", (index + 1).into()), ("total", total.into())],
        ),
    );
    let (_, quiz) = session.current()?;
    ui.label(RichText::new(quiz.source.lesson_title.get(tr.lang)).color(theme::palette(ui).text_muted));
    if let Some(a) = quiz_question_ui(ui, quiz, true, can_listen, tr) {
        action = Some(a);
    }
    if quiz.feedback.is_some() {
        let next = widgets::primary_button(ui, &tr.t("lesson-next"));
        widgets::focus_if_asked(&next);
        if next.clicked() {
            action = Some(Action::Path(PathAction::NextQuestion));
        }
    } else {
        let ready = quiz.graded_draft().is_some();
        ui.horizontal_wrapped(|ui| {
            if widgets::primary_button_if(ui, &tr.t("quiz-check"), ready).clicked() {
                action = Some(Action::Path(PathAction::SubmitAnswer));
            }
            if widgets::secondary_button(ui, &tr.t("lesson-back-home")).clicked() {
                action = Some(Action::Profile(ProfileAction::GoHome));
            }
        });
    }
    action
}

/// The button that takes, continues or retakes the positioning test; after a test
/// taken lately, the day and hour it can be taken again instead. Whether it was pressed.
pub fn test_button(ui: &mut egui::Ui, status: TestStatus, tr: &Tr<'_>) -> bool {
    let label = match status {
        TestStatus::NotTaken => "home-test-take",
        TestStatus::Paused => "home-test-continue",
        TestStatus::Taken => "home-test-again",
        TestStatus::Resting { again_at } => {
            ui.label(tr.args(
                "path-test-resting",
                &[
                    ("date", format_date(again_at, tr.lang).into()),
                    ("time", format_time(again_at).into()),
                ],
            ));
            return false;
        }
    };
    widgets::secondary_button(ui, &tr.t(label)).clicked()
}

/// "My progress", with the resident's choices about their results: sharing them with
/// the workshop leaders, and saving them to a file to carry to another PC.
pub fn my_progress_ui(
    ui: &mut egui::Ui,
    view: &MyProgressView,
    resident: Option<&Resident>,
    file_busy: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    heading(ui, &tr.t("path-progress-title"));
    #[allow(clippy::cast_precision_loss)]
    let fraction = view.lessons_done as f32 / view.lessons_total.max(1) as f32;
    progress_bar(
        ui,
        fraction,
        &tr.args(
            "path-progress-lessons",
            &[
                ("done", view.lessons_done.into()),
                ("total", view.lessons_total.into()),
            ],
        ),
    );
    let minutes = (view.time_spent_ms + 30_000) / 60_000;
    ui.label(tr.args(
        "path-progress-time",
        &[
            ("hours", (minutes / 60).into()),
            ("minutes", (minutes % 60).into()),
        ],
    ));
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("path-progress-stages"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    match &view.standings {
        Some(standings) => standings_ui(ui, standings, None, tr),
        None => {
            ui.label(tr.t("path-progress-no-test"));
        }
    }
    if test_button(ui, view.test, tr) {
        action = Some(Action::Path(PathAction::StartPositioning));
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("path-progress-competences"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    if view.levels.is_empty() {
        ui.label(tr.t("path-progress-no-competence"));
    }
    for (competence, level) in &view.levels {
        ui.label(tr.args(
            "path-progress-competence",
            &[
                ("name", tr.t(&competence.plain_message_id()).into()),
                ("level", level.get().into()),
            ],
        ));
    }
    if !view.procedures.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.label(
            RichText::new(tr.t("path-progress-procedures"))
                .size(theme::HEADING_SIZE * 0.8)
                .strong(),
        );
    }
    for procedure in &view.procedures {
        let lesson = procedure.lesson.get(tr.lang);
        ui.label(if procedure.stumbles.is_empty() {
            tr.args(
                "path-progress-procedure-clean",
                &[("lesson", lesson.as_str().into())],
            )
        } else {
            let steps = tr.portal_steps(&procedure.stumbles);
            tr.args(
                "path-progress-procedure-stumbles",
                &[("lesson", lesson.as_str().into()), ("steps", steps.into())],
            )
        });
    }
    ui.add_space(theme::SECTION_GAP);
    if view.reviews_due > 0 {
        let label = tr.args("path-review-start", &[("count", view.reviews_due.into())]);
        if widgets::secondary_button(ui, &label).clicked() {
            action = Some(Action::Path(PathAction::StartReview));
        }
    }
    if let Some(resident) = resident
        && let Some(chosen) = my_choices_ui(ui, resident, view.on_network, file_busy, tr)
    {
        action = Some(chosen);
    }
    ui.add_space(theme::SECTION_GAP);
    if widgets::primary_button(ui, &tr.t("lesson-back-home")).clicked() {
        action = Some(Action::Profile(ProfileAction::GoHome));
    }
    action
}

/// The resident's choices about their results: sharing them, the card's code, saving
/// them to a file, and the copy of everything kept about them.
fn my_choices_ui(
    ui: &mut egui::Ui,
    resident: &Resident,
    on_network: bool,
    file_busy: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("path-progress-my-results"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    let (status, button, share) = if resident.shares_results {
        ("home-sharing-on", "home-stop-sharing", false)
    } else {
        ("home-sharing-off", "home-start-sharing", true)
    };
    ui.label(tr.t(status));
    if widgets::secondary_button(ui, &tr.t(button)).clicked() {
        action = Some(Action::Profile(ProfileAction::SetSharesResults(share)));
    }
    if on_network && let Some(chosen) = my_card_elsewhere_ui(ui, resident, tr) {
        action = Some(chosen);
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("code-my-card"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    if resident.locked {
        ui.label(tr.t("code-my-card-locked"));
        if widgets::secondary_button(ui, &tr.t("code-my-card-remove")).clicked() {
            action = Some(Action::Card(CardAction::RemoveMyCardCode));
        }
    } else {
        ui.label(tr.t("code-my-card-open"));
        if widgets::secondary_button(ui, &tr.t("code-my-card-lock")).clicked() {
            action = Some(Action::Card(CardAction::ChooseCardCode));
        }
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(tr.t("home-save-progress-hint"));
    if widgets::secondary_button_if(ui, &tr.t("home-save-progress"), !file_busy).clicked() {
        action = Some(Action::File(FileAction::SaveMyProgress));
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(tr.t("access-mine-hint"));
    if widgets::secondary_button_if(ui, &tr.t("access-mine"), !file_busy).clicked() {
        action = Some(Action::File(FileAction::SaveMyData));
    }
    action
}

/// "My card at other sites": the resident's own choice that their card follows them to
/// the network's other sites; offered once the card is locked with a picture code.
fn my_card_elsewhere_ui(ui: &mut egui::Ui, resident: &Resident, tr: &Tr<'_>) -> Option<Action> {
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("network-my-card"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    if resident.follows_me {
        ui.label(tr.t("network-my-card-follows"));
        if widgets::secondary_button(ui, &tr.t("network-my-card-stay")).clicked() {
            return Some(Action::Profile(ProfileAction::SetFollowsMe(false)));
        }
    } else if resident.locked {
        ui.label(tr.t("network-my-card-stays"));
        if widgets::secondary_button(ui, &tr.t("network-my-card-follow")).clicked() {
            return Some(Action::Profile(ProfileAction::SetFollowsMe(true)));
        }
    } else {
        ui.label(tr.t("network-my-card-stays"));
        ui.label(tr.t("network-my-card-code-first"));
    }
    None
}
