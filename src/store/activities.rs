//! Each try of a practice activity: how it went, never what was typed.

use rusqlite::params;

use super::{Result, Store, now};
use crate::model::activity::ActivityOutcome;
use crate::model::{ActivityId, Lang, LessonId, PackId, ResidentId};

/// A try to record.
#[derive(Clone, Debug)]
pub struct ActivityRecord<'a> {
    /// Who did it.
    pub resident: ResidentId,
    /// The pack.
    pub pack: &'a PackId,
    /// The lesson.
    pub lesson: &'a LessonId,
    /// The activity.
    pub activity: &'a ActivityId,
    /// Its type (`mouse`, `keyboard`…).
    pub kind: &'static str,
    /// Which try of the lesson.
    pub attempt: u32,
    /// How it went.
    pub outcome: ActivityOutcome,
    /// The language it was shown in.
    pub lang: Lang,
}

impl Store {
    /// Records a try durably; when this returns `Ok`, it survives a crash. Returns the
    /// try's globally unique id.
    pub fn record_activity(&mut self, record: &ActivityRecord<'_>) -> Result<String> {
        let uid = uuid::Uuid::new_v4().to_string();
        let o = record.outcome;
        self.conn
            .prepare_cached(include_str!("activities/record_activity.sql"))?
            .execute(params![
                uid,
                record.resident,
                record.pack,
                record.lesson,
                record.activity,
                record.kind,
                record.attempt,
                o.success,
                o.hits,
                o.misses,
                i64::try_from(o.duration_ms).unwrap_or(i64::MAX),
                record.lang.code(),
                now()
            ])?;
        Ok(uid)
    }

    /// A resident's tries of one activity, oldest first.
    pub fn activity_outcomes(
        &self,
        resident: ResidentId,
        pack: &PackId,
        activity: &ActivityId,
    ) -> Result<Vec<ActivityOutcome>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("activities/activity_outcomes.sql"))?;
        let rows = stmt.query_map(params![resident, pack, activity], |r| {
            Ok(ActivityOutcome {
                success: r.get(0)?,
                hits: r.get(1)?,
                misses: r.get(2)?,
                duration_ms: u64::try_from(r.get::<_, i64>(3)?).unwrap_or(0),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
