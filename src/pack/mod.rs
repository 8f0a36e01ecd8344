//! Pack files on disk (or embedded) ⇄ model. Validation reports every problem with its
//! file and line. No SQL, no egui.
//!
//! A pack is a folder:
//! ```text
//! premiers-pas/
//!   pack.toml            manifest: format, id, version, title, description, authors, licence
//!   lessons/*.toml       one lesson per file, taken in file-name order
//!   media/*.png          pictures used by the lessons
//! ```
//! The format is documented in `docs/pack-format.md`.

pub mod archive;
pub mod builtin;
mod check_activity;
mod check_lesson;
mod check_portal;
mod check_question;
mod check_sources;
mod checker;
pub mod draft;
pub mod draft_new;
pub mod draft_texts;
mod field_path;
pub mod format;
pub mod gift;
pub mod gift_export;
mod gift_lesson;
pub mod limits;
mod load;
mod problem;
pub mod save_folder;
pub mod text_encoding;
pub mod write;

pub use field_path::FieldPath;
pub use load::{PackFiles, load_dir, load_files};
pub use problem::{Problem, ProblemKind};

/// The newest pack format this version of Passerelle reads.
pub const FORMAT_VERSION: i64 = 1;
