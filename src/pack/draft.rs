//! A pack being written in the editor: its files as read from TOML, before validation,
//! so that a half-finished pack (a field left empty, an answer not chosen yet) can still
//! be edited, saved as a draft and shown with its problems. Written back as clean TOML:
//! the fields in a fixed order, texts as `[title]` tables, long texts as multi-line
//! strings, so that a trainer can go on editing the files in a text editor and a change
//! shows as a small diff.

use std::sync::Arc;

use super::checker::Checker;
use super::format::{RawGlossary, RawLesson, RawManifest};
use super::load::{GLOSSARY, LESSONS_DIR, MANIFEST, MEDIA_DIR, lesson_file};
use super::{FORMAT_VERSION, PackFiles, Problem, load_files};
use crate::model::picture::Unusable;

/// A pack being written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackDraft {
    /// `pack.toml`.
    pub manifest: RawManifest,
    /// `glossary.toml` (not written when it has no terms).
    pub glossary: RawGlossary,
    /// The lessons, in file-name order.
    pub lessons: Vec<LessonDraft>,
    /// The files of `media/`, by name inside it. Shared, not copied: the editor keeps a
    /// copy of the draft for each change it can undo, and compares drafts every frame.
    pub media: Vec<(String, Arc<[u8]>)>,
}

/// One lesson file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LessonDraft {
    /// The file's name inside `lessons/`, e.g. `01-souris.toml`.
    pub file: String,
    /// What the file says.
    pub lesson: RawLesson,
}

impl LessonDraft {
    /// The file's path inside the pack.
    pub fn path(&self) -> String {
        format!("{LESSONS_DIR}{}", self.file)
    }
}

impl PackDraft {
    /// A new, empty pack with this id: format and version filled in.
    pub fn new(id: &str) -> Self {
        Self {
            manifest: RawManifest {
                format: Some(FORMAT_VERSION),
                id: Some(id.to_owned()),
                version: Some("1.0.0".to_owned()),
                ..RawManifest::default()
            },
            ..Self::default()
        }
    }

    /// Reads a pack's files. Only files that cannot be read as TOML stop it (with their
    /// problems); every other problem is left for [`PackDraft::problems`].
    pub fn read(pack: &PackFiles) -> Result<Self, Vec<Problem>> {
        let mut files: Vec<&(String, Vec<u8>)> = pack.files.iter().collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut checker = Checker::default();
        let mut draft = Self::default();
        for (name, bytes) in files {
            if name == MANIFEST {
                if let Some(manifest) = checker.file(pack, name, bytes, |_, _, raw| Some(raw)) {
                    draft.manifest = manifest;
                }
            } else if name == GLOSSARY {
                if let Some(glossary) = checker.file(pack, name, bytes, |_, _, raw| Some(raw)) {
                    draft.glossary = glossary;
                }
            } else if let Some(file) = name.strip_prefix(MEDIA_DIR) {
                draft.media.push((file.to_owned(), Arc::from(bytes.as_slice())));
            } else if let Some(file) = lesson_file(name)
                && let Some(lesson) = checker.file(pack, name, bytes, |_, _, raw| Some(raw))
            {
                draft.lessons.push(LessonDraft {
                    file: file.to_owned(),
                    lesson,
                });
            }
        }
        if checker.problems.is_empty() {
            Ok(draft)
        } else {
            Err(checker.problems)
        }
    }

    /// The pack's files, written cleanly, under `root` (how the folder is named in
    /// problems).
    pub fn files(&self, root: &str) -> PackFiles {
        let mut files = vec![(MANIFEST.to_owned(), toml_text(&self.manifest).into_bytes())];
        if !self.glossary.terms.is_empty() {
            files.push((GLOSSARY.to_owned(), toml_text(&self.glossary).into_bytes()));
        }
        for lesson in &self.lessons {
            files.push((lesson.path(), toml_text(&lesson.lesson).into_bytes()));
        }
        for (name, bytes) in &self.media {
            files.push((format!("{MEDIA_DIR}{name}"), bytes.to_vec()));
        }
        PackFiles {
            root: root.to_owned(),
            files,
        }
    }

