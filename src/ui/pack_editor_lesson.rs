//! One lesson in the pack editor: its id, competence, level and title, its steps (texts,
//! picture, practice activity) and its questions (texts and right answers), every text in
//! French and English side by side.

use std::collections::BTreeSet;

use egui::RichText;

use super::bilingual::{Fields, field_label};
use super::{pack_editor_activity, pack_editor_parts, theme, widgets};
use crate::i18n::Tr;
use crate::model::{Competence, Level};
use crate::pack::draft::{LessonDraft, PackDraft};
use crate::pack::format::{RawLesson, RawQuestion, RawSource, RawStep, RawText};
use crate::pack::{FieldPath, draft_texts};
use crate::session::{Action, EditorAction, EditorPart, PackEditor, PictureSlot};

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
        sources: Vec::new(),
    };
    let file = editor.draft.new_lesson_file();
    editor.draft.lessons.push(LessonDraft { file, lesson });
    editor.part = EditorPart::Lesson(editor.draft.lessons.len() - 1);
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
    let taken_activities: BTreeSet<String> = editor
        .draft
        .lessons
        .iter()
        .flat_map(|l| &l.lesson.steps)
        .filter_map(|s| s.activity.as_ref()?.id.clone())
        .collect();
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
            *action = Some(Action::Editor(EditorAction::PreviewLesson(marks_file.clone())));
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
        &field_label(&title_path, tr),
        &mut title.fr,
        &mut title.en,
        false,
    );

    steps_ui(ui, &mut fields, lesson, index, &taken_activities);
    questions_ui(ui, &mut fields, lesson, index, &taken_questions);
    sources_ui(ui, &mut fields, lesson);
    if remove_lesson {
        draft.lessons.remove(index);
        editor.part = EditorPart::Pack;
    }
}

/// Where the lesson's facts come from: for trainers, never shown to residents. Each
/// source has a title, an address and the day someone last read it again.
fn sources_ui(ui: &mut egui::Ui, fields: &mut Fields<'_>, lesson: &mut RawLesson) {
    let tr = fields.tr;
    let root = FieldPath::root().key("sources");
    part_heading(ui, &tr.t("editor-sources"));
    ui.label(RichText::new(tr.t("editor-sources-hint")).color(theme::palette(ui).text_muted));
    let mut remove = None;
    for (i, source) in lesson.sources.iter_mut().enumerate() {
        let path = root.index(i);
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            ui.label(RichText::new(tr.args("editor-source-heading", &[("n", (i + 1).into())])).strong());
            fields.single(
                ui,
                &path.key("title"),
                &tr.args("editor-source-title", &[("n", (i + 1).into())]),
                &mut source.title,
            );
            fields.single(
                ui,
                &path.key("address"),
                &tr.args("editor-source-address", &[("n", (i + 1).into())]),
                &mut source.address,
            );
            fields.single(
                ui,
                &path.key("checked"),
                &tr.args("editor-source-checked", &[("n", (i + 1).into())]),
                &mut source.checked,
            );
            let label = tr.args("editor-remove-source", &[("n", (i + 1).into())]);
            if widgets::secondary_button(ui, &label).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        lesson.sources.remove(i);
    }
    if widgets::secondary_button(ui, &tr.t("editor-add-source")).clicked() {
        lesson.sources.push(RawSource::default());
    }
}

/// The steps of lesson `index`, each with its practice activity, and "Add a step".
fn steps_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    lesson: &mut RawLesson,
    index: usize,
    taken_activities: &BTreeSet<String>,
) {
    let tr = fields.tr;
    let root = FieldPath::root();
    part_heading(ui, &tr.t("editor-steps"));
    let stem = lesson
        .id
        .clone()
        .filter(|id| !id.trim().is_empty())
        .unwrap_or_else(|| "q".to_owned());
    let new_activity_id = free_id(&format!("{stem}-practice"), taken_activities);
    let mut step_edit = None;
    let step_count = lesson.steps.len();
    for (i, step) in lesson.steps.iter_mut().enumerate() {
        let path = root.key("steps").index(i);
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            ui.label(RichText::new(tr.args("editor-step-heading", &[("n", (i + 1).into())])).strong());
            let ids = ("editor-move-step-up", "editor-remove-step");
            step_edit = step_edit.or(list_buttons(ui, tr, i, step_count > 1, ids));
            step_ui(ui, fields, step, &path, (index, i), &new_activity_id);
        });
    }
    apply(&mut lesson.steps, step_edit);
    if widgets::secondary_button(ui, &tr.t("editor-add-step")).clicked() {
        lesson.steps.push(new_step());
    }
}

