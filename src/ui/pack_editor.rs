//! The pack editor: what is being written, its parts, the problems `pack check` finds
//! (each one a button to its field), and the part shown — the pack's own fields here, a
//! lesson in `pack_editor_lesson.rs`.

use egui::RichText;

use super::bilingual::{Fields, field_label};
use super::{pack_editor_lesson, theme, widgets};
use crate::i18n::Tr;
use crate::model::Lang;
use crate::pack::format::{RawTerm, RawText};
use crate::pack::{FieldPath, draft_texts};
use crate::session::{Action, EditorAction, EditorPart, PackEditor};

/// At most this many problems are listed; the count says how many more.
const MAX_PROBLEMS_SHOWN: usize = 12;

/// The pack editor.
pub fn editor_ui(ui: &mut egui::Ui, editor: &mut PackEditor, file_busy: bool, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.label(
        RichText::new(tr.args("editor-heading", &[("title", editor.draft.title(tr.lang).into())]))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    if editor.asking_to_leave {
        leave_question(ui, file_busy, tr, &mut action);
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button(ui, &tr.t("editor-back-to-shelf")).clicked() {
            action = Some(Action::Editor(EditorAction::LeavePackEditor));
        }
        if widgets::secondary_button_if(ui, &tr.t("editor-undo"), editor.can_undo()).clicked() {
            action = Some(Action::Editor(EditorAction::UndoPackEdit));
        }
        if widgets::primary_button_if(ui, &tr.t("editor-save-folder"), !file_busy).clicked() {
            action = Some(Action::Editor(EditorAction::SavePackFolder));
        }
        if widgets::secondary_button_if(ui, &tr.t("editor-save-file"), !file_busy).clicked() {
            action = Some(Action::Editor(EditorAction::SharePackFile));
        }
        for (lang, label) in [
            (Lang::Fr, "editor-import-gift-fr"),
            (Lang::En, "editor-import-gift-en"),
        ] {
            if widgets::secondary_button_if(ui, &tr.t(label), !file_busy).clicked() {
                action = Some(Action::Editor(EditorAction::ImportGiftLesson(lang)));
            }
        }
        for (lang, label) in [
            (Lang::Fr, "editor-export-gift-fr"),
            (Lang::En, "editor-export-gift-en"),
        ] {
            if widgets::secondary_button_if(ui, &tr.t(label), !file_busy).clicked() {
                action = Some(Action::Editor(EditorAction::ExportGift(lang)));
            }
        }
    });
    let saved = if editor.saved_as_files {
        "editor-all-saved"
    } else {
        "editor-kept-as-draft"
    };
    ui.label(RichText::new(tr.t(saved)).color(theme::palette(ui).text_muted));
    ui.add_space(theme::GROUP_GAP);
    let overview = |ui: &mut egui::Ui, editor: &mut PackEditor, action: &mut Option<Action>| {
        parts_ui(ui, editor, tr);
        problems_ui(ui, editor, tr, action);
    };
    let part = |ui: &mut egui::Ui, editor: &mut PackEditor, action: &mut Option<Action>| match editor.part {
        EditorPart::Pack => pack_part_ui(ui, editor, tr, action),
        EditorPart::Lesson(index) => pack_editor_lesson::lesson_ui(ui, editor, index, tr, action),
    };
    // On a wide screen the parts and problems stay beside the fields, so that the fields
    // start near the top; on a narrow one (or large text) they come first.
    if ui.available_width() >= theme::EDITOR_SIDE_BY_SIDE {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(theme::EDITOR_SIDEBAR_WIDTH);
                overview(ui, editor, &mut action);
            });
            ui.separator();
            ui.vertical(|ui| part(ui, editor, &mut action));
        });
    } else {
        overview(ui, editor, &mut action);
        ui.separator();
        part(ui, editor, &mut action);
    }
    // A field to jump to is found in the frame after the problem was pressed, or not at
    // all (a field the editor does not show): it must not catch a later frame's field.
    editor.jump = None;
    action
}

fn leave_question(ui: &mut egui::Ui, file_busy: bool, tr: &Tr<'_>, action: &mut Option<Action>) {
    let palette = theme::palette(ui);
    widgets::boxed(
        ui,
        palette.tip_fill,
        egui::Stroke::new(2.0, palette.border),
        |ui| {
            widgets::error_text(ui, &tr.t("editor-leave-ask"));
            ui.horizontal_wrapped(|ui| {
                if widgets::primary_button_if(ui, &tr.t("editor-leave-save"), !file_busy).clicked() {
                    *action = Some(Action::Editor(EditorAction::SavePackFolder));
                }
                if widgets::secondary_button(ui, &tr.t("editor-leave-anyway")).clicked() {
                    *action = Some(Action::Editor(EditorAction::ConfirmLeavePackEditor(true)));
                }
                if widgets::secondary_button(ui, &tr.t("editor-stay")).clicked() {
                    *action = Some(Action::Editor(EditorAction::ConfirmLeavePackEditor(false)));
                }
            });
        },
    );
}

