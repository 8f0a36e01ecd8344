//! One question: the prompt, the way to answer, then the feedback.

use egui::RichText;

use super::answer::{AnswerCtx, Picture, answer_ui};
use super::{rich_text, theme, widgets};
use crate::i18n::Tr;
use crate::model::{Lang, Question, QuestionKind, markup};

use crate::session::{
    Action, AnswerDraft, DisplayAction, LessonAction, LessonSession, PathAction, Place, QuizQuestion,
};

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
    let picture = match &question.kind {
        QuestionKind::Zone { image, .. } => session.media.get(&image.file).map(|bytes| Picture {
            uri: format!("bytes://{}/{}", session.pack, image.file),
            bytes: bytes.clone(),
        }),
        _ => None,
    };
    question_card(
        ui,
        Asked {
            question,
            draft,
            feedback: *feedback,
            picture,
            recorded: session.preview.is_none(),
            check: Action::Lesson(LessonAction::SubmitAnswer),
            hint: Some("quiz-pick-first"),
        },
        can_listen,
        tr,
    )
}

/// A question being asked, wherever it is (a lesson, the positioning test, a review).
pub struct Asked<'a> {
    /// The question.
    pub question: &'a Question,
    /// The answer being drafted.
    pub draft: &'a mut AnswerDraft,
    /// Once checked: right or not (the feedback is then shown).
    pub feedback: Option<bool>,
    /// The picture of a "click the right place" question.
    pub picture: Option<Picture>,
    /// Whether answers are recorded (not in a trainer's preview): the feedback says so.
    pub recorded: bool,
    /// The action that checks the answer drafted (Enter in a typed answer asks for it).
    pub check: Action,
    /// The message id of the hint shown under the answers while none is drafted (`None`:
    /// the screen says what to do in its own place).
    pub hint: Option<&'static str>,
}

/// A question outside a lesson, from a [`QuizQuestion`]; `show_feedback` is false in the
/// positioning test, which tells no right or wrong.
pub fn quiz_question_ui(
    ui: &mut egui::Ui,
    quiz: &mut QuizQuestion,
    show_feedback: bool,
    can_listen: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let picture = quiz.picture.as_ref().map(|(uri, bytes)| Picture {
        uri: uri.clone(),
        bytes: bytes.clone(),
    });
    let feedback = quiz.feedback.filter(|_| show_feedback);
    question_card(
        ui,
        Asked {
            question: &quiz.source.question,
            draft: &mut quiz.draft,
            feedback,
            picture,
            recorded: true,
            check: Action::Path(PathAction::SubmitAnswer),
            // The test checks nothing in front of the resident: its own hint, under its
            // buttons, says what to do, so that the buttons come right after the answers.
            hint: show_feedback.then_some("quiz-pick-first"),
        },
        can_listen,
        tr,
    )
}

/// The prompt, the way to answer, then the feedback once checked.
pub fn question_card(ui: &mut egui::Ui, asked: Asked<'_>, can_listen: bool, tr: &Tr<'_>) -> Option<Action> {
    let Asked {
        question,
        draft,
        feedback,
        picture,
        recorded,
        check,
        hint,
    } = asked;
    let answered = feedback.is_some();
    let mut action = None;

    if can_listen && widgets::button(ui, &tr.t("lesson-listen")).clicked() {
        action = Some(Action::Display(DisplayAction::Listen(question_words(
            question, draft, feedback, tr,
        ))));
    }
    let prompt = ui.label(
        RichText::new(question.prompt.get(tr.lang))
            .size(theme::LESSON_TEXT_SIZE)
            .strong(),
    );
    // Once answered, the choices stay readable (not greyed out) but no longer change.
    let mut shown = draft.clone();
    let entered = answer_ui(
        ui,
        question,
        if answered { &mut shown } else { draft },
        AnswerCtx {
            prompt: prompt.id,
            locked: answered,
            picture,
            tr,
        },
    );
    // A question just opened: its prompt at the top of the view, with as many answers
    // under it as fit (the lesson's title and progress scroll away above).
    if widgets::just_shown(ui, egui::Id::unique(("question", question.id.as_str()))) {
        // egui keeps a margin of one item spacing above the rect: the prompt goes to the top.
        let top = prompt.rect.min + egui::vec2(0.0, ui.spacing().item_spacing.y);
        let asked =
            egui::Rect::from_min_max(top, egui::pos2(prompt.rect.max.x, ui.cursor().min.y.max(top.y)));
        ui.scroll_to_rect(asked, Some(egui::Align::Min));
    }
    ui.add_space(theme::SECTION_GAP);
    // Enter in a typed answer checks it, as in any form.
    if entered && !answered && draft.response(&question.kind).is_some() {
        action = Some(check);
    }

    match feedback {
        None if draft.response(&question.kind).is_none() => {
            if let Some(hint) = hint {
                ui.label(RichText::new(tr.t(hint)).color(theme::palette(ui).text_muted));
            }
        }
        None => {}
        Some(correct) => feedback_ui(ui, question, draft, correct, recorded, tr),
    }
    action
}

