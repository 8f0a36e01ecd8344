//! Each try of a practice activity: how it went, never what was typed.

use rusqlite::params;

use super::{Result, Store, now};
use crate::model::activity::ActivityOutcome;
use crate::model::progress::ProcedureTry;
use crate::model::{ActivityId, Lang, LessonId, PackId, ResidentId, ResidentUid, WorkshopUid};

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
    /// What its parts that needed another try asked (a procedure's page types).
    pub stumbles: &'a [&'static str],
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
                now(),
                record.stumbles.join(" ")
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

    /// The procedures a resident practised on the pretend portal, each as its latest try
    /// went, oldest first: their own progress.
    pub fn own_procedures(&self, resident: ResidentId) -> Result<Vec<ProcedureTry>> {
        self.procedures_of(Some(resident), None)
    }

    /// The same for the leaders: nothing unless the resident shares their results.
    pub fn procedures(&self, uid: &ResidentUid) -> Result<Vec<ProcedureTry>> {
        self.procedures_of(None, Some(uid))
    }

    fn procedures_of(&self, id: Option<ResidentId>, uid: Option<&ResidentUid>) -> Result<Vec<ProcedureTry>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("activities/procedures.sql"))?;
        let rows = stmt.query_map(params![id, uid], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut tries = Vec::new();
        for row in rows {
            let (json, stumbles, done_at) = row?;
            let lesson: crate::model::Lesson = serde_json::from_str(&json)?;
            tries.push(ProcedureTry {
                lesson: lesson.title,
                stumbles: stumbles.split_whitespace().map(str::to_owned).collect(),
                done_at,
            });
        }
        Ok(tries)
    }

    /// Where a workshop's sharing residents stumble on the pretend portal: each page type
    /// with how many of them needed another try on it at least once, the most first.
    pub fn workshop_stumbles(&self, workshop: &WorkshopUid) -> Result<Vec<(String, u32)>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("activities/workshop_stumbles.sql"))?;
        let rows = stmt.query_map([workshop], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        let mut who: std::collections::BTreeMap<String, std::collections::BTreeSet<i64>> =
            std::collections::BTreeMap::new();
        for row in rows {
            let (resident, stumbles) = row?;
            for kind in stumbles.split_whitespace() {
                who.entry(kind.to_owned()).or_default().insert(resident);
            }
        }
        let mut counts: Vec<(String, u32)> = who
            .into_iter()
            .map(|(kind, residents)| (kind, u32::try_from(residents.len()).unwrap_or(u32::MAX)))
            .collect();
        // The most residents first; the same count in the order a procedure takes them.
        let order = |kind: &str| crate::model::portal::PAGE_TYPES.iter().position(|t| *t == kind);
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| order(&a.0).cmp(&order(&b.0))));
        Ok(counts)
    }
}
