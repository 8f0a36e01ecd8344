//! The positioning test's runs and answers (a paused run resumes from its answers), and
//! the questions it draws from.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, now, sql_int};
use crate::model::positioning::{DOMAINS, PackQuestion, PositioningAnswer, PositioningResult, Standing};
use crate::model::{Lesson, PackId, ResidentId};

fn standings_to_json(standings: &[Standing; DOMAINS]) -> String {
    let levels: Vec<Option<u8>> = standings
        .iter()
        .map(|s| match s {
            Standing::NotMeasured => None,
            Standing::Level(l) => Some(*l),
        })
        .collect();
    serde_json::to_string(&levels).unwrap_or_default()
}

fn standings_from_json(json: &str) -> Option<[Standing; DOMAINS]> {
    let levels: Vec<Option<u8>> = serde_json::from_str(json).ok()?;
    let standings: Vec<Standing> = levels
        .into_iter()
        .map(|l| l.map_or(Standing::NotMeasured, Standing::Level))
        .collect();
    standings.try_into().ok()
}

impl Store {
    /// Every question of the installed packs, in the packs' and lessons' order.
    pub fn all_questions(&self) -> Result<Vec<PackQuestion>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("positioning/all_questions.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (pack, json) = row?;
            let lesson: Lesson = serde_json::from_str(&json)?;
            for question in lesson.questions {
                out.push(PackQuestion {
                    pack: PackId(pack.clone()),
                    lesson: lesson.id.clone(),
                    lesson_title: lesson.title.clone(),
                    question,
                });
            }
        }
        Ok(out)
    }

    /// The resident's unfinished run, if any: its id and its answers in order.
    pub fn open_positioning_run(
        &self,
        resident: ResidentId,
    ) -> Result<Option<(String, Vec<PositioningAnswer>)>> {
        let run: Option<(i64, String)> = self
            .conn
            .prepare_cached(include_str!(
                "positioning/open_positioning_run_select_positioning_run.sql"
            ))?
            .query_row([resident], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((id, uid)) = run else {
            return Ok(None);
        };
        let answers = self
            .conn
            .prepare_cached(include_str!(
                "positioning/open_positioning_run_select_positioning_answer.sql"
            ))?
            .query_map([id], |r| {
                Ok(PositioningAnswer {
                    domain: r.get(0)?,
                    level: r.get(1)?,
                    correct: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some((uid, answers)))
    }

    /// Starts a run; returns its unique id.
    pub fn start_positioning_run(&mut self, resident: ResidentId) -> Result<String> {
        let uid = uuid::Uuid::new_v4().to_string();
        self.conn
            .prepare_cached(include_str!("positioning/start_positioning_run.sql"))?
            .execute(params![uid, resident, now()])?;
        Ok(uid)
    }

    /// Keeps an answer of a run (committed before the next question shows).
    pub fn record_positioning_answer(
        &mut self,
        run: &str,
        question: &PackQuestion,
        domain: u8,
        level: u8,
        correct: bool,
    ) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("positioning/record_positioning_answer.sql"))?
            .execute(params![
                run,
                question.pack,
                question.lesson,
                question.question.id,
                domain,
                level,
                correct,
                now()
            ])?;
        Ok(())
    }

    /// Ends a run with its result.
    pub fn finish_positioning_run(&mut self, run: &str, standings: &[Standing; DOMAINS]) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("positioning/finish_positioning_run.sql"))?
            .execute(params![run, now(), standings_to_json(standings)])?;
        Ok(())
    }

    /// The results of the resident's finished runs, the latest first (at most `limit`).
    pub fn positioning_results(&self, resident: ResidentId, limit: usize) -> Result<Vec<PositioningResult>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("positioning/positioning_results.sql"))?;
        let rows = stmt.query_map(params![resident, sql_int(limit)], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (finished_at, json) = row?;
            if let Some(standings) = json.as_deref().and_then(standings_from_json) {
                out.push(PositioningResult {
                    finished_at,
                    standings,
                });
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standings_round_trip() {
        let standings = [
            Standing::Level(0),
            Standing::NotMeasured,
            Standing::Level(3),
            Standing::Level(1),
            Standing::Level(2),
        ];
        assert_eq!(
            standings_from_json(&standings_to_json(&standings)),
            Some(standings)
        );
    }
}
