//! Residents' profiles.

use rusqlite::{Row, params};

use super::{Result, Store, now};
use crate::model::{Avatar, AvatarColour, AvatarSymbol, Lang, Resident, ResidentId};

fn row_to_resident(row: &Row<'_>) -> rusqlite::Result<Resident> {
    Ok(Resident {
        id: ResidentId(row.get(0)?),
        name: row.get(1)?,
        avatar: Avatar {
            colour: AvatarColour::from_key(&row.get::<_, String>(2)?),
            symbol: AvatarSymbol::from_key(&row.get::<_, String>(3)?),
        },
        lang: Lang::from_code(&row.get::<_, String>(4)?).unwrap_or_default(),
    })
}

impl Store {
    /// Creates a profile.
    pub fn create_resident(&mut self, name: &str, avatar: Avatar, lang: Lang) -> Result<Resident> {
        let now = now();
        self.conn.execute(
            "INSERT INTO resident (uid, name, colour, symbol, language, created_at, last_seen_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![
                uuid::Uuid::new_v4().to_string(),
                name.trim(),
                avatar.colour.key(),
                avatar.symbol.key(),
                lang.code(),
                now
            ],
        )?;
        Ok(Resident {
            id: ResidentId(self.conn.last_insert_rowid()),
            name: name.trim().to_owned(),
            avatar,
            lang,
        })
    }

    /// Every profile, the most recently seen first.
    pub fn residents(&self) -> Result<Vec<Resident>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, colour, symbol, language FROM resident ORDER BY last_seen_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], row_to_resident)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a resident as seen now and remembers their language.
    pub fn touch_resident(&mut self, id: ResidentId, lang: Lang) -> Result<()> {
        self.conn.execute(
            "UPDATE resident SET last_seen_at = ?2, language = ?3 WHERE id = ?1",
            params![id.0, now(), lang.code()],
        )?;
        Ok(())
    }
}
