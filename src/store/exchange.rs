//! Progress that travels between PCs: one file holding residents with their whole
//! history, and the merge of such files into a store.
//!
//! The merge is idempotent and order-independent, and never loses an answer:
//! - answers and activity tries are kept by their globally unique id (added if new);
//! - a resident is the same person on every PC by their unique id; their card (name,
//!   picture, language, display, consent) is the one most recently used
//!   (`last_seen_at`), ties broken by comparing the cards' contents, so the order of
//!   files never matters;
//! - a lesson's progress keeps the highest try number and best score, and the place
//!   (step, phase) of the most recent update, ties broken the same way;
//! - a review card keeps the state of its latest review, and a positioning test is
//!   merged whole (see `exchange_path.rs`);
//! - consent to share one's results can be switched off by a file, never on: the
//!   resident switches it on themselves, on the PC in front of them;
//! - a name given by a leader on this PC stays; a leader's rename and note never travel
//!   (the note is confidential, and a file could forge either);
//! - every record is checked first (`exchange_check.rs`): what cannot be trusted is left
//!   out and listed in the report, the rest merges;
//! - a profile merged into another on this PC (see `resident_admin.rs`) adds its answers,
//!   tries and lessons to the kept profile; its card is not used.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

pub use super::exchange_check::{LeftOut, Reason, Record};
pub use super::exchange_path::{PositioningAnswerRecord, PositioningRecord, ReviewRecord};
use super::exchange_path::{merge_positioning, merge_reviews, positioning_records, review_records};
pub use super::exchange_workshops::{WorkshopLeftRecord, WorkshopLessonRecord, WorkshopRecord};
use super::exchange_workshops::{left_records, merge_workshops, workshop_records};
use super::merge_report::changed_fields;
pub use super::merge_report::{CardField, MergeReport, PersonChanged};
use super::{Result, Store, StoreError};
use crate::model::ResidentUid;

/// The `format` field of a progress file.
pub const FORMAT_TAG: &str = "passerelle-progress";
/// The newest progress file version this Passerelle reads and writes. Version 2 added
/// the review and the positioning tests; version 1 files are read as having none.
pub const FORMAT_VERSION: u32 = 2;

/// A progress file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgressFile {
    /// Always [`FORMAT_TAG`].
    pub format: String,
    /// The file's version.
    pub version: u32,
    /// The residents, sorted by id.
    pub residents: Vec<ResidentRecord>,
}

/// A resident's card and history, as carried in a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResidentRecord {
    /// Globally unique id.
    pub uid: String,
    /// The card.
    pub card: Card,
    /// When the profile was made.
    pub created_at: i64,
    /// When it was last used.
    pub last_seen_at: i64,
    /// Progress in each lesson, sorted by pack then lesson.
    pub progress: Vec<ProgressRecord>,
    /// Every answer, sorted by id.
    pub answers: Vec<AnswerRecordFile>,
    /// Every activity try, sorted by id.
    pub activities: Vec<ActivityRecordFile>,
    /// The questions in their review, sorted by question. Absent from version 1 files.
    #[serde(default)]
    pub reviews: Vec<ReviewRecord>,
    /// Their positioning tests, sorted by id. Absent from version 1 files.
    #[serde(default)]
    pub positioning: Vec<PositioningRecord>,
    /// When a leader last renamed them (0: never). Absent from older files.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub renamed_at: i64,
    /// The leaders' note. Absent from older files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the note was written (0: never).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub note_at: i64,
    /// The workshops they are in, sorted by id. Absent from older files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workshops: Vec<WorkshopRecord>,
    /// The workshops they were taken out of, sorted by id. Absent from older files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workshops_left: Vec<WorkshopLeftRecord>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference.
fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// What a resident chose on their card.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Card {
    /// First name or pseudonym.
    pub name: String,
    /// Colour key.
    pub colour: String,
    /// Symbol key.
    pub symbol: String,
    /// Language code.
    pub language: String,
    /// Text size in percent.
    pub text_percent: i64,
    /// High contrast.
    pub high_contrast: bool,
    /// Easy-to-read text.
    pub easy_text: bool,
    /// Shares results with the workshop leaders.
    pub shares_results: bool,
}

