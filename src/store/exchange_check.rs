//! Every record of a progress file is checked before it touches the store: a file comes
//! on a USB key from anywhere, and may have been written by hand to take over a person.
//!
//! - Times are no more than a day ahead of this PC's clock, and not before 2020 (no
//!   Passerelle ran then): a card "used" in the year 292 million cannot win for ever.
//! - Lessons, questions and activities of a pack installed here must exist in it, and
//!   steps, right answers and tries stay within the lesson's real bounds. Records of a
//!   pack this PC does not have are kept as they are (bounded all the same), for the day
//!   it is installed, and said so.
//! - Review cards name a box that exists and a question of the lesson; positioning tests
//!   hold at most as many answers as a test asks, in domains 1–5 at levels 1–3, and a
//!   result for every domain once finished (a test is checked whole: its answers decide
//!   its result). A test's questions are not looked up in the packs: its result stands
//!   when a pack changes, as it does on the PC where it was taken.
//! - Workshops have an id, a title, a real day and time, a site name a site can have,
//!   and at most a workshop's lessons; their place and topic are cleaned and capped.
//! - Responses parse as answers; scores lie between 0 and 1; languages, colours and
//!   pictures come from the known sets; names are cleaned of control and bidi-override
//!   characters and capped in length.
//!
//! What is refused is listed, with its reason, in the merge's report; the rest merges.

use std::collections::{HashMap, HashSet};

use super::exchange::{ActivityRecordFile, AnswerRecordFile, ProgressFile, ProgressRecord, ResidentRecord};
use super::exchange_path::{PositioningRecord, ReviewRecord};
use super::exchange_workshops::{WorkshopLeftRecord, WorkshopRecord};
use super::{Result, Store};
use crate::model::avatar::{AvatarColour, AvatarSymbol};
use crate::model::calendar::{Day, parse_time};
use crate::model::display::DisplaySettings;
use crate::model::grading::Response;
use crate::model::network_status::is_site_name;
use crate::model::positioning::{DOMAINS, MAX_QUESTIONS, TOP_LEVEL};
use crate::model::review::after_review;
use crate::model::workshop::{MAX_PLACE_CHARS, MAX_TITLE_CHARS, MAX_TOPIC_CHARS, MAX_WORKSHOP_LESSONS};
use crate::model::{Lang, Lesson, text_clean};

/// 2020-01-01 in milliseconds: nothing Passerelle records is older.
const EARLIEST: i64 = 1_577_836_800_000;
/// How far ahead of this PC's clock another PC's clock may be.
const CLOCK_SLACK_MS: i64 = 24 * 3600 * 1000;
/// The most tries of one lesson a record may count.
const MAX_ATTEMPT: i64 = 10_000;
/// The most moves an activity try may count.
const MAX_MOVES: i64 = 1_000_000;
/// The longest an activity try may last: a day.
const MAX_DURATION_MS: i64 = 24 * 3600 * 1000;
/// The longest unique id a record may carry (a UUID has 36 characters).
const MAX_UID_CHARS: usize = 64;
/// The longest id of a pack, lesson, question or activity.
pub(crate) const MAX_ID_CHARS: usize = 200;

/// What a lesson installed here allows.
struct LessonBounds {
    steps: i64,
    questions: HashSet<String>,
    activities: HashSet<String>,
}

/// The packs installed on this PC, as far as progress records need them.
#[derive(Default)]
pub struct Catalogue {
    packs: HashSet<String>,
    lessons: HashMap<(String, String), LessonBounds>,
}

