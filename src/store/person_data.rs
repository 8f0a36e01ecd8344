//! Everything the store holds about one person, gathered for their right of access
//! (GDPR article 15): their card, every change of consent, lessons, answers with the
//! questions asked, practice tries, positioning tests, review questions, workshops and
//! the leaders' note. Drawn as a readable document by `crate::access_document`.

use std::collections::HashMap;

use rusqlite::OptionalExtension;

use super::{Result, Store};
use crate::model::calendar::Day;
use crate::model::person_data::{ActivityLine, AnswerLine, LessonLine, PersonData, WorkshopLine};
use crate::model::review::LEARNT_BOX;
use crate::model::{Lesson, LessonId, PackId, QuestionId, ResidentId, ResidentUid, Text};

/// Lessons read once each.
struct Lessons<'s> {
    store: &'s Store,
    read: HashMap<(String, String), Option<Lesson>>,
}

impl Lessons<'_> {
    fn get(&mut self, pack: &str, lesson: &str) -> Result<Option<&Lesson>> {
        let key = (pack.to_owned(), lesson.to_owned());
        if !self.read.contains_key(&key) {
            let found = self
                .store
                .lesson(&PackId(pack.to_owned()), &LessonId(lesson.to_owned()))?;
            self.read.insert(key.clone(), found);
        }
        Ok(self.read.get(&key).and_then(Option::as_ref))
    }

    fn title(&mut self, pack: &str, lesson: &str) -> Result<Text> {
        Ok(self
            .get(pack, lesson)?
            .map_or_else(|| Text::new(lesson, lesson), |l| l.title.clone()))
    }
}

impl Store {
    /// Everything about the resident `uid`; `None` when there is no such resident.
    pub fn person_data(&self, uid: &ResidentUid) -> Result<Option<PersonData>> {
        let found: Option<i64> = self
            .conn
            .query_row("SELECT id FROM resident WHERE uid = ?1", [uid], |r| r.get(0))
            .optional()?;
        let Some(resident) = found.and_then(|id| self.residents().ok()?.into_iter().find(|r| r.id.0 == id))
        else {
            return Ok(None);
        };
        let id = resident.id;
        let (created_at, last_seen_at, note, note_at): (i64, i64, String, i64) = self
            .conn
            .prepare(include_str!("person_data/person_data_select_resident.sql"))?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        let mut lessons = Lessons {
            store: self,
            read: HashMap::new(),
        };
        Ok(Some(PersonData {
            consent: self.consent_history(id, "share")?,
            follows: self.consent_history(id, "follow")?,
            lessons: self.lesson_lines(id, &mut lessons)?,
            answers: self.answer_lines(id, &mut lessons)?,
            activities: self.activity_lines(id, &mut lessons)?,
            positioning: self.positioning_results(id, usize::MAX >> 1)?,
            reviews: self
                .conn
                .prepare(include_str!("person_data/person_data_select_review_card.sql"))?
                .query_row(rusqlite::params![id, LEARNT_BOX], |r| Ok((r.get(0)?, r.get(1)?)))?,
            workshops: self.workshop_lines(id)?,
            note: (note, note_at),
            merged_cards: self
                .conn
                .prepare(include_str!("person_data/person_data_select_resident_alias.sql"))?
                .query_row([uid], |r| r.get(0))?,
            resident,
            created_at,
            last_seen_at,
        }))
    }

    fn consent_history(&self, id: ResidentId, what: &str) -> Result<Vec<(i64, bool)>> {
        let mut stmt = self
            .conn
            .prepare(include_str!("person_data/consent_history.sql"))?;
        let rows = stmt.query_map(rusqlite::params![id, what], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn lesson_lines(&self, id: ResidentId, lessons: &mut Lessons<'_>) -> Result<Vec<LessonLine>> {
        let mut stmt = self.conn.prepare(include_str!("person_data/lesson_lines.sql"))?;
        let rows: Vec<(String, String, Option<u32>, i64)> = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(pack, lesson, best_correct, updated_at)| {
                Ok(LessonLine {
                    title: lessons.title(&pack, &lesson)?,
                    best_correct,
                    updated_at,
                })
            })
            .collect()
    }

    fn answer_lines(&self, id: ResidentId, lessons: &mut Lessons<'_>) -> Result<Vec<AnswerLine>> {
        let mut stmt = self.conn.prepare(include_str!("person_data/answer_lines.sql"))?;
        let rows: Vec<(i64, String, String, String, String, bool)> = stmt
            .query_map([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(at, pack, lesson, question, response, correct)| {
                let question_id = QuestionId(question);
                let found = lessons
                    .get(&pack, &lesson)?
                    .and_then(|l| l.questions.iter().find(|q| q.id == question_id))
                    .cloned();
                Ok(AnswerLine {
                    at,
                    lesson: lessons.title(&pack, &lesson)?,
                    question: found,
                    question_id,
                    response: serde_json::from_str(&response).ok(),
                    correct,
                })
            })
            .collect()
    }

    fn activity_lines(&self, id: ResidentId, lessons: &mut Lessons<'_>) -> Result<Vec<ActivityLine>> {
        let mut stmt = self
            .conn
            .prepare(include_str!("person_data/activity_lines.sql"))?;
        let rows: Vec<(i64, String, String, bool, u32, u32, String)> = stmt
            .query_map([id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(at, pack, lesson, success, hits, misses, stumbles)| {
                Ok(ActivityLine {
                    at,
                    lesson: lessons.title(&pack, &lesson)?,
                    success,
                    hits,
                    misses,
                    stumbles: stumbles.split_whitespace().map(str::to_owned).collect(),
                })
            })
            .collect()
    }

    fn workshop_lines(&self, id: ResidentId) -> Result<Vec<WorkshopLine>> {
        let mut stmt = self
            .conn
            .prepare(include_str!("person_data/workshop_lines.sql"))?;
        let rows: Vec<(String, String, String, bool, Option<i64>)> = stmt
            .query_map([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(day, title, place, present, left_at)| {
                Some(WorkshopLine {
                    day: Day::parse_iso(&day)?,
                    title,
                    place,
                    present,
                    left_at,
                })
            })
            .collect())
    }
}
