//! Opening the store at start, and what happens when its file is damaged: the file is set
//! aside (never deleted), the newest sound backup is restored, and the person is told.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB};

use super::backup::{BACKUP_DIR, is_sound, list_backups, quick_check};
use super::{FILE_NAME, Result, Store, StoreError, now};

/// What had to be done to open the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// Nothing: the store was sound.
    None,
    /// The store was damaged; it was set aside and a backup restored.
    Restored {
        /// Where the damaged file now is.
        damaged: PathBuf,
        /// When the restored backup was taken (milliseconds since 1970).
        backup_taken_at: i64,
    },
    /// The store was damaged and no sound backup existed: it was set aside and a new,
    /// empty store started.
    StartedFresh {
        /// Where the damaged file now is.
        damaged: PathBuf,
    },
}

/// Opens the store of `data_dir`, recovering from a damaged file as described above.
/// A file from a newer version, a folder that cannot be written, or a full disk is not
/// damage: it is reported as an error and nothing is moved.
pub fn open_or_recover(data_dir: &Path) -> Result<(Store, Recovery)> {
    let path = data_dir.join(FILE_NAME);
    match open_checked(&path) {
        Ok(store) => Ok((store, Recovery::None)),
        Err(error) if !is_damage(&error) => Err(error),
        Err(error) => {
            log::error!("the store is damaged ({error}); setting it aside");
            let damaged = set_aside(&path)?;
            let backups = data_dir.join(BACKUP_DIR);
            for backup in list_backups(&backups) {
                if !is_sound(&backup.path) {
                    log::warn!("backup {} is not sound, skipped", backup.path.display());
                    continue;
                }
                let mut conn = Connection::open(&path)?;
                conn.restore(MAIN_DB, &backup.path, None::<fn(rusqlite::backup::Progress)>)?;
                drop(conn);
                let store = open_checked(&path)?;
                return Ok((
                    store,
                    Recovery::Restored {
                        damaged,
                        backup_taken_at: backup.taken_at,
                    },
                ));
            }
            Ok((Store::open(&path)?, Recovery::StartedFresh { damaged }))
        }
    }
}

fn open_checked(path: &Path) -> Result<Store> {
    let store = Store::open(path)?;
    if quick_check(&store.conn)? {
        Ok(store)
    } else {
        Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            Some("quick_check found damage".into()),
        )))
    }
}

/// Whether an error means the file itself is damaged (not a permission or space problem).
fn is_damage(error: &StoreError) -> bool {
    match error {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
            e.code,
            rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
        ),
        _ => false,
    }
}

/// Renames the store file (and its `-wal` and `-shm` companions) to `….damaged-<time>`.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let stamp = now();
    let damaged = with_suffix(path, &format!(".damaged-{stamp}"));
    std::fs::rename(path, &damaged).map_err(StoreError::Io)?;
    for companion in ["-wal", "-shm"] {
        let from = with_suffix(path, companion);
        if from.exists() {
            let to = with_suffix(path, &format!("{companion}.damaged-{stamp}"));
            std::fs::rename(&from, &to).map_err(StoreError::Io)?;
        }
    }
    Ok(damaged)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