/// A lesson's progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressRecord {
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Try number.
    pub attempt: i64,
    /// `steps`, `questions` or `done`.
    pub phase: String,
    /// Step.
    pub step: i64,
    /// Best number of right answers, once finished.
    pub best_correct: Option<i64>,
    /// Last update.
    pub updated_at: i64,
}

/// An answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecordFile {
    /// Globally unique id.
    pub uid: String,
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Question id.
    pub question: String,
    /// Try number.
    pub attempt: i64,
    /// The response, as stored (JSON).
    pub response: String,
    /// Right or not.
    pub correct: bool,
    /// Score from 0 to 1.
    pub score: f64,
    /// Language code.
    pub language: String,
    /// When.
    pub answered_at: i64,
    /// The network site where it was given, when it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
}

/// An activity try.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityRecordFile {
    /// Globally unique id.
    pub uid: String,
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Activity id.
    pub activity: String,
    /// Activity type.
    pub kind: String,
    /// Try number of the lesson.
    pub attempt: i64,
    /// Done.
    pub success: bool,
    /// Right moves.
    pub hits: i64,
    /// Wrong moves.
    pub misses: i64,
    /// Milliseconds.
    pub duration_ms: i64,
    /// Language code.
    pub language: String,
    /// When.
    pub done_at: i64,
    /// What a procedure's pages that needed another try asked (`code`, `form`…). Absent
    /// from older files and for the other activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stumbles: Vec<String>,
}

/// Why a file is refused (nothing is changed).
#[derive(Debug, thiserror::Error)]
pub enum FileProblem {
    /// Not a progress file at all (or damaged beyond reading): why, and the line where
    /// reading stopped (0: not known).
    #[error("not a Passerelle progress file: {0}")]
    NotProgress(String, usize),
    /// Made by a newer Passerelle.
    #[error("progress file version {0} is newer than this Passerelle reads")]
    Newer(u32),
}

impl ProgressFile {
    /// The file's bytes: JSON, readable and stable.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// Reads a file's bytes, refusing what is not a progress file this version reads.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, FileProblem> {
        #[derive(Deserialize)]
        struct Header {
            format: String,
            version: u32,
        }
        let unreadable = |e: serde_json::Error| FileProblem::NotProgress(e.to_string(), e.line());
        let header: Header = serde_json::from_slice(bytes).map_err(unreadable)?;
        if header.format != FORMAT_TAG {
            return Err(FileProblem::NotProgress(format!("format {:?}", header.format), 0));
        }
        if header.version > FORMAT_VERSION {
            return Err(FileProblem::Newer(header.version));
        }
        serde_json::from_slice(bytes).map_err(unreadable)
    }
}