/// What "Listen" reads for a question: the prompt, the choices, then the feedback once
/// answered.
fn question_words(question: &Question, draft: &AnswerDraft, feedback: Option<bool>, tr: &Tr<'_>) -> String {
    let mut lines = vec![question.prompt.get(tr.lang).clone()];
    match &question.kind {
        QuestionKind::Single { choices, .. } | QuestionKind::Multiple { choices, .. } => {
            lines.extend(choices.iter().map(|c| c.label.get(tr.lang).clone()));
        }
        QuestionKind::TrueFalse { .. } => lines.extend([tr.t("quiz-true"), tr.t("quiz-false")]),
        QuestionKind::Typed { .. } | QuestionKind::Number { .. } => lines.push(tr.t("quiz-type-here")),
        QuestionKind::Fields { fields } => lines.extend(fields.iter().map(|f| f.label.get(tr.lang).clone())),
        QuestionKind::Order { items } => {
            lines.push(tr.t("quiz-order-hint"));
            lines.extend(items.iter().map(|i| i.label.get(tr.lang).clone()));
        }
        QuestionKind::Match { pairs } => {
            lines.push(tr.t("quiz-match-hint"));
            lines.extend(pairs.iter().map(|p| p.left.get(tr.lang).clone()));
        }
        QuestionKind::Zone { image, .. } => {
            lines.push(tr.t("quiz-zone-hint"));
            lines.push(image.alt.get(tr.lang).clone());
        }
    }
    if let Some(correct) = feedback {
        lines.push(tr.t(if correct { "quiz-right" } else { "quiz-wrong" }));
        lines.extend(
            picked_explanations(question, draft, tr.lang)
                .into_iter()
                .map(|e| markup::plain(e)),
        );
        lines.push(markup::plain(question.explanation.get(tr.lang)));
    }
    lines.join("\n")
}

/// The explanations of the choices the answer picked, in the choices' order (a choice
/// question's own feedback: "why this one is wrong").
fn picked_explanations<'q>(question: &'q Question, draft: &AnswerDraft, lang: Lang) -> Vec<&'q String> {
    let explanations: Vec<&'q crate::model::Text> = match &question.kind {
        QuestionKind::Single { choices, .. } | QuestionKind::Multiple { choices, .. } => choices
            .iter()
            .filter(|c| draft.choice.as_ref() == Some(&c.id) || draft.ticked.contains(&c.id))
            .filter_map(|c| c.explanation.as_ref())
            .collect(),
        // The items put elsewhere than their place.
        QuestionKind::Order { items } => items
            .iter()
            .enumerate()
            .filter(|(i, item)| draft.order.get(*i) != Some(&item.id))
            .filter_map(|(_, item)| item.explanation.as_ref())
            .collect(),
        // The pairs matched otherwise.
        QuestionKind::Match { pairs } => pairs
            .iter()
            .filter(|p| draft.pairs.get(&p.id) != Some(&p.id))
            .filter_map(|p| p.explanation.as_ref())
            .collect(),
        _ => Vec::new(),
    };
    explanations
        .into_iter()
        .map(|e| e.get(lang))
        .filter(|e| !e.trim().is_empty())
        .collect()
}

