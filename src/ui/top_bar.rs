//! The bar on every screen: the language switch, and the resident's way home or out.

use egui::RichText;

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::Lang;
use crate::session::{Action, AppState, Route};

/// The top bar. The language switch is always visible, on every screen.
pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(tr.t("common-app-name"))
                .size(theme::HEADING_SIZE)
                .strong(),
        );
        ui.add_space(theme::SECTION_GAP);
        if let Some(resident) = &state.resident {
            widgets::avatar_badge(ui, resident.avatar);
            ui.label(RichText::new(&resident.name).strong());
            if !matches!(state.route, Route::Home(_)) && ui.button(tr.t("common-home")).clicked() {
                action = Some(Action::GoHome);
            }
            if ui.button(tr.t("common-change-profile")).clicked() {
                action = Some(Action::ChangeProfile);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Right to left: English is drawn first so that Français comes first when read.
            for lang in Lang::ALL.into_iter().rev() {
                let selected = state.lang == lang;
                let response = ui.selectable_label(selected, lang.native_name());
                if response.clicked() && !selected {
                    action = Some(Action::SetLanguage(lang));
                }
            }
            ui.label(tr.t("common-language"));
        });
    });
    action
}
