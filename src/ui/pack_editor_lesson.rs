//! One lesson in the pack editor: its id, competence, level and title, its steps (texts,
//! picture, practice activity) and its questions (texts and right answers), every text in
//! French and English side by side.

use std::collections::BTreeSet;

use egui::RichText;

use super::bilingual::{Fields, field_label};
use super::widgets::ChoiceMark;
use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::{Competence, Level};
use crate::pack::FieldPath;
use crate::pack::draft::{LessonDraft, PackDraft};
use crate::pack::draft_texts;
use crate::pack::format::{RawChoice, RawLesson, RawNumber, RawQuestion, RawStep, RawText, RawTextList};
use crate::session::{Action, EditorPart, PackEditor};

/// An id not yet used in `taken`: `stem-1`, `stem-2`…
fn free_id(stem: &str, taken: &BTreeSet<String>) -> String {
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}

fn lesson_ids(draft: &PackDraft) -> BTreeSet<String> {
    draft.lessons.iter().filter_map(|l| l.lesson.id.clone()).collect()
}

fn question_ids(draft: &PackDraft) -> BTreeSet<String> {
    draft
        .lessons
        .iter()
        .flat_map(|l| &l.lesson.questions)
        .filter_map(|q| q.id.clone())
        .collect()
}

/// A step with an empty text.
fn new_step() -> RawStep {
    RawStep {
        text: Some(RawText::default()),
        ..RawStep::default()
    }
}

/// Adds a lesson after the others (the competence and level of the last one, a first
/// empty step) and shows it.
pub fn add_lesson(editor: &mut PackEditor) {
    let last = editor.draft.lessons.last().map(|l| &l.lesson);
    let lesson = RawLesson {
        id: Some(free_id("lesson", &lesson_ids(&editor.draft))),
        title: Some(RawText::default()),
        competence: Some(
            last.and_then(|l| l.competence.clone())
                .unwrap_or_else(|| "1.1".to_owned()),
        ),
        level: Some(last.and_then(|l| l.level).unwrap_or(1)),
        steps: vec![new_step()],
        questions: Vec::new(),
    };
    let file = editor.draft.new_lesson_file();
    editor.draft.lessons.push(LessonDraft { file, lesson });
    editor.part = EditorPart::Lesson(editor.draft.lessons.len() - 1);
}

/// A new question of a type, with its texts empty.
fn new_question(kind: &str, id: String) -> RawQuestion {
    let choice = |id: &str| RawChoice {
        id: Some(id.to_owned()),
        fr: Some(String::new()),
        en: Some(String::new()),
    };
    let mut q = RawQuestion {
        id: Some(id),
        kind: Some(kind.to_owned()),
        prompt: Some(RawText::default()),
        explanation: Some(RawText::default()),
        ..RawQuestion::default()
    };
    match kind {
        "single" | "multiple" => q.choices = vec![choice("a"), choice("b")],
        "typed" => {
            q.accepted = Some(RawTextList {
                fr: Some(Vec::new()),
                en: Some(Vec::new()),
            });
        }
        _ => {}
    }
    q
}

