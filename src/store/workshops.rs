//! Workshops: their lessons, residents and attendance, the group's figures and the
//! questions the group misses most. Only residents who share their results are named;
//! the others are counted.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, now, sql_int};
use crate::model::calendar::Day;
use crate::model::workshop::{
    GivenLessons, MOST_MISSED, MemberRow, MissedQuestion, Workshop, WorkshopReport, WorkshopSummary,
};
use crate::model::{LessonId, PackId, ResidentId, ResidentUid, WorkshopUid};

/// A day as stored (`yyyy-mm-dd`, always written by [`Store::save_workshop`]).
fn stored_day(text: &str) -> Day {
    Day::parse_iso(text).unwrap_or(Day {
        year: 1970,
        month: 1,
        day: 1,
    })
}

fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WorkshopSummary> {
    let day: String = r.get(2)?;
    Ok(WorkshopSummary {
        uid: r.get(0)?,
        title: r.get(1)?,
        day: stored_day(&day),
        time: r.get(3)?,
        place: r.get(4)?,
        members: r.get(5)?,
        present: r.get(6)?,
    })
}

impl Store {
    /// The lessons a workshop (by row id) gives, in order.
    fn workshop_lessons(&self, id: i64) -> Result<Vec<(PackId, LessonId)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT pack_id, lesson_id FROM workshop_lesson WHERE workshop_id = ?1 ORDER BY position",
            )?
            .query_map([id], |r| Ok((PackId(r.get(0)?), LessonId(r.get(1)?))))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every workshop, the latest day first.
    pub fn workshops(&self) -> Result<Vec<WorkshopSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT w.uid, w.title, w.day, w.time, w.place,
                    (SELECT count(*) FROM workshop_member m WHERE m.workshop_id = w.id),
                    (SELECT count(*) FROM workshop_member m WHERE m.workshop_id = w.id AND m.present = 1)
             FROM workshop w ORDER BY w.day DESC, w.time DESC, w.id DESC",
        )?;
        let rows = stmt.query_map([], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One workshop with its lessons and residents.
    pub fn workshop(&self, uid: &WorkshopUid) -> Result<Option<Workshop>> {
        let found = self
            .conn
            .query_row(
                "SELECT id, title, day, time, place, topic FROM workshop WHERE uid = ?1",
                [uid],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, title, day, time, place, topic)) = found else {
            return Ok(None);
        };
        let lessons = self.workshop_lessons(id)?;
        let members = self
            .conn
            .prepare_cached(
                "SELECT r.uid FROM workshop_member m JOIN resident r ON r.id = m.resident_id
                 WHERE m.workshop_id = ?1 ORDER BY r.uid",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(Workshop {
            uid: uid.to_owned(),
            title,
            day: stored_day(&day),
            time,
            place,
            topic,
            lessons,
            members,
        }))
    }

    /// Creates or updates a workshop (by its unique id). Residents who stay keep their
    /// attendance; unknown resident ids are left out.
    pub fn save_workshop(&mut self, w: &Workshop) -> Result<()> {
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO workshop (uid, title, day, time, place, topic, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (uid) DO UPDATE SET title = excluded.title, day = excluded.day,
                     time = excluded.time, place = excluded.place, topic = excluded.topic,
                     updated_at = excluded.updated_at",
                params![w.uid, w.title, w.day.iso(), w.time, w.place, w.topic, now()],
            )?;
            let id: i64 = tx.query_row("SELECT id FROM workshop WHERE uid = ?1", [&w.uid], |r| r.get(0))?;
            tx.execute("DELETE FROM workshop_lesson WHERE workshop_id = ?1", [id])?;
            for (position, (pack, lesson)) in w.lessons.iter().enumerate() {
                tx.execute(
                    "INSERT OR IGNORE INTO workshop_lesson (workshop_id, position, pack_id, lesson_id)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![id, sql_int(position), pack.as_str(), lesson.as_str()],
                )?;
            }
            tx.execute(
                "CREATE TEMP TABLE IF NOT EXISTS kept_member (uid TEXT PRIMARY KEY)",
                [],
            )?;
            tx.execute("DELETE FROM kept_member", [])?;
            for uid in &w.members {
                tx.execute("INSERT OR IGNORE INTO kept_member (uid) VALUES (?1)", [uid])?;
            }
            tx.execute(
                "DELETE FROM workshop_member WHERE workshop_id = ?1 AND resident_id NOT IN
                     (SELECT r.id FROM resident r JOIN kept_member k ON k.uid = r.uid)",
                [id],
            )?;
            tx.execute(
                "INSERT OR IGNORE INTO workshop_member (workshop_id, resident_id)
                 SELECT ?1, r.id FROM resident r JOIN kept_member k ON k.uid = r.uid",
                [id],
            )?;
            tx.execute("DELETE FROM kept_member", [])?;
            Ok(())
        })
    }

    /// Marks a resident present at a workshop, or not.
    pub fn set_attendance(
        &mut self,
        workshop: &WorkshopUid,
        resident: &ResidentUid,
        present: bool,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE workshop_member SET present = ?3
             WHERE workshop_id = (SELECT id FROM workshop WHERE uid = ?1)
               AND resident_id = (SELECT id FROM resident WHERE uid = ?2)",
            params![workshop, resident, present],
        )?;
        Ok(())
    }

    /// The group view of a workshop.
    pub fn workshop_report(&self, uid: &WorkshopUid) -> Result<Option<WorkshopReport>> {
        let Some(workshop) = self.workshop(uid)? else {
            return Ok(None);
        };
        let members = self
            .conn
            .prepare_cached(
                "SELECT r.uid, r.name, m.present,
                        (SELECT count(*) FROM lesson_progress p JOIN workshop_lesson wl
                           ON wl.workshop_id = m.workshop_id AND wl.pack_id = p.pack_id AND wl.lesson_id = p.lesson_id
                         WHERE p.resident_id = r.id AND p.best_correct IS NOT NULL)
                 FROM workshop_member m JOIN resident r ON r.id = m.resident_id
                 WHERE m.workshop_id = (SELECT id FROM workshop WHERE uid = ?1) AND r.shares_results = 1
                 ORDER BY r.name COLLATE NOCASE, r.uid",
            )?
            .query_map([uid], |r| {
                Ok(MemberRow {
                    uid: r.get(0)?,
                    name: r.get(1)?,
                    present: r.get(2)?,
                    lessons_done: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let private_members =
            u32::try_from(workshop.members.len().saturating_sub(members.len())).unwrap_or(0);
        // Among the workshop's lessons when it gives some, else among everything.
        let missed_rows = self
            .conn
            .prepare_cached(
                "SELECT a.pack_id, a.lesson_id, a.question_id, sum(1 - a.correct), count(*)
                 FROM workshop_member m
                 JOIN resident r ON r.id = m.resident_id AND r.shares_results = 1
                 JOIN answer a ON a.resident_id = r.id
                 WHERE m.workshop_id = (SELECT id FROM workshop WHERE uid = ?1)
                   AND (NOT EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = m.workshop_id)
                        OR EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = m.workshop_id
                                     AND wl.pack_id = a.pack_id AND wl.lesson_id = a.lesson_id))
                 GROUP BY a.pack_id, a.lesson_id, a.question_id
                 HAVING sum(1 - a.correct) > 0
                 ORDER BY sum(1 - a.correct) DESC, count(*) ASC, a.pack_id, a.lesson_id, a.question_id
                 LIMIT ?2",
            )?
            .query_map(params![uid, sql_int(MOST_MISSED)], |r| {
                Ok((
                    PackId(r.get(0)?),
                    LessonId(r.get(1)?),
                    r.get::<_, String>(2)?,
                    r.get::<_, u32>(3)?,
                    r.get::<_, u32>(4)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut missed = Vec::new();
        for (pack, lesson_id, question, wrong, answers) in missed_rows {
            // A question of a pack removed since is left out: its text is gone.
            let Some(lesson) = self.lesson(&pack, &lesson_id)? else {
                continue;
            };
            if let Some(q) = lesson.questions.iter().find(|q| q.id.as_str() == question) {
                missed.push(MissedQuestion {
                    lesson: lesson.title.clone(),
                    prompt: q.prompt.clone(),
                    wrong,
                    answers,
                });
            }
        }
        let mut lesson_titles = Vec::new();
        for (pack, lesson) in &workshop.lessons {
            if let Some(lesson) = self.lesson(pack, lesson)? {
                lesson_titles.push(lesson.title);
            }
        }
        Ok(Some(WorkshopReport {
            workshop,
            lesson_titles,
            members,
            private_members,
            missed,
        }))
    }

    /// The lessons given by the latest workshop the resident is in (by its day), if it
    /// gives any.
    pub fn given_lessons(&self, resident: ResidentId) -> Result<Option<GivenLessons>> {
        let found: Option<(i64, String)> = self
            .conn
            .query_row(
                "SELECT w.id, w.title FROM workshop w JOIN workshop_member m ON m.workshop_id = w.id
                 WHERE m.resident_id = ?1 AND EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = w.id)
                 ORDER BY w.day DESC, w.time DESC, w.id DESC LIMIT 1",
                [resident.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((id, title)) = found else {
            return Ok(None);
        };
        let lessons = self.workshop_lessons(id)?;
        Ok(Some(GivenLessons { title, lessons }))
    }
}
