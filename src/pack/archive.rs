//! A pack as one file: a zip archive of the pack's folder (`pack.toml`, `lessons/`,
//! `media/`, `glossary.toml`), with the extension `.passerelle-pack`.
//!
//! Reading one is defensive: an archive comes from anywhere. It is refused whole, before
//! anything is installed, when an entry's path leaves the pack (`..`, an absolute path, a
//! drive letter, a backslash), is a link, is encrypted, repeats another, is heavier than a
//! file of its kind may be (the limits of [`super::limits`], shared with `pack check`),
//! or when the archive has over [`MAX_ENTRIES`] entries or [`MAX_TOTAL_BYTES`] in all, or a
//! text file that is not UTF-8. Sizes are checked while reading, not trusted from the
//! headers, so a "zip bomb" stops at its kind's limit.

use std::io::{Cursor, Read, Write};

use super::PackFiles;

/// The extension of a pack file.
pub const EXTENSION: &str = "passerelle-pack";
pub use super::limits::{MAX_FILES as MAX_ENTRIES, MAX_TOTAL_BYTES};

/// Why an archive is refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ArchiveProblem {
    /// Not a zip archive, or a damaged one.
    #[error("not a pack archive: {0}")]
    NotAnArchive(String),
    /// An entry whose path would leave the pack's folder.
    #[error("{0}: this path leaves the pack")]
    UnsafePath(String),
    /// A symbolic link.
    #[error("{0}: links are not allowed")]
    Link(String),
    /// An encrypted entry.
    #[error("{0}: encrypted files are not allowed")]
    Encrypted(String),
    /// Two entries with the same path.
    #[error("the archive holds a file twice")]
    Duplicate,
    /// Too many entries.
    #[error("{0} files: more than a pack may hold")]
    TooManyEntries(usize),
    /// One entry too large.
    #[error("{0}: larger than a pack file may be")]
    EntryTooLarge(String),
    /// All entries together too large.
    #[error("the files add up to more than a pack may hold")]
    TotalTooLarge,
    /// A text file (`.toml`) that is not UTF-8.
    #[error("{0}: not UTF-8 text")]
    NotText(String),
}

impl ArchiveProblem {
    /// The message for a person, in `tr`'s language.
    pub fn message(&self, tr: &crate::i18n::Tr<'_>) -> String {
        let (id, name) = match self {
            ArchiveProblem::NotAnArchive(detail) => ("pack-archive-not-archive", detail.as_str()),
            ArchiveProblem::UnsafePath(n) => ("pack-archive-unsafe-path", n.as_str()),
            ArchiveProblem::Link(n) => ("pack-archive-link", n.as_str()),
            ArchiveProblem::Encrypted(n) => ("pack-archive-encrypted", n.as_str()),
            ArchiveProblem::Duplicate => ("pack-archive-duplicate", ""),
            ArchiveProblem::TooManyEntries(_) => ("pack-archive-too-many", ""),
            ArchiveProblem::EntryTooLarge(n) => ("pack-archive-entry-too-large", n.as_str()),
            ArchiveProblem::TotalTooLarge => ("pack-archive-too-large", ""),
            ArchiveProblem::NotText(n) => ("pack-archive-not-text", n.as_str()),
        };
        tr.args(id, &[("name", super::limits::printable(name).into())])
    }
}

/// The archive of a pack's files, entries in a stable order (so that building twice
/// gives the same bytes).
pub fn build(pack: &PackFiles) -> std::io::Result<Vec<u8>> {
    let mut files: Vec<&(String, Vec<u8>)> = pack.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options)
            .map_err(std::io::Error::other)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}

/// Whether an entry's path stays inside the pack: relative, `/`-separated, no `..`, no
/// empty or `.` part, no drive letter, no control characters.
fn safe_path(name: &str) -> bool {
    let forbidden = name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name.chars().any(char::is_control)
        || name.as_bytes().get(1) == Some(&b':');
    let parts_ok = name
        .trim_end_matches('/')
        .split('/')
        .all(|part| !part.is_empty() && part != "." && part != ".." && !part.contains(':'));
    !forbidden && parts_ok
}

/// The files of a pack archive, named `root` in messages; refused as a whole on any of
/// the problems listed at the top of this module.
pub fn read(bytes: &[u8], root: &str) -> Result<PackFiles, ArchiveProblem> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ArchiveProblem::NotAnArchive(e.to_string()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(ArchiveProblem::TooManyEntries(archive.len()));
    }
    // The zip reader keeps one entry of each name: ask it whether the archive had two.
    if archive.has_duplicate_names() {
        return Err(ArchiveProblem::Duplicate);
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|e| ArchiveProblem::NotAnArchive(e.to_string()))?;
        let name = entry
            .name()
            .map_err(|e| ArchiveProblem::NotAnArchive(e.to_string()))?
            .into_owned();
        if !safe_path(&name) || entry.enclosed_name().is_none() {
            return Err(ArchiveProblem::UnsafePath(name));
        }
        if entry.is_symlink() {
            return Err(ArchiveProblem::Link(name));
        }
        if entry.encrypted() {
            return Err(ArchiveProblem::Encrypted(name));
        }
        if entry.is_dir() {
            continue;
        }
        // Read at most one byte over the limit of its kind: the header's size is not
        // trusted.
        let max = super::limits::max_bytes(&name);
        let mut data = Vec::new();
        (&mut entry)
            .take(max + 1)
            .read_to_end(&mut data)
            .map_err(|e| ArchiveProblem::NotAnArchive(format!("{name}: {e}")))?;
        let size = data.len() as u64;
        if size > max {
            return Err(ArchiveProblem::EntryTooLarge(name));
        }
        total += size;
        if total > MAX_TOTAL_BYTES {
            return Err(ArchiveProblem::TotalTooLarge);
        }
        if super::limits::has_extension(&name, "toml") && std::str::from_utf8(&data).is_err() {
            return Err(ArchiveProblem::NotText(name));
        }
        files.push((name, data));
    }
    Ok(PackFiles {
        root: root.to_owned(),
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_pack_are_unsafe() {
        for good in ["pack.toml", "lessons/01.toml", "media/a b.png", "lessons/"] {
            assert!(safe_path(good), "{good}");
        }
        for bad in [
            "../pack.toml",
            "lessons/../../etc/passwd",
            "/etc/passwd",
            "C:/Windows/x.toml",
            "c:x.toml",
            "lessons\\..\\x.toml",
            "./pack.toml",
            "lessons//x.toml",
            "",
            "media/a\u{0}.png",
        ] {
            assert!(!safe_path(bad), "{bad:?}");
        }
    }
}