impl Store {
    /// A progress file of the residents whose unique ids are given (every resident when
    /// `uids` is `None`).
    pub fn export_progress(&self, uids: Option<&[ResidentUid]>) -> Result<ProgressFile> {
        let mut residents = Vec::new();
        let mut stmt = self
            .conn
            .prepare(include_str!("exchange/export_progress_select_resident.sql"))?;
        let rows: Vec<(i64, ResidentRecord)> = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    ResidentRecord {
                        uid: r.get(1)?,
                        card: Card {
                            name: r.get(2)?,
                            colour: r.get(3)?,
                            symbol: r.get(4)?,
                            language: r.get(5)?,
                            text_percent: r.get(6)?,
                            high_contrast: r.get(7)?,
                            easy_text: r.get(8)?,
                            shares_results: r.get(9)?,
                        },
                        created_at: r.get(10)?,
                        last_seen_at: r.get(11)?,
                        progress: Vec::new(),
                        answers: Vec::new(),
                        activities: Vec::new(),
                        reviews: Vec::new(),
                        positioning: Vec::new(),
                        // A leader's rename is already the card's name; the note is
                        // confidential and stays on this PC.
                        renamed_at: 0,
                        note: String::new(),
                        note_at: 0,
                        workshops: Vec::new(),
                        workshops_left: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        // This PC's answers carry its network site, when it is on one.
        let this_site = self.network_state()?.site;
        let wanted: Option<std::collections::HashSet<&str>> =
            uids.map(|uids| uids.iter().map(ResidentUid::as_str).collect());
        for (id, mut record) in rows {
            if wanted
                .as_ref()
                .is_some_and(|wanted| !wanted.contains(record.uid.as_str()))
            {
                continue;
            }
            record.progress = progress_records(&self.conn, id)?;
            record.reviews = review_records(&self.conn, id)?;
            record.positioning = positioning_records(&self.conn, id)?;
            record.workshops = workshop_records(&self.conn, id, this_site.as_deref())?;
            record.workshops_left = left_records(&self.conn, id)?;
            record.answers = answer_records(&self.conn, id, this_site.as_deref())?;
            record.activities = self
                .conn
                .prepare_cached(include_str!(
                    "exchange/export_progress_select_activity_attempt.sql"
                ))?
                .query_map([id], |r| {
                    Ok(ActivityRecordFile {
                        uid: r.get(0)?,
                        pack: r.get(1)?,
                        lesson: r.get(2)?,
                        activity: r.get(3)?,
                        kind: r.get(4)?,
                        attempt: r.get(5)?,
                        success: r.get(6)?,
                        hits: r.get(7)?,
                        misses: r.get(8)?,
                        duration_ms: r.get(9)?,
                        language: r.get(10)?,
                        done_at: r.get(11)?,
                        stumbles: r
                            .get::<_, String>(12)?
                            .split_whitespace()
                            .map(str::to_owned)
                            .collect(),
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            residents.push(record);
        }
        Ok(ProgressFile {
            format: FORMAT_TAG.into(),
            version: FORMAT_VERSION,
            residents,
        })
    }

    /// Merges a progress file into the store, in one transaction (all or nothing), once
    /// every record is checked (see `exchange_check.rs`).
    pub fn merge_progress(&mut self, file: &ProgressFile) -> Result<MergeReport> {
        let catalogue = self.catalogue()?;
        self.merge_progress_against(file, &catalogue)
    }

    /// The installed packs as records are checked against them, for a caller that
    /// merges many batches in a row ([`Store::merge_progress_against`]).
    pub fn progress_catalogue(&self) -> Result<super::exchange_check::Catalogue> {
        self.catalogue()
    }

    /// [`Store::merge_progress`], checking against `catalogue` (read once for many
    /// batches, while no pack is installed in between).
    pub fn merge_progress_against(
        &mut self,
        file: &ProgressFile,
        catalogue: &super::exchange_check::Catalogue,
    ) -> Result<MergeReport> {
        let checked = super::exchange_check::check(file, catalogue, super::now());
        let file = &checked.file;
        self.observe_workshop_times(file)?;
        self.transact(|tx| {
            let mut report = MergeReport {
                left_out: checked.left_out.clone(),
                kept_for_other_packs: checked.kept_for_other_packs,
                ..MergeReport::default()
            };
            for record in &file.residents {
                let merged_into: Option<String> = tx
                    .prepare_cached(include_str!("exchange/merge_progress_select_resident_alias.sql"))?
                    .query_row([&record.uid], |r| r.get(0))
                    .optional()?;
                if let Some(kept) = merged_into {
                    let id: Option<i64> = tx
                        .query_row("SELECT id FROM resident WHERE uid = ?1", [&kept], |r| r.get(0))
                        .optional()?;
                    if let Some(id) = id {
                        report.answers_added += merge_history(tx, id, record)?;
                        continue;
                    }
                }
                let local: Option<(i64, i64, bool, Card)> = tx
                    .prepare_cached(include_str!("exchange/merge_progress_select_resident.sql"))?
                    .query_row([&record.uid], |r| {
                        Ok((
                            r.get(0)?,
                            r.get(1)?,
                            r.get(2)?,
                            Card {
                                name: r.get(3)?,
                                colour: r.get(4)?,
                                symbol: r.get(5)?,
                                language: r.get(6)?,
                                text_percent: r.get(7)?,
                                high_contrast: r.get(8)?,
                                easy_text: r.get(9)?,
                                shares_results: r.get(10)?,
                            },
                        ))
                    })
                    .optional()?;
                let c = &record.card;
                let id = match local {
                    None => {
                        tx.prepare_cached(include_str!("exchange/merge_progress_insert_resident.sql"))?
                            .execute(params![
                                record.uid,
                                c.name,
                                c.colour,
                                c.symbol,
                                c.language,
                                record.created_at,
                                record.last_seen_at,
                                c.text_percent,
                                c.high_contrast,
                                c.easy_text,
                                c.shares_results
                            ])?;
                        report.residents_added += 1;
                        tx.last_insert_rowid()
                    }
                    Some((id, seen, renamed, card)) => {
                        // The most recently used card wins; on a tie, the greater card. A
                        // name given by a leader here stays; sharing can only be switched
                        // off.
                        let wins = card_order(record.last_seen_at, &record.card) > card_order(seen, &card);
                        let mut after = if wins { record.card.clone() } else { card.clone() };
                        if renamed {
                            after.name.clone_from(&card.name);
                        }
                        after.shares_results = card.shares_results && record.card.shares_results;
                        tx.prepare_cached(include_str!("exchange/merge_progress_update_resident.sql"))?
                            .execute(params![
                                id,
                                after.name,
                                after.colour,
                                after.symbol,
                                after.language,
                                record.last_seen_at,
                                after.text_percent,
                                after.high_contrast,
                                after.easy_text,
                                after.shares_results,
                                record.created_at
                            ])?;
                        let fields = changed_fields(&card, &after);
                        if !fields.is_empty() {
                            report.changed.push(PersonChanged {
                                name: after.name.clone(),
                                fields,
                            });
                        }
                        id
                    }
                };
                report.answers_added += merge_history(tx, id, record)?;
            }
            Ok(report)
        })
    }
}

impl Store {
    /// A workshop changed here after reading `file` is later than what it says, even
    /// when the PC that wrote it has its clock ahead.
    fn observe_workshop_times(&mut self, file: &ProgressFile) -> Result<()> {
        let latest = file
            .residents
            .iter()
            .flat_map(|r| {
                let places = r.workshops.iter().flat_map(|w| [w.updated_at, w.at]);
                places.chain(r.workshops_left.iter().map(|l| l.at))
            })
            .max();
        if let Some(latest) = latest {
            self.clock_observe(latest)?;
        }
        Ok(())
    }
}

/// How cards are ordered to pick the one kept: the most recently used, then the
/// greater, comparing the name last. A name given by a leader replaces the card's name
/// on this PC, and sharing is the conjunction of every card's, so the choice must
/// depend on neither (else the order of files would matter).
fn card_order(last_seen_at: i64, card: &Card) -> (i64, Card, &str) {
    let without_name = Card {
        name: String::new(),
        shares_results: false,
        ..card.clone()
    };
    (last_seen_at, without_name, &card.name)
}

/// Adds a record's lessons, answers, tries, review and tests to the resident `id`;
/// returns how many answers and tries were new.
fn merge_history(tx: &rusqlite::Connection, id: i64, record: &ResidentRecord) -> Result<u32> {
    let mut added = 0;
    for p in &record.progress {
        merge_lesson_progress(tx, id, p)?;
    }
    merge_reviews(tx, id, &record.reviews)?;
    merge_positioning(tx, id, &record.positioning)?;
    merge_workshops(tx, id, &record.workshops, &record.workshops_left)?;
    for a in &record.answers {
        added += u32::try_from(
            tx.prepare_cached(include_str!("exchange/merge_history_insert_answer.sql"))?
                .execute(params![
                    a.uid,
                    id,
                    a.pack,
                    a.lesson,
                    a.question,
                    a.attempt,
                    a.response,
                    a.correct,
                    a.score,
                    a.language,
                    a.answered_at,
                    a.site.as_deref().unwrap_or("")
                ])?,
        )
        .unwrap_or(0);
    }
    for t in &record.activities {
        added += u32::try_from(
            tx.prepare_cached(include_str!("exchange/merge_history_insert_activity_attempt.sql"))?
                .execute(params![
                    t.uid,
                    id,
                    t.pack,
                    t.lesson,
                    t.activity,
                    t.kind,
                    t.attempt,
                    t.success,
                    t.hits,
                    t.misses,
                    t.duration_ms,
                    t.language,
                    t.done_at,
                    t.stumbles.join(" ")
                ])?,
        )
        .unwrap_or(0);
    }
    Ok(added)
}

/// Resident `resident`'s answers, sorted by id; this PC's carry `this_site`.
fn answer_records(
    conn: &rusqlite::Connection,
    resident: i64,
    this_site: Option<&str>,
) -> Result<Vec<AnswerRecordFile>> {
    Ok(conn
        .prepare_cached(include_str!("exchange/export_progress_select_answer.sql"))?
        .query_map(params![resident, this_site], |r| {
            Ok(AnswerRecordFile {
                uid: r.get(0)?,
                pack: r.get(1)?,
                lesson: r.get(2)?,
                question: r.get(3)?,
                attempt: r.get(4)?,
                response: r.get(5)?,
                correct: r.get(6)?,
                score: r.get(7)?,
                language: r.get(8)?,
                answered_at: r.get(9)?,
                site: r.get(10)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// A lesson's progress as both its queries select it: pack, lesson, attempt, phase,
/// step, best score, last update.
fn progress_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ProgressRecord> {
    Ok(ProgressRecord {
        pack: r.get(0)?,
        lesson: r.get(1)?,
        attempt: r.get(2)?,
        phase: r.get(3)?,
        step: r.get(4)?,
        best_correct: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

/// A resident's progress in each lesson, sorted by pack then lesson.
pub(super) fn progress_records(conn: &rusqlite::Connection, resident: i64) -> Result<Vec<ProgressRecord>> {
    Ok(conn
        .prepare_cached(include_str!("exchange/progress_records.sql"))?
        .query_map([resident], progress_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Merges one lesson's progress: highest try, best score, and the place of the latest
/// update (ties broken by the place itself, so that the order of files never matters).
pub(super) fn merge_lesson_progress(
    tx: &rusqlite::Connection,
    resident: i64,
    p: &ProgressRecord,
) -> Result<()> {
    let local: Option<ProgressRecord> = tx
        .prepare_cached(include_str!(
            "exchange/merge_lesson_progress_select_lesson_progress.sql"
        ))?
        .query_row(params![resident, p.pack, p.lesson], progress_from_row)
        .optional()?;
    let merged = match local {
        None => p.clone(),
        Some(local) => {
            let latest = if (p.updated_at, &p.phase, p.step, p.attempt)
                > (local.updated_at, &local.phase, local.step, local.attempt)
            {
                p
            } else {
                &local
            };
            ProgressRecord {
                attempt: local.attempt.max(p.attempt),
                best_correct: local.best_correct.max(p.best_correct),
                phase: latest.phase.clone(),
                step: latest.step,
                updated_at: latest.updated_at,
                ..local.clone()
            }
        }
    };
    if !matches!(merged.phase.as_str(), "steps" | "questions" | "done") {
        return Err(StoreError::Decode(serde::de::Error::custom(format!(
            "unknown lesson phase {:?}",
            merged.phase
        ))));
    }
    tx.prepare_cached(include_str!(
        "exchange/merge_lesson_progress_upsert_lesson_progress.sql"
    ))?
    .execute(params![
        resident,
        merged.pack,
        merged.lesson,
        merged.attempt,
        merged.phase,
        merged.step,
        merged.best_correct,
        merged.updated_at
    ])?;
    Ok(())
}