/// Lesson `index` of the pack being written.
pub fn lesson_ui(
    ui: &mut egui::Ui,
    editor: &mut PackEditor,
    index: usize,
    tr: &Tr<'_>,
    action: &mut Option<Action>,
) {
    let taken_questions = question_ids(&editor.draft);
    let PackEditor {
        draft, stale, jump, ..
    } = editor;
    let Some(lesson) = draft.lessons.get_mut(index) else {
        return;
    };
    let marks_file = lesson.path();
    let LessonDraft { file, lesson } = lesson;
    ui.label(
        RichText::new(tr.args("editor-lesson-heading", &[("n", (index + 1).into())]))
            .size(theme::HEADING_SIZE * 0.7)
            .strong(),
    );
    ui.label(
        RichText::new(tr.args("editor-lesson-file", &[("file", file.as_str().into())]))
            .color(theme::palette(ui).text_muted),
    );
    let mut remove_lesson = false;
    ui.horizontal_wrapped(|ui| {
        if widgets::primary_button(ui, &tr.t("editor-preview")).clicked() {
            *action = Some(Action::PreviewLesson(index));
        }
        if widgets::secondary_button(ui, &tr.t("editor-remove-lesson")).clicked() {
            remove_lesson = true;
        }
    });
    let mut fields = Fields {
        file: &marks_file,
        stale,
        jump,
        action,
        tr,
    };
    let root = FieldPath::root();
    fields.single(ui, &root.key("id"), &tr.t("editor-lesson-id"), &mut lesson.id);
    competence_and_level(ui, &mut fields, lesson, tr);
    let title = lesson.title.get_or_insert_with(RawText::default);
    let title_path = root.key("title");
    fields.text(
        ui,
        &title_path,
        &field_label(&title_path, &root, tr),
        &mut title.fr,
        &mut title.en,
        false,
    );

    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("editor-steps"))
            .size(theme::HEADING_SIZE * 0.7)
            .strong(),
    );
    let mut remove_step = None;
    let step_count = lesson.steps.len();
    for (i, step) in lesson.steps.iter_mut().enumerate() {
        let path = root.key("steps").index(i);
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            ui.label(RichText::new(tr.args("editor-step-heading", &[("n", (i + 1).into())])).strong());
            if step_count > 1 && widgets::secondary_button(ui, &tr.t("editor-remove-step")).clicked() {
                remove_step = Some(i);
            }
            step_ui(ui, &mut fields, step, &path, (index, i), tr);
        });
    }
    if let Some(i) = remove_step {
        lesson.steps.remove(i);
    }
    if widgets::secondary_button(ui, &tr.t("editor-add-step")).clicked() {
        lesson.steps.push(new_step());
    }

    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("editor-questions"))
            .size(theme::HEADING_SIZE * 0.7)
            .strong(),
    );
    let mut remove_question = None;
    for (i, question) in lesson.questions.iter_mut().enumerate() {
        let path = root.key("questions").index(i);
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            let kind = question.kind.clone().unwrap_or_default();
            let kind_name = type_name(&kind, tr);
            ui.label(
                RichText::new(tr.args(
                    "editor-question-heading",
                    &[("n", (i + 1).into()), ("kind", kind_name.into())],
                ))
                .strong(),
            );
            if widgets::secondary_button(ui, &tr.t("editor-remove-question")).clicked() {
                remove_question = Some(i);
            }
            question_ui(ui, &mut fields, question, &path, tr);
        });
    }
    if let Some(i) = remove_question {
        lesson.questions.remove(i);
    }
    let stem = lesson
        .id
        .clone()
        .filter(|id| !id.trim().is_empty())
        .unwrap_or_else(|| "q".to_owned());
    ui.horizontal_wrapped(|ui| {
        for (kind, label) in [
            ("single", "editor-add-single"),
            ("multiple", "editor-add-multiple"),
            ("true-false", "editor-add-true-false"),
            ("typed", "editor-add-typed"),
        ] {
            if widgets::secondary_button(ui, &tr.t(label)).clicked() {
                lesson
                    .questions
                    .push(new_question(kind, free_id(&stem, &taken_questions)));
            }
        }
    });
    if remove_lesson {
        draft.lessons.remove(index);
        editor.part = EditorPart::Pack;
    }
}

fn type_name(kind: &str, tr: &Tr<'_>) -> String {
    match kind {
        "single" | "multiple" | "true-false" | "typed" | "fields" | "order" | "match" | "zone" | "number" => {
            tr.t(&format!("editor-type-{kind}"))
        }
        other => tr.args("editor-type-unknown", &[("kind", other.into())]),
    }
}