fn feedback_ui(
    ui: &mut egui::Ui,
    question: &Question,
    draft: &AnswerDraft,
    correct: bool,
    recorded: bool,
    tr: &Tr<'_>,
) {
    let (title, colour) = if correct {
        (tr.t("quiz-right"), theme::palette(ui).success)
    } else {
        (tr.t("quiz-wrong"), theme::palette(ui).error)
    };
    let panel = theme::palette(ui).panel;
    let shown = widgets::boxed(ui, panel, egui::Stroke::new(3.0, colour), |ui| {
        // The verdict, and beside it that the answer is saved: one line, so that the
        // whole feedback fits in view at 200 % on a 1366×768 screen.
        ui.horizontal_wrapped(|ui| {
            let title = ui.label(
                RichText::new(title)
                    .size(theme::LESSON_TEXT_SIZE)
                    .color(colour)
                    .strong(),
            );
            widgets::announce(&title);
            if recorded {
                ui.add_space(theme::SECTION_GAP);
                ui.label(RichText::new(tr.t("quiz-saved")).color(theme::palette(ui).text_muted));
            }
        });
        if !correct && let Some(answer) = right_answer(question, tr) {
            ui.label(tr.args("quiz-right-answer", &[("answer", answer.into())]));
        }
        // Accepted with a typo or without its accents: the right spelling, to learn it.
        if let Some(response) = draft.response(&question.kind) {
            for spelling in crate::model::grading::spellings_to_show(question, &response, tr.lang) {
                ui.label(RichText::new(tr.args("quiz-we-write-it", &[("answer", spelling.into())])).strong());
            }
            // Spelling that must be exact (an address), typed with a few letters wrong.
            for check in crate::model::grading::spelling_checks(question, &response, tr.lang) {
                ui.label(RichText::new(spelling_check_text(&check, tr)).strong());
            }
        }
        for explanation in picked_explanations(question, draft, tr.lang) {
            rich_text::lesson_text_ui(ui, explanation);
        }
        rich_text::lesson_text_ui(ui, question.explanation.get(tr.lang));
    });
    // Just after "Check": the feedback comes into view, and the focus goes to "Next", so
    // that Tab or Enter carries on from here, not from the top bar.
    // For a few frames: the bars around the page settle (the navigation bar now holds
    // "Next" instead of "Check"), and the whole feedback must end in view.
    let frames = widgets::frames_shown(ui, egui::Id::unique(("feedback", question.id.as_str())));
    if frames < widgets::SETTLING_FRAMES {
        shown.scroll_to_me(None);
        ui.ctx().request_repaint();
    }
    if frames == 0 {
        widgets::ask_focus_on_next(ui);
    }
}

/// "Here every letter counts: we write it Lyon. Check letter 2: y, not i."
fn spelling_check_text(check: &crate::model::grading::SpellingCheck, tr: &Tr<'_>) -> String {
    use crate::model::matching::LetterDifference;
    let letter = |c: char| -> String {
        if c == ' ' {
            tr.t("quiz-a-space")
        } else {
            c.to_string()
        }
    };
    let letters: Vec<String> = check
        .differences
        .iter()
        .take(4)
        .map(|d| match *d {
            LetterDifference::Wrong {
                position,
                right,
                typed,
            } => tr.args(
                "quiz-letter-wrong",
                &[
                    ("position", position.into()),
                    ("right", letter(right).into()),
                    ("typed", letter(typed).into()),
                ],
            ),
            LetterDifference::Missing { position, right } => tr.args(
                "quiz-letter-missing",
                &[("position", position.into()), ("right", letter(right).into())],
            ),
            LetterDifference::Extra { position, typed } => tr.args(
                "quiz-letter-extra",
                &[("position", position.into()), ("typed", letter(typed).into())],
            ),
        })
        .collect();
    tr.args(
        "quiz-spelling-exact",
        &[
            ("answer", check.answer.clone().into()),
            ("letters", letters.join(" ; ").into()),
        ],
    )
}

/// The right answer in words, shown after a wrong answer.
fn right_answer(question: &Question, tr: &Tr<'_>) -> Option<String> {
    let lang = tr.lang;
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
        QuestionKind::Typed { accepted, .. } => accepted.get(lang).first().cloned(),
        QuestionKind::Number { answers } => answers.first().map(|a| number_text(a.value, lang)),
        QuestionKind::Fields { fields } => Some(
            fields
                .iter()
                .filter_map(|f| {
                    Some(tr.args(
                        "quiz-field-answer",
                        &[
                            ("label", without_stop(f.label.get(lang)).into()),
                            ("answer", f.accepted.get(lang).first()?.as_str().into()),
                        ],
                    ))
                })
                .collect::<Vec<_>>()
                .join(" ; "),
        ),
        // "1. I open the folder. 2. I choose the file."
        QuestionKind::Order { items } => Some(
            items
                .iter()
                .zip(1..)
                .map(|(i, n)| format!("{n}. {}.", without_stop(i.label.get(lang))))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        QuestionKind::Match { pairs } => Some(
            pairs
                .iter()
                .map(|p| {
                    format!(
                        "{} → {}",
                        without_stop(p.left.get(lang)),
                        without_stop(p.right.get(lang))
                    )
                })
                .collect::<Vec<_>>()
                .join(" ; "),
        ),
        QuestionKind::Zone { zones, answer, .. } => zones
            .iter()
            .find(|z| &z.id == answer)
            .map(|z| z.label.get(lang).clone()),
    }
}

/// A text without its final full stop, to be put in a list.
fn without_stop(text: &str) -> &str {
    text.trim().trim_end_matches('.')
}

/// A number as the screen shows it: `3,5` in French, `3.5` in English.
fn number_text(x: f64, lang: Lang) -> String {
    let text = format!("{x}");
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}
