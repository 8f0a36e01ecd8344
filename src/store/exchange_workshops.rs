//! A resident's workshops in progress files and network records: each workshop they are
//! in (what it is, where it is run) with their attendance, and the workshops they left,
//! so that a workshop run at one site names its members from every site.
//!
//! The merge keeps the rules of the rest of the file (idempotent, order-independent):
//! - a workshop is the same on every PC by its unique id; its latest version wins (its
//!   title, day, time, place, topic and lessons, by `updated_at`, a tie kept as it is);
//! - a place in a workshop (joining, attendance) and leaving it are each dated: the
//!   latest word wins, so an older record never brings back someone who left, nor undoes
//!   an attendance marked since.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Result, sql_int};

/// A workshop a resident is in, as carried in a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopRecord {
    /// The workshop's globally unique id.
    pub uid: String,
    /// Its title.
    pub title: String,
    /// Its day, `yyyy-mm-dd`.
    pub day: String,
    /// Its starting time, `hh:mm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Where it takes place, in the leader's words.
    pub place: String,
    /// What it is about.
    pub topic: String,
    /// The lessons it gives, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<WorkshopLessonRecord>,
    /// When the workshop itself was last changed.
    pub updated_at: i64,
    /// The library network's site it is run at, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// Whether the resident came.
    pub present: bool,
    /// When they joined it or their attendance was last marked.
    pub at: i64,
}

/// A lesson a workshop gives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct WorkshopLessonRecord {
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
}

impl WorkshopRecord {
    /// How two versions of the same workshop are ordered to pick the one kept: the
    /// latest, then the greater, so that the order records arrive in never matters.
    #[allow(clippy::type_complexity, reason = "a plain lexicographic key")]
    fn version(&self) -> (i64, &str, &str, Option<&str>, &str, &str, &[WorkshopLessonRecord]) {
        (
            self.updated_at,
            &self.title,
            &self.day,
            self.time.as_deref(),
            &self.place,
            &self.topic,
            &self.lessons,
        )
    }
}

