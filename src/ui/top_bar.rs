//! The bar on every screen: the language switch, text size and contrast, and the
//! resident's way home or out. It wraps onto two lines when the text is large.

use egui::RichText;

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::{DisplaySettings, Lang};
use crate::session::{Action, AppState, Route};

/// The top bar. The language switch is always visible, on every screen.
pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr.t("common-app-name")).size(theme::HEADING_SIZE));
        ui.add_space(theme::SECTION_GAP);
        if let Some(resident) = &state.resident {
            widgets::avatar_badge(ui, resident.avatar);
            ui.label(RichText::new(&resident.name).strong());
            if !matches!(state.route, Route::Home(_)) && widgets::button(ui, &tr.t("common-home")).clicked() {
                action = Some(Action::GoHome);
            }
            if widgets::button(ui, &tr.t("common-change-profile")).clicked() {
                action = Some(Action::ChangeProfile);
            }
            ui.add_space(theme::SECTION_GAP);
        }

        ui.label(tr.t("common-language"));
        for lang in Lang::ALL {
            let selected = state.lang == lang;
            if widgets::toggle(ui, selected, lang.native_name()).clicked() && !selected {
                action = Some(Action::SetLanguage(lang));
            }
        }
        ui.add_space(theme::SECTION_GAP);

        let display = state.display;
        ui.label(tr.args("common-text-size", &[("percent", display.text_percent.into())]));
        let can_shrink = display.text_percent > DisplaySettings::MIN_TEXT;
        if widgets::small_button(ui, "A−", &tr.t("common-text-smaller"), can_shrink).clicked() {
            action = Some(Action::SetTextSize(display.smaller()));
        }
        let can_grow = display.text_percent < DisplaySettings::MAX_TEXT;
        if widgets::small_button(ui, "A+", &tr.t("common-text-larger"), can_grow).clicked() {
            action = Some(Action::SetTextSize(display.larger()));
        }
        if widgets::toggle(ui, display.high_contrast, &tr.t("common-high-contrast")).clicked() {
            action = Some(Action::SetHighContrast(!display.high_contrast));
        }
    });
    action
}
