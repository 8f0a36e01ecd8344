//! One question: the prompt, the way to answer, then the feedback.

use egui::RichText;

use super::widgets::ChoiceMark;
use super::{rich_text, theme, widgets};
use crate::i18n::Tr;
use crate::model::{Lang, Question, QuestionKind, markup};
use crate::session::{Action, AnswerDraft, LessonSession, Place};

/// The question shown in the lesson.
pub fn question_ui(
    ui: &mut egui::Ui,
    session: &mut LessonSession,
    can_listen: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let Place::Question {
        index,
        draft,
        feedback,
    } = &mut session.place
    else {
        return None;
    };
    let question = session.lesson.questions.get(*index)?;
    let answered = feedback.is_some();
    let mut action = None;

    if can_listen && widgets::button(ui, &tr.t("lesson-listen")).clicked() {
        action = Some(Action::Listen(question_words(question, *feedback, tr)));
    }
    let prompt = ui.label(
        RichText::new(question.prompt.get(tr.lang))
            .size(theme::LESSON_TEXT_SIZE)
            .strong(),
    );
    ui.add_space(theme::SECTION_GAP / 2.0);
    // Once answered, the choices stay readable (not greyed out) but no longer change.
    let mut shown = draft.clone();
    answer_ui(
        ui,
        question,
        if answered { &mut shown } else { draft },
        prompt.id,
        tr,
    );
    ui.add_space(theme::SECTION_GAP);

    match *feedback {
        None if draft.response(&question.kind).is_none() => {
            ui.label(RichText::new(tr.t("quiz-pick-first")).color(theme::palette(ui).text_muted));
        }
        None => {}
        Some(correct) => feedback_ui(ui, question, correct, tr),
    }
    action
}

/// What "Listen" reads for a question: the prompt, the choices, then the feedback once
/// answered.
fn question_words(question: &Question, feedback: Option<bool>, tr: &Tr<'_>) -> String {
    let mut lines = vec![question.prompt.get(tr.lang).clone()];
    match &question.kind {
        QuestionKind::Single { choices, .. } | QuestionKind::Multiple { choices, .. } => {
            lines.extend(choices.iter().map(|c| c.label.get(tr.lang).clone()));
        }
        QuestionKind::TrueFalse { .. } => lines.extend([tr.t("quiz-true"), tr.t("quiz-false")]),
        QuestionKind::Typed { .. } => lines.push(tr.t("quiz-type-here")),
    }
    if let Some(correct) = feedback {
        lines.push(tr.t(if correct { "quiz-right" } else { "quiz-wrong" }));
        lines.push(markup::plain(question.explanation.get(tr.lang)));
    }
    lines.join("\n")
}

fn answer_ui(ui: &mut egui::Ui, question: &Question, draft: &mut AnswerDraft, prompt: egui::Id, tr: &Tr<'_>) {
    match &question.kind {
        QuestionKind::Single { choices, .. } => {
            let selected = choices.iter().position(|c| draft.choice.as_ref() == Some(&c.id));
            let labels: Vec<String> = choices.iter().map(|c| c.label.get(tr.lang).clone()).collect();
            if let Some(picked) = radio_group(ui, &labels, selected) {
                draft.choice = choices.get(picked).map(|c| c.id.clone());
            }
        }
        QuestionKind::Multiple { choices, .. } => {
            ui.label(RichText::new(tr.t("quiz-tick-all")).color(theme::palette(ui).text_muted));
            for choice in choices {
                let ticked = draft.ticked.contains(&choice.id);
                let label = choice.label.get(tr.lang);
                if widgets::choice_row(ui, label, ticked, ChoiceMark::Check).clicked() {
                    if ticked {
                        draft.ticked.remove(&choice.id);
                    } else {
                        draft.ticked.insert(choice.id.clone());
                    }
                }
            }
        }
        QuestionKind::TrueFalse { .. } => {
            let labels = [tr.t("quiz-true"), tr.t("quiz-false")];
            let selected = draft.truth.map(|truth| usize::from(!truth));
            if let Some(picked) = radio_group(ui, &labels, selected) {
                draft.truth = Some(picked == 0);
            }
        }
        QuestionKind::Typed { .. } => {
            let label = ui.label(tr.t("quiz-type-here"));
            ui.add(
                egui::TextEdit::singleline(&mut draft.text)
                    .desired_width(360.0)
                    .min_size(egui::vec2(0.0, theme::MIN_TARGET))
                    .font(egui::FontId::proportional(theme::LESSON_TEXT_SIZE)),
            )
            .labelled_by(label.id)
            .labelled_by(prompt);
        }
    }
}

/// Radio buttons for one choice; returns the index picked this frame. With the keyboard,
/// the up and down arrows move the choice within the group, as in other programs.
fn radio_group(ui: &mut egui::Ui, labels: &[String], selected: Option<usize>) -> Option<usize> {
    let mut picked = None;
    let mut focused = None;
    let responses: Vec<egui::Response> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let response = widgets::choice_row(ui, label, selected == Some(i), ChoiceMark::Radio);
            if response.clicked() {
                picked = Some(i);
            }
            if response.has_focus() {
                focused = Some(i);
            }
            response
        })
        .collect();
    if let Some(current) = focused {
        // Keep the arrows for moving within the group (egui would move the focus instead).
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                responses[current].id,
                egui::EventFilter {
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            )
        });
        let next = if down {
            Some((current + 1) % labels.len())
        } else if up {
            Some((current + labels.len() - 1) % labels.len())
        } else {
            None
        };
        if let Some(next) = next {
            responses[next].request_focus();
            picked = Some(next);
        }
    }
    picked
}

fn feedback_ui(ui: &mut egui::Ui, question: &Question, correct: bool, tr: &Tr<'_>) {
    let (title, colour) = if correct {
        (tr.t("quiz-right"), theme::palette(ui).success)
    } else {
        (tr.t("quiz-wrong"), theme::palette(ui).error)
    };
    let panel = theme::palette(ui).panel;
    widgets::boxed(ui, panel, egui::Stroke::new(3.0, colour), |ui| {
        let title = ui.label(
            RichText::new(title)
                .size(theme::LESSON_TEXT_SIZE)
                .color(colour)
                .strong(),
        );
        widgets::announce(&title);
        if !correct && let Some(answer) = right_answer(question, tr.lang) {
            ui.label(tr.args("quiz-right-answer", &[("answer", answer.into())]));
        }
        rich_text::lesson_text_ui(ui, question.explanation.get(tr.lang));
        ui.label(RichText::new(tr.t("quiz-saved")).color(theme::palette(ui).text_muted));
    });
}

/// The right answer in words, shown after a wrong answer.
fn right_answer(question: &Question, lang: Lang) -> Option<String> {
    let label_of = |choices: &[crate::model::Choice], id: &crate::model::ChoiceId| {
        choices
            .iter()
            .find(|c| &c.id == id)
            .map(|c| c.label.get(lang).clone())
    };
    match &question.kind {
        QuestionKind::Single { choices, answer } => label_of(choices, answer),
        QuestionKind::Multiple { choices, answers } => {
            let labels: Vec<String> = answers.iter().filter_map(|a| label_of(choices, a)).collect();
            Some(labels.join(" ; "))
        }
        QuestionKind::TrueFalse { .. } => None,
        QuestionKind::Typed { accepted } => accepted.get(lang).first().cloned(),
    }
}
