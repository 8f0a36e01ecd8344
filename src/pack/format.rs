//! The pack file format v1 as read from TOML, before validation. Almost every field is
//! optional here so that one missing field is reported with the others instead of
//! stopping the whole file.

use serde::Deserialize;

/// A text in both languages, as written: `title = { fr = "…", en = "…" }`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct RawText {
    pub fr: Option<String>,
    pub en: Option<String>,
}

/// A list of texts per language: `accepted = { fr = ["…"], en = ["…"] }`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct RawTextList {
    pub fr: Option<Vec<String>>,
    pub en: Option<Vec<String>>,
}

/// `pack.toml`.
#[derive(Debug, Deserialize)]
pub(crate) struct RawManifest {
    pub format: Option<i64>,
    pub id: Option<String>,
    pub version: Option<String>,
    pub title: Option<RawText>,
    pub description: Option<RawText>,
    pub authors: Option<Vec<String>>,
    pub licence: Option<String>,
}

/// One file of `lessons/`.
#[derive(Debug, Deserialize)]
pub(crate) struct RawLesson {
    pub id: Option<String>,
    pub title: Option<RawText>,
    pub competence: Option<String>,
    pub level: Option<i64>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawStep {
    pub text: Option<RawText>,
    pub text_easy: Option<RawText>,
    pub audio: Option<RawText>,
    pub image: Option<String>,
    pub image_alt: Option<RawText>,
    pub tip: Option<RawText>,
    pub activity: Option<RawActivity>,
}

/// `[steps.activity]`: every field of every activity type; each type reads its own.
#[derive(Debug, Deserialize)]
pub(crate) struct RawActivity {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub competence: Option<String>,
    pub level: Option<i64>,
    /// `mouse`.
    pub tasks: Option<Vec<String>>,
    pub targets: Option<i64>,
    /// `keyboard`.
    pub text: Option<RawText>,
    /// `mailbox`.
    #[serde(default)]
    pub messages: Vec<RawMessage>,
    /// `form`.
    pub title: Option<RawText>,
    #[serde(default)]
    pub fields: Vec<RawFormField>,
    pub confirmation: Option<RawText>,
    /// `files`.
    pub file: Option<RawText>,
    pub rename_to: Option<RawText>,
    pub folder: Option<RawText>,
    #[serde(default)]
    pub other_files: Vec<RawText>,
    pub recipient: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawMessage {
    pub id: Option<String>,
    pub from: Option<String>,
    pub subject: Option<RawText>,
    pub body: Option<RawText>,
    pub scam: Option<bool>,
    #[serde(default)]
    pub clues: Vec<RawText>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawFormField {
    pub id: Option<String>,
    pub label: Option<RawText>,
    pub format: Option<String>,
    #[serde(default)]
    pub required: bool,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawQuestion {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Defaults to the lesson's competence.
    pub competence: Option<String>,
    /// Defaults to the lesson's level.
    pub level: Option<i64>,
    pub prompt: Option<RawText>,
    #[serde(default)]
    pub choices: Vec<RawChoice>,
    /// `single`: a choice id; `true-false`: a boolean.
    pub answer: Option<toml::Value>,
    /// `multiple`: choice ids.
    pub answers: Option<Vec<String>>,
    /// `typed`: accepted answers per language.
    pub accepted: Option<RawTextList>,
    /// `fields`: the fields to fill in.
    #[serde(default)]
    pub fields: Vec<RawField>,
    /// `order`: the items, in the right order.
    #[serde(default)]
    pub items: Vec<RawChoice>,
    /// `match`: the pairs.
    #[serde(default)]
    pub pairs: Vec<RawPair>,
    /// `number`: the right values.
    #[serde(default)]
    pub numbers: Vec<RawNumber>,
    /// `zone`: the picture and its zones.
    pub image: Option<String>,
    pub image_alt: Option<RawText>,
    #[serde(default)]
    pub zones: Vec<RawZone>,
    pub explanation: Option<RawText>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawField {
    pub id: Option<String>,
    pub label: Option<RawText>,
    pub accepted: Option<RawTextList>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawNumber {
    pub value: Option<toml::Value>,
    pub tolerance: Option<toml::Value>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawPair {
    pub id: Option<String>,
    pub left: Option<RawText>,
    pub right: Option<RawText>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawZone {
    pub id: Option<String>,
    pub label: Option<RawText>,
    pub x: Option<i64>,
    pub y: Option<i64>,
    pub width: Option<i64>,
    pub height: Option<i64>,
}

impl RawZone {
    /// One of `x`, `y`, `width`, `height` by name.
    pub fn number(&self, key: &str) -> Option<i64> {
        match key {
            "x" => self.x,
            "y" => self.y,
            "width" => self.width,
            "height" => self.height,
            _ => None,
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawChoice {
    pub id: Option<String>,
    pub fr: Option<String>,
    pub en: Option<String>,
}

/// `glossary.toml`: words beginners may not know.
#[derive(Debug, Deserialize)]
pub(crate) struct RawGlossary {
    #[serde(default)]
    pub terms: Vec<RawTerm>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawTerm {
    pub word: Option<RawText>,
    pub definition: Option<RawText>,
}
