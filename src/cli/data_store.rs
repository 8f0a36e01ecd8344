//! The command line opens the data folder's store exactly as the window does: it takes
//! the folder's lock (a command that writes is refused while the window is open there,
//! since the window would not see the change and could undo it by restoring a backup)
//! and recovers a damaged or emptied store from its backups. A command that only reads
//! opens the store read-only, without the lock, so it works beside an open window and
//! on a read-only folder.

use std::path::PathBuf;

use crate::i18n::Tr;
use crate::store::{FILE_NAME, Store};

/// The store of the data folder, with the folder's lock while it is open for writing.
pub struct DataStore {
    /// The store.
    pub store: Store,
    _lock: Option<std::fs::File>,
}

/// How a command uses the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// It only reads.
    Read,
    /// It writes.
    Write,
}

/// A refusal, already in words for the person at the terminal.
#[derive(Debug)]
pub struct CliError(pub String);

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CliError {}

/// Opens the store of `data_dir` (or of the folder the window would use) for `access`.
pub fn open(data_dir: Option<PathBuf>, access: Access, tr: &Tr<'_>) -> Result<DataStore, CliError> {
    let dir = crate::data_folder::resolve_for_this_run(data_dir)
        .ok_or_else(|| CliError(tr.t("error-no-data-dir")))?
        .path;
    let path = dir.join(FILE_NAME);
    if access == Access::Read {
        if !path.is_file() {
            return Err(CliError(
                tr.args("cli-no-store", &[("path", dir.display().to_string().into())]),
            ));
        }
        let store = Store::open_read_only(&path).map_err(|e| CliError(e.message(tr)))?;
        return Ok(DataStore { store, _lock: None });
    }
    std::fs::create_dir_all(&dir).map_err(|e| CliError(crate::i18n::io_message(&e, tr)))?;
    crate::data_folder::restrict_to_owner(&dir);
    let lock = match crate::data_folder::lock_data_dir(&dir) {
        Ok(lock) => lock,
        Err(crate::data_folder::LockError::AlreadyOpen) => {
            return Err(CliError(
                tr.args("cli-window-open", &[("path", dir.display().to_string().into())]),
            ));
        }
        Err(crate::data_folder::LockError::Io(e)) => {
            log::warn!("no lock on the data folder ({e}); going on without it");
            None
        }
    };
    let (mut store, recovery) =
        crate::store::recovery::open_or_recover(&dir).map_err(|e| CliError(e.message(tr)))?;
    if recovery != crate::store::recovery::Recovery::None {
        eprintln!("{}", tr.t("cli-store-recovered"));
    }
    crate::pack_install::sync_builtin(&mut store, &crate::pack::builtin::packs())
        .map_err(|e| CliError(e.message(tr)))?;
    Ok(DataStore { store, _lock: lock })
}
