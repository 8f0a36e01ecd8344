//! Reads a pack's files into the model, collecting every problem on the way.

use std::path::Path;

use super::checker::{Checker, FileCtx, display_path};
use super::field_path::FieldPath;
use super::format::{RawGlossary, RawManifest};
use super::{FORMAT_VERSION, Problem, ProblemKind, limits};
use crate::model::picture::{self, Unusable};
use crate::model::{GlossaryTerm, Lesson, Pack, PackManifest};

/// A pack's files in memory, whether they come from a folder or from the binary.
#[derive(Clone, Debug, Default)]
pub struct PackFiles {
    /// How the pack's folder is named in messages, e.g. `lessons/premiers-pas`.
    pub root: String,
    /// Each file's path inside the pack (`pack.toml`, `lessons/01.toml`, `media/a.png`)
    /// and its bytes.
    pub files: Vec<(String, Vec<u8>)>,
}

/// The manifest's path inside a pack.
pub(super) const MANIFEST: &str = "pack.toml";
/// The glossary's path inside a pack.
pub(super) const GLOSSARY: &str = "glossary.toml";
/// The folder of lesson files inside a pack.
pub(super) const LESSONS_DIR: &str = "lessons/";
/// The folder of pictures and recordings inside a pack.
pub(super) const MEDIA_DIR: &str = "media/";

/// Reads a pack folder from disk and loads it.
pub fn load_dir(dir: &Path) -> Result<Pack, Vec<Problem>> {
    load_files(&PackFiles::read_dir(dir)?)
}

impl PackFiles {
    /// Every file of a pack folder on disk (hidden files left out), refusing what an
    /// archive refuses too: links (inside or out of the pack), anything that is not a
    /// plain file or folder (never opened: a named pipe would wait for ever), files over
    /// their kind's limit (judged from their size, before reading), too many files or
    /// bytes in all. Each refusal names its file.
    pub fn read_dir(dir: &Path) -> Result<PackFiles, Vec<Problem>> {
        let root = dir.display().to_string();
        let mut reader = TreeReader {
            root: &root,
            files: Vec::new(),
            problems: Vec::new(),
            total: 0,
        };
        if let Err(error) = reader.read(dir, "") {
            reader.problems.push(Problem {
                file: root.clone(),
                line: None,
                field: None,
                kind: ProblemKind::Unreadable {
                    reason: error.to_string(),
                },
            });
        }
        if reader.problems.is_empty() {
            Ok(PackFiles {
                root: root.clone(),
                files: reader.files,
            })
        } else {
            Err(reader.problems)
        }
    }
}

struct TreeReader<'a> {
    root: &'a str,
    files: Vec<(String, Vec<u8>)>,
    problems: Vec<Problem>,
    total: u64,
}

impl TreeReader<'_> {
    fn refuse(&mut self, relative: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            file: display_path(self.root, relative),
            line: None,
            field: None,
            kind,
        });
    }

    fn read(&mut self, dir: &Path, prefix: &str) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let relative = format!("{prefix}{name}");
            // The entry's own type: a link is not followed.
            let kind = entry.file_type()?;
            if kind.is_symlink() {
                self.refuse(&relative, ProblemKind::Link);
            } else if kind.is_dir() {
                self.read(&entry.path(), &format!("{relative}/"))?;
            } else if !kind.is_file() {
                self.refuse(&relative, ProblemKind::NotAFile);
            } else if self.files.len() >= limits::MAX_FILES {
                self.refuse(
                    "",
                    ProblemKind::TooManyFiles {
                        max: limits::MAX_FILES,
                    },
                );
                return Ok(());
            } else {
                self.read_file(&entry.path(), relative)?;
            }
        }
        Ok(())
    }

    fn read_file(&mut self, path: &Path, relative: String) -> std::io::Result<()> {
        let max = limits::max_bytes(&relative);
        let size = std::fs::symlink_metadata(path)?.len();
        if size > max {
            self.refuse(&relative, ProblemKind::FileTooLarge { bytes: size, max });
            return Ok(());
        }
        // At most one byte past the limit, should the file grow meanwhile: `check_files`
        // then refuses it like any file over its kind's limit.
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::fs::File::open(path)?, max + 1),
            &mut bytes,
        )?;
        self.total += bytes.len() as u64;
        if self.total > limits::MAX_TOTAL_BYTES {
            self.refuse(
                "",
                ProblemKind::PackTooLarge {
                    max: limits::MAX_TOTAL_BYTES,
                },
            );
            return Ok(());
        }
        self.files.push((relative, bytes));
        Ok(())
    }
}

