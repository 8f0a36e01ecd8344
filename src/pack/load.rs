//! Reads a pack's files into the model, collecting every problem on the way.

use std::path::Path;

use super::checker::{Checker, FileCtx, display_path};
use super::field_path::FieldPath;
use super::format::{RawGlossary, RawManifest};
use super::{FORMAT_VERSION, Problem, ProblemKind};
use crate::model::{GlossaryTerm, Lesson, Pack, PackManifest, picture};

/// A pack's files in memory, whether they come from a folder or from the binary.
#[derive(Clone, Debug, Default)]
pub struct PackFiles {
    /// How the pack's folder is named in messages, e.g. `lessons/premiers-pas`.
    pub root: String,
    /// Each file's path inside the pack (`pack.toml`, `lessons/01.toml`, `media/a.png`)
    /// and its bytes.
    pub files: Vec<(String, Vec<u8>)>,
}

const MANIFEST: &str = "pack.toml";
const GLOSSARY: &str = "glossary.toml";
const LESSONS_DIR: &str = "lessons/";
const MEDIA_DIR: &str = "media/";

/// Reads a pack folder from disk and loads it.
pub fn load_dir(dir: &Path) -> Result<Pack, Vec<Problem>> {
    load_files(&PackFiles::read_dir(dir)?)
}

impl PackFiles {
    /// Every file of a pack folder on disk (hidden files left out).
    pub fn read_dir(dir: &Path) -> Result<PackFiles, Vec<Problem>> {
        let root = dir.display().to_string();
        let mut files = Vec::new();
        match read_tree(dir, "", &mut files) {
            Ok(()) => Ok(PackFiles { root, files }),
            Err(error) => Err(vec![Problem {
                file: root,
                line: None,
                field: None,
                kind: ProblemKind::Unreadable {
                    reason: error.to_string(),
                },
            }]),
        }
    }
}

fn read_tree(dir: &Path, prefix: &str, files: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let relative = format!("{prefix}{name}");
        if entry.file_type()?.is_dir() {
            read_tree(&entry.path(), &format!("{relative}/"), files)?;
        } else {
            files.push((relative, std::fs::read(entry.path())?));
        }
    }
    Ok(())
}

/// Loads a pack from its files: the pack when it is clean, else every problem found.
pub fn load_files(pack: &PackFiles) -> Result<Pack, Vec<Problem>> {
    let mut files: Vec<&(String, Vec<u8>)> = pack.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut checker = Checker::default();

    let manifest = match files.iter().find(|(name, _)| name == MANIFEST) {
        Some((name, bytes)) => checker.file(pack, name, bytes, Checker::manifest),
        None => {
            checker.problems.push(Problem {
                file: display_path(&pack.root, MANIFEST),
                line: None,
                field: None,
                kind: ProblemKind::NoManifest,
            });
            None
        }
    };

    let glossary = match files.iter().find(|(name, _)| name == GLOSSARY) {
        Some((name, bytes)) => checker.file(pack, name, bytes, Checker::glossary),
        None => Some(Vec::new()),
    };

    let media: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|(name, bytes)| {
            let file = name.strip_prefix(MEDIA_DIR)?;
            let is_wav = bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WAVE".as_slice());
            if !picture::is_png(bytes) && !is_wav {
                checker.problems.push(Problem {
                    file: display_path(&pack.root, name),
                    line: None,
                    field: None,
                    kind: ProblemKind::UnsupportedMedia,
                });
            }
            Some((file.to_owned(), bytes.clone()))
        })
        .collect();
    checker.media = media
        .iter()
        .map(|(name, bytes)| (name.clone(), picture::png_size(bytes)))
        .collect();

    let lesson_files: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.starts_with(LESSONS_DIR) && name.ends_with(".toml"))
        .collect();
    if lesson_files.is_empty() {
        checker.problems.push(Problem {
            file: display_path(&pack.root, LESSONS_DIR),
            line: None,
            field: None,
            kind: ProblemKind::NoLessons,
        });
    }
    let lessons: Vec<Option<Lesson>> = lesson_files
        .iter()
        .map(|(name, bytes)| checker.file(pack, name, bytes, Checker::lesson))
        .collect();

    match (
        manifest,
        lessons.into_iter().collect::<Option<Vec<_>>>(),
        glossary,
    ) {
        (Some(manifest), Some(lessons), Some(glossary)) if checker.problems.is_empty() => Ok(Pack {
            manifest,
            lessons,
            media,
            glossary,
        }),
        _ => Err(checker.problems),
    }
}

impl Checker {
    fn manifest(&mut self, ctx: &FileCtx<'_>, raw: RawManifest) -> Option<PackManifest> {
        let root = FieldPath::root();
        match raw.format {
            None => self.missing(ctx, &root.key("format")),
            Some(found) if !(1..=FORMAT_VERSION).contains(&found) => {
                self.report(ctx, &root.key("format"), ProblemKind::UnsupportedFormat { found });
            }
            Some(_) => {}
        }
        let id = self.id(ctx, raw.id.as_deref(), &root.key("id"));
        let version = self.required_string(ctx, raw.version, &root.key("version"));
        let title = self.text(ctx, raw.title.as_ref(), &root.key("title"));
        let description = self.text(ctx, raw.description.as_ref(), &root.key("description"));
        let authors = raw.authors.unwrap_or_default();
        if authors.iter().all(|a| a.trim().is_empty()) {
            self.missing(ctx, &root.key("authors"));
        }
        let licence = self.required_string(ctx, raw.licence, &root.key("licence"));
        Some(PackManifest {
            id: id?.as_str().into(),
            version: version?,
            title: title?,
            description: description?,
            authors,
            licence: licence?,
        })
    }

    fn glossary(&mut self, ctx: &FileCtx<'_>, raw: RawGlossary) -> Option<Vec<GlossaryTerm>> {
        let terms: Vec<Option<GlossaryTerm>> = raw
            .terms
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let path = FieldPath::root().key("terms").index(i);
                let word = self.text(ctx, term.word.as_ref(), &path.key("word"));
                let definition = self.text(ctx, term.definition.as_ref(), &path.key("definition"));
                Some(GlossaryTerm {
                    word: word?,
                    definition: definition?,
                })
            })
            .collect();
        terms.into_iter().collect()
    }
}
