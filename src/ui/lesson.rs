//! A lesson: its steps, its questions and its summary.

use egui::RichText;

use super::activity::{ActivityCtx, activity_ui};
use super::{picture, question, rich_text, theme, widgets};
use crate::i18n::Tr;
use crate::model::{Step, glossary, markup};
use crate::session::{Action, DisplayAction, LessonAction, LessonSession, Place, ProfileAction};

/// The bar under the lesson, always in view: Back and Next, Check my answer, or the way
/// out of the summary. Drawn after the lesson's content, so the keyboard reaches it last.
pub fn lesson_nav_ui(ui: &mut egui::Ui, session: &LessonSession, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.horizontal(|ui| match &session.place {
        Place::Step(n) => {
            if widgets::secondary_button_if(ui, &tr.t("lesson-back"), *n > 0).clicked() {
                action = Some(Action::Lesson(LessonAction::PreviousStep));
            }
            let next = widgets::primary_button(ui, &tr.t("lesson-next"));
            // A step with nothing to do: "Next" is where the keyboard starts.
            widgets::take_first_focus(&next);
            if next.clicked() {
                action = Some(Action::Lesson(LessonAction::NextStep));
            }
        }
        Place::Question {
            draft,
            feedback: None,
            ..
        } => {
            if widgets::secondary_button(ui, &tr.t("lesson-back")).clicked() {
                action = Some(Action::Lesson(LessonAction::PreviousStep));
            }
            let ready = session
                .current_question()
                .is_some_and(|q| draft.response(&q.kind).is_some());
            if widgets::primary_button_if(ui, &tr.t("quiz-check"), ready).clicked() {
                action = Some(Action::Lesson(LessonAction::SubmitAnswer));
            }
        }
        Place::Question {
            feedback: Some(_), ..
        } => {
            let next = widgets::primary_button(ui, &tr.t("lesson-next"));
            widgets::focus_if_asked(&next);
            if next.clicked() {
                action = Some(Action::Lesson(LessonAction::NextQuestion));
            }
        }
        Place::Summary => {
            if widgets::primary_button(ui, &tr.t("lesson-back-home")).clicked() {
                action = Some(Action::Profile(ProfileAction::GoHome));
            }
            if widgets::secondary_button(ui, &tr.t("lesson-retake")).clicked() {
                action = Some(Action::Lesson(LessonAction::RetakeLesson));
            }
        }
    });
    action
}

/// How the resident reads lessons on this PC.
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    /// This PC can read text aloud: "Listen" buttons are shown.
    pub can_listen: bool,
    /// This PC can play recordings: "Listen" plays a step's recording where it has one.
    pub can_play: bool,
    /// The resident asked for the easy-to-read text, where the pack has one.
    pub easy_text: bool,
}

/// The lesson screen.
pub fn lesson_ui(
    ui: &mut egui::Ui,
    session: &mut LessonSession,
    reading: Reading,
    resident_name: &str,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut back_to_editor = None;
    if session.preview.is_some() {
        let palette = theme::palette(ui);
        widgets::boxed(
            ui,
            palette.tip_fill,
            egui::Stroke::new(2.0, palette.border),
            |ui| {
                ui.label(RichText::new(tr.t("editor-preview-note")).strong());
                if widgets::secondary_button(ui, &tr.t("editor-back-to-editor")).clicked() {
                    back_to_editor = Some(Action::Profile(ProfileAction::GoHome));
                }
            },
        );
    }
    lesson_body_ui(ui, session, reading, resident_name, tr).or(back_to_editor)
}

fn lesson_body_ui(
    ui: &mut egui::Ui,
    session: &mut LessonSession,
    reading: Reading,
    resident_name: &str,
    tr: &Tr<'_>,
) -> Option<Action> {
    ui.label(
        RichText::new(session.lesson.title.get(tr.lang))
            .size(theme::HEADING_SIZE)
            .strong(),
    );
    let where_label = match &session.place {
        Place::Step(n) => tr.args(
            "lesson-step-of",
            &[
                ("n", (n + 1).into()),
                ("total", session.lesson.steps.len().into()),
            ],
        ),
        Place::Question { index, .. } => tr.args(
            "lesson-question-of",
            &[
                ("n", (index + 1).into()),
                ("total", session.lesson.questions.len().into()),
            ],
        ),
        Place::Summary => tr.t("lesson-finished"),
    };
    ui.add(
        egui::ProgressBar::new(session.progress_fraction())
            .desired_height(12.0)
            .fill(theme::palette(ui).primary),
    );
    ui.label(RichText::new(where_label).color(theme::palette(ui).text_muted));
    ui.add_space(theme::SECTION_GAP);

    match &session.place {
        Place::Step(n) => {
            let n = *n;
            let step = session.lesson.steps.get(n)?;
            let mut action = None;
            let has_easy = session.lesson.steps.iter().any(|s| s.text_easy.is_some());
            ui.horizontal_wrapped(|ui| {
                // A recording made for the step, when there is one and it can be played;
                // else the computer's voice reads the text.
                let recording = step
                    .audio
                    .as_ref()
                    .filter(|_| reading.can_play)
                    .and_then(|audio| session.media.get(audio.get(tr.lang)));
                let listen = match recording {
                    Some(bytes) => Some(Action::Display(DisplayAction::Play(bytes.clone()))),
                    None if reading.can_listen => Some(Action::Display(DisplayAction::Listen(step_words(
                        step, reading, tr,
                    )))),
                    None => None,
                };
                if let Some(listen) = listen
                    && widgets::button(ui, &tr.t("lesson-listen")).clicked()
                {
                    action = Some(listen);
                }
                if has_easy && widgets::toggle(ui, reading.easy_text, &tr.t("lesson-easy-text")).clicked() {
                    action = Some(Action::Display(DisplayAction::SetEasyText(!reading.easy_text)));
                }
            });
            step_ui(ui, session, step, reading, tr);
            if let (Some(activity), Some(run)) = (&step.activity, &mut session.activity) {
                let cx = ActivityCtx {
                    tr,
                    name: resident_name,
                };
                if let Some(a) = activity_ui(ui, activity, run, &cx) {
                    action = Some(a);
                }
            }
            action
        }
        Place::Question { .. } => question::question_ui(ui, session, reading.can_listen, tr),
        Place::Summary => {
            summary_ui(ui, session, tr);
            None
        }
    }
}

