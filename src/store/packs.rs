//! Packs, lessons and media in the store.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, now, sql_int};
use crate::model::pack_summary::{LessonSummary, PackSummary};
use crate::model::{Competence, GlossaryTerm, Lesson, LessonId, Level, Pack, PackId, Text};

impl Store {
    /// The version of the installed pack `id`, if it is installed.
    pub fn pack_version(&self, id: &PackId) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT version FROM pack WHERE id = ?1", [id], |r| r.get(0))
            .optional()?)
    }

    /// Imports `pack`, replacing any older copy of it; residents' progress is untouched.
    pub fn import_pack(&mut self, pack: &Pack, fingerprint: &str, builtin: bool) -> Result<()> {
        self.transact(|tx| {
            let id = pack.manifest.id.as_str();
            let position: i64 = tx
                .query_row("SELECT position FROM pack WHERE id = ?1", [id], |r| r.get(0))
                .optional()?
                .map_or_else(
                    || {
                        tx.query_row("SELECT coalesce(max(position) + 1, 0) FROM pack", [], |r| {
                            r.get(0)
                        })
                    },
                    Ok,
                )?;
            tx.execute("DELETE FROM pack WHERE id = ?1", [id])?;
            tx.prepare_cached(include_str!("packs/import_pack_insert_pack.sql"))?
                .execute(params![
                    id,
                    pack.manifest.version,
                    fingerprint,
                    builtin,
                    position,
                    serde_json::to_string(&pack.manifest)?,
                    now(),
                    serde_json::to_string(&pack.glossary)?
                ])?;
            let mut insert_lesson = tx.prepare(include_str!("packs/import_pack_insert_lesson.sql"))?;
            for (position, lesson) in pack.lessons.iter().enumerate() {
                insert_lesson.execute(params![
                    id,
                    lesson.id,
                    sql_int(position),
                    lesson.competence.code(),
                    lesson.level.get(),
                    sql_int(lesson.questions.len()),
                    serde_json::to_string(lesson)?,
                ])?;
            }
            let mut insert_media = tx.prepare_cached(include_str!("packs/import_pack_insert_media.sql"))?;
            for (name, bytes) in &pack.media {
                insert_media.execute(params![id, name, bytes])?;
            }
            Ok(())
        })
    }

    /// Whether a pack with exactly these files (same fingerprint) is installed.
    pub fn has_pack_fingerprint(&self, fingerprint: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM pack WHERE fingerprint = ?1", [fingerprint], |_| {
                Ok(())
            })
            .optional()?
            .is_some())
    }

    /// Every installed pack with its lessons, in order.
    pub fn packs(&self) -> Result<Vec<PackSummary>> {
        let mut packs: Vec<PackSummary> = Vec::new();
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("packs/packs_select_pack.sql"))?;
        let manifests = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for json in manifests {
            packs.push(PackSummary {
                manifest: serde_json::from_str(&json?)?,
                lessons: Vec::new(),
            });
        }
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("packs/packs_select_lesson.sql"))?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                Text::new(r.get::<_, String>(2)?, r.get::<_, String>(3)?),
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, u32>(6)?,
            ))
        })?;
        for row in rows {
            let (pack, id, title, competence, level, question_count) = row?;
            let (Some(competence), Some(level)) = (Competence::parse(&competence), Level::new(level)) else {
                continue;
            };
            if let Some(summary) = packs.iter_mut().find(|p| p.manifest.id.as_str() == pack) {
                summary.lessons.push(LessonSummary {
                    pack: PackId(pack),
                    id: LessonId(id),
                    title,
                    competence,
                    level,
                    question_count,
                });
            }
        }
        Ok(packs)
    }

    /// A lesson's full content.
    pub fn lesson(&self, pack: &PackId, lesson: &LessonId) -> Result<Option<Lesson>> {
        let json: Option<String> = self
            .conn
            .prepare_cached(include_str!("packs/lesson.sql"))?
            .query_row(params![pack, lesson], |r| r.get(0))
            .optional()?;
        Ok(json.map(|json| serde_json::from_str(&json)).transpose()?)
    }

    /// A pack's glossary.
    pub fn glossary(&self, pack: &PackId) -> Result<Vec<GlossaryTerm>> {
        let json: Option<String> = self
            .conn
            .prepare_cached("SELECT glossary_json FROM pack WHERE id = ?1")?
            .query_row([pack], |r| r.get(0))
            .optional()?;
        Ok(json
            .map(|json| serde_json::from_str(&json))
            .transpose()?
            .unwrap_or_default())
    }

    /// A media file of a pack.
    pub fn media(&self, pack: &PackId, name: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .prepare_cached(include_str!("packs/media.sql"))?
            .query_row([pack.as_str(), name], |r| r.get(0))
            .optional()?)
    }
}