    /// Every problem `passerelle pack check` would find in the pack as it would be saved
    /// (files named under its [`root`](Self::root)).
    pub fn problems(&self) -> Vec<Problem> {
        load_files(&self.files(&self.root())).err().unwrap_or_default()
    }

    /// How the pack is named in problems and file names: its id, or `pack`.
    pub fn root(&self) -> String {
        match self.manifest.id.as_deref().map(str::trim) {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => "pack".to_owned(),
        }
    }

    /// The pack's title in `lang`, or its id.
    pub fn title(&self, lang: crate::model::Lang) -> String {
        let title = self.manifest.title.as_ref().and_then(|t| t.get(lang));
        title
            .filter(|t| !t.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| self.root())
    }

    /// A file name for a new lesson, after the others: `08-lesson.toml`.
    pub fn new_lesson_file(&self) -> String {
        let taken = |name: &str| self.lessons.iter().any(|l| l.file == name);
        (self.lessons.len() + 1..)
            .map(|n| format!("{n:02}-lesson.toml"))
            .find(|name| !taken(name))
            .unwrap_or_default()
    }
}

pub use crate::model::picture::{MAX_BYTES as MAX_PICTURE_BYTES, MAX_SIDE as MAX_PICTURE_SIDE};

/// Why a picture cannot go into a pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureProblem {
    /// Not a PNG picture.
    NotPng,
    /// Over [`MAX_PICTURE_BYTES`].
    TooHeavy {
        /// Its size, in kilobytes.
        kilobytes: usize,
    },
    /// Over [`MAX_PICTURE_SIDE`] wide or tall.
    TooLarge {
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
    },
    /// A PNG file cut short or damaged: it does not decode.
    Damaged,
}

impl PictureProblem {
    /// The message, translated.
    pub fn message(&self, tr: &crate::i18n::Tr<'_>) -> String {
        match self {
            PictureProblem::NotPng => tr.t("editor-picture-not-png"),
            PictureProblem::TooHeavy { kilobytes } => tr.args(
                "editor-picture-too-heavy",
                &[
                    ("kilobytes", (*kilobytes).into()),
                    ("max", (MAX_PICTURE_BYTES / 1024).into()),
                ],
            ),
            PictureProblem::Damaged => tr.t("editor-picture-damaged"),
            PictureProblem::TooLarge { width, height } => tr.args(
                "editor-picture-too-large",
                &[
                    ("width", (*width).into()),
                    ("height", (*height).into()),
                    ("max", MAX_PICTURE_SIDE.into()),
                ],
            ),
        }
    }
}

impl PackDraft {
    /// Adds a picture to `media/` under a name made from `file_name` (another one when
    /// taken by different bytes); returns that name. The same picture twice is kept once.
    pub fn add_picture(&mut self, file_name: &str, bytes: Vec<u8>) -> Result<String, PictureProblem> {
        if !crate::model::picture::is_png(&bytes) {
            return Err(PictureProblem::NotPng);
        }
        if bytes.len() > MAX_PICTURE_BYTES {
            return Err(PictureProblem::TooHeavy {
                kilobytes: bytes.len().div_ceil(1024),
            });
        }
        match crate::model::picture::check(&bytes) {
            Ok(_) => {}
            Err(Unusable::TooLarge { width, height }) => {
                return Err(PictureProblem::TooLarge { width, height });
            }
            Err(Unusable::NotPng) => return Err(PictureProblem::NotPng),
            Err(Unusable::Damaged) => return Err(PictureProblem::Damaged),
        }
        if let Some((name, _)) = self.media.iter().find(|(_, b)| **b == *bytes) {
            return Ok(name.clone());
        }
        let stem = std::path::Path::new(file_name)
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let stem = super::gift::slug(&stem);
        let name =
            super::gift_lesson::unique_name(&stem, ".png", |name| self.media.iter().any(|(m, _)| m == name));
        self.media.push((name.clone(), Arc::from(bytes)));
        Ok(name)
    }
}

