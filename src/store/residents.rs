//! Residents' profiles.

use rusqlite::{OptionalExtension, Row, params};

use super::{Result, Store, now};
use crate::model::{
    Avatar, AvatarColour, AvatarSymbol, DisplaySettings, Lang, Resident, ResidentId, ResidentUid, text_clean,
};

fn row_to_resident(row: &Row<'_>) -> rusqlite::Result<Resident> {
    Ok(Resident {
        id: ResidentId(row.get(0)?),
        // Cleaned again as drawn: a store filled before names were cleaned may hold one.
        name: text_clean::one_line(&row.get::<_, String>(1)?, text_clean::MAX_NAME_CHARS),
        avatar: Avatar {
            colour: AvatarColour::from_key(&row.get::<_, String>(2)?),
            symbol: AvatarSymbol::from_key(&row.get::<_, String>(3)?),
        },
        lang: Lang::from_code(&row.get::<_, String>(4)?).unwrap_or_default(),
        display: DisplaySettings {
            text_percent: DisplaySettings::clamp_text(row.get(5)?),
            high_contrast: row.get(6)?,
            easy_text: row.get(7)?,
        },
        shares_results: row.get(8)?,
        locked: row.get(9)?,
        follows_me: row.get(10)?,
    })
}

const RESIDENT_COLUMNS: &str =
    "id, name, colour, symbol, language, text_percent, high_contrast, easy_text, shares_results,
     code_hash IS NOT NULL, follows_me";

impl Store {
    /// Creates a profile.
    pub fn create_resident(
        &mut self,
        name: &str,
        avatar: Avatar,
        lang: Lang,
        display: DisplaySettings,
    ) -> Result<Resident> {
        let now = now();
        let name = text_clean::one_line(name, text_clean::MAX_NAME_CHARS);
        self.conn
            .prepare_cached(include_str!("residents/create_resident.sql"))?
            .execute(params![
                uuid::Uuid::new_v4().to_string(),
                name,
                avatar.colour.key(),
                avatar.symbol.key(),
                lang.code(),
                now,
                display.text_percent,
                display.high_contrast,
                display.easy_text
            ])?;
        Ok(Resident {
            id: ResidentId(self.conn.last_insert_rowid()),
            name,
            avatar,
            lang,
            display,
            shares_results: false,
            locked: false,
            follows_me: false,
        })
    }

    // Every change to a card moves its `last_seen_at` past its previous value (and past
    // `created_at`), so that "the most recently used card wins" compares real times
    // when progress files are merged.

    /// Records whether a resident shares their results with the workshop leaders.
    pub fn set_shares_results(&mut self, id: ResidentId, shares: bool) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("residents/set_shares_results.sql"))?
            .execute(params![id, shares, now()])?;
        Ok(())
    }

    /// Remembers a resident's display settings.
    pub fn set_resident_display(&mut self, id: ResidentId, display: DisplaySettings) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("residents/set_resident_display.sql"))?
            .execute(params![
                id,
                display.text_percent,
                display.high_contrast,
                display.easy_text,
                now()
            ])?;
        Ok(())
    }

    /// The `limit` profiles seen most recently, the most recent first: what the profile
    /// screen shows before anyone searches, read without going through every card.
    pub fn recent_residents(&self, limit: usize) -> Result<Vec<Resident>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {RESIDENT_COLUMNS} FROM resident ORDER BY last_seen_at DESC, id DESC LIMIT ?1"
        ))?;
        let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], row_to_resident)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many profiles this PC has.
    pub fn resident_count(&self) -> Result<usize> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM resident", [], |r| r.get(0))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// One profile, by row id.
    pub fn resident(&self, id: ResidentId) -> Result<Option<Resident>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {RESIDENT_COLUMNS} FROM resident WHERE id = ?1"))?;
        Ok(stmt.query_row([id], row_to_resident).optional()?)
    }

    /// Every profile, the most recently seen first.
    pub fn residents(&self) -> Result<Vec<Resident>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {RESIDENT_COLUMNS} FROM resident ORDER BY last_seen_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([], row_to_resident)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a resident as seen now and remembers their language.
    pub fn touch_resident(&mut self, id: ResidentId, lang: Lang) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("residents/touch_resident.sql"))?
            .execute(params![id, now(), lang.code()])?;
        Ok(())
    }

    /// A resident's globally unique id.
    pub fn resident_uid(&self, id: ResidentId) -> Result<ResidentUid> {
        Ok(self
            .conn
            .query_row("SELECT uid FROM resident WHERE id = ?1", [id], |r| r.get(0))?)
    }

    /// The language a resident last chose, by unique id.
    pub fn resident_language(&self, uid: &ResidentUid) -> Result<Option<Lang>> {
        Ok(self
            .conn
            .query_row("SELECT language FROM resident WHERE uid = ?1", [uid], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .and_then(|code| Lang::from_code(&code)))
    }
}