/// What "Listen" reads for a step: its text, then its tip.
fn step_words(step: &Step, reading: Reading, tr: &Tr<'_>) -> String {
    let mut words = markup::plain(step_text(step, reading).get(tr.lang));
    if let Some(tip) = &step.tip {
        words.push('\n');
        words.push_str(&tr.t("lesson-tip"));
        words.push_str(". ");
        words.push_str(&markup::plain(tip.get(tr.lang)));
    }
    words
}

/// The step's text: the easy-to-read one when asked for and present.
fn step_text(step: &Step, reading: Reading) -> &crate::model::Text {
    match &step.text_easy {
        Some(easy) if reading.easy_text => easy,
        _ => &step.text,
    }
}

fn step_ui(ui: &mut egui::Ui, session: &LessonSession, step: &Step, reading: Reading, tr: &Tr<'_>) {
    let text = step_text(step, reading).get(tr.lang);
    rich_text::lesson_text_ui(ui, text);
    if let Some(image) = &step.image
        && let Some(bytes) = session.media.get(&image.file)
    {
        ui.add_space(theme::SECTION_GAP);
        let uri = format!("bytes://{}/{}", session.pack, image.file);
        match picture::source(ui.ctx(), &uri, bytes) {
            Some(source) => {
                ui.add(
                    egui::Image::new(source)
                        .max_height(theme::IMAGE_MAX_HEIGHT)
                        .alt_text(image.alt.get(tr.lang)),
                );
            }
            None => picture::placeholder(ui, image.alt.get(tr.lang), tr),
        }
    }
    if let Some(tip) = &step.tip {
        ui.add_space(theme::SECTION_GAP);
        let fill = theme::palette(ui).tip_fill;
        widgets::boxed(ui, fill, egui::Stroke::NONE, |ui| {
            ui.label(RichText::new(tr.t("lesson-tip")).strong());
            rich_text::lesson_text_ui(ui, tip.get(tr.lang));
        });
    }
    words_to_know_ui(ui, session, text, tr);
}

/// "Words to know": the glossary words that appear in the step, explained.
fn words_to_know_ui(ui: &mut egui::Ui, session: &LessonSession, text: &str, tr: &Tr<'_>) {
    let terms = glossary::terms_in(&session.glossary, text, tr.lang);
    if terms.is_empty() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    let palette = theme::palette(ui);
    widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
        ui.label(RichText::new(tr.t("lesson-words-to-know")).strong());
        for term in terms {
            ui.label(tr.args(
                "lesson-word-meaning",
                &[
                    ("word", term.word.get(tr.lang).as_str().into()),
                    ("meaning", term.definition.get(tr.lang).as_str().into()),
                ],
            ));
        }
    });
}

fn summary_ui(ui: &mut egui::Ui, session: &LessonSession, tr: &Tr<'_>) {
    let summary = session.summary();
    ui.heading(tr.t("lesson-well-done"));
    if summary.total == 0 {
        // A lesson whose practice is an activity only: its result was shown on its step.
        return;
    }
    ui.label(
        RichText::new(tr.args(
            "lesson-score",
            &[
                ("correct", summary.correct.into()),
                ("total", summary.total.into()),
            ],
        ))
        .size(theme::LESSON_TEXT_SIZE),
    );
    ui.add_space(theme::SECTION_GAP);
    if summary.to_review.is_empty() {
        ui.label(RichText::new(tr.t("lesson-nothing-to-review")).color(theme::palette(ui).success));
    } else {
        ui.label(RichText::new(tr.t("lesson-to-review")).strong());
        for question in &summary.to_review {
            let palette = theme::palette(ui);
            widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
                ui.label(RichText::new(question.prompt.get(tr.lang)).strong());
                ui.label(question.explanation.get(tr.lang));
            });
        }
    }
}
