//! Settings of this PC, such as the language shown before anyone picks a profile.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store};
use crate::model::{DisplaySettings, Lang};

const LANGUAGE: &str = "language";
const TEXT_PERCENT: &str = "text_percent";
const HIGH_CONTRAST: &str = "high_contrast";
const EASY_TEXT: &str = "easy_text";
const SESSION_TIMEOUT: &str = "session_timeout_minutes";

impl Store {
    pub(super) fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub(super) fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.set_settings(&[(key, value)])
    }

    /// Sets several settings at once: all of them, or none if one write fails.
    pub(super) fn set_settings(&mut self, settings: &[(&str, &str)]) -> Result<()> {
        self.transact(|tx| write_settings(tx, settings))
    }

    /// The language last chosen on this PC, if any.
    pub fn language(&self) -> Result<Option<Lang>> {
        Ok(self.setting(LANGUAGE)?.as_deref().and_then(Lang::from_code))
    }

    /// Remembers the language chosen on this PC.
    pub fn set_language(&mut self, lang: Lang) -> Result<()> {
        self.set_setting(LANGUAGE, lang.code())
    }

    /// The display settings chosen on this PC before any profile is open.
    pub fn display(&self) -> Result<DisplaySettings> {
        let default = DisplaySettings::default();
        let flag = |value: Option<String>, default: bool| value.map_or(default, |v| v == "1");
        Ok(DisplaySettings {
            text_percent: self
                .setting(TEXT_PERCENT)?
                .and_then(|v| v.parse().ok())
                .map_or(default.text_percent, DisplaySettings::clamp_text),
            high_contrast: flag(self.setting(HIGH_CONTRAST)?, default.high_contrast),
            easy_text: flag(self.setting(EASY_TEXT)?, default.easy_text),
        })
    }

    /// Remembers the display settings of this PC.
    pub fn set_display(&mut self, display: DisplaySettings) -> Result<()> {
        self.set_settings(&[
            (TEXT_PERCENT, &display.text_percent.to_string()),
            (HIGH_CONTRAST, if display.high_contrast { "1" } else { "0" }),
            (EASY_TEXT, if display.easy_text { "1" } else { "0" }),
        ])
    }

    /// Minutes without activity before a resident's session closes on this PC.
    pub fn session_timeout_minutes(&self) -> Result<u32> {
        Ok(self
            .setting(SESSION_TIMEOUT)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(crate::model::idle::DEFAULT_TIMEOUT_SECS / 60))
    }

    /// Sets the minutes without activity before a resident's session closes.
    pub fn set_session_timeout_minutes(&mut self, minutes: u32) -> Result<()> {
        self.set_setting(SESSION_TIMEOUT, &minutes.to_string())
    }
}

/// Writes `settings` in the transaction `tx` (for writes that change more than settings).
pub(super) fn write_settings(tx: &rusqlite::Connection, settings: &[(&str, &str)]) -> Result<()> {
    let mut write = tx.prepare_cached(include_str!("settings/set_settings.sql"))?;
    for (key, value) in settings {
        write.execute(params![key, value])?;
    }
    Ok(())
}
