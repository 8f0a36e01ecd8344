//! What a pack holds: lessons made of steps, then a short quiz.

use serde::{Deserialize, Serialize};

use super::{Activity, ChoiceId, Competence, LessonId, Level, Localized, PackId, QuestionId, Text};

/// A pack's description, from its `pack.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackManifest {
    /// Stable id, e.g. `premiers-pas`.
    pub id: PackId,
    /// The pack's version, e.g. `1.0.0`; a new version replaces the old one in the store.
    pub version: String,
    /// The pack's title.
    pub title: Text,
    /// One or two sentences saying what the pack teaches.
    pub description: Text,
    /// Who wrote it.
    pub authors: Vec<String>,
    /// The licence of its text and images.
    pub licence: String,
}

/// A whole pack: its manifest, its lessons in order, and its media files.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    /// The manifest.
    pub manifest: PackManifest,
    /// Lessons, in the order residents take them.
    pub lessons: Vec<Lesson>,
    /// Media files by name (the file name inside the pack's `media/` folder).
    pub media: Vec<(String, Vec<u8>)>,
    /// Words beginners may not know, explained (from `glossary.toml`).
    pub glossary: Vec<GlossaryTerm>,
}

/// A word a beginner may not know, with a short explanation in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GlossaryTerm {
    /// The word, as it appears in lesson text.
    pub word: Text,
    /// What it means, in one or two short sentences.
    pub definition: Text,
}

/// One lesson: a few short steps, then its questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    /// Stable id, unique in the pack.
    pub id: LessonId,
    /// The lesson's title.
    pub title: Text,
    /// The competence it trains.
    pub competence: Competence,
    /// Its level.
    pub level: Level,
    /// What the resident reads, one screen at a time.
    pub steps: Vec<Step>,
    /// The quiz that ends the lesson.
    pub questions: Vec<Question>,
    /// Where its facts come from (for trainers, never shown to residents).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<super::source::Source>,
}

/// One screen of a lesson.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The text, with simple formatting (see [`super::markup`]).
    pub text: Text,
    /// An easier version of the text, shown when the resident asks for simpler text.
    #[serde(default)]
    pub text_easy: Option<Text>,
    /// An optional picture.
    pub image: Option<ImageRef>,
    /// An optional tip, shown in a box.
    pub tip: Option<Text>,
    /// An optional recording of the step's text (WAV files in `media/`, one per
    /// language), played by "Listen" instead of the computer's voice.
    #[serde(default)]
    pub audio: Option<Localized<String>>,
    /// An optional practice activity, done on this step (the text says what to do).
    #[serde(default)]
    pub activity: Option<Activity>,
}

/// A picture from the pack's `media/` folder, with a description for screen readers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageRef {
    /// File name inside `media/`.
    pub file: String,
    /// What the picture shows, read by screen readers.
    pub alt: Text,
}

/// One question of a quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, unique in the pack.
    pub id: QuestionId,
    /// The competence it checks.
    pub competence: Competence,
    /// Its level.
    pub level: Level,
    /// What is asked.
    pub prompt: Text,
    /// Its type and the right answer.
    pub kind: QuestionKind,
    /// Why the right answer is right: shown after every answer, right or wrong.
    pub explanation: Text,
}

/// A choice of a single- or multiple-choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Id, unique in the question.
    pub id: ChoiceId,
    /// What the choice says.
    pub label: Text,
    /// Why this choice is right or wrong, shown after an answer that picked it; for an
    /// item to order, why it comes where it does, shown after an answer that put it
    /// elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Text>,
}

/// The question types and their right answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Pick the one right choice.
    Single {
        /// The choices, in the order shown.
        choices: Vec<Choice>,
        /// The right one.
        answer: ChoiceId,
    },
    /// Tick every right choice.
    Multiple {
        /// The choices, in the order shown.
        choices: Vec<Choice>,
        /// All the right ones.
        answers: Vec<ChoiceId>,
    },
    /// Say whether the sentence is true.
    TrueFalse {
        /// Whether it is true.
        answer: bool,
    },
    /// Type a short answer; case, accents and small typos are forgiven, unless the
    /// spelling must be exact.
    Typed {
        /// Every accepted answer, per language; an answer in either language counts.
        accepted: Localized<Vec<String>>,
        /// How close the spelling must be.
        #[serde(default, skip_serializing_if = "Spelling::is_forgiving")]
        spelling: Spelling,
    },
    /// Fill in several labelled fields (an address, a form); each is forgiving as `Typed`.
    Fields {
        /// The fields, in the order shown.
        fields: Vec<AnswerField>,
    },
    /// Put the items in the right order; they are shown shuffled.
    Order {
        /// The items, in the right order.
        items: Vec<Choice>,
    },
    /// Type a number: right when it is within the tolerance of one of the values.
    Number {
        /// The right values.
        answers: Vec<NumberAnswer>,
    },
    /// Match each item on the left with its partner on the right.
    Match {
        /// The pairs; the right-hand sides are shown shuffled.
        pairs: Vec<MatchPair>,
    },
    /// Click the right place in a picture.
    Zone {
        /// The picture.
        image: ImageRef,
        /// Named places of the picture, in its pixels.
        zones: Vec<Zone>,
        /// The zone to click.
        answer: ChoiceId,
    },
}

