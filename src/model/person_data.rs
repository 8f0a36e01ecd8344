//! Everything kept about one person, gathered for their right of access (GDPR article
//! 15), as the access document draws it.

use super::calendar::Day;
use super::positioning::PositioningResult;
use super::{Question, QuestionId, Resident, Response, Text};

/// A lesson the person started.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonLine {
    /// Its title (its id when the lesson is no longer installed).
    pub title: Text,
    /// Right answers of the best finished try, when finished.
    pub best_correct: Option<u32>,
    /// Last change (milliseconds since 1970).
    pub updated_at: i64,
}

/// One answer given.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerLine {
    /// When (milliseconds since 1970).
    pub at: i64,
    /// The lesson's title.
    pub lesson: Text,
    /// The question, when its lesson is still installed.
    pub question: Option<Question>,
    /// The question's id (for a question no longer installed).
    pub question_id: QuestionId,
    /// The answer given, when it can be read.
    pub response: Option<Response>,
    /// Whether it was right.
    pub correct: bool,
}

/// One try of a practice activity (how it went: what was typed is never kept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityLine {
    /// When (milliseconds since 1970).
    pub at: i64,
    /// The lesson's title.
    pub lesson: Text,
    /// Done.
    pub success: bool,
    /// Right moves.
    pub hits: u32,
    /// Wrong moves.
    pub misses: u32,
    /// What a procedure's pages that needed another try asked (`code`, `form`…).
    pub stumbles: Vec<String>,
}

/// A workshop the person was in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopLine {
    /// Its day.
    pub day: Day,
    /// Its title.
    pub title: String,
    /// Its place.
    pub place: String,
    /// Marked present.
    pub present: bool,
    /// When they were taken out of it, if they were (what is kept of it: the workshop
    /// and the time, so that no older record from another PC puts them back).
    pub left_at: Option<i64>,
}

/// Everything about one person.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonData {
    /// Their card.
    pub resident: Resident,
    /// When the card was made (milliseconds since 1970).
    pub created_at: i64,
    /// When it was last used.
    pub last_seen_at: i64,
    /// Every change of their consent to share, oldest first: (when, shares).
    pub consent: Vec<(i64, bool)>,
    /// Every change of their choice to let their card follow them to the library
    /// network's other sites, oldest first: (when, follows).
    pub follows: Vec<(i64, bool)>,
    /// Lessons started.
    pub lessons: Vec<LessonLine>,
    /// Every answer, oldest first.
    pub answers: Vec<AnswerLine>,
    /// Every practice try, oldest first.
    pub activities: Vec<ActivityLine>,
    /// Positioning tests, the latest first.
    pub positioning: Vec<PositioningResult>,
    /// Questions kept for a later review, and questions learnt in a review (kept so that
    /// they do not come back).
    pub reviews: (u32, u32),
    /// Workshops, oldest first.
    pub workshops: Vec<WorkshopLine>,
    /// The leaders' note, and when it was written (0: never).
    pub note: (String, i64),
    /// Other cards of the same person merged into this one.
    pub merged_cards: u32,
}
