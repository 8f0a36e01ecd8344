//! The pack file format v1 as read from TOML, before validation. Almost every field is
//! optional here so that one missing field is reported with the others instead of
//! stopping the whole file.
//!
//! The pack editor edits these types directly (a draft may be incomplete) and writes them
//! back as TOML. Each field is the TOML key of the same name, documented in
//! `docs/pack-format.md`.
#![allow(missing_docs)]

use serde::{Deserialize, Serialize};

/// A text in both languages, as written: `title = { fr = "…", en = "…" }`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawText {
    pub fr: Option<String>,
    pub en: Option<String>,
}

impl RawText {
    /// The text in `lang`, when written.
    pub fn get(&self, lang: crate::model::Lang) -> Option<&String> {
        match lang {
            crate::model::Lang::Fr => self.fr.as_ref(),
            crate::model::Lang::En => self.en.as_ref(),
        }
    }
}

/// A list of texts per language: `accepted = { fr = ["…"], en = ["…"] }`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawTextList {
    pub fr: Option<Vec<String>>,
    pub en: Option<Vec<String>>,
}

/// `pack.toml`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawManifest {
    pub format: Option<i64>,
    pub id: Option<String>,
    pub version: Option<String>,
    pub title: Option<RawText>,
    pub description: Option<RawText>,
    pub authors: Option<Vec<String>>,
    pub licence: Option<String>,
}

/// One file of `lessons/`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawLesson {
    pub id: Option<String>,
    pub title: Option<RawText>,
    pub competence: Option<String>,
    pub level: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<RawStep>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<RawQuestion>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<RawSource>,
}

/// `[[sources]]`: a page the lesson's facts come from.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawSource {
    pub title: Option<String>,
    pub address: Option<String>,
    pub checked: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawStep {
    pub text: Option<RawText>,
    pub text_easy: Option<RawText>,
    pub audio: Option<RawText>,
    pub image: Option<String>,
    pub image_alt: Option<RawText>,
    pub tip: Option<RawText>,
    pub activity: Option<RawActivity>,
}

/// `[steps.activity]`: every field of every activity type; each type reads its own.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawActivity {
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<RawMessage>,
    /// `form`.
    pub title: Option<RawText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<RawFormField>,
    pub confirmation: Option<RawText>,
    /// `files`.
    pub file: Option<RawText>,
    pub rename_to: Option<RawText>,
    pub folder: Option<RawText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_files: Vec<RawText>,
    pub recipient: Option<String>,
    /// `portal`.
    pub site: Option<RawText>,
    pub address: Option<String>,
    pub reference: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<RawPortalPage>,
}

/// `[[steps.activity.pages]]`: a page of a portal procedure; each type reads its fields.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawPortalPage {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub title: Option<RawText>,
    pub text: Option<RawText>,
    /// `sign-in`.
    pub service: Option<RawText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub providers: Vec<RawText>,
    pub account: Option<i64>,
    /// `code`.
    pub code: Option<String>,
    pub sms: Option<RawText>,
    pub caller: Option<RawText>,
    /// `form`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<RawFormField>,
    /// `attach`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<RawText>,
    pub right: Option<i64>,
    /// `slots`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slots: Vec<RawSlot>,
    /// `status`.
    pub status: Option<RawText>,
    /// `download`.
    pub document: Option<RawText>,
}

/// `slots = [{ fr = "…", en = "…", taken = true }, …]`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawSlot {
    pub fr: Option<String>,
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub taken: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawMessage {
    pub id: Option<String>,
    pub from: Option<String>,
    pub subject: Option<RawText>,
    pub body: Option<RawText>,
    pub scam: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clues: Vec<RawText>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawFormField {
    pub id: Option<String>,
    pub label: Option<RawText>,
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawQuestion {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Defaults to the lesson's competence.
    pub competence: Option<String>,
    /// Defaults to the lesson's level.
    pub level: Option<i64>,
    pub prompt: Option<RawText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<RawChoice>,
    /// `single`: a choice id; `true-false`: a boolean.
    pub answer: Option<toml::Value>,
    /// `multiple`: choice ids.
    pub answers: Option<Vec<String>>,
    /// `typed`: accepted answers per language.
    pub accepted: Option<RawTextList>,
    /// `typed`: `exact` or `forgiving` (the default).
    pub spelling: Option<String>,
    /// `fields`: the fields to fill in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<RawField>,
    /// `order`: the items, in the right order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<RawChoice>,
    /// `match`: the pairs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<RawPair>,
    /// `number`: the right values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<RawNumber>,
    /// `zone`: the picture and its zones.
    pub image: Option<String>,
    pub image_alt: Option<RawText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<RawZone>,
    pub explanation: Option<RawText>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawField {
    pub id: Option<String>,
    pub label: Option<RawText>,
    pub accepted: Option<RawTextList>,
    /// `exact` or `forgiving` (the default).
    pub spelling: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawNumber {
    pub value: Option<toml::Value>,
    pub tolerance: Option<toml::Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawPair {
    pub id: Option<String>,
    pub left: Option<RawText>,
    pub right: Option<RawText>,
    pub explanation: Option<RawText>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawZone {
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

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawChoice {
    pub id: Option<String>,
    pub fr: Option<String>,
    pub en: Option<String>,
    /// Choices only: why this choice is right or wrong, shown after an answer that
    /// picked it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<RawText>,
}

/// `glossary.toml`: words beginners may not know.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawGlossary {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<RawTerm>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct RawTerm {
    pub word: Option<RawText>,
    pub definition: Option<RawText>,
}
