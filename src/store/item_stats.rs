//! How each question goes (`model::item_stats`): counted here from this PC's answers,
//! or as the library network's sum, kept from the last sync.

use std::collections::BTreeMap;

use rusqlite::params;

use super::{Result, Store};
use crate::model::item_stats::{
    ItemStat, ItemTally, QuestionStats, StatsScope, countable, keep_most_given, most_missed_first,
};
use crate::model::{LessonId, PackId, Response};

type Key = (String, String, String);

impl Store {
    /// This PC's counts: the answers given here by residents who share their results.
    pub fn item_tally_here(&self) -> Result<Vec<ItemTally>> {
        let mut tallies: BTreeMap<Key, ItemTally> = BTreeMap::new();
        let mut counts = self
            .conn
            .prepare_cached(include_str!("item_stats/here_counts.sql"))?;
        let rows = counts.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?;
        for row in rows {
            let (pack, lesson, question, answers, right) = row?;
            tallies.insert(
                (pack.clone(), lesson.clone(), question.clone()),
                ItemTally {
                    pack: PackId(pack),
                    lesson: LessonId(lesson),
                    question,
                    answers,
                    right,
                    wrong: BTreeMap::new(),
                },
            );
        }
        let mut wrong = self
            .conn
            .prepare_cached(include_str!("item_stats/here_wrong.sql"))?;
        let rows = wrong.query_map([], |r| {
            Ok((
                (
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ),
                r.get::<_, String>(3)?,
                r.get::<_, u32>(4)?,
            ))
        })?;
        for row in rows {
            let (key, response, count) = row?;
            let readable = serde_json::from_str::<Response>(&response).is_ok_and(|r| countable(&r));
            if let (true, Some(tally)) = (readable, tallies.get_mut(&key)) {
                tally.wrong.insert(response, count);
            }
        }
        let mut out: Vec<ItemTally> = tallies.into_values().collect();
        for tally in &mut out {
            keep_most_given(&mut tally.wrong);
        }
        Ok(out)
    }

    /// The network's counts, as last read from the server.
    pub fn network_item_tally(&self) -> Result<Vec<ItemTally>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT pack_id, lesson_id, question_id, answers, right_answers, wrong_json
             FROM network_item_tally",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ItemTally {
                pack: PackId(r.get(0)?),
                lesson: LessonId(r.get(1)?),
                question: r.get(2)?,
                answers: r.get(3)?,
                right: r.get(4)?,
                wrong: serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Keeps the network's counts read from the server, replacing the last ones.
    pub fn set_network_item_tally(&mut self, tallies: &[ItemTally]) -> Result<()> {
        self.transact(|tx| {
            tx.execute("DELETE FROM network_item_tally", [])?;
            let mut insert = tx.prepare_cached(
                "INSERT OR REPLACE INTO network_item_tally
                 (pack_id, lesson_id, question_id, answers, right_answers, wrong_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for t in tallies {
                insert.execute(params![
                    t.pack.as_str(),
                    t.lesson.as_str(),
                    t.question,
                    t.answers,
                    t.right,
                    serde_json::to_string(&t.wrong)?
                ])?;
            }
            Ok(())
        })
    }

    /// How each question of `pack` (the first installed pack when `None`) goes: across
    /// the network when this PC is on one, else on this PC. `None` without packs.
    pub fn question_stats(&self, pack: Option<&PackId>) -> Result<Option<QuestionStats>> {
        let packs = self.packs()?;
        let chosen = pack
            .and_then(|id| packs.iter().find(|p| &p.manifest.id == id))
            .or_else(|| packs.first());
        let Some(chosen) = chosen else {
            return Ok(None);
        };
        let state = self.network_state()?;
        let (tallies, scope) = if state.site.is_some() {
            (
                self.network_item_tally()?,
                StatsScope::Network {
                    synced_at: state.last_sync_at,
                },
            )
        } else {
            (self.item_tally_here()?, StatsScope::ThisPc)
        };
        let mut items = Vec::new();
        // Each lesson read once, however many of its questions were answered.
        let mut lessons: BTreeMap<LessonId, Option<crate::model::Lesson>> = BTreeMap::new();
        for tally in tallies
            .iter()
            .filter(|t| t.pack == chosen.manifest.id && t.answers > 0)
        {
            if !lessons.contains_key(&tally.lesson) {
                let read = self.lesson(&tally.pack, &tally.lesson)?;
                lessons.insert(tally.lesson.clone(), read);
            }
            // A question of a lesson changed since is left out: its text is gone.
            let Some(Some(lesson)) = lessons.get(&tally.lesson) else {
                continue;
            };
            let Some(question) = lesson.questions.iter().find(|q| q.id.as_str() == tally.question) else {
                continue;
            };
            let mut wrong: Vec<(Response, u32)> = tally
                .wrong
                .iter()
                .filter_map(|(r, n)| Some((serde_json::from_str(r).ok()?, *n)))
                .collect();
            wrong.sort_by_key(|w| std::cmp::Reverse(w.1));
            items.push(ItemStat {
                lesson: lesson.title.clone(),
                question: question.clone(),
                answers: tally.answers,
                right: tally.right.min(tally.answers),
                wrong,
            });
        }
        most_missed_first(&mut items);
        Ok(Some(QuestionStats {
            packs: packs
                .iter()
                .map(|p| (p.manifest.id.clone(), p.manifest.title.clone()))
                .collect(),
            pack: chosen.manifest.id.clone(),
            items,
            scope,
        }))
    }
}
