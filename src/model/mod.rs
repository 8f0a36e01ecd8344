//! Plain data types and pure rules: what a pack, a lesson, a question and a resident are,
//! and how answers are graded; and the read models the store returns and the screens draw.
//! No I/O, no egui.

pub mod activity;
pub mod attestation_check;
pub mod avatar;
pub mod base45;
pub mod bidi;
pub mod calendar;
pub mod competence;
pub mod cra;
pub mod display;
pub mod form_check;
pub mod french_spacing;
pub mod glossary;
pub mod grading;
pub mod idle;
pub mod ids;
pub mod item_stats;
pub mod lang;
pub mod lesson;
pub mod live_room;
pub mod markup;
pub mod matching;
pub mod network_status;
pub mod pack_summary;
pub mod password;
pub mod person_data;
pub mod picture;
pub mod picture_code;
pub mod pin;
pub mod portal;
pub mod positioning;
pub mod progress;
pub mod review;
pub mod saved_draft;
pub mod shuffle;
pub mod source;
pub mod text_clean;
pub mod time_spent;
pub mod typing;
pub mod version;
pub mod workshop;

pub use activity::{Activity, ActivityKind, FieldFormat, FilesTask, FormField, MailMessage, MouseTask};
pub use avatar::{Avatar, AvatarColour, AvatarSymbol};
pub use competence::{Competence, Level};
pub use display::DisplaySettings;
pub use grading::{Grade, Response, grade};
pub use ids::{
    ActivityId, ChoiceId, DraftUid, LessonId, PackId, QuestionId, ResidentId, ResidentUid, WorkshopUid,
};
pub use lang::{Lang, Localized, Text};
pub use lesson::{
    AnswerField, Choice, GlossaryTerm, ImageRef, Lesson, MatchPair, NumberAnswer, Pack, PackManifest,
    Question, QuestionKind, Spelling, Step, Zone,
};
pub use pack_summary::{LessonSummary, PackSummary};
pub use progress::{LessonPhase, LessonProgress, LessonStatus, Resident};
