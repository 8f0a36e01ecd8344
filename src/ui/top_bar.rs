//! The bar on every screen: the language switch, the resident's way home or out, and a
//! "Display" button that opens the text size and contrast settings. It stays short so
//! that, even at 200 % text, the lesson keeps most of the screen.

use egui::RichText;

use super::{bidi, theme, widgets};
use crate::i18n::Tr;
use crate::model::{DisplaySettings, Lang};
use crate::session::{Action, AppState, DisplayAction, ProfileAction, Route};

/// The top bar. The language switch is always visible, on every screen.
pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    // At 200 % on a small screen the bar keeps to one row: the name and "Language:" go,
    // "Home" becomes a house, the languages and "Display" short names (screen readers
    // still hear the full ones).
    let compact = ui.available_width() < theme::COMPACT_BAR_WIDTH;
    ui.horizontal_wrapped(|ui| {
        match &state.resident {
            // The window's title already says Passerelle: a resident's name takes its place.
            None if compact => {}
            None => {
                ui.label(RichText::new(tr.t("common-app-name")).size(theme::HEADING_SIZE));
            }
            Some(resident) => {
                widgets::avatar_badge(ui, resident.avatar);
                if !compact {
                    bidi::label(ui, &resident.name, RichText::strong);
                }
            }
        }
        ui.add_space(theme::GROUP_GAP);
        if state.resident.is_some() {
            let home = tr.t("common-home");
            let home_pressed = !matches!(state.route, Route::Home(_))
                && if compact {
                    widgets::symbol_button(ui, crate::model::AvatarSymbol::House, &home).clicked()
                } else {
                    widgets::button(ui, &home).clicked()
                };
            if home_pressed {
                action = Some(Action::Profile(ProfileAction::GoHome));
            }
            if widgets::button(ui, &tr.t("common-change-profile")).clicked() {
                action = Some(Action::Profile(ProfileAction::ChangeProfile));
            }
            ui.add_space(theme::GROUP_GAP);
        }

        if !compact {
            ui.label(tr.t("common-language"));
        }
        for lang in Lang::ALL {
            let selected = state.lang == lang;
            let pressed = if compact {
                widgets::short_toggle(ui, selected, &lang.code().to_uppercase(), lang.native_name())
            } else {
                widgets::toggle(ui, selected, lang.native_name())
            };
            if pressed.clicked() && !selected {
                action = Some(Action::Display(DisplayAction::SetLanguage(lang)));
            }
        }
        ui.add_space(theme::GROUP_GAP);

        let display = tr.t("common-display");
        let pressed = if compact {
            widgets::short_toggle(ui, state.display_settings_open, "Aa", &display)
        } else {
            widgets::toggle(ui, state.display_settings_open, &display)
        };
        if pressed.clicked() {
            action = Some(Action::Display(DisplayAction::ToggleDisplaySettings));
        }
        if state.display_settings_open {
            ui.end_row();
            action = display_settings_ui(ui, state.display, tr).or(action.take());
        }
    });
    action
}

/// Text size and contrast, shown under the bar when "Display" is pressed.
fn display_settings_ui(ui: &mut egui::Ui, display: DisplaySettings, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.label(tr.args("common-text-size", &[("percent", display.text_percent.into())]));
    let can_shrink = display.text_percent > DisplaySettings::MIN_TEXT;
    if widgets::small_button(ui, "A−", &tr.t("common-text-smaller"), can_shrink).clicked() {
        action = Some(Action::Display(DisplayAction::SetTextSize(display.smaller())));
    }
    let can_grow = display.text_percent < DisplaySettings::MAX_TEXT;
    if widgets::small_button(ui, "A+", &tr.t("common-text-larger"), can_grow).clicked() {
        action = Some(Action::Display(DisplayAction::SetTextSize(display.larger())));
    }
    ui.add_space(theme::GROUP_GAP);
    if widgets::toggle(ui, display.high_contrast, &tr.t("common-high-contrast")).clicked() {
        action = Some(Action::Display(DisplayAction::SetHighContrast(
            !display.high_contrast,
        )));
    }
    action
}
