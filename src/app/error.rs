//! The app's one error type: whatever stops an action or a file job, from the store, a
//! file, a progress file or a pack, said in plain words in the person's language.

use crate::file_read::FileError;
use crate::i18n::Tr;
use crate::pack_install::InstallProblem;
use crate::store::StoreError;
use crate::store::exchange::FileProblem;

/// Why an action or a file job did not happen (nothing was half-done).
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The store failed (full disk, read-only folder…).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file could not be read or written (the system's error kept whole).
    #[error(transparent)]
    File(#[from] FileError),
    /// A progress file was refused.
    #[error(transparent)]
    ProgressFile(#[from] FileProblem),
    /// A pack was not installed.
    #[error("{0:?}")]
    Install(InstallProblem),
}

impl From<InstallProblem> for AppError {
    fn from(problem: InstallProblem) -> Self {
        AppError::Install(problem)
    }
}

impl AppError {
    /// The error for a person, in `tr`'s language.
    pub fn message(&self, tr: &Tr<'_>) -> String {
        match self {
            AppError::Store(error) => error.message(tr),
            AppError::File(error) => error.message(tr),
            AppError::ProgressFile(problem) => problem.message(tr),
            AppError::Install(problem) => problem.message(tr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;
    use crate::model::Lang;

    #[test]
    fn a_full_disk_or_a_read_only_folder_reads_in_plain_words_whichever_part_met_it() {
        use std::io::ErrorKind as K;
        let i18n = I18n::new();
        for lang in [Lang::Fr, Lang::En] {
            let tr = i18n.tr(lang);
            for (kind, store_id, file_id) in [
                (K::StorageFull, "error-disk-full", "file-disk-full"),
                (K::PermissionDenied, "error-read-only", "file-read-only"),
            ] {
                let from_store = AppError::from(StoreError::Io(kind.into())).message(&tr);
                let from_file = AppError::from(FileError::Io(kind.into())).message(&tr);
                assert_eq!(from_store, tr.t(store_id));
                assert_eq!(from_file, tr.t(file_id));
                let system_words = std::io::Error::from(kind).to_string();
                assert!(!from_file.contains(&system_words), "{from_file}");
            }
        }
    }
}
