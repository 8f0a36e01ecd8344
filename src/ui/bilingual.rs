//! A text written in both languages, side by side, with its marks: a translation missing,
//! or an English text to check since its French changed. The pack editor's fields.

use std::collections::BTreeSet;

use egui::RichText;

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::Lang;
use crate::pack::FieldPath;
use crate::pack::draft_texts::is_missing_translation;
use crate::session::{Action, EditorAction, mark_key};

/// What every field of one file of the editor shares.
pub struct Fields<'a> {
    /// The file's name as marks know it (`01-souris.toml`, or `pack.toml`).
    pub file: &'a str,
    /// The translations marked out of date.
    pub stale: &'a BTreeSet<String>,
    /// The field to scroll to and focus, if any; taken once done.
    pub jump: &'a mut Option<FieldPath>,
    /// The action asked for.
    pub action: &'a mut Option<Action>,
    /// The screen's language.
    pub tr: &'a Tr<'a>,
}

impl Fields<'_> {
    /// Whether the field at `path` is the one to jump to (or holds it, or is the first
    /// field inside it); `Some(Lang::En)` when the English box is the one.
    fn jump_here(&self, path: &FieldPath) -> Option<Lang> {
        let target = self.jump.as_ref()?;
        if target == &path.key("en") {
            Some(Lang::En)
        } else if target.starts_with(path) || path.starts_with(target) {
            Some(Lang::Fr)
        } else {
            None
        }
    }

    /// Focuses and shows `response` when it is the field to jump to.
    fn jump_to(&mut self, response: &egui::Response) {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
        *self.jump = None;
    }

    /// A text in both languages, side by side: `label` above, a box per language.
    pub fn text(
        &mut self,
        ui: &mut egui::Ui,
        path: &FieldPath,
        label: &str,
        fr: &mut Option<String>,
        en: &mut Option<String>,
        lines: bool,
    ) {
        let tr = self.tr;
        let jump = self.jump_here(path);
        let missing = is_missing_translation(fr.as_deref(), en.as_deref());
        let stale_key = mark_key(self.file, path, Lang::En);
        let stale = self.stale.contains(&stale_key);
        ui.label(RichText::new(label).strong());
        ui.columns(2, |columns| {
            for (column, lang, text) in [(0, Lang::Fr, &mut *fr), (1, Lang::En, &mut *en)] {
                let ui = &mut columns[column];
                let lang_name = tr.t(match lang {
                    Lang::Fr => "editor-french",
                    Lang::En => "editor-english",
                });
                let name = tr.args(
                    "editor-in-lang",
                    &[("field", label.into()), ("lang", lang_name.into())],
                );
                let caption = ui.label(RichText::new(&name).color(theme::palette(ui).text_muted));
                let mut value = text.clone().unwrap_or_default();
                let edit = if lines {
                    egui::TextEdit::multiline(&mut value).desired_rows(3)
                } else {
                    egui::TextEdit::singleline(&mut value).min_size(egui::vec2(0.0, theme::MIN_TARGET))
                };
                // Known by its field, not its place: the problems listed above shrink as
                // they are mended, and the box must keep the keyboard meanwhile.
                let edit = edit.id(field_id(self.file, path, Some(lang)));
                let response = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(caption.id);
                if response.changed() {
                    *text = Some(value.clone());
                }
                if jump == Some(lang) {
                    self.jump_to(&response);
                }
                if missing && value.trim().is_empty() {
                    widgets::error_text(ui, &tr.t("editor-missing-translation"));
                }
                if lang == Lang::En && stale {
                    widgets::error_text(ui, &tr.t("editor-stale"));
                    if widgets::secondary_button(ui, &tr.t("editor-still-right")).clicked() {
                        *self.action = Some(Action::Editor(EditorAction::TranslationStillRight(
                            stale_key.clone(),
                        )));
                    }
                }
            }
        });
        ui.add_space(theme::GROUP_GAP);
    }

    /// A one-line text in one language (an id, a version), named by `label`.
    pub fn single(&mut self, ui: &mut egui::Ui, path: &FieldPath, label: &str, value: &mut Option<String>) {
        let mut text = value.clone().unwrap_or_default();
        let response = widgets::labelled_text_as(ui, Some(field_id(self.file, path, None)), label, &mut text);
        if response.changed() {
            *value = Some(text);
        }
        if self.jump_here(path).is_some() {
            self.jump_to(&response);
        }
    }

    /// Takes note that the field at `path` is shown by `response` (a choice, a list).
    pub fn other(&mut self, path: &FieldPath, response: &egui::Response) {
        if self.jump_here(path).is_some() {
            self.jump_to(response);
        }
    }
}

/// The label of a field from its path in its file, unique on the screen: `title` →
/// "Title", `questions[2].choices[1]` → "Question 2 — Choice 1", `steps[3].activity.
/// messages[1].subject` → "Step 3 — Practice — Message 1 — Subject".
pub fn field_label(path: &FieldPath, tr: &Tr<'_>) -> String {
    path.parts_after(&FieldPath::root())
        .into_iter()
        .filter(|(key, _)| !key.is_empty())
        .map(|(key, index)| {
            tr.args(
                &format!("editor-field-{key}"),
                &[("n", index.map_or(0, |i| i + 1).into())],
            )
        })
        .collect::<Vec<_>>()
        .join(" — ")
}

/// The id of the text box of `path` in `file` (in `lang` for a bilingual text).
fn field_id(file: &str, path: &FieldPath, lang: Option<Lang>) -> egui::Id {
    egui::Id::unique(("pack editor field", file, path.to_string(), lang.map(Lang::code)))
}
