//! Packs being written in the pack editor: saved as the trainer works, so that closing
//! the app (or a power cut) loses nothing.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store};
use crate::model::DraftUid;
use crate::model::saved_draft::{DraftSummary, SavedDraft};

impl Store {
    /// Saves a draft's files (only those that changed are written) and its marks.
    pub fn save_draft(&mut self, uid: &DraftUid, title: &str, draft: &SavedDraft, now: i64) -> Result<()> {
        let stale = serde_json::to_string(&draft.stale).unwrap_or_else(|_| "[]".to_owned());
        let tx = self.conn.transaction()?;
        let id: i64 = tx
            .prepare_cached(include_str!("drafts/save_draft_upsert_pack_draft.sql"))?
            .query_row(params![uid, title, stale, now], |r| r.get(0))?;
        {
            let mut upsert =
                tx.prepare_cached(include_str!("drafts/save_draft_upsert_pack_draft_file.sql"))?;
            for (path, bytes) in &draft.files {
                upsert.execute(params![id, path, bytes])?;
            }
            let kept: Vec<&str> = draft.files.iter().map(|(p, _)| p.as_str()).collect();
            let paths = serde_json::to_string(&kept).unwrap_or_else(|_| "[]".to_owned());
            tx.prepare_cached(include_str!("drafts/save_draft_delete_pack_draft_file.sql"))?
                .execute(params![id, paths])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every draft, the most recently saved first.
    pub fn drafts(&self) -> Result<Vec<DraftSummary>> {
        let mut stmt = self.conn.prepare_cached(include_str!("drafts/drafts.sql"))?;
        let rows = stmt.query_map([], |r| {
            Ok(DraftSummary {
                uid: r.get(0)?,
                title: r.get(1)?,
                updated_at: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One draft, when it exists.
    pub fn draft(&self, uid: &DraftUid) -> Result<Option<SavedDraft>> {
        let Some((id, stale)): Option<(i64, String)> = self
            .conn
            .prepare_cached(include_str!("drafts/draft_select_pack_draft.sql"))?
            .query_row([uid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
        else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("drafts/draft_select_pack_draft_file.sql"))?;
        let files = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(SavedDraft {
            files,
            stale: serde_json::from_str(&stale).unwrap_or_default(),
        }))
    }

    /// Deletes a draft and its files.
    pub fn delete_draft(&mut self, uid: &DraftUid) -> Result<()> {
        self.conn
            .execute("DELETE FROM pack_draft WHERE uid = ?1", [uid])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(files: &[(&str, &str)], stale: &[&str]) -> SavedDraft {
        SavedDraft {
            files: files
                .iter()
                .map(|(p, b)| ((*p).to_owned(), b.as_bytes().to_vec()))
                .collect(),
            stale: stale.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn a_draft_is_saved_again_and_again_and_read_back_as_last_saved() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let first = draft(&[("pack.toml", "id = 1"), ("lessons/01.toml", "a")], &[]);
        store.save_draft(&DraftUid::from("d1"), "Mon pack", &first, 10)?;
        let second = draft(
            &[("lessons/02.toml", "b"), ("pack.toml", "id = 2")],
            &["lessons/02.toml#title.en"],
        );
        store.save_draft(&DraftUid::from("d1"), "Mon pack 2", &second, 20)?;
        store.save_draft(&DraftUid::from("d2"), "Autre", &first, 15)?;
        let saved = store.draft(&DraftUid::from("d1"))?.expect("saved");
        assert_eq!(saved.stale, second.stale);
        // The file that is gone was removed; the others are as last saved.
        assert_eq!(
            saved.files,
            draft(&[("lessons/02.toml", "b"), ("pack.toml", "id = 2")], &[]).files
        );
        let titles: Vec<String> = store.drafts()?.into_iter().map(|d| d.title).collect();
        assert_eq!(titles, ["Mon pack 2", "Autre"]);
        store.delete_draft(&DraftUid::from("d1"))?;
        assert_eq!(store.draft(&DraftUid::from("d1"))?, None);
        assert_eq!(store.drafts()?.len(), 1);
        Ok(())
    }
}