/// The name of a lesson file within `lessons/` (`01-souris.toml`, the extension in any
/// case, as Windows writes it), or `None` for any other file of a pack.
pub(super) fn lesson_file(name: &str) -> Option<&str> {
    name.strip_prefix(LESSONS_DIR)
        .filter(|file| limits::has_extension(file, "toml"))
}

/// Whether a pack reads the file of this name: `pack.toml`, `glossary.toml`, a lesson
/// or a file in `media/`. Anything else would be left out without a word, so it is
/// reported.
fn is_read(name: &str) -> bool {
    name == MANIFEST
        || name == GLOSSARY
        || lesson_file(name).is_some()
        || name.strip_prefix(MEDIA_DIR).is_some_and(|file| !file.is_empty())
}

/// What every pack is checked for before its contents, whatever it was read from: the
/// number of files, each file's size for its kind, the total, two names that only
/// differ by case (one file on Windows, where a pack from Linux would lose one), and
/// files a pack does not read.
fn check_files(pack: &PackFiles, problems: &mut Vec<Problem>) {
    let mut refuse = |name: &str, kind: ProblemKind| {
        problems.push(Problem {
            file: display_path(&pack.root, name),
            line: None,
            field: None,
            kind,
        });
    };
    if pack.files.len() > limits::MAX_FILES {
        refuse(
            "",
            ProblemKind::TooManyFiles {
                max: limits::MAX_FILES,
            },
        );
    }
    let mut total = 0u64;
    let mut seen: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for (name, bytes) in &pack.files {
        let size = bytes.len() as u64;
        let max = limits::max_bytes(name);
        if size > max {
            refuse(name, ProblemKind::FileTooLarge { bytes: size, max });
        }
        total += size;
        if !is_read(name) {
            refuse(name, ProblemKind::NotAPackFile);
        }
        if let Some(other) = seen.insert(name.to_lowercase(), name) {
            refuse(
                name,
                ProblemKind::SameNameButCase {
                    other: other.to_owned(),
                },
            );
        }
    }
    if total > limits::MAX_TOTAL_BYTES {
        refuse(
            "",
            ProblemKind::PackTooLarge {
                max: limits::MAX_TOTAL_BYTES,
            },
        );
    }
}

/// Loads a pack from its files: the pack when it is clean, else every problem found.
pub fn load_files(pack: &PackFiles) -> Result<Pack, Vec<Problem>> {
    let mut files: Vec<&(String, Vec<u8>)> = pack.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut checker = Checker::default();
    check_files(pack, &mut checker.problems);

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
            let problem = if is_wav {
                None
            } else {
                match picture::check(bytes) {
                    Ok(_) => None,
                    Err(Unusable::NotPng) => Some(ProblemKind::UnsupportedMedia),
                    Err(Unusable::TooLarge { width, height }) => {
                        Some(ProblemKind::PictureTooLarge { width, height })
                    }
                    Err(Unusable::Damaged) => Some(ProblemKind::PictureDamaged),
                }
            };
            if let Some(kind) = problem {
                checker.problems.push(Problem {
                    file: display_path(&pack.root, name),
                    line: None,
                    field: None,
                    kind,
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
        .filter(|(name, _)| lesson_file(name).is_some())
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
        _ => {
            let mut problems = checker.problems;
            // In the order a person reads them: the files in the order they were
            // checked (the manifest first), each file's problems by line.
            let mut first_seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
            for (i, p) in problems.iter().enumerate() {
                first_seen.entry(p.file.clone()).or_insert(i);
            }
            problems.sort_by_key(|p| (first_seen.get(&p.file).copied(), p.line));
            Err(problems)
        }
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
        let version = self
            .required_string(ctx, raw.version, &root.key("version"))
            .filter(|version| {
                let parsed = crate::model::version::parse(version).is_some();
                if !parsed {
                    self.report(
                        ctx,
                        &root.key("version"),
                        ProblemKind::BadVersion {
                            value: version.clone(),
                        },
                    );
                }
                parsed
            });
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

    #[allow(
        clippy::needless_pass_by_value,
        reason = "every file's checker has the signature `Checker::file` calls"
    )]
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
