//! `passerelle pack import-gift` and `pack export-gift`: Moodle quiz banks in and out of
//! a pack folder.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Tr;
use crate::model::Lang;
use crate::pack;

/// What `pack import-gift` is given.
#[derive(Debug)]
pub struct GiftImport<'a> {
    /// The GIFT file.
    pub file: &'a Path,
    /// Its language.
    pub lang: Lang,
    /// The same bank in the other language.
    pub other: Option<&'a Path>,
    /// The pack folder.
    pub into: &'a Path,
    /// The questions' competence.
    pub competence: crate::model::Competence,
    /// Their level.
    pub level: crate::model::Level,
    /// Replace a lesson file of the same name.
    pub force: bool,
}

/// `passerelle pack import-gift`: writes `lessons/<file name>.toml` into the pack folder
/// (one lesson per `$CATEGORY:` when the bank has several, `lessons/<file name>-<category>
/// .toml`), and a `pack.toml` to complete when there is none; lists what was not
/// imported or changed with its line, and returns the lesson files written. Nothing is
/// overwritten without `force`.
pub fn import_gift(job: &GiftImport<'_>, tr: &Tr<'_>, out: &mut dyn Write) -> std::io::Result<Vec<PathBuf>> {
    let read = |path: &Path| -> std::io::Result<pack::gift::GiftFile> {
        let refuse = |reason: String| std::io::Error::other(format!("{}: {reason}", path.display()));
        let bytes = crate::file_read::read_limited(path, crate::file_read::MAX_GIFT_FILE_BYTES)
            .map_err(|e| refuse(e.message(tr)))?;
        let (text, _) = pack::text_encoding::decode(&bytes)
            .map_err(|line| refuse(tr.args("gift-not-text", &[("line", line.into())])))?;
        Ok(pack::gift::parse(&text))
    };
    let main = read(job.file)?;
    let other = job.other.map(read).transpose()?;
    let say_lines = |out: &mut dyn Write| -> std::io::Result<()> {
        for (line, reason) in main
            .not_imported
            .iter()
            .chain(other.iter().flat_map(|o| &o.not_imported))
        {
            writeln!(
                out,
                "{}",
                tr.args(reason.message_id(), &[("line", (*line).into())])
            )?;
        }
        for (line, change) in main.changed.iter().chain(other.iter().flat_map(|o| &o.changed)) {
            writeln!(
                out,
                "{}",
                tr.args(change.message_id(), &[("line", (*line).into())])
            )?;
        }
        Ok(())
    };
    let stem = job
        .file
        .file_stem()
        .map_or_else(|| "gift".to_owned(), |s| s.to_string_lossy().into_owned());
    let to = pack::gift::Destination {
        lesson_id: pack::gift::slug(&stem),
        title: stem.clone(),
        competence: job.competence,
        level: job.level,
    };
    let lessons = pack::gift::to_lessons(&main, job.lang, other.as_ref(), &to);
    if lessons.iter().all(|l| l.questions.is_empty()) {
        say_lines(out)?;
        return Err(std::io::Error::other(tr.args(
            "gift-nothing-imported",
            &[("file", job.file.display().to_string().into())],
        )));
    }
    let paths: Vec<PathBuf> = lessons
        .iter()
        .map(|l| job.into.join("lessons").join(format!("{}.toml", l.id.as_str())))
        .collect();
    // Checked for every lesson before any is written: all or nothing.
    if let Some(taken) = paths.iter().find(|p| p.exists())
        && !job.force
    {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            tr.args(
                "gift-lesson-exists",
                &[("path", taken.display().to_string().into())],
            ),
        ));
    }
    std::fs::create_dir_all(job.into.join("lessons"))?;
    write_manifest_to_complete(job.into)?;
    for (lesson, path) in lessons.iter().zip(&paths) {
        std::fs::write(path, pack::write::lesson_toml(lesson).unwrap_or_default())?;
    }
    say_lines(out)?;
    for (lesson, path) in lessons.iter().zip(&paths) {
        writeln!(
            out,
            "{}",
            tr.args(
                "gift-imported",
                &[
                    ("count", lesson.questions.len().into()),
                    ("path", path.display().to_string().into())
                ],
            )
        )?;
    }
    Ok(paths)
}

/// A `pack.toml` to complete (authors, licence, description) when the folder has none,
/// written like any other.
fn write_manifest_to_complete(into: &Path) -> std::io::Result<()> {
    let manifest = into.join("pack.toml");
    if manifest.exists() {
        return Ok(());
    }
    let id = pack::gift::slug(
        &into
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
    );
    let mut draft = pack::draft::PackDraft::new(&id);
    draft.manifest.title = Some(pack::format::RawText {
        fr: Some(id.clone()),
        en: Some(id.clone()),
    });
    let files = draft.files("");
    match files.files.iter().find(|(name, _)| name == "pack.toml") {
        Some((_, bytes)) => std::fs::write(&manifest, bytes),
        None => Ok(()),
    }
}

/// What `pack export-gift` is given.
#[derive(Debug)]
pub struct GiftExport<'a> {
    /// The pack folder.
    pub pack: &'a Path,
    /// The language to write.
    pub lang: Lang,
    /// The GIFT file to write.
    pub out: &'a Path,
    /// Replace the file when it exists.
    pub force: bool,
}

/// `passerelle pack export-gift PACK_DIR --in fr|en -o FILE.gift`: the pack's questions
/// in GIFT for Moodle. The pack must pass `pack check`; the questions GIFT cannot hold are
/// listed. Returns whether the file was written.
pub fn export_gift(job: &GiftExport<'_>, tr: &Tr<'_>, out: &mut dyn Write) -> std::io::Result<bool> {
    let loaded = pack::PackFiles::read_dir(job.pack).and_then(|files| pack::load_files(&files));
    let pack = match loaded {
        Ok(pack) => pack,
        Err(problems) => {
            for problem in &problems {
                writeln!(out, "{}", problem.message(tr))?;
            }
            return Ok(false);
        }
    };
    if job.out.exists() && !job.force {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            tr.args(
                "gift-file-exists",
                &[("path", job.out.display().to_string().into())],
            ),
        ));
    }
    let (text, skipped) = pack::gift_export::export(&pack, job.lang);
    std::fs::write(job.out, text)?;
    for s in &skipped {
        writeln!(
            out,
            "{}",
            tr.args(
                "gift-export-skipped",
                &[
                    ("lesson", s.lesson.as_str().into()),
                    ("question", s.question.as_str().into()),
                    ("type", s.kind.into()),
                ],
            )
        )?;
    }
    let written: usize = pack.lessons.iter().map(|l| l.questions.len()).sum::<usize>() - skipped.len();
    writeln!(
        out,
        "{}",
        tr.args(
            "gift-exported",
            &[
                ("count", written.into()),
                ("path", job.out.display().to_string().into())
            ],
        )
    )?;
    Ok(true)
}
