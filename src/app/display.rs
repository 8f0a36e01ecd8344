//! How things are shown and heard: the language, text size, contrast and easy-to-read
//! text (kept for the open profile, or for this PC), reading aloud, and the notice.

use super::AppError;
use super::PasserelleApp;
use crate::model::DisplaySettings;
use crate::session::{Action, DisplayAction};
use crate::ui;

impl PasserelleApp {
    pub(super) fn apply_display(&mut self, action: DisplayAction) -> Result<(), AppError> {
        match action {
            DisplayAction::Listen(text) => {
                if let Some(speaker) = &mut self.speaker {
                    speaker.speak(&text, self.state.lang);
                }
            }
            DisplayAction::Play(recording) => {
                if let Some(speaker) = &mut self.speaker {
                    speaker.play(&recording);
                }
            }
            DisplayAction::SetLanguage(lang) => {
                self.state.lang = lang;
                self.store.set_language(lang)?;
                if let Some(resident) = &mut self.state.resident {
                    resident.lang = lang;
                    self.store.touch_resident(resident.id, lang)?;
                }
            }
            DisplayAction::ToggleDisplaySettings => {
                self.state.display_settings_open = !self.state.display_settings_open;
            }
            DisplayAction::SetTextSize(percent) => {
                let display = DisplaySettings {
                    text_percent: DisplaySettings::clamp_text(i64::from(percent)),
                    ..self.state.display
                };
                self.set_display(display)?;
            }
            DisplayAction::SetHighContrast(high_contrast) => {
                self.set_display(DisplaySettings {
                    high_contrast,
                    ..self.state.display
                })?;
            }
            DisplayAction::SetEasyText(easy_text) => {
                self.set_display(DisplaySettings {
                    easy_text,
                    ..self.state.display
                })?;
            }
            DisplayAction::DismissNotice => self.state.notice = None,
        }
        Ok(())
    }

    /// Changes the display settings of the open profile, or of this PC.
    fn set_display(&mut self, display: DisplaySettings) -> Result<(), AppError> {
        self.state.display = display;
        match &mut self.state.resident {
            Some(resident) => {
                resident.display = display;
                self.store.set_resident_display(resident.id, display)?;
            }
            None => self.store.set_display(display)?,
        }
        Ok(())
    }

    /// Follows a text size changed with Ctrl +/− (egui's own zoom keys), then applies
    /// changed settings to egui.
    pub(super) fn sync_display(&mut self, ctx: &egui::Context) {
        let zoom = ctx.zoom_factor();
        if (zoom - self.applied.zoom()).abs() > 0.001 {
            #[allow(clippy::cast_possible_truncation)]
            let percent = (zoom * 100.0).round() as i64;
            self.apply(Action::Display(DisplayAction::SetTextSize(
                DisplaySettings::clamp_text(percent),
            )));
        }
        let zoom_differs = (ctx.zoom_factor() - self.state.display.zoom()).abs() > 0.001;
        if self.state.display != self.applied || zoom_differs {
            display_to_egui(ctx, self.state.display);
            self.applied = self.state.display;
        }
    }
}

/// Applies text size and theme to egui.
pub(super) fn display_to_egui(ctx: &egui::Context, display: DisplaySettings) {
    ui::theme::apply(ctx, ui::theme::Palette::for_contrast(display.high_contrast));
    ctx.set_zoom_factor(display.zoom());
}
