//! The trainers' shelf: the packs being written, the built-in packs to copy, a new pack.

use egui::RichText;

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::session::{Action, AgentAction, EditorAction, PackShelf};

/// The shelf of packs a trainer can write.
pub fn shelf_ui(ui: &mut egui::Ui, shelf: &PackShelf, file_busy: bool, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    if widgets::secondary_button(ui, &tr.t("editor-back-to-area")).clicked() {
        action = Some(Action::Agent(AgentAction::BackToResidents));
    }
    ui.label(
        RichText::new(tr.t("editor-shelf-heading"))
            .size(theme::HEADING_SIZE * 0.8)
            .strong(),
    );
    ui.label(tr.t("editor-shelf-intro"));
    ui.horizontal_wrapped(|ui| {
        if widgets::primary_button(ui, &tr.t("editor-new-pack")).clicked() {
            action = Some(Action::Editor(EditorAction::NewPackDraft));
        }
        if widgets::secondary_button_if(ui, &tr.t("editor-open-file"), !file_busy).clicked() {
            action = Some(Action::Editor(EditorAction::OpenPackFileToEdit));
        }
    });
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("editor-drafts")).strong());
    if shelf.drafts.is_empty() {
        ui.label(tr.t("editor-no-drafts"));
    }
    let palette = theme::palette(ui);
    for draft in &shelf.drafts {
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            let title = draft.title.as_str();
            if shelf.deleting.as_ref() == Some(&draft.uid) {
                widgets::error_text(
                    ui,
                    &tr.args("editor-delete-draft-ask", &[("title", title.into())]),
                );
                ui.horizontal_wrapped(|ui| {
                    if widgets::secondary_button(ui, &tr.t("editor-delete-draft-yes")).clicked() {
                        action = Some(Action::Editor(EditorAction::ConfirmDeletePackDraft(true)));
                    }
                    if widgets::primary_button(ui, &tr.t("editor-delete-draft-no")).clicked() {
                        action = Some(Action::Editor(EditorAction::ConfirmDeletePackDraft(false)));
                    }
                });
                return;
            }
            ui.horizontal_wrapped(|ui| {
                if widgets::primary_button(ui, &tr.args("editor-go-on", &[("title", title.into())])).clicked()
                {
                    action = Some(Action::Editor(EditorAction::OpenPackDraft(draft.uid.clone())));
                }
                let delete = tr.args("editor-delete-draft", &[("title", title.into())]);
                if widgets::secondary_button(ui, &delete).clicked() {
                    action = Some(Action::Editor(EditorAction::DeletePackDraft(draft.uid.clone())));
                }
            });
        });
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("editor-builtin")).strong());
    for (index, title) in shelf.builtin.iter().enumerate() {
        let label = tr.args(
            "editor-copy-builtin",
            &[("title", title.get(tr.lang).as_str().into())],
        );
        if widgets::secondary_button(ui, &label).clicked() {
            action = Some(Action::Editor(EditorAction::CopyBuiltinPack(index)));
        }
    }
    action
}
