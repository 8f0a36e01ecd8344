//! Reading a file a person chose (from a USB key, a download folder): only regular files
//! are opened (a named pipe or a device would make the reader wait for ever), and a file
//! over the limit of its kind is refused from its size before any byte is read.

use std::io::Read;
use std::path::Path;

/// Why a chosen file was not read or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// A folder, a named pipe, a device: not a file to read.
    #[error("not a regular file")]
    NotAFile,
    /// Larger than a file of its kind may be.
    #[error("{bytes} bytes, over the {max} a file of this kind may have")]
    TooLarge {
        /// Its size.
        bytes: u64,
        /// The limit.
        max: u64,
    },
    /// The system could not read or write it (kept whole, so that a full disk or a
    /// read-only folder is said in plain words).
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Already said in words, in the person's language (a table that could not be
    /// written, for instance).
    #[error("{0}")]
    Said(String),
}

impl FileError {
    /// The message for a person, in `tr`'s language.
    pub fn message(&self, tr: &crate::i18n::Tr<'_>) -> String {
        match self {
            FileError::NotAFile => tr.t("file-not-a-file"),
            // A limit under a megabyte (a join file's) is said in kilobytes: "1 MB, more
            // than … (1 MB)" would say nothing.
            FileError::TooLarge { bytes, max } if *max < 1024 * 1024 => tr.args(
                "file-too-large-kb",
                &[
                    ("kilobytes", bytes.div_ceil(1024).into()),
                    ("max", (max / 1024).into()),
                ],
            ),
            FileError::TooLarge { bytes, max } => tr.args(
                "file-too-large",
                &[
                    ("megabytes", mebibytes(*bytes).into()),
                    ("max", mebibytes(*max).into()),
                ],
            ),
            FileError::Io(error) => crate::i18n::io_message(error, tr),
            FileError::Said(words) => words.clone(),
        }
    }
}

fn mebibytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

/// The bytes of the regular file at `path`, refused when it is no regular file or has
/// over `max` bytes (read at most one byte past `max`, in case it grows meanwhile).
pub fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, FileError> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(FileError::NotAFile);
    }
    if metadata.len() > max {
        return Err(FileError::TooLarge {
            bytes: metadata.len(),
            max,
        });
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(FileError::TooLarge {
            bytes: bytes.len() as u64,
            max,
        });
    }
    Ok(bytes)
}

/// The most a file chosen in a dialog may weigh, by its extension: a progress file, a
/// pack, a GIFT bank or a picture.
pub fn max_bytes_for(path: &Path) -> u64 {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match extension.as_str() {
        "gift" | "txt" => MAX_GIFT_FILE_BYTES,
        "png" => crate::model::picture::MAX_BYTES as u64,
        "pdf" => MAX_ATTESTATION_FILE_BYTES,
        // `store::key_file::EXTENSION` (the store's test checks they agree).
        "passerelle-keys" => MAX_KEYS_FILE_BYTES,
        // `network::join_file::EXTENSION`.
        "passerelle-join" => MAX_JOIN_FILE_BYTES,
        e if e == crate::pack::archive::EXTENSION => crate::pack::limits::MAX_TOTAL_BYTES,
        _ => MAX_PROGRESS_FILE_BYTES,
    }
}

/// The largest join file read (a certificate at most: a few kilobytes).
pub const MAX_JOIN_FILE_BYTES: u64 = 64 * 1024;

/// The largest keys file read (1,000 keys with their structures' names: about 200 KB).
pub const MAX_KEYS_FILE_BYTES: u64 = 1024 * 1024;

/// The largest attestation checked (Passerelle writes them in about 25 KB).
pub const MAX_ATTESTATION_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The largest progress file read (a PC of 10,000 residents writes about 300 MB).
pub const MAX_PROGRESS_FILE_BYTES: u64 = 512 * 1024 * 1024;
/// The largest GIFT file read (Moodle banks of thousands of questions stay under 5 MB).
pub const MAX_GIFT_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused_before_reading() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let big = dir.path().join("big");
        let file = std::fs::File::create(&big)?;
        file.set_len(1 << 40)?; // 1 TB, sparse: reading it would never end.
        assert!(matches!(
            read_limited(&big, 1024),
            Err(FileError::TooLarge { .. })
        ));
        std::fs::write(&big, b"hello")?;
        assert_eq!(read_limited(&big, 1024).ok(), Some(b"hello".to_vec()));
        assert!(matches!(read_limited(dir.path(), 1024), Err(FileError::NotAFile)));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_without_being_opened() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let pipe = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status()?;
        assert!(made.success());
        assert!(matches!(read_limited(&pipe, 1024), Err(FileError::NotAFile)));
        Ok(())
    }
}