/// The lessons the workshop of row `id` gives, in order.
fn lessons(conn: &rusqlite::Connection, id: i64) -> Result<Vec<WorkshopLessonRecord>> {
    Ok(conn
        .prepare_cached(include_str!("workshops/workshop_lessons.sql"))?
        .query_map([id], |r| {
            Ok(WorkshopLessonRecord {
                pack: r.get(0)?,
                lesson: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// A workshop a resident was taken out of, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopLeftRecord {
    /// The workshop's unique id.
    pub uid: String,
    /// When.
    pub at: i64,
}

/// The workshops resident `resident` is in, sorted by id; `this_site` is written for a
/// workshop run on this PC.
pub(super) fn workshop_records(
    conn: &rusqlite::Connection,
    resident: i64,
    this_site: Option<&str>,
) -> Result<Vec<WorkshopRecord>> {
    let rows: Vec<(i64, WorkshopRecord)> = conn
        .prepare_cached(include_str!("exchange_workshops/workshop_places.sql"))?
        .query_map(params![resident, this_site], |r| {
            Ok((
                r.get(0)?,
                WorkshopRecord {
                    uid: r.get(1)?,
                    title: r.get(2)?,
                    day: r.get(3)?,
                    time: r.get(4)?,
                    place: r.get(5)?,
                    topic: r.get(6)?,
                    lessons: Vec::new(),
                    updated_at: r.get(7)?,
                    site: r.get(8)?,
                    present: r.get(9)?,
                    at: r.get(10)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut records = Vec::with_capacity(rows.len());
    for (id, mut record) in rows {
        record.lessons = lessons(conn, id)?;
        records.push(record);
    }
    Ok(records)
}

/// The workshops resident `resident` left, sorted by id.
pub(super) fn left_records(conn: &rusqlite::Connection, resident: i64) -> Result<Vec<WorkshopLeftRecord>> {
    Ok(conn
        .prepare_cached(include_str!("exchange_workshops/workshops_left.sql"))?
        .query_map([resident], |r| {
            Ok(WorkshopLeftRecord {
                uid: r.get(0)?,
                at: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Merges checked workshop records into resident `resident`'s.
pub(super) fn merge_workshops(
    tx: &rusqlite::Connection,
    resident: i64,
    workshops: &[WorkshopRecord],
    left: &[WorkshopLeftRecord],
) -> Result<()> {
    for w in workshops {
        let workshop = upsert_workshop(tx, w)?;
        let (member, left_at): (Option<(i64, bool)>, Option<i64>) = tx
            .prepare_cached(include_str!("exchange_workshops/member_state.sql"))?
            .query_row(params![workshop, resident, w.uid], |r| {
                let at: Option<i64> = r.get(0)?;
                let present: Option<bool> = r.get(1)?;
                Ok((at.zip(present), r.get(2)?))
            })?;
        // The later word wins; on a tie, leaving wins over a place, and "came" over
        // "did not come", whatever the order records arrive in.
        if member.is_some_and(|held| held >= (w.at, w.present)) || left_at.is_some_and(|at| at >= w.at) {
            continue;
        }
        tx.prepare_cached(include_str!("exchange_workshops/upsert_member.sql"))?
            .execute(params![workshop, resident, w.present, w.at])?;
        tx.prepare_cached(include_str!("exchange_workshops/forget_left.sql"))?
            .execute(params![w.uid, resident])?;
    }
    for l in left {
        // Joined again, or marked, since (strictly: on a tie, leaving wins): they stay.
        let stays: Option<i64> = tx
            .prepare_cached(include_str!("exchange_workshops/member_stays.sql"))?
            .query_row(params![l.uid, resident, l.at], |r| r.get(0))
            .optional()?;
        if stays.is_some() {
            continue;
        }
        tx.prepare_cached(include_str!("exchange_workshops/leave.sql"))?
            .execute(params![l.uid, resident, l.at])?;
        tx.prepare_cached(include_str!("exchange_workshops/remember_left.sql"))?
            .execute(params![l.uid, resident, l.at])?;
    }
    Ok(())
}

/// The workshop of a record, made here or brought up to its version: its row id.
fn upsert_workshop(tx: &rusqlite::Connection, w: &WorkshopRecord) -> Result<i64> {
    let here = tx
        .prepare_cached(include_str!("exchange_workshops/workshop_by_uid.sql"))?
        .query_row([&w.uid], |r| {
            let id: i64 = r.get(0)?;
            let held = WorkshopRecord {
                uid: w.uid.clone(),
                updated_at: r.get(1)?,
                title: r.get(2)?,
                day: r.get(3)?,
                time: r.get(4)?,
                place: r.get(5)?,
                topic: r.get(6)?,
                lessons: Vec::new(),
                site: None,
                present: false,
                at: 0,
            };
            Ok((id, held))
        })
        .optional()?;
    let id = match here {
        Some((id, mut held)) => {
            held.lessons = lessons(tx, id)?;
            if held.version() >= w.version() {
                return Ok(id);
            }
            tx.prepare_cached(include_str!("exchange_workshops/update_workshop.sql"))?
                .execute(params![
                    id,
                    w.title,
                    w.day,
                    w.time,
                    w.place,
                    w.topic,
                    w.updated_at,
                    w.site
                ])?;
            id
        }
        None => {
            tx.prepare_cached(include_str!("exchange_workshops/insert_workshop.sql"))?
                .execute(params![
                    w.uid,
                    w.title,
                    w.day,
                    w.time,
                    w.place,
                    w.topic,
                    w.updated_at,
                    w.site
                ])?;
            tx.last_insert_rowid()
        }
    };
    tx.prepare_cached(include_str!("workshops/save_workshop_delete_workshop_lesson.sql"))?
        .execute([id])?;
    for (position, l) in w.lessons.iter().enumerate() {
        tx.prepare_cached(include_str!("workshops/save_workshop_insert_workshop_lesson.sql"))?
            .execute(params![id, sql_int(position), l.pack, l.lesson])?;
    }
    Ok(id)
}
