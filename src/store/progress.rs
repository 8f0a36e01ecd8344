//! Where each resident is in each lesson, and every answer they gave.

use rusqlite::{OptionalExtension, Row, params};

use super::{Result, Store, now, sql_int};
use crate::model::progress::RecordedAnswer;
use crate::model::{
    Grade, Lang, LessonId, LessonPhase, LessonProgress, PackId, QuestionId, ResidentId, Response,
};

/// An answer to record.
#[derive(Clone, Debug)]
pub struct AnswerRecord<'a> {
    /// Who answered.
    pub resident: ResidentId,
    /// The pack.
    pub pack: &'a PackId,
    /// The lesson.
    pub lesson: &'a LessonId,
    /// The question.
    pub question: &'a QuestionId,
    /// Which try of the lesson.
    pub attempt: u32,
    /// What was answered.
    pub response: &'a Response,
    /// Its grade.
    pub grade: Grade,
    /// The language the question was shown in.
    pub lang: Lang,
}

const PROGRESS_COLUMNS: &str = "pack_id, lesson_id, attempt, phase, step, best_correct, updated_at";

fn row_to_progress(row: &Row<'_>) -> rusqlite::Result<LessonProgress> {
    Ok(LessonProgress {
        pack: PackId(row.get(0)?),
        lesson: LessonId(row.get(1)?),
        attempt: row.get(2)?,
        phase: LessonPhase::from_key(&row.get::<_, String>(3)?).unwrap_or(LessonPhase::Steps),
        step: usize::try_from(row.get::<_, i64>(4)?).unwrap_or(0),
        best_correct: row.get(5)?,
        updated_at: row.get(6)?,
    })
}

impl Store {
    /// A resident's progress in every lesson they opened, the most recent first.
    pub fn progress(&self, resident: ResidentId) -> Result<Vec<LessonProgress>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {PROGRESS_COLUMNS} FROM lesson_progress WHERE resident_id = ?1
             ORDER BY updated_at DESC, rowid DESC"
        ))?;
        let rows = stmt.query_map([resident], row_to_progress)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A resident's progress in one lesson.
    pub fn lesson_progress(
        &self,
        resident: ResidentId,
        pack: &PackId,
        lesson: &LessonId,
    ) -> Result<Option<LessonProgress>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {PROGRESS_COLUMNS} FROM lesson_progress
                 WHERE resident_id = ?1 AND pack_id = ?2 AND lesson_id = ?3"
            ))?
            .query_row(params![resident, pack, lesson], row_to_progress)
            .optional()?)
    }

    /// Starts a new try of a lesson (the first, or once more after finishing it).
    pub fn start_lesson(
        &mut self,
        resident: ResidentId,
        pack: &PackId,
        lesson: &LessonId,
    ) -> Result<LessonProgress> {
        self.conn
            .prepare_cached(include_str!("progress/start_lesson.sql"))?
            .execute(params![resident, pack, lesson, now()])?;
        self.lesson_progress(resident, pack, lesson)?
            .ok_or(rusqlite::Error::QueryReturnedNoRows.into())
    }

    /// Saves where the resident is in a lesson.
    pub fn save_place(
        &mut self,
        resident: ResidentId,
        pack: &PackId,
        lesson: &LessonId,
        phase: LessonPhase,
        step: usize,
    ) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("progress/save_place.sql"))?
            .execute(params![resident, pack, lesson, phase.key(), sql_int(step), now()])?;
        Ok(())
    }

    /// Records an answer durably; when this returns `Ok`, the answer survives a crash.
    /// Returns the answer's globally unique id.
    pub fn record_answer(&mut self, answer: &AnswerRecord<'_>) -> Result<String> {
        let response = serde_json::to_string(answer.response)?;
        let uid = uuid::Uuid::new_v4().to_string();
        self.transact(|tx| {
            let now = now();
            tx.prepare_cached(include_str!("progress/record_answer_insert_answer.sql"))?
                .execute(params![
                    uid,
                    answer.resident,
                    answer.pack,
                    answer.lesson,
                    answer.question,
                    answer.attempt,
                    response,
                    answer.grade.correct,
                    answer.grade.score,
                    answer.lang.code(),
                    now
                ])?;
            tx.prepare_cached(include_str!("progress/record_answer_update_resident.sql"))?
                .execute(params![answer.resident, now])?;
            tx.prepare_cached(include_str!("progress/record_answer_update_lesson_progress.sql"))?
                .execute(params![answer.resident, answer.pack, answer.lesson, now])?;
            Ok(())
        })?;
        Ok(uid)
    }

    /// Whether an answer with this id is in the store.
    pub fn has_answer(&self, uid: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM answer WHERE uid = ?1")?
            .query_row([uid], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Runs SQLite's full `integrity_check`: `true` when the database is sound.
    pub fn integrity_check(&self) -> Result<bool> {
        let first: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(first == "ok")
    }

    /// The answers of one try of a lesson, in the order given.
    pub fn answers(
        &self,
        resident: ResidentId,
        pack: &PackId,
        lesson: &LessonId,
        attempt: u32,
    ) -> Result<Vec<RecordedAnswer>> {
        let mut stmt = self.conn.prepare_cached(include_str!("progress/answers.sql"))?;
        let rows = stmt.query_map(params![resident, pack, lesson, attempt], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?;
        let mut answers = Vec::new();
        for row in rows {
            let (question, response, correct) = row?;
            // A row that cannot be read (written by a hand or a bug) is skipped: it must
            // never block the lesson.
            match serde_json::from_str(&response) {
                Ok(response) => answers.push(RecordedAnswer {
                    question: QuestionId(question),
                    response,
                    correct,
                }),
                Err(error) => {
                    log::warn!("answer to {question} skipped: its response cannot be read ({error})");
                }
            }
        }
        Ok(answers)
    }

    /// Marks a lesson finished with `correct` right answers, keeping the best result.
    pub fn finish_lesson(
        &mut self,
        resident: ResidentId,
        pack: &PackId,
        lesson: &LessonId,
        correct: u32,
    ) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("progress/finish_lesson.sql"))?
            .execute(params![resident, pack, lesson, correct, now()])?;
        Ok(())
    }
}
