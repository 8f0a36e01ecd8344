//! Packs and lessons as listed on home and in the leaders' area, without their content.

use super::{Competence, LessonId, Level, PackId, PackManifest, Text};

/// A pack as listed on home.
#[derive(Clone, Debug, PartialEq)]
pub struct PackSummary {
    /// The manifest.
    pub manifest: PackManifest,
    /// Its lessons, in order.
    pub lessons: Vec<LessonSummary>,
}

/// A lesson as listed on home, without its content.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonSummary {
    /// The pack it belongs to.
    pub pack: PackId,
    /// Its id.
    pub id: LessonId,
    /// Its title.
    pub title: Text,
    /// Its competence.
    pub competence: Competence,
    /// Its level.
    pub level: Level,
    /// How many questions its quiz has.
    pub question_count: u32,
}
