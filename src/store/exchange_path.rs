//! A resident's learning path in progress files: the questions waiting in their review
//! and their positioning tests, so that "To review" and "Where I stand" follow them to
//! another PC.
//!
//! The merge keeps the rules of the rest of the file (idempotent, order-independent):
//! - a review card is one per question; the state left by the **latest review** wins
//!   (a tie goes to the higher box). A learnt card stays in the learnt box, so a file
//!   written before it was learnt cannot bring it back;
//! - a positioning test is the same test on every PC by its unique id, and is merged
//!   **whole** (its answers decide its result): a finished test wins over one under way,
//!   then the one with more answers, then the greater, so that the order never matters. A
//!   test already held here by another person is left alone.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::Result;
use crate::model::review::after_review;

/// A question in the review, as carried in a file: its due date follows from its box and
/// its last review, so the two cannot disagree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRecord {
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Question id.
    pub question: String,
    /// Box 1 to 5, or 6 once learnt.
    #[serde(rename = "box")]
    pub box_number: u8,
    /// When it was last reviewed (or missed in its lesson).
    pub reviewed_at: i64,
}

/// A positioning test, as carried in a file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PositioningRecord {
    /// Globally unique id.
    pub uid: String,
    /// When it started.
    pub started_at: i64,
    /// When it ended (absent while under way).
    pub finished_at: Option<i64>,
    /// Once ended: the level reached in each of the 5 domains (absent: not measured).
    pub standings: Option<Vec<Option<u8>>>,
    /// The answers, in the order they were given.
    pub answers: Vec<PositioningAnswerRecord>,
}

/// An answer in a positioning test.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PositioningAnswerRecord {
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Question id.
    pub question: String,
    /// Domain, 1 to 5.
    pub domain: u8,
    /// Level, 1 to 3.
    pub level: u8,
    /// Right or not ("I don't know" is not right).
    pub correct: bool,
    /// When.
    pub answered_at: i64,
}

impl PositioningRecord {
    /// How two copies of the same test are ordered to pick the one kept.
    fn merge_order(&self) -> (bool, usize, &Self) {
        (self.finished_at.is_some(), self.answers.len(), self)
    }
}

/// A resident's review cards, sorted by question.
pub(super) fn review_records(conn: &rusqlite::Connection, resident: i64) -> Result<Vec<ReviewRecord>> {
    Ok(conn
        .prepare_cached(include_str!("exchange_path/review_cards.sql"))?
        .query_map([resident], |r| {
            Ok(ReviewRecord {
                pack: r.get(0)?,
                lesson: r.get(1)?,
                question: r.get(2)?,
                box_number: r.get(3)?,
                reviewed_at: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// A test's row as both its queries select it (id, uid, start, end, result), without its
/// answers yet.
fn run_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, PositioningRecord)> {
    let standings: Option<String> = r.get(4)?;
    Ok((
        r.get(0)?,
        PositioningRecord {
            uid: r.get(1)?,
            started_at: r.get(2)?,
            finished_at: r.get(3)?,
            standings: standings.and_then(|json| serde_json::from_str(&json).ok()),
            answers: Vec::new(),
        },
    ))
}

/// A resident's positioning tests, sorted by id.
pub(super) fn positioning_records(
    conn: &rusqlite::Connection,
    resident: i64,
) -> Result<Vec<PositioningRecord>> {
    let runs: Vec<(i64, PositioningRecord)> = conn
        .prepare_cached(include_str!("exchange_path/positioning_runs.sql"))?
        .query_map([resident], run_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    runs.into_iter()
        .map(|(id, mut run)| {
            run.answers = run_answers(conn, id)?;
            Ok(run)
        })
        .collect()
}

/// The test of row `id`, with its answers.
fn positioning_record(conn: &rusqlite::Connection, id: i64) -> Result<PositioningRecord> {
    let (_, mut run) = conn
        .prepare_cached(include_str!("exchange_path/run_by_id.sql"))?
        .query_row([id], run_from_row)?;
    run.answers = run_answers(conn, id)?;
    Ok(run)
}

fn run_answers(conn: &rusqlite::Connection, run: i64) -> Result<Vec<PositioningAnswerRecord>> {
    Ok(conn
        .prepare_cached(include_str!("exchange_path/positioning_answers.sql"))?
        .query_map([run], |r| {
            Ok(PositioningAnswerRecord {
                pack: r.get(0)?,
                lesson: r.get(1)?,
                question: r.get(2)?,
                domain: r.get(3)?,
                level: r.get(4)?,
                correct: r.get(5)?,
                answered_at: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Merges checked review cards into resident `resident`'s: the latest review wins.
pub(super) fn merge_reviews(
    tx: &rusqlite::Connection,
    resident: i64,
    reviews: &[ReviewRecord],
) -> Result<()> {
    for r in reviews {
        // Checked before (`exchange_check.rs`); a box that does not exist is skipped.
        let Some(card) = after_review(r.box_number, r.reviewed_at) else {
            continue;
        };
        tx.prepare_cached(include_str!("exchange_path/merge_review_card.sql"))?
            .execute(params![
                resident,
                r.pack,
                r.lesson,
                r.question,
                card.box_number(),
                card.due_at(r.reviewed_at),
                r.reviewed_at
            ])?;
    }
    Ok(())
}

/// Merges checked positioning tests into resident `resident`'s, each test whole.
pub(super) fn merge_positioning(
    tx: &rusqlite::Connection,
    resident: i64,
    runs: &[PositioningRecord],
) -> Result<()> {
    for run in runs {
        let local: Option<(i64, i64)> = tx
            .prepare_cached(include_str!("exchange_path/run_by_uid.sql"))?
            .query_row([&run.uid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let standings = run
            .standings
            .as_ref()
            .map(|s| serde_json::to_string(s).unwrap_or_default());
        let id = match local {
            None => {
                tx.prepare_cached(include_str!("exchange_path/insert_run.sql"))?
                    .execute(params![
                        run.uid,
                        resident,
                        run.started_at,
                        run.finished_at,
                        standings
                    ])?;
                tx.last_insert_rowid()
            }
            Some((_, owner)) if owner != resident => {
                log::warn!(
                    "positioning test {} belongs to another person here: left alone",
                    run.uid
                );
                continue;
            }
            Some((id, _)) => {
                if positioning_record(tx, id)?.merge_order() >= run.merge_order() {
                    continue;
                }
                tx.prepare_cached(include_str!("exchange_path/replace_run.sql"))?
                    .execute(params![id, run.started_at, run.finished_at, standings])?;
                tx.prepare_cached(include_str!("exchange_path/delete_run_answers.sql"))?
                    .execute([id])?;
                id
            }
        };
        for (position, a) in (0i64..).zip(&run.answers) {
            tx.prepare_cached(include_str!("exchange_path/insert_run_answer.sql"))?
                .execute(params![
                    id,
                    position,
                    a.pack,
                    a.lesson,
                    a.question,
                    a.domain,
                    a.level,
                    a.correct,
                    a.answered_at
                ])?;
        }
    }
    Ok(())
}
