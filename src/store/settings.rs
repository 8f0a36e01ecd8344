//! Settings of this PC, such as the language shown before anyone picks a profile.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store};
use crate::model::Lang;

const LANGUAGE: &str = "language";

impl Store {
    /// The language last chosen on this PC, if any.
    pub fn language(&self) -> Result<Option<Lang>> {
        let code: Option<String> = self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [LANGUAGE], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(code.as_deref().and_then(Lang::from_code))
    }

    /// Remembers the language chosen on this PC.
    pub fn set_language(&mut self, lang: Lang) -> Result<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![LANGUAGE, lang.code()],
        )?;
        Ok(())
    }
}
