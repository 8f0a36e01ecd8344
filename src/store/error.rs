//! What can go wrong with the store, in words a person can act on.

use crate::i18n::Tr;

/// A store error.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite said no.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Stored data could not be decoded (a bug or a hand-edited file).
    #[error("stored data could not be read: {0}")]
    Decode(#[from] serde_json::Error),
    /// A file or folder could not be read or written.
    #[error("file error: {0}")]
    Io(#[source] std::io::Error),
    /// A secret (the agent's PIN) could not be hashed.
    #[error("cannot hash the secret: {0}")]
    Secret(String),
    /// The file was made by a newer Passerelle.
    #[error(
        "the database was made by a newer version (schema {found}, this version knows up to {supported})"
    )]
    TooNew {
        /// The file's schema version.
        found: u32,
        /// The newest this version knows.
        supported: u32,
    },
    /// Opened only to read, the file is of an older schema (the window upgrades it).
    #[error(
        "the database is of an older version (schema {found}); open Passerelle's window once to update it"
    )]
    TooOld {
        /// The file's schema version.
        found: u32,
    },
}

impl StoreError {
    /// The error in plain words, in the language of `tr`.
    pub fn message(&self, tr: &Tr<'_>) -> String {
        match self {
            StoreError::TooNew { .. } => tr.t("error-store-too-new"),
            StoreError::TooOld { .. } => tr.t("error-store-too-old-to-read"),
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DiskFull =>
            {
                tr.t("error-disk-full")
            }
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen
                ) =>
            {
                tr.t("error-read-only")
            }
            StoreError::Io(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
                ) =>
            {
                tr.t("error-read-only")
            }
            StoreError::Io(e) if e.kind() == std::io::ErrorKind::StorageFull => tr.t("error-disk-full"),
            StoreError::Io(e) => tr.args(
                "error-store",
                &[("detail", crate::i18n::io_message(e, tr).into())],
            ),
            other => tr.args("error-store", &[("detail", other.to_string().into())]),
        }
    }
}
