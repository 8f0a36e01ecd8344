//! The known folder's files to tick, where no dialog could open: the folder named first,
//! a box for each file, and buttons to load the ticked ones, to open the folder in the
//! PC's file manager (to put a file from a USB key there), or to cancel.

use egui::RichText;

use super::widgets::{self, ChoiceMark};
use super::{bidi, theme};
use crate::i18n::Tr;
use crate::session::{Action, FileAction, FileChoice};

/// Draws the list; returns what the person asked for.
pub fn file_choice_ui(ui: &mut egui::Ui, choice: &mut FileChoice, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.heading(tr.t("file-choice-title"));
    bidi::label(
        ui,
        &tr.args(
            "file-choice-folder",
            &[("folder", choice.folder.display().to_string().into())],
        ),
        |t| t,
    );
    ui.add_space(theme::SECTION_GAP);
    if choice.files.is_empty() {
        ui.label(RichText::new(tr.t("file-choice-none")).strong());
    }
    for file in &mut choice.files {
        let row = widgets::choice_row(ui, &file.name, file.ticked, ChoiceMark::Check);
        widgets::take_first_focus(&row);
        if row.clicked() {
            file.ticked = !file.ticked;
        }
    }
    ui.add_space(theme::SECTION_GAP);
    let ticked = choice.files.iter().filter(|f| f.ticked).count();
    ui.horizontal_wrapped(|ui| {
        let load = tr.args("file-choice-load", &[("count", ticked.into())]);
        if widgets::primary_button_if(ui, &load, ticked > 0).clicked() {
            action = Some(Action::File(FileAction::LoadTickedFiles));
        }
        if widgets::secondary_button(ui, &tr.t("file-choice-open-folder")).clicked() {
            action = Some(Action::File(FileAction::OpenKnownFolder));
        }
        if widgets::secondary_button(ui, &tr.t("common-cancel")).clicked() {
            action = Some(Action::File(FileAction::CancelFileChoice));
        }
    });
    action
}
