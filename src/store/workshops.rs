//! Workshops: their lessons, residents and attendance, the group's figures and the
//! questions the group misses most. Only residents who share their results are named;
//! the others are counted.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, sql_int};
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
            .prepare_cached(include_str!("workshops/workshop_lessons.sql"))?
            .query_map([id], |r| Ok((PackId(r.get(0)?), LessonId(r.get(1)?))))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every workshop, the latest day first.
    pub fn workshops(&self) -> Result<Vec<WorkshopSummary>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("workshops/workshops.sql"))?;
        let rows = stmt.query_map([], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One workshop with its lessons and residents.
    pub fn workshop(&self, uid: &WorkshopUid) -> Result<Option<Workshop>> {
        let found = self
            .conn
            .prepare_cached(include_str!("workshops/workshop_select_workshop.sql"))?
            .query_row([uid], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .optional()?;
        let Some((id, title, day, time, place, topic)) = found else {
            return Ok(None);
        };
        let lessons = self.workshop_lessons(id)?;
        let members = self
            .conn
            .prepare_cached(include_str!("workshops/workshop_select_workshop_member.sql"))?
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
        let at = self.clock_tick()?;
        self.transact(|tx| {
            tx.prepare_cached(include_str!("workshops/save_workshop_upsert_workshop.sql"))?
                .execute(params![w.uid, w.title, w.day.iso(), w.time, w.place, w.topic, at])?;
            let id: i64 = tx.query_row("SELECT id FROM workshop WHERE uid = ?1", [&w.uid], |r| r.get(0))?;
            tx.prepare_cached(include_str!("workshops/save_workshop_delete_workshop_lesson.sql"))?
                .execute([id])?;
            for (position, (pack, lesson)) in w.lessons.iter().enumerate() {
                tx.prepare_cached(include_str!("workshops/save_workshop_insert_workshop_lesson.sql"))?
                    .execute(params![id, sql_int(position), pack, lesson])?;
            }
            tx.prepare_cached(include_str!("workshops/save_workshop_create_kept_member.sql"))?
                .execute([])?;
            tx.execute("DELETE FROM kept_member", [])?;
            for uid in &w.members {
                tx.prepare_cached(include_str!("workshops/save_workshop_insert_kept_member.sql"))?
                    .execute([uid])?;
            }
            // Who leaves is remembered, so that an older record from another PC does
            // not bring them back; who joins is no longer taken for having left.
            tx.prepare_cached(include_str!("workshops/save_workshop_leave_workshop_member.sql"))?
                .execute(params![id, w.uid, at])?;
            tx.prepare_cached(include_str!("workshops/save_workshop_delete_workshop_member.sql"))?
                .execute([id])?;
            tx.prepare_cached(include_str!("workshops/save_workshop_insert_workshop_member.sql"))?
                .execute(params![id, at])?;
            tx.prepare_cached(include_str!("workshops/save_workshop_forget_left.sql"))?
                .execute([&w.uid])?;
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
        let at = self.clock_tick()?;
        self.conn
            .prepare_cached(include_str!("workshops/set_attendance.sql"))?
            .execute(params![workshop, resident, present, at])?;
        Ok(())
    }

    /// The group view of a workshop.
    pub fn workshop_report(&self, uid: &WorkshopUid) -> Result<Option<WorkshopReport>> {
        let Some(workshop) = self.workshop(uid)? else {
            return Ok(None);
        };
        let members = self
            .conn
            .prepare_cached(include_str!(
                "workshops/workshop_report_select_lesson_progress.sql"
            ))?
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
            .prepare_cached(include_str!(
                "workshops/workshop_report_select_workshop_member.sql"
            ))?
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
        let site: Option<String> = self
            .conn
            .prepare_cached(include_str!("workshops/workshop_site.sql"))?
            .query_row([uid], |r| r.get(0))?;
        let here = self.network_state()?.site;
        let run_at = site.filter(|site| Some(site) != here.as_ref());
        Ok(Some(WorkshopReport {
            workshop,
            lesson_titles,
            members,
            private_members,
            run_at,
            missed,
            stumbles: self.workshop_stumbles(uid)?,
        }))
    }

    /// Whether the resident is in a workshop held on `day`.
    pub fn in_workshop_on(&self, resident: ResidentId, day: Day) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(include_str!("workshops/in_workshop_on.sql"))?
            .query_row(params![resident, day.iso()], |r| r.get(0))?)
    }

    /// The workshop held on `day` that the resident is in (the latest of the day).
    pub fn workshop_on(&self, resident: ResidentId, day: Day) -> Result<Option<WorkshopUid>> {
        Ok(self
            .conn
            .prepare_cached(include_str!("workshops/workshop_on.sql"))?
            .query_row(params![resident, day.iso()], |r| r.get(0))
            .optional()?)
    }

    /// The lessons given by the latest workshop the resident is in (by its day), if it
    /// gives any.
    pub fn given_lessons(&self, resident: ResidentId) -> Result<Option<GivenLessons>> {
        let found: Option<(i64, String)> = self
            .conn
            .prepare_cached(include_str!("workshops/given_lessons.sql"))?
            .query_row([resident], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((id, title)) = found else {
            return Ok(None);
        };
        let lessons = self.workshop_lessons(id)?;
        Ok(Some(GivenLessons { title, lessons }))
    }
}