/// A value as clean TOML. The raw types only hold what TOML can write, so this cannot
/// fail; an empty string would only hide a bug, and the tests read every file back.
pub(crate) fn toml_text<T: serde::Serialize>(value: &T) -> String {
    toml::to_string_pretty(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::builtin;

    #[test]
    fn every_builtin_pack_reads_and_writes_back_to_the_same_pack() {
        for files in builtin::packs() {
            let original = load_files(&files).expect("a built-in pack is clean");
            let draft = PackDraft::read(&files).expect("reads");
            let written = draft.files(&files.root);
            let again = load_files(&written).unwrap_or_else(|p| panic!("{}: {p:#?}", files.root));
            assert_eq!(again, original, "{}", files.root);
            // Writing is stable: what was written reads back to the same draft and files.
            let reread = PackDraft::read(&written).expect("reads its own files");
            assert_eq!(reread, draft);
            assert_eq!(reread.files(&files.root).files, written.files);
        }
    }

    #[test]
    fn a_new_pack_has_problems_to_fill_in_but_reads_back() {
        let draft = PackDraft::new("mon-pack");
        let problems = draft.problems();
        assert!(!problems.is_empty());
        let reread = PackDraft::read(&draft.files("mon-pack")).expect("reads");
        assert_eq!(reread, draft);
        assert_eq!(draft.new_lesson_file(), "01-lesson.toml");
    }

    #[test]
    fn the_editor_opens_a_lesson_whose_extension_is_in_capitals() {
        let mut files = builtin::packs().swap_remove(0);
        let lessons = files
            .files
            .iter()
            .filter(|(n, _)| n.starts_with(LESSONS_DIR))
            .count();
        for (name, _) in &mut files.files {
            if let Some(stem) = name
                .strip_prefix(LESSONS_DIR)
                .and_then(|f| f.strip_suffix(".toml"))
            {
                *name = format!("{LESSONS_DIR}{stem}.TOML");
            }
        }
        let draft = PackDraft::read(&files).expect("reads");
        assert_eq!(draft.lessons.len(), lessons);
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = Vec::new();
        let image = image::RgbaImage::new(width, height);
        image::DynamicImage::ImageRgba8(image)
            .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
            .expect("encodes");
        bytes
    }

    #[test]
    fn pictures_are_checked_and_named_after_their_file() {
        let mut draft = PackDraft::new("essai");
        let small = png(4, 3);
        assert_eq!(
            draft.add_picture("Ma Souris.PNG", small.clone()),
            Ok("ma-souris.png".into())
        );
        // The same picture again is not copied twice.
        assert_eq!(draft.add_picture("autre.png", small), Ok("ma-souris.png".into()));
        assert_eq!(
            draft.add_picture("ma souris.png", png(5, 3)),
            Ok("ma-souris-2.png".into())
        );
        assert_eq!(draft.media.len(), 2);
        assert_eq!(
            draft.add_picture("notes.png", b"hello".to_vec()),
            Err(PictureProblem::NotPng)
        );
        assert_eq!(
            draft.add_picture("big.png", png(MAX_PICTURE_SIDE + 1, 1)),
            Err(PictureProblem::TooLarge {
                width: MAX_PICTURE_SIDE + 1,
                height: 1
            })
        );
        let mut heavy = png(4, 3);
        heavy.resize(MAX_PICTURE_BYTES + 1, 0);
        assert!(matches!(
            draft.add_picture("heavy.png", heavy),
            Err(PictureProblem::TooHeavy { .. })
        ));
    }
}
