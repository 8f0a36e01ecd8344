//! Residents and where they are in each lesson.

use super::ResidentUid;
use super::{
    Avatar, Competence, DisplaySettings, Lang, LessonId, Level, PackId, QuestionId, ResidentId, Response,
    Text,
};

/// A resident's profile: only a first name or pseudonym and a picture card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resident {
    /// Row id.
    pub id: ResidentId,
    /// First name or pseudonym.
    pub name: String,
    /// Picture card.
    pub avatar: Avatar,
    /// The language the resident last chose.
    pub lang: Lang,
    /// The resident's text size, contrast and easy-to-read choices.
    pub display: DisplaySettings,
    /// Whether the resident agreed to share their results with the workshop leaders.
    pub shares_results: bool,
    /// Whether the card is locked with a picture code.
    pub locked: bool,
    /// Whether the resident chose that their card follows them to the library network's
    /// other sites.
    pub follows_me: bool,
}

/// Which part of a lesson the resident is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonPhase {
    /// Reading the steps.
    Steps,
    /// Answering the quiz.
    Questions,
    /// Finished.
    Done,
}

impl LessonPhase {
    /// The name stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            LessonPhase::Steps => "steps",
            LessonPhase::Questions => "questions",
            LessonPhase::Done => "done",
        }
    }

    /// Reads a stored name.
    pub fn from_key(key: &str) -> Option<LessonPhase> {
        match key {
            "steps" => Some(LessonPhase::Steps),
            "questions" => Some(LessonPhase::Questions),
            "done" => Some(LessonPhase::Done),
            _ => None,
        }
    }
}

/// A resident's saved place and results in one lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonProgress {
    /// The pack.
    pub pack: PackId,
    /// The lesson.
    pub lesson: LessonId,
    /// Which try this is: 1 for the first, +1 each time the lesson is started again.
    pub attempt: u32,
    /// Where the resident is.
    pub phase: LessonPhase,
    /// The step shown, while in [`LessonPhase::Steps`].
    pub step: usize,
    /// Best number of right answers over finished tries, if any.
    pub best_correct: Option<u32>,
    /// When it was last touched (milliseconds since 1970).
    pub updated_at: i64,
}

/// How far a resident is in a lesson, as shown on home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonStatus {
    /// Never opened.
    NotStarted,
    /// Opened and not finished.
    InProgress,
    /// Finished at least once, with the best number of right answers.
    Done {
        /// Best number of right answers.
        best_correct: u32,
    },
}

impl LessonProgress {
    /// The status to show on home.
    pub fn status(&self) -> LessonStatus {
        match (self.phase, self.best_correct) {
            // A finished lesson being retaken still shows its best result.
            (_, Some(best_correct)) => LessonStatus::Done { best_correct },
            _ => LessonStatus::InProgress,
        }
    }
}

/// What the agent sees of one resident in the overview.
#[derive(Clone, Debug, PartialEq)]
pub struct ResidentSummary {
    /// Globally unique id.
    pub uid: ResidentUid,
    /// First name or pseudonym.
    pub name: String,
    /// Last visit (milliseconds since 1970).
    pub last_seen_at: i64,
    /// Lessons finished at least once.
    pub lessons_done: u32,
    /// Answers given.
    pub answers: u32,
    /// Of which right.
    pub right: u32,
}

/// An answer read back from the store.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedAnswer {
    /// The question.
    pub question: QuestionId,
    /// What was answered.
    pub response: Response,
    /// Whether it was right.
    pub correct: bool,
}

/// Where some of a resident's answers were given.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AnswerPlace {
    /// On this PC.
    Here,
    /// At another site of the library network (its name).
    Site(String),
    /// On another PC whose site is not known (brought by a progress file).
    Elsewhere,
}

/// A procedure practised on the pretend portal, as its latest try went.
#[derive(Clone, Debug, PartialEq)]
pub struct ProcedureTry {
    /// The title of its lesson.
    pub lesson: Text,
    /// What the pages that needed another try asked (`code`, `form`…), in order; empty
    /// when every page was right the first time.
    pub stumbles: Vec<String>,
    /// When (milliseconds since 1970).
    pub done_at: i64,
}

/// A finished lesson, as the attestation lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct FinishedLesson {
    /// Its title.
    pub title: Text,
    /// Its competence.
    pub competence: Competence,
    /// Its level.
    pub level: Level,
    /// When it was finished (milliseconds since 1970).
    pub finished_at: i64,
    /// The best number of right answers in one go through its quiz.
    pub best_correct: u32,
    /// How many questions its quiz has.
    pub questions: u32,
}

/// The share of right answers (in %) a lesson's quiz needs for its competence to be
/// printed as reached on an attestation (Northstar asks 85 %, Pix's levels about 80 %).
pub const ATTESTED_MARK_PERCENT: u32 = 80;

impl FinishedLesson {
    /// Did its quiz meet [`ATTESTED_MARK_PERCENT`]? A lesson without questions attests
    /// nothing.
    pub fn met_mark(&self) -> bool {
        self.questions > 0 && self.best_correct * 100 >= ATTESTED_MARK_PERCENT * self.questions
    }
}
