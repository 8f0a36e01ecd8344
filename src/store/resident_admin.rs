//! What a workshop leader changes on a resident who shares their results: a note, their
//! name, and merging two profiles of the same person; and the time they spent.
//!
//! A merge is remembered on this PC (`resident_alias`): a progress file that still holds
//! the merged profile later adds its answers to the kept one.

use rusqlite::{OptionalExtension, params};

use super::exchange::{merge_lesson_progress, progress_records};
use super::{Result, Store, now};
use crate::model::time_spent::time_spent;
use crate::model::{ResidentUid, text_clean};

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

impl Store {
    /// Where a sharing resident's answers were given: on this PC, at which of the
    /// network's sites, or elsewhere; with how many each, this PC first. Nothing for a
    /// resident who does not share their results.
    pub fn answer_places(
        &self,
        uid: &ResidentUid,
    ) -> Result<Vec<(crate::model::progress::AnswerPlace, u32)>> {
        use crate::model::progress::AnswerPlace;
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("resident_admin/answer_places.sql"))?;
        let rows = stmt.query_map([uid], |r| {
            let site: Option<String> = r.get(0)?;
            let place = match site {
                None => AnswerPlace::Here,
                Some(site) if site.is_empty() => AnswerPlace::Elsewhere,
                Some(site) => AnswerPlace::Site(site),
            };
            Ok((place, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Milliseconds a sharing resident spent on answers and practice (see
    /// [`crate::model::time_spent`]).
    pub fn time_spent(&self, uid: &ResidentUid) -> Result<i64> {
        self.time_spent_where("r.uid = ?1 AND r.shares_results = 1", &uid)
    }

    /// The same for the resident themselves (their own "my progress" page).
    pub fn own_time_spent(&self, resident: crate::model::ResidentId) -> Result<i64> {
        self.time_spent_where("r.id = ?1", &resident)
    }

    fn time_spent_where(&self, condition: &str, key: &dyn rusqlite::ToSql) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT a.answered_at, a.answered_at FROM answer a JOIN resident r ON r.id = a.resident_id
             WHERE {condition}
             UNION ALL
             SELECT t.done_at - t.duration_ms, t.done_at FROM activity_attempt t JOIN resident r ON r.id = t.resident_id
             WHERE {condition}"
        ))?;
        let spans = stmt
            .query_map([key], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<(i64, i64)>>>()?;
        Ok(time_spent(spans))
    }

    /// The leaders' note on a resident.
    pub fn resident_note(&self, uid: &ResidentUid) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT note FROM resident WHERE uid = ?1", [uid], |r| r.get(0))
            .optional()?
            .unwrap_or_default())
    }

    /// Keeps the leaders' note on a resident (cut to [`MAX_NOTE_CHARS`]).
    pub fn set_resident_note(&mut self, uid: &ResidentUid, note: &str) -> Result<()> {
        let note: String = note.trim().chars().take(MAX_NOTE_CHARS).collect();
        self.conn
            .prepare_cached(include_str!("resident_admin/set_resident_note.sql"))?
            .execute(params![uid, note, now()])?;
        Ok(())
    }

    /// Gives a resident a new name (a rename travels in progress files: the latest
    /// rename wins over older ones and over the name on cards).
    pub fn rename_resident(&mut self, uid: &ResidentUid, name: &str) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("resident_admin/rename_resident.sql"))?
            .execute(params![
                uid,
                text_clean::one_line(name, text_clean::MAX_NAME_CHARS),
                now()
            ])?;
        Ok(())
    }

    /// Merges the profile `absorbed` into `kept` (the same person made two profiles):
    /// every answer, practice try, positioning test, review card and workshop place
    /// moves to `kept`, each lesson keeps
    /// the best of both, notes are joined, and `absorbed` is deleted. Returns `false` when
    /// either profile is missing or they are the same.
    pub fn merge_residents(&mut self, kept: &ResidentUid, absorbed: &ResidentUid) -> Result<bool> {
        if kept == absorbed {
            return Ok(false);
        }
        self.transact(|tx| {
            let id = |uid: &ResidentUid| -> Result<Option<i64>> {
                Ok(tx
                    .query_row("SELECT id FROM resident WHERE uid = ?1", [uid], |r| r.get(0))
                    .optional()?)
            };
            let (Some(keep_id), Some(gone_id)) = (id(kept)?, id(absorbed)?) else {
                return Ok(false);
            };
            let progress = progress_records(tx, gone_id)?;
            for p in &progress {
                merge_lesson_progress(tx, keep_id, p)?;
            }
            // The absorbed profile's history moves to the kept one (?1 kept, ?2 absorbed).
            for moving in [
                include_str!("resident_admin/merge_residents_update_answer.sql"),
                include_str!("resident_admin/merge_residents_update_activity_attempt.sql"),
                include_str!("resident_admin/merge_residents_upsert_workshop_member.sql"),
                include_str!("resident_admin/merge_residents_update_positioning_run.sql"),
                include_str!("resident_admin/merge_residents_upsert_review_card.sql"),
            ] {
                tx.execute(moving, [keep_id, gone_id])?;
            }
            // Moving answers fires no trigger: count the kept profile's again.
            tx.prepare_cached(include_str!(
                "resident_admin/merge_residents_insert_resident_stats.sql"
            ))?
            .execute([keep_id])?;
            tx.prepare_cached(include_str!("resident_admin/merge_residents_update_resident.sql"))?
                .execute([keep_id, gone_id])?;
            tx.execute("DELETE FROM resident WHERE id = ?1", [gone_id])?;
            tx.prepare_cached(include_str!(
                "resident_admin/merge_residents_update_resident_alias.sql"
            ))?
            .execute([kept, absorbed])?;
            tx.prepare_cached(include_str!(
                "resident_admin/merge_residents_insert_resident_alias.sql"
            ))?
            .execute([absorbed, kept])?;
            Ok(true)
        })
    }
}
