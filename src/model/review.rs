//! Spaced review of missed questions, in Leitner boxes: a question answered wrong in a
//! lesson goes into box 1 and comes back the next day; each right answer in a review
//! moves it up a box, and it comes back after longer and longer (1, 2, 4, 8, 16 days);
//! right in the last box, it is learnt and leaves the review; a wrong answer sends it
//! back to box 1.

use super::{LessonId, PackId, QuestionId};

/// Days before a question in each box comes back.
pub const INTERVAL_DAYS: [i64; 5] = [1, 2, 4, 8, 16];
/// The most questions in one review.
pub const REVIEW_SIZE: usize = 8;

const DAY_MS: i64 = 86_400_000;

/// Where a question stands in the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Card {
    /// In box `box_number` (1 to 5), due at `due_at` (milliseconds since 1970).
    Due {
        /// The box.
        box_number: u8,
        /// When it comes back.
        due_at: i64,
    },
    /// Learnt: it leaves the review.
    Learnt,
}

/// The box a learnt question is kept in, past the last one: it never comes back, and a
/// progress file from before it was learnt cannot bring it back either (the latest review
/// wins a merge).
pub const LEARNT_BOX: u8 = 6;

const _: () = assert!(LEARNT_BOX as usize == INTERVAL_DAYS.len() + 1);

impl Card {
    /// Its box: 1 to 5 while due, [`LEARNT_BOX`] once learnt.
    pub fn box_number(self) -> u8 {
        match self {
            Card::Due { box_number, .. } => box_number,
            Card::Learnt => LEARNT_BOX,
        }
    }

    /// When it comes back; a learnt card's is when it was learnt (`reviewed_at`), which
    /// the review never asks for since its box is past the last.
    pub fn due_at(self, reviewed_at: i64) -> i64 {
        match self {
            Card::Due { due_at, .. } => due_at,
            Card::Learnt => reviewed_at,
        }
    }
}

/// The card left by its last review (or miss) at `reviewed_at`, in box `box_number`:
/// how a progress file carries it, so that its due date cannot disagree with its box.
/// `None` for a box that does not exist.
pub fn after_review(box_number: u8, reviewed_at: i64) -> Option<Card> {
    if box_number == LEARNT_BOX {
        return Some(Card::Learnt);
    }
    let days = INTERVAL_DAYS.get(usize::from(box_number).checked_sub(1)?)?;
    Some(Card::Due {
        box_number,
        due_at: reviewed_at.checked_add(days * DAY_MS)?,
    })
}

/// A question just missed in a lesson, at `now`.
pub fn missed(now: i64) -> Card {
    Card::Due {
        box_number: 1,
        due_at: now + INTERVAL_DAYS[0] * DAY_MS,
    }
}

/// After a review answer, at `now`, for a question in box `box_number`.
pub fn reviewed(box_number: u8, right: bool, now: i64) -> Card {
    if !right {
        return missed(now);
    }
    let next = box_number.saturating_add(1);
    match INTERVAL_DAYS.get(usize::from(next).wrapping_sub(1)) {
        Some(days) => Card::Due {
            box_number: next,
            due_at: now + days * DAY_MS,
        },
        None => Card::Learnt,
    }
}

/// A question due for review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueCard {
    /// The pack.
    pub pack: PackId,
    /// The lesson.
    pub lesson: LessonId,
    /// The question.
    pub question: QuestionId,
    /// Its box, 1 to 5.
    pub box_number: u8,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_climbs_the_boxes_and_falls_back_when_missed() {
        let now = 1_000 * DAY_MS;
        assert_eq!(
            missed(now),
            Card::Due {
                box_number: 1,
                due_at: now + DAY_MS
            }
        );
        assert_eq!(
            reviewed(1, true, now),
            Card::Due {
                box_number: 2,
                due_at: now + 2 * DAY_MS
            }
        );
        assert_eq!(
            reviewed(4, true, now),
            Card::Due {
                box_number: 5,
                due_at: now + 16 * DAY_MS
            }
        );
        assert_eq!(reviewed(5, true, now), Card::Learnt);
        assert_eq!(reviewed(3, false, now), missed(now));
    }

    #[test]
    fn a_card_is_rebuilt_from_its_box_and_last_review() {
        let now = 1_000 * DAY_MS;
        assert_eq!(after_review(1, now), Some(missed(now)));
        for box_number in 1..=4 {
            assert_eq!(
                after_review(box_number + 1, now),
                Some(reviewed(box_number, true, now))
            );
        }
        assert_eq!(after_review(LEARNT_BOX, now), Some(reviewed(5, true, now)));
        assert_eq!(after_review(0, now), None);
        assert_eq!(after_review(LEARNT_BOX + 1, now), None);
        assert_eq!(after_review(2, i64::MAX), None);
        assert_eq!(Card::Learnt.box_number(), LEARNT_BOX);
        assert_eq!(Card::Learnt.due_at(now), now);
    }
}