fn competence_and_level(ui: &mut egui::Ui, fields: &mut Fields<'_>, lesson: &mut RawLesson, tr: &Tr<'_>) {
    let root = FieldPath::root();
    let current = lesson.competence.clone().unwrap_or_default();
    let shown = |c: Competence| format!("{} — {}", c.code(), tr.t(&c.message_id()));
    let selected = Competence::parse(&current).map_or(current.clone(), shown);
    let response = egui::ComboBox::from_label(tr.t("editor-competence"))
        .selected_text(selected)
        .width(420.0)
        .show_ui(ui, |ui| {
            for c in Competence::all() {
                if ui.selectable_label(c.code() == current, shown(c)).clicked() {
                    lesson.competence = Some(c.code());
                }
            }
        })
        .response;
    fields.other(&root.key("competence"), &response);
    let level = lesson.level.unwrap_or(0);
    let response = egui::ComboBox::from_label(tr.t("editor-level"))
        .selected_text(tr.args("editor-level-n", &[("n", level.into())]))
        .show_ui(ui, |ui| {
            for n in Level::MIN..=Level::MAX {
                let label = tr.args("editor-level-n", &[("n", n.into())]);
                if ui.selectable_label(i64::from(n) == level, label).clicked() {
                    lesson.level = Some(i64::from(n));
                }
            }
        })
        .response;
    fields.other(&root.key("level"), &response);
}

fn step_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    step: &mut RawStep,
    path: &FieldPath,
    (lesson, index): (usize, usize),
    tr: &Tr<'_>,
) {
    draft_texts::step_texts(step, path, &mut |field, fr, en| {
        let lines = !field.to_string().ends_with("image_alt");
        fields.text(ui, field, &field_label(field, path, tr), fr, en, lines);
    });
    match &step.image {
        Some(file) => ui.label(tr.args("editor-picture", &[("file", file.as_str().into())])),
        None => ui.label(tr.t("editor-no-picture")),
    };
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button(ui, &tr.t("editor-choose-picture")).clicked() {
            *fields.action = Some(Action::AddStepPicture(lesson, index));
        }
        if step.text_easy.is_none() && widgets::secondary_button(ui, &tr.t("editor-add-easy-text")).clicked()
        {
            step.text_easy = Some(RawText::default());
        }
        if step.tip.is_none() && widgets::secondary_button(ui, &tr.t("editor-add-tip")).clicked() {
            step.tip = Some(RawText::default());
        }
    });
    if let Some(activity) = &step.activity {
        let kind = activity.kind.clone().unwrap_or_default();
        ui.label(RichText::new(tr.args("editor-activity", &[("kind", kind.into())])).italics());
    }
}

