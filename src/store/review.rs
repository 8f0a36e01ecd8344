//! The spaced review of missed questions: each resident's cards, by question.

use rusqlite::params;

use super::{Result, Store, sql_int};
use crate::model::review::{Card, DueCard, LEARNT_BOX, REVIEW_SIZE, missed, reviewed};
use crate::model::{LessonId, PackId, QuestionId, ResidentId};

impl Store {
    /// Puts a question missed in a lesson (back) into box 1.
    pub fn schedule_missed(
        &mut self,
        resident: ResidentId,
        pack: &PackId,
        lesson: &LessonId,
        question: &QuestionId,
        now: i64,
    ) -> Result<()> {
        self.write_card(resident, (pack, lesson, question), missed(now), now)
    }

    /// The questions due at `now`, the longest due first, at most [`REVIEW_SIZE`].
    pub fn due_reviews(&self, resident: ResidentId, now: i64) -> Result<Vec<DueCard>> {
        let mut stmt = self.conn.prepare_cached(include_str!("review/due_reviews.sql"))?;
        let rows = stmt.query_map(params![resident, now, sql_int(REVIEW_SIZE), LEARNT_BOX], |r| {
            Ok(DueCard {
                pack: PackId(r.get(0)?),
                lesson: LessonId(r.get(1)?),
                question: QuestionId(r.get(2)?),
                box_number: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many questions are due at `now`.
    pub fn due_review_count(&self, resident: ResidentId, now: i64) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached(include_str!("review/due_review_count.sql"))?
            .query_row(params![resident, now, LEARNT_BOX], |r| r.get(0))?)
    }

    /// Moves a card after its review answer: up a box, to the learnt box, or back to box 1.
    pub fn record_review(
        &mut self,
        resident: ResidentId,
        card: &DueCard,
        right: bool,
        now: i64,
    ) -> Result<()> {
        let next = reviewed(card.box_number, right, now);
        self.write_card(resident, (&card.pack, &card.lesson, &card.question), next, now)
    }

    /// Writes a card's state after a review or a miss at `now`.
    fn write_card(
        &mut self,
        resident: ResidentId,
        (pack, lesson, question): (&PackId, &LessonId, &QuestionId),
        card: Card,
        now: i64,
    ) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("review/write_card.sql"))?
            .execute(params![
                resident,
                pack,
                lesson,
                question,
                card.box_number(),
                card.due_at(now),
                now
            ])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Avatar, DisplaySettings, Lang};

    const DAY: i64 = 86_400_000;

    #[test]
    fn a_missed_question_comes_back_the_next_day_then_later() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let r = store.create_resident("Ana", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
        let (pack, lesson, question) = (PackId::from("p"), LessonId::from("l"), QuestionId::from("q"));
        store.schedule_missed(r.id, &pack, &lesson, &question, 0)?;
        assert_eq!(store.due_review_count(r.id, DAY - 1)?, 0);
        let due = store.due_reviews(r.id, DAY)?;
        assert_eq!(due.len(), 1);
        store.record_review(r.id, &due[0], true, DAY)?;
        assert_eq!(store.due_review_count(r.id, 2 * DAY)?, 0, "box 2 waits 2 days");
        let due = store.due_reviews(r.id, 3 * DAY)?;
        assert_eq!(due[0].box_number, 2);
        for (i, box_number) in (2..=5).enumerate() {
            let now = (10 + 20 * i64::try_from(i).unwrap_or(0)) * DAY;
            let due = store.due_reviews(r.id, now)?;
            assert_eq!(due[0].box_number, box_number);
            store.record_review(r.id, &due[0], true, now)?;
        }
        assert_eq!(store.due_review_count(r.id, 1000 * DAY)?, 0, "learnt");
        Ok(())
    }
}
