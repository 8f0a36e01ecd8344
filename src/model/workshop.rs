//! A workshop run by a leader: when and where, what it is about, the lessons it gives,
//! and who comes.

use super::calendar::{Day, parse_time};
use super::{LessonId, PackId};

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 80;

/// A workshop as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workshop {
    /// Globally unique id.
    pub uid: String,
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
    pub members: Vec<String>,
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