impl Store {
    /// The installed packs' lessons, with their steps, questions and activities.
    pub(super) fn catalogue(&self) -> Result<Catalogue> {
        let mut catalogue = Catalogue::default();
        let mut stmt = self.conn.prepare("SELECT pack_id, id, lesson_json FROM lesson")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (pack, id, json) = row?;
            catalogue.packs.insert(pack.clone());
            let Ok(lesson) = serde_json::from_str::<Lesson>(&json) else {
                log::warn!("lesson {pack}/{id} cannot be read: its records are left out of merges");
                continue;
            };
            let bounds = LessonBounds {
                steps: i64::try_from(lesson.steps.len()).unwrap_or(i64::MAX),
                questions: lesson
                    .questions
                    .iter()
                    .map(|q| q.id.as_str().to_owned())
                    .collect(),
                activities: lesson
                    .steps
                    .iter()
                    .filter_map(|s| s.activity.as_ref())
                    .map(|a| a.id.as_str().to_owned())
                    .collect(),
            };
            catalogue.lessons.insert((pack, id), bounds);
        }
        Ok(catalogue)
    }
}

/// Why a record was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// A time more than a day ahead of this PC's clock.
    FromTheFuture,
    /// A time before Passerelle existed.
    TooOld,
    /// A lesson, question or activity that the installed pack does not have.
    UnknownInPack,
    /// An answer whose response cannot be read.
    UnreadableResponse,
    /// A count, step, score or size outside what the lesson allows.
    OutOfBounds,
    /// A language, colour, picture or phase that does not exist, an empty name or id.
    UnknownValue,
}

impl Reason {
    /// The Fluent id of its message.
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::FromTheFuture => "exchange-reason-future",
            Reason::TooOld => "exchange-reason-too-old",
            Reason::UnknownInPack => "exchange-reason-unknown-in-pack",
            Reason::UnreadableResponse => "exchange-reason-unreadable-response",
            Reason::OutOfBounds => "exchange-reason-out-of-bounds",
            Reason::UnknownValue => "exchange-reason-unknown-value",
        }
    }
}

/// What kind of record was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Record {
    /// A whole person (their card could not be trusted, so nothing of theirs merges).
    Person,
    /// A lesson's progress.
    Lesson,
    /// An answer.
    Answer,
    /// A practice try.
    Try,
    /// A question in the review.
    Review,
    /// A positioning test.
    Test,
    /// A place in a workshop, or leaving one.
    Workshop,
}

/// Records left out of a merge, counted by person, kind and reason.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LeftOut {
    /// The person's name as cleaned (or their id when the name is unusable).
    pub person: String,
    /// What was left out.
    pub record: Record,
    /// Why.
    pub reason: Reason,
    /// How many.
    pub count: u32,
}

/// A progress file with only what may merge, and what was left out.
pub struct Checked {
    /// The records that may merge.
    pub file: ProgressFile,
    /// What was left out, sorted.
    pub left_out: Vec<LeftOut>,
    /// Records kept for packs this PC does not have.
    pub kept_for_other_packs: u32,
}

/// Checks every record of `file` against this PC's packs and clock (`now`, in ms).
pub fn check(file: &ProgressFile, catalogue: &Catalogue, now: i64) -> Checked {
    let mut checker = FileChecker {
        catalogue,
        latest: now.saturating_add(CLOCK_SLACK_MS),
        left_out: HashMap::new(),
        kept_for_other_packs: 0,
    };
    let residents = file
        .residents
        .iter()
        .filter_map(|record| checker.resident(record))
        .collect();
    let mut left_out: Vec<LeftOut> = checker
        .left_out
        .into_iter()
        .map(|((person, record, reason), count)| LeftOut {
            person,
            record,
            reason,
            count,
        })
        .collect();
    left_out.sort();
    Checked {
        file: ProgressFile {
            format: file.format.clone(),
            version: file.version,
            residents,
        },
        left_out,
        kept_for_other_packs: checker.kept_for_other_packs,
    }
}

struct FileChecker<'a> {
    catalogue: &'a Catalogue,
    latest: i64,
    left_out: HashMap<(String, Record, Reason), u32>,
    kept_for_other_packs: u32,
}

/// Whether an id is one a pack could hold.
pub(crate) fn plain_id(id: &str, max: usize) -> bool {
    !id.is_empty() && id.chars().count() <= max && !id.chars().any(|c| c.is_control() || c.is_whitespace())
}