fn question_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    q: &mut RawQuestion,
    path: &FieldPath,
    tr: &Tr<'_>,
) {
    draft_texts::question_texts(q, path, &mut |field, fr, en| {
        let lines = field
            .parts_after(path)
            .first()
            .is_some_and(|(k, _)| *k == "prompt" || *k == "explanation");
        fields.text(ui, field, &field_label(field, path, tr), fr, en, lines);
    });
    match q.kind.as_deref() {
        Some("single" | "multiple") => choices_ui(ui, fields, q, path, tr),
        Some("true-false") => {
            ui.label(RichText::new(tr.t("editor-right-true-false")).strong());
            ui.horizontal_wrapped(|ui| {
                for (value, label) in [(true, "editor-true"), (false, "editor-false")] {
                    let selected = q.answer.as_ref().and_then(toml::Value::as_bool) == Some(value);
                    let response = widgets::toggle(ui, selected, &tr.t(label));
                    if response.clicked() {
                        q.answer = Some(toml::Value::Boolean(value));
                    }
                    fields.other(&path.key("answer"), &response);
                }
            });
        }
        Some("typed") => {
            let accepted = q.accepted.get_or_insert_with(RawTextList::default);
            let joined = |list: &Option<Vec<String>>| list.as_ref().map(|l| l.join("\n"));
            let (mut fr, mut en) = (joined(&accepted.fr), joined(&accepted.en));
            let field = path.key("accepted");
            fields.text(ui, &field, &tr.t("editor-accepted"), &mut fr, &mut en, true);
            let split = |text: Option<String>| {
                text.map(|t| {
                    t.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
            };
            if fr != joined(&accepted.fr) {
                accepted.fr = split(fr);
            }
            if en != joined(&accepted.en) {
                accepted.en = split(en);
            }
        }
        Some("number") => numbers_ui(ui, fields, q, path, tr),
        Some("order" | "fields" | "match" | "zone") => {
            ui.label(RichText::new(tr.t("editor-parts-in-file")).color(theme::palette(ui).text_muted));
        }
        _ => {}
    }
}

/// The right choice(s) of a choice question, and adding or removing a choice.
fn choices_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    q: &mut RawQuestion,
    path: &FieldPath,
    tr: &Tr<'_>,
) {
    let multiple = q.kind.as_deref() == Some("multiple");
    if multiple {
        ui.label(RichText::new(tr.t("editor-right-choices")).strong());
    }
    for (i, choice) in q.choices.iter().enumerate() {
        let id = choice.id.clone().unwrap_or_default();
        let text = choice
            .fr
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| field_label(&path.key("choices").index(i), path, tr));
        let label = tr.args("editor-right-choice", &[("choice", text.into())]);
        if multiple {
            let answers = q.answers.get_or_insert_with(Vec::new);
            let selected = answers.contains(&id);
            let response = widgets::choice_row(ui, &label, selected, ChoiceMark::Check);
            if response.clicked() {
                if selected {
                    answers.retain(|a| *a != id);
                } else {
                    answers.push(id.clone());
                }
            }
            fields.other(&path.key("answers"), &response);
        } else {
            let selected = q.answer.as_ref().and_then(toml::Value::as_str) == Some(id.as_str());
            let response = widgets::choice_row(ui, &label, selected, ChoiceMark::Radio);
            if response.clicked() {
                q.answer = Some(toml::Value::String(id.clone()));
            }
            fields.other(&path.key("answer"), &response);
        }
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button(ui, &tr.t("editor-add-choice")).clicked() {
            let taken: BTreeSet<String> = q.choices.iter().filter_map(|c| c.id.clone()).collect();
            let id = ('a'..='z')
                .map(String::from)
                .find(|id| !taken.contains(id))
                .unwrap_or_else(|| free_id("c", &taken));
            q.choices.push(RawChoice {
                id: Some(id),
                fr: Some(String::new()),
                en: Some(String::new()),
            });
        }
        if q.choices.len() > 2 && widgets::secondary_button(ui, &tr.t("editor-remove-choice")).clicked() {
            q.choices.pop();
        }
    });
}

/// The right values of a number question.
fn numbers_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    q: &mut RawQuestion,
    path: &FieldPath,
    tr: &Tr<'_>,
) {
    let shown = |v: &Option<toml::Value>| {
        v.as_ref().map(|v| match v {
            toml::Value::Float(f) => f.to_string(),
            other => other.to_string(),
        })
    };
    for (i, number) in q.numbers.iter_mut().enumerate() {
        let at = path.key("numbers").index(i);
        let RawNumber { value, tolerance } = number;
        for (key, label, slot) in [
            ("value", "editor-number-value", value),
            ("tolerance", "editor-number-tolerance", tolerance),
        ] {
            let before = shown(slot);
            let mut text = before.clone();
            fields.single(ui, &at.key(key), &tr.t(label), &mut text);
            if text != before {
                let typed = text.unwrap_or_default().trim().replace(',', ".");
                *slot = Some(
                    typed
                        .parse::<f64>()
                        .map_or(toml::Value::String(typed), toml::Value::Float),
                );
            }
        }
    }
}
