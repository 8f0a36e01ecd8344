//! The live room: while a workshop runs, where each of its residents is (the lesson and
//! its step) and who seems stuck, as the agent's screen shows it. A resident's PC sends
//! a [`SeatNow`] at each move; the agent's PC reads [`LiveSeat`]s.

use super::{ResidentUid, Text, WorkshopUid};

/// Wrong answers in a row from which a resident is shown as stuck.
pub const STUCK_AFTER_WRONG: usize = 2;
/// Seconds without a move in a lesson from which a resident is shown as stuck.
pub const STUCK_AFTER_QUIET_S: u64 = 5 * 60;

/// Where a resident is now, as their PC sends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeatNow {
    /// The resident.
    pub resident: ResidentUid,
    /// Their workshop of today.
    pub workshop: WorkshopUid,
    /// The pack of the lesson they are in.
    pub pack: String,
    /// The lesson.
    pub lesson: String,
    /// Where they are in it: steps read, then questions, from 0.
    pub step: usize,
    /// Steps and questions in the lesson.
    pub steps: usize,
    /// Their last answers in this lesson that were wrong, in a row.
    pub wrong_in_a_row: usize,
}

/// A resident's seat, as the agent's PC reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveSeat {
    /// The resident.
    pub resident: ResidentUid,
    /// The pack of the lesson they are in.
    pub pack: String,
    /// The lesson.
    pub lesson: String,
    /// Where they are in it, from 0.
    pub step: usize,
    /// Steps and questions in the lesson.
    pub steps: usize,
    /// Wrong answers in a row.
    pub wrong_in_a_row: usize,
    /// Seconds since they last moved.
    pub quiet_for_s: u64,
}

/// Why a resident seems stuck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stuck {
    /// This many wrong answers in a row.
    WrongAnswers(usize),
    /// No move for this many minutes.
    Quiet(u64),
}

impl LiveSeat {
    /// Whether they seem stuck, and why (wrong answers first: they say more).
    pub fn stuck(&self) -> Option<Stuck> {
        if self.wrong_in_a_row >= STUCK_AFTER_WRONG {
            Some(Stuck::WrongAnswers(self.wrong_in_a_row))
        } else if self.quiet_for_s >= STUCK_AFTER_QUIET_S {
            Some(Stuck::Quiet(self.quiet_for_s / 60))
        } else {
            None
        }
    }
}

/// A resident's seat as the agent's screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveRow {
    /// The resident.
    pub resident: ResidentUid,
    /// The lesson's title, when its pack is installed here.
    pub lesson: Option<Text>,
    /// Where they are in it, from 1.
    pub step: usize,
    /// Steps and questions in the lesson.
    pub steps: usize,
    /// Whether they seem stuck, and why.
    pub stuck: Option<Stuck>,
}

/// The live room of the workshop the agent has open.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveRoomView {
    /// The workshop.
    pub workshop: WorkshopUid,
    /// Its residents in a lesson now, the stuck first.
    pub rows: Vec<LiveRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat(wrong_in_a_row: usize, quiet_for_s: u64) -> LiveSeat {
        LiveSeat {
            resident: ResidentUid("r".into()),
            pack: "p".into(),
            lesson: "l".into(),
            step: 2,
            steps: 7,
            wrong_in_a_row,
            quiet_for_s,
        }
    }

    #[test]
    fn two_wrong_answers_or_five_quiet_minutes_show_a_resident_as_stuck() {
        assert_eq!(seat(0, 0).stuck(), None);
        assert_eq!(seat(1, 299).stuck(), None);
        assert_eq!(seat(2, 10).stuck(), Some(Stuck::WrongAnswers(2)));
        assert_eq!(seat(0, 360).stuck(), Some(Stuck::Quiet(6)));
        assert_eq!(seat(3, 360).stuck(), Some(Stuck::WrongAnswers(3)));
    }
}