impl FileChecker<'_> {
    fn time(&self, at: i64) -> std::result::Result<(), Reason> {
        if at > self.latest {
            Err(Reason::FromTheFuture)
        } else if at < EARLIEST {
            Err(Reason::TooOld)
        } else {
            Ok(())
        }
    }

    fn leave_out(&mut self, person: &str, record: Record, reason: Reason) {
        *self
            .left_out
            .entry((person.to_owned(), record, reason))
            .or_default() += 1;
    }

    fn resident(&mut self, record: &ResidentRecord) -> Option<ResidentRecord> {
        let name = text_clean::one_line(&record.card.name, text_clean::MAX_NAME_CHARS);
        let shown = if name.is_empty() {
            text_clean::one_line(&record.uid, MAX_UID_CHARS)
        } else {
            name.clone()
        };
        let card = &record.card;
        let known = plain_id(&record.uid, MAX_UID_CHARS)
            && !name.is_empty()
            && AvatarColour::ALL.iter().any(|c| c.key() == card.colour)
            && AvatarSymbol::ALL.iter().any(|s| s.key() == card.symbol)
            && Lang::from_code(&card.language).is_some();
        let percent_ok = (i64::from(DisplaySettings::MIN_TEXT)..=i64::from(DisplaySettings::MAX_TEXT))
            .contains(&card.text_percent);
        let times = self
            .time(record.created_at)
            .and_then(|()| self.time(record.last_seen_at));
        let problem = if !known {
            Some(Reason::UnknownValue)
        } else if !percent_ok || record.created_at > record.last_seen_at {
            Some(Reason::OutOfBounds)
        } else {
            times.err()
        };
        if let Some(reason) = problem {
            self.leave_out(&shown, Record::Person, reason);
            return None;
        }
        let progress = record
            .progress
            .iter()
            .filter_map(|p| self.keep(&shown, Record::Lesson, p, Self::lesson))
            .collect();
        let answers = record
            .answers
            .iter()
            .filter_map(|a| self.keep(&shown, Record::Answer, a, Self::answer))
            .collect();
        let activities = record
            .activities
            .iter()
            .filter_map(|t| self.keep(&shown, Record::Try, t, Self::activity))
            .collect();
        let reviews = record
            .reviews
            .iter()
            .filter_map(|r| self.keep(&shown, Record::Review, r, Self::review))
            .collect();
        let positioning = record
            .positioning
            .iter()
            .filter_map(|t| self.keep(&shown, Record::Test, t, Self::positioning))
            .collect();
        let workshops = record
            .workshops
            .iter()
            .filter_map(|w| self.workshop(&shown, w))
            .collect();
        let workshops_left = record
            .workshops_left
            .iter()
            .filter_map(|l| self.keep(&shown, Record::Workshop, l, Self::workshop_left))
            .collect();
        let mut clean = record.clone();
        clean.card.name = name;
        clean.progress = progress;
        clean.answers = answers;
        clean.activities = activities;
        clean.reviews = reviews;
        clean.positioning = positioning;
        clean.workshops = workshops;
        clean.workshops_left = workshops_left;
        // A leader's rename and note stay on the PC where they were written: a file
        // never carries them in (see `exchange.rs`).
        clean.renamed_at = 0;
        clean.note = String::new();
        clean.note_at = 0;
        Some(clean)
    }

    fn keep<T: Clone>(
        &mut self,
        person: &str,
        kind: Record,
        record: &T,
        check: impl Fn(&mut Self, &T) -> std::result::Result<(), Reason>,
    ) -> Option<T> {
        match check(self, record) {
            Ok(()) => Some(record.clone()),
            Err(reason) => {
                self.leave_out(person, kind, reason);
                None
            }
        }
    }

    /// The lesson's bounds, `Ok(None)` for a pack this PC does not have.
    fn bounds(&mut self, pack: &str, lesson: &str) -> std::result::Result<Option<&LessonBounds>, Reason> {
        if !plain_id(pack, MAX_ID_CHARS) || !plain_id(lesson, MAX_ID_CHARS) {
            return Err(Reason::UnknownValue);
        }
        if !self.catalogue.packs.contains(pack) {
            self.kept_for_other_packs += 1;
            return Ok(None);
        }
        self.catalogue
            .lessons
            .get(&(pack.to_owned(), lesson.to_owned()))
            .map(Some)
            .ok_or(Reason::UnknownInPack)
    }

    /// A workshop place, its free texts cleaned as names are; `None` when left out.
    fn workshop(&mut self, person: &str, w: &WorkshopRecord) -> Option<WorkshopRecord> {
        let title = text_clean::one_line(&w.title, MAX_TITLE_CHARS);
        let problem = if let Err(reason) = self.time(w.updated_at).and_then(|()| self.time(w.at)) {
            Some(reason)
        } else if !plain_id(&w.uid, MAX_UID_CHARS)
            || title.is_empty()
            || Day::parse_iso(&w.day).map(Day::iso).as_deref() != Some(w.day.as_str())
            || w.time.as_ref().is_some_and(|t| parse_time(t).as_ref() != Some(t))
            || w.site.as_deref().is_some_and(|site| !is_site_name(site))
            || !w
                .lessons
                .iter()
                .all(|l| plain_id(&l.pack, MAX_ID_CHARS) && plain_id(&l.lesson, MAX_ID_CHARS))
        {
            Some(Reason::UnknownValue)
        } else if w.lessons.len() > MAX_WORKSHOP_LESSONS {
            Some(Reason::OutOfBounds)
        } else {
            None
        };
        if let Some(reason) = problem {
            self.leave_out(person, Record::Workshop, reason);
            return None;
        }
        let mut clean = w.clone();
        clean.title = title;
        clean.place = text_clean::one_line(&w.place, MAX_PLACE_CHARS);
        clean.topic = text_clean::multi_line(&w.topic, MAX_TOPIC_CHARS);
        // A lesson is given once (as stored): the first time it is named.
        let mut seen = HashSet::new();
        clean
            .lessons
            .retain(|l| seen.insert((l.pack.clone(), l.lesson.clone())));
        Some(clean)
    }

    fn workshop_left(&mut self, l: &WorkshopLeftRecord) -> std::result::Result<(), Reason> {
        self.time(l.at)?;
        if !plain_id(&l.uid, MAX_UID_CHARS) {
            return Err(Reason::UnknownValue);
        }
        Ok(())
    }

    fn lesson(&mut self, p: &ProgressRecord) -> std::result::Result<(), Reason> {
        self.time(p.updated_at)?;
        if !matches!(p.phase.as_str(), "steps" | "questions" | "done") {
            return Err(Reason::UnknownValue);
        }
        if !(1..=MAX_ATTEMPT).contains(&p.attempt) || p.step < 0 || p.best_correct.is_some_and(|n| n < 0) {
            return Err(Reason::OutOfBounds);
        }
        if let Some(bounds) = self.bounds(&p.pack, &p.lesson)? {
            let questions = i64::try_from(bounds.questions.len()).unwrap_or(i64::MAX);
            if p.step >= bounds.steps.max(1) || p.best_correct.is_some_and(|n| n > questions) {
                return Err(Reason::OutOfBounds);
            }
        } else if p.step > MAX_ATTEMPT {
            return Err(Reason::OutOfBounds);
        }
        Ok(())
    }

    fn answer(&mut self, a: &AnswerRecordFile) -> std::result::Result<(), Reason> {
        self.time(a.answered_at)?;
        if !plain_id(&a.uid, MAX_UID_CHARS) || Lang::from_code(&a.language).is_none() {
            return Err(Reason::UnknownValue);
        }
        if !(1..=MAX_ATTEMPT).contains(&a.attempt) || !(0.0..=1.0).contains(&a.score) {
            return Err(Reason::OutOfBounds);
        }
        if serde_json::from_str::<Response>(&a.response).is_err() {
            return Err(Reason::UnreadableResponse);
        }
        if a.site
            .as_deref()
            .is_some_and(|site| !site.is_empty() && !crate::model::network_status::is_site_name(site))
        {
            return Err(Reason::UnknownValue);
        }
        if !plain_id(&a.question, MAX_ID_CHARS) {
            return Err(Reason::UnknownValue);
        }
        if let Some(bounds) = self.bounds(&a.pack, &a.lesson)?
            && !bounds.questions.contains(&a.question)
        {
            return Err(Reason::UnknownInPack);
        }
        Ok(())
    }

    fn activity(&mut self, t: &ActivityRecordFile) -> std::result::Result<(), Reason> {
        self.time(t.done_at)?;
        if !plain_id(&t.uid, MAX_UID_CHARS)
            || !plain_id(&t.activity, MAX_ID_CHARS)
            || !plain_id(&t.kind, MAX_ID_CHARS)
            || Lang::from_code(&t.language).is_none()
        {
            return Err(Reason::UnknownValue);
        }
        // A procedure's stumbles: page types it has, each once.
        let mut seen = HashSet::new();
        if t.stumbles
            .iter()
            .any(|s| !crate::model::portal::PAGE_TYPES.contains(&s.as_str()) || !seen.insert(s.as_str()))
            || (!t.stumbles.is_empty() && t.kind != "portal")
        {
            return Err(Reason::UnknownValue);
        }
        let moves = 0..=MAX_MOVES;
        if !(1..=MAX_ATTEMPT).contains(&t.attempt)
            || !moves.contains(&t.hits)
            || !moves.contains(&t.misses)
            || !(0..=MAX_DURATION_MS).contains(&t.duration_ms)
        {
            return Err(Reason::OutOfBounds);
        }
        if let Some(bounds) = self.bounds(&t.pack, &t.lesson)?
            && !bounds.activities.contains(&t.activity)
        {
            return Err(Reason::UnknownInPack);
        }
        Ok(())
    }

    fn review(&mut self, r: &ReviewRecord) -> std::result::Result<(), Reason> {
        self.time(r.reviewed_at)?;
        if !plain_id(&r.question, MAX_ID_CHARS) {
            return Err(Reason::UnknownValue);
        }
        if after_review(r.box_number, r.reviewed_at).is_none() {
            return Err(Reason::OutOfBounds);
        }
        if let Some(bounds) = self.bounds(&r.pack, &r.lesson)?
            && !bounds.questions.contains(&r.question)
        {
            return Err(Reason::UnknownInPack);
        }
        Ok(())
    }

    fn positioning(&mut self, t: &PositioningRecord) -> std::result::Result<(), Reason> {
        self.time(t.started_at)?;
        if let Some(end) = t.finished_at {
            self.time(end)?;
        }
        if !plain_id(&t.uid, MAX_UID_CHARS) {
            return Err(Reason::UnknownValue);
        }
        let levels = 0..=TOP_LEVEL;
        let result_ok = match (&t.finished_at, &t.standings) {
            (None, None) => true,
            (Some(end), Some(standings)) => {
                *end >= t.started_at
                    && standings.len() == DOMAINS
                    && standings.iter().flatten().all(|l| levels.contains(l))
            }
            _ => false,
        };
        if !result_ok || t.answers.len() > MAX_QUESTIONS {
            return Err(Reason::OutOfBounds);
        }
        for a in &t.answers {
            self.time(a.answered_at)?;
            if ![&a.pack, &a.lesson, &a.question]
                .iter()
                .all(|id| plain_id(id, MAX_ID_CHARS))
            {
                return Err(Reason::UnknownValue);
            }
            let domains = 1..=u8::try_from(DOMAINS).unwrap_or(u8::MAX);
            if !domains.contains(&a.domain)
                || !(1..=TOP_LEVEL).contains(&a.level)
                || a.answered_at < t.started_at
                || t.finished_at.is_some_and(|end| a.answered_at > end)
            {
                return Err(Reason::OutOfBounds);
            }
        }
        Ok(())
    }
}