/// The questions of lesson `index`, and a button to add each type of question.
fn questions_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    lesson: &mut RawLesson,
    index: usize,
    taken_questions: &BTreeSet<String>,
) {
    let tr = fields.tr;
    let root = FieldPath::root();
    part_heading(ui, &tr.t("editor-questions"));
    let mut question_edit = None;
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
            let ids = ("editor-move-question-up", "editor-remove-question");
            question_edit = question_edit.or(list_buttons(ui, tr, i, true, ids));
            question_ui(ui, fields, question, &path, (index, i));
        });
    }
    apply(&mut lesson.questions, question_edit);
    let stem = lesson
        .id
        .clone()
        .filter(|id| !id.trim().is_empty())
        .unwrap_or_else(|| "q".to_owned());
    ui.horizontal_wrapped(|ui| {
        for kind in crate::pack::draft_new::QUESTION_TYPES {
            if widgets::secondary_button(ui, &tr.t(&format!("editor-add-{kind}"))).clicked() {
                let id = free_id(&stem, taken_questions);
                lesson
                    .questions
                    .push(crate::pack::draft_new::new_question(kind, id));
            }
        }
    });
}

/// A change to a list of steps or questions asked by its buttons.
#[derive(Clone, Copy)]
enum ListEdit {
    /// Move item `i` before the one above it.
    MoveUp(usize),
    /// Remove item `i`.
    Remove(usize),
}

/// "Move … up" (not for the first) and "Remove …" (when `removable`) for item `i`, named
/// with its number.
fn list_buttons(
    ui: &mut egui::Ui,
    tr: &Tr<'_>,
    i: usize,
    removable: bool,
    (up_id, remove_id): (&str, &str),
) -> Option<ListEdit> {
    let n = [("n", (i + 1).into())];
    let mut edit = None;
    ui.horizontal_wrapped(|ui| {
        if i > 0 && widgets::secondary_button(ui, &tr.args(up_id, &n)).clicked() {
            edit = Some(ListEdit::MoveUp(i));
        }
        if removable && widgets::secondary_button(ui, &tr.args(remove_id, &n)).clicked() {
            edit = Some(ListEdit::Remove(i));
        }
    });
    edit
}

fn apply<T>(list: &mut Vec<T>, edit: Option<ListEdit>) {
    match edit {
        Some(ListEdit::MoveUp(i)) if i > 0 && i < list.len() => list.swap(i - 1, i),
        Some(ListEdit::Remove(i)) if i < list.len() => {
            list.remove(i);
        }
        _ => {}
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
    new_activity_id: &str,
) {
    let tr = fields.tr;
    let step_name = tr.args("editor-step-heading", &[("n", (index + 1).into())]);
    draft_texts::step_texts(step, path, &mut |field, fr, en| {
        let lines = !field.to_string().ends_with("image_alt");
        fields.text(ui, field, &field_label(field, tr), fr, en, lines);
    });
    match &step.image {
        Some(file) => ui.label(tr.args("editor-picture", &[("file", file.as_str().into())])),
        None => ui.label(tr.t("editor-no-picture")),
    };
    ui.horizontal_wrapped(|ui| {
        let choose = tr.args("editor-choose-picture", &[("part", step_name.as_str().into())]);
        if widgets::secondary_button(ui, &choose).clicked() {
            *fields.action = Some(Action::Editor(EditorAction::AddPicture(PictureSlot::Step(
                lesson, index,
            ))));
        }
        let add_easy = tr.args("editor-add-easy-text", &[("part", step_name.as_str().into())]);
        let add_tip = tr.args("editor-add-tip", &[("part", step_name.as_str().into())]);
        if step.text_easy.is_none() && widgets::secondary_button(ui, &add_easy).clicked() {
            step.text_easy = Some(RawText::default());
        }
        if step.tip.is_none() && widgets::secondary_button(ui, &add_tip).clicked() {
            step.tip = Some(RawText::default());
        }
    });
    pack_editor_activity::activity_ui(
        ui,
        fields,
        &mut step.activity,
        &path.key("activity"),
        (&step_name, new_activity_id),
    );
}

fn question_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    q: &mut RawQuestion,
    path: &FieldPath,
    at: (usize, usize),
) {
    let tr = fields.tr;
    let id_label = tr.args("editor-question-id", &[("n", (at.1 + 1).into())]);
    fields.single(ui, &path.key("id"), &id_label, &mut q.id);
    draft_texts::question_texts(q, path, &mut |field, fr, en| {
        let lines = field
            .parts_after(path)
            .first()
            .is_some_and(|(k, _)| *k == "prompt" || *k == "explanation");
        fields.text(ui, field, &field_label(field, tr), fr, en, lines);
    });
    pack_editor_parts::question_parts_ui(ui, fields, q, path, at);
}

/// The heading of a part of the lesson (its steps, its questions, its sources), after a
/// gap.
fn part_heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(text).size(theme::HEADING_SIZE * 0.7).strong());
}