/// The pack's parts: the pack itself, then each lesson with its translations to check.
fn parts_ui(ui: &mut egui::Ui, editor: &mut PackEditor, tr: &Tr<'_>) {
    ui.label(RichText::new(tr.t("editor-parts")).strong());
    ui.horizontal_wrapped(|ui| {
        let label = match editor.pack_to_translate {
            0 => tr.t("editor-part-pack"),
            count => tr.args("editor-part-pack-marks", &[("count", count.into())]),
        };
        if widgets::toggle(ui, editor.part == EditorPart::Pack, &label).clicked() {
            editor.part = EditorPart::Pack;
        }
        for (i, lesson) in editor.draft.lessons.iter().enumerate() {
            let title = lesson
                .lesson
                .title
                .as_ref()
                .and_then(|t| t.get(tr.lang))
                .filter(|t| !t.trim().is_empty())
                .unwrap_or(&lesson.file);
            let count = editor.to_translate.get(i).copied().unwrap_or(0);
            let label = if count == 0 {
                tr.args(
                    "editor-part-lesson",
                    &[("n", (i + 1).into()), ("title", title.as_str().into())],
                )
            } else {
                tr.args(
                    "editor-part-lesson-marks",
                    &[
                        ("n", (i + 1).into()),
                        ("title", title.as_str().into()),
                        ("count", count.into()),
                    ],
                )
            };
            if widgets::toggle(ui, editor.part == EditorPart::Lesson(i), &label).clicked() {
                editor.part = EditorPart::Lesson(i);
            }
        }
        if widgets::secondary_button(ui, &tr.t("editor-add-lesson")).clicked() {
            pack_editor_lesson::add_lesson(editor);
        }
    });
}

/// The problems `pack check` finds: each one goes to its field when pressed.
fn problems_ui(ui: &mut egui::Ui, editor: &PackEditor, tr: &Tr<'_>, action: &mut Option<Action>) {
    if editor.problems.is_empty() {
        ui.label(RichText::new(tr.t("editor-no-problems")).color(theme::palette(ui).success));
        return;
    }
    let count = editor.problems.len();
    widgets::error_text(ui, &tr.args("editor-problems", &[("count", count.into())]));
    for problem in editor.problems.iter().take(MAX_PROBLEMS_SHOWN) {
        let response = ui.add(
            egui::Button::new(RichText::new(problem.message(tr)))
                .wrap()
                .min_size(egui::vec2(0.0, theme::MIN_TARGET)),
        );
        if response.clicked() {
            *action = Some(Action::Editor(EditorAction::ShowPackProblem(problem.clone())));
        }
    }
    if count > MAX_PROBLEMS_SHOWN {
        ui.label(tr.args(
            "editor-more-problems",
            &[("count", (count - MAX_PROBLEMS_SHOWN).into())],
        ));
    }
}

/// The pack's own fields: id, version, licence, authors, title, description, and the
/// words to know.
fn pack_part_ui(ui: &mut egui::Ui, editor: &mut PackEditor, tr: &Tr<'_>, action: &mut Option<Action>) {
    let PackEditor {
        draft, stale, jump, ..
    } = editor;
    let mut fields = Fields {
        file: draft_texts::MANIFEST_FILE,
        stale,
        jump,
        action,
        tr,
    };
    let root = FieldPath::root();
    let manifest = &mut draft.manifest;
    fields.single(ui, &root.key("id"), &tr.t("editor-pack-id"), &mut manifest.id);
    fields.single(
        ui,
        &root.key("version"),
        &tr.t("editor-version"),
        &mut manifest.version,
    );
    fields.single(
        ui,
        &root.key("licence"),
        &tr.t("editor-licence"),
        &mut manifest.licence,
    );
    let before = manifest.authors.as_ref().map(|a| a.join(", "));
    let mut authors = before.clone();
    fields.single(ui, &root.key("authors"), &tr.t("editor-authors"), &mut authors);
    if authors != before {
        manifest.authors = authors.map(|a| {
            a.split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect()
        });
    }
    for (key, lines) in [("title", false), ("description", true)] {
        let path = root.key(key);
        let text = match key {
            "title" => &mut manifest.title,
            _ => &mut manifest.description,
        };
        let text = text.get_or_insert_with(RawText::default);
        fields.text(
            ui,
            &path,
            &field_label(&path, tr),
            &mut text.fr,
            &mut text.en,
            lines,
        );
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.t("editor-glossary"))
            .size(theme::HEADING_SIZE * 0.7)
            .strong(),
    );
    fields.file = draft_texts::GLOSSARY_FILE;
    let mut remove = None;
    for (i, term) in draft.glossary.terms.iter_mut().enumerate() {
        let path = root.key("terms").index(i);
        ui.label(RichText::new(field_label(&path, tr)).strong());
        for key in ["word", "definition"] {
            let text = match key {
                "word" => &mut term.word,
                _ => &mut term.definition,
            };
            let text = text.get_or_insert_with(RawText::default);
            let field = path.key(key);
            fields.text(
                ui,
                &field,
                &field_label(&field, tr),
                &mut text.fr,
                &mut text.en,
                false,
            );
        }
        let remove_term = tr.args("editor-remove-term", &[("n", (i + 1).into())]);
        if widgets::secondary_button(ui, &remove_term).clicked() {
            remove = Some(i);
        }
        ui.separator();
    }
    if let Some(i) = remove {
        draft.glossary.terms.remove(i);
    }
    if widgets::secondary_button(ui, &tr.t("editor-add-term")).clicked() {
        draft.glossary.terms.push(RawTerm {
            word: Some(RawText::default()),
            definition: Some(RawText::default()),
        });
    }
}