/// A field of a [`QuestionKind::Fields`] question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerField {
    /// Id, unique in the question.
    pub id: ChoiceId,
    /// The field's label, e.g. "Postcode".
    pub label: Text,
    /// Every accepted answer, per language; an answer in either language counts.
    pub accepted: Localized<Vec<String>>,
    /// How close the spelling must be.
    #[serde(default, skip_serializing_if = "Spelling::is_forgiving")]
    pub spelling: Spelling,
}

/// How close a typed answer's spelling must be to an accepted one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Spelling {
    /// Case, accents and small typos are forgiven (the right spelling is shown then).
    #[default]
    Forgiving,
    /// Every letter and accent must be right, as on an official form or in an address:
    /// only capitals, spaces and a final full stop do not count.
    Exact,
}

impl Spelling {
    /// Its name in pack files.
    pub fn name(self) -> &'static str {
        match self {
            Spelling::Forgiving => "forgiving",
            Spelling::Exact => "exact",
        }
    }

    /// The spelling named so in a pack file.
    pub fn from_name(name: &str) -> Option<Self> {
        [Spelling::Forgiving, Spelling::Exact]
            .into_iter()
            .find(|s| s.name() == name)
    }

    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference.
    fn is_forgiving(&self) -> bool {
        *self == Spelling::Forgiving
    }
}

/// A right value of a [`QuestionKind::Number`] question.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberAnswer {
    /// The value.
    pub value: f64,
    /// How far an answer may be from it and still be right (0: exactly).
    pub tolerance: f64,
}

impl NumberAnswer {
    /// Whether `x` is right for this value.
    pub fn accepts(self, x: f64) -> bool {
        (x - self.value).abs() <= self.tolerance + f64::EPSILON * self.value.abs().max(1.0)
    }
}

/// Reads a number as people type it: `3.5`, `3,5`, `1 822`, `-2`.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Two items that go together, in a [`QuestionKind::Match`] question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatchPair {
    /// Id, unique in the question.
    pub id: ChoiceId,
    /// The item on the left.
    pub left: Text,
    /// Its partner on the right.
    pub right: Text,
    /// Why they go together, shown after an answer that matched them otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Text>,
}

/// A named rectangle of a picture, in the picture's own pixels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Zone {
    /// Id, unique in the question.
    pub id: ChoiceId,
    /// What is there, e.g. "the close button": read by screen readers, which reach the
    /// zones with the keyboard instead of the mouse.
    pub label: Text,
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Zone {
    /// Whether the point (in the picture's pixels) is inside the zone.
    pub fn contains(&self, x: u32, y: u32) -> bool {
        (self.x..self.x.saturating_add(self.width)).contains(&x)
            && (self.y..self.y.saturating_add(self.height)).contains(&y)
    }

    /// The zone's centre, where a keyboard "click" lands.
    pub fn centre(&self) -> (u32, u32) {
        (self.x + self.width / 2, self.y + self.height / 2)
    }
}

impl QuestionKind {
    /// How often a pure guess is right: one in two for true or false, one in the number
    /// of choices or places, one arrangement among all for order and matching, almost
    /// never for a typed answer. The positioning test asks the hardest to guess first.
    pub fn guess_chance(&self) -> f64 {
        fn one_in(n: usize) -> f64 {
            1.0 / f64::from(u32::try_from(n.max(1)).unwrap_or(u32::MAX))
        }
        fn arrangements(n: usize) -> f64 {
            (1..=n.min(12)).map(one_in).product()
        }
        match self {
            QuestionKind::Single { choices, .. } => one_in(choices.len()),
            QuestionKind::Multiple { choices, .. } => {
                // Any set of ticks but none.
                let sets = (1u64 << choices.len().min(20)).saturating_sub(1);
                one_in(usize::try_from(sets).unwrap_or(usize::MAX))
            }
            QuestionKind::TrueFalse { .. } => 0.5,
            QuestionKind::Order { items } => arrangements(items.len()),
            QuestionKind::Match { pairs } => arrangements(pairs.len()),
            QuestionKind::Zone { zones, .. } => one_in(zones.len()),
            QuestionKind::Typed { .. } | QuestionKind::Fields { .. } | QuestionKind::Number { .. } => 0.02,
        }
    }

    /// The type's name as written in pack files.
    pub fn type_name(&self) -> &'static str {
        match self {
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::TrueFalse { .. } => "true-false",
            QuestionKind::Typed { .. } => "typed",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Fields { .. } => "fields",
            QuestionKind::Order { .. } => "order",
            QuestionKind::Match { .. } => "match",
            QuestionKind::Zone { .. } => "zone",
        }
    }
}

impl Lesson {
    /// Finds a question by id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }
}
