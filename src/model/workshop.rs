//! A workshop run by a leader: when and where, what it is about, the lessons it gives,
//! and who comes.

use super::calendar::{Day, parse_time};
use super::{LessonId, PackId, ResidentUid, Text, WorkshopUid};

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 80;
/// The longest place kept from another PC's record, in characters.
pub const MAX_PLACE_CHARS: usize = 200;
/// The longest topic kept from another PC's record, in characters.
pub const MAX_TOPIC_CHARS: usize = 4000;
/// The most lessons a workshop from another PC's record may give.
pub const MAX_WORKSHOP_LESSONS: usize = 200;

/// A workshop as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workshop {
    /// Globally unique id.
    pub uid: WorkshopUid,
    /// Its title ("Emails, session 2").
    pub title: String,
    /// Its day.
    pub day: Day,
    /// Its starting time, `hh:mm`, if set.
    pub time: Option<String>,
    /// Where it takes place.
    pub place: String,
    /// What it is about, in the leader's words.
    pub topic: String,
    /// The lessons it gives, in order.
    pub lessons: Vec<(PackId, LessonId)>,
    /// Its residents, by unique id.
    pub members: Vec<ResidentUid>,
}

/// What is wrong with a workshop being written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopProblem {
    /// No title, or one too long.
    Title,
    /// The day is missing or does not exist.
    Day,
    /// The time is not a time of day.
    Time,
}

impl WorkshopProblem {
    /// The Fluent id of its message.
    pub fn message_id(self) -> &'static str {
        match self {
            WorkshopProblem::Title => "workshop-error-title",
            WorkshopProblem::Day => "workshop-error-day",
            WorkshopProblem::Time => "workshop-error-time",
        }
    }
}

/// The typed fields of a workshop.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkshopFields {
    /// Title.
    pub title: String,
    /// Day, as typed.
    pub day: String,
    /// Time, as typed (may be empty).
    pub time: String,
    /// Place.
    pub place: String,
    /// Topic.
    pub topic: String,
}

impl WorkshopFields {
    /// The fields of a stored workshop, as a person types them in `lang`.
    pub fn of(workshop: &Workshop, lang: super::Lang) -> Self {
        Self {
            title: workshop.title.clone(),
            day: workshop.day.shown(lang),
            time: workshop.time.clone().unwrap_or_default(),
            place: workshop.place.clone(),
            topic: workshop.topic.clone(),
        }
    }

    /// The title, day and time, checked; every problem found otherwise.
    pub fn check(&self) -> Result<(String, Day, Option<String>), Vec<WorkshopProblem>> {
        let title = self.title.trim();
        let mut problems = Vec::new();
        if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
            problems.push(WorkshopProblem::Title);
        }
        let day = Day::parse(&self.day);
        if day.is_none() {
            problems.push(WorkshopProblem::Day);
        }
        let time = if self.time.trim().is_empty() {
            Some(None)
        } else {
            parse_time(&self.time).map(Some)
        };
        if time.is_none() {
            problems.push(WorkshopProblem::Time);
        }
        match (day, time) {
            (Some(day), Some(time)) if problems.is_empty() => Ok((title.to_owned(), day, time)),
            _ => Err(problems),
        }
    }
}

/// A workshop in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopSummary {
    /// Unique id.
    pub uid: WorkshopUid,
    /// Title.
    pub title: String,
    /// Day.
    pub day: Day,
    /// Time, `hh:mm`.
    pub time: Option<String>,
    /// Place.
    pub place: String,
    /// Residents in it.
    pub members: u32,
    /// Of whom marked present.
    pub present: u32,
}

/// One resident of a workshop, as the group view shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    /// Unique id.
    pub uid: ResidentUid,
    /// Name.
    pub name: String,
    /// Marked present.
    pub present: bool,
    /// How many of the workshop's lessons they finished.
    pub lessons_done: u32,
}

/// A question the group often gets wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct MissedQuestion {
    /// The lesson's title.
    pub lesson: Text,
    /// What the question asks.
    pub prompt: Text,
    /// Wrong answers given by the group.
    pub wrong: u32,
    /// All answers given by the group.
    pub answers: u32,
}

/// The group view of a workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopReport {
    /// The workshop.
    pub workshop: Workshop,
    /// The titles of the lessons it gives (those still installed), in order.
    pub lesson_titles: Vec<Text>,
    /// Its residents who share their results, by name.
    pub members: Vec<MemberRow>,
    /// Its residents who keep their results to themselves (only counted).
    pub private_members: u32,
    /// The library network's site it is run at, when that is another site than this
    /// PC's (it came with the records of residents whose card follows them).
    pub run_at: Option<String>,
    /// The questions missed most, at most [`MOST_MISSED`].
    pub missed: Vec<MissedQuestion>,
    /// Where its procedures on the pretend portal needed another try: each page type
    /// with how many residents stumbled on it, the most first.
    pub stumbles: Vec<(String, u32)>,
}

/// How many of the most missed questions are shown.
pub const MOST_MISSED: usize = 5;

/// A workshop the resident is in, with the lessons it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenLessons {
    /// The workshop's title.
    pub title: String,
    /// Its lessons, in order.
    pub lessons: Vec<(PackId, LessonId)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workshop_needs_a_title_and_a_real_day() {
        let mut fields = WorkshopFields {
            title: "  Les e-mails ".into(),
            day: "24/11/2026".into(),
            time: "14h".into(),
            ..WorkshopFields::default()
        };
        let (title, day, time) = fields.check().expect("valid");
        assert_eq!(
            (title.as_str(), day.iso(), time.as_deref()),
            ("Les e-mails", "2026-11-24".into(), Some("14:00"))
        );
        fields.time.clear();
        assert_eq!(fields.check().map(|c| c.2), Ok(None));
        let empty = WorkshopFields {
            time: "25h".into(),
            ..WorkshopFields::default()
        };
        assert_eq!(
            empty.check(),
            Err(vec![
                WorkshopProblem::Title,
                WorkshopProblem::Day,
                WorkshopProblem::Time
            ])
        );
    }
}
