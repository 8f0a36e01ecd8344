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
    /// The store file was missing, empty, or held no data (a leftover journal rolled it
    /// back to nothing) while a sound backup existed: the backup was restored (an empty
    /// file is set aside first, never overwritten).
    RestoredLost {
        /// Where the empty file now is, when there was one.
        set_aside: Option<PathBuf>,
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

/// The tables that grow with every answer. Checking them takes time in proportion to a
/// PC's history (0.6 s for a million answers), so at start they are checked in the
/// background, after the window opens ([`check_history_in_background`]); every other
/// table is checked before.
const HISTORY_TABLES: [&str; 2] = ["answer", "activity_attempt"];

/// Left in the data folder when the background check found damage: the next start
/// checks everything before opening, and recovers.
const DAMAGE_FOUND: &str = "damage-found";

/// Opens the store of `data_dir`, recovering from a damaged file as described above.
/// A file from a newer version, a folder that cannot be written, or a full disk is not
/// damage: it is reported as an error and nothing is moved.
pub fn open_or_recover(data_dir: &Path) -> Result<(Store, Recovery)> {
    let path = data_dir.join(FILE_NAME);
    if path.is_dir() {
        // Never "damage" to set aside: a person made this folder; say so.
        return Err(StoreError::Io(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            format!("{} is a folder", path.display()),
        )));
    }
    let backups = data_dir.join(BACKUP_DIR);
    // "No data while a sound backup exists" is damage too: a file deleted by hand or by
    // a cleaning tool, cut to 0 bytes, or rolled back to nothing by a stale journal.
    if holds_no_data(&path)
        && let Some(backup) = newest_sound_backup(&backups)
    {
        log::error!("the store holds no data but a backup exists; restoring it");
        let set_aside = if path.exists() {
            Some(set_aside(&path)?)
        } else {
            None
        };
        return Ok((
            restore(&path, &backup)?,
            Recovery::RestoredLost {
                set_aside,
                backup_taken_at: backup.taken_at,
            },
        ));
    }
    let marker = data_dir.join(DAMAGE_FOUND);
    let full = marker.exists();
    let opened = open_checked(&path, full);
    if full {
        let _ = std::fs::remove_file(&marker);
    }
    match opened {
        Ok(store) => Ok((store, Recovery::None)),
        Err(error) if !is_damage(&error) => Err(error),
        Err(error) => {
            log::error!("the store is damaged ({error}); setting it aside");
            let damaged = set_aside(&path)?;
            match newest_sound_backup(&backups) {
                Some(backup) => Ok((
                    restore(&path, &backup)?,
                    Recovery::Restored {
                        damaged,
                        backup_taken_at: backup.taken_at,
                    },
                )),
                None => Ok((Store::open(&path)?, Recovery::StartedFresh { damaged })),
            }
        }
    }
}

/// Whether the store file is missing, empty, or has no table at all. Opening it rolls
/// back a leftover journal first, as any later opening would.
fn holds_no_data(path: &Path) -> bool {
    match std::fs::metadata(path) {
        Err(_) => true,
        Ok(m) if m.len() == 0 => true,
        Ok(_) => Connection::open(path)
            .and_then(|conn| conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)))
            .is_ok_and(|tables| tables == 0),
    }
}

fn newest_sound_backup(backups: &Path) -> Option<super::backup::BackupFile> {
    list_backups(backups).into_iter().find(|b| {
        let sound = is_sound(&b.path);
        if !sound {
            log::warn!("backup {} is not sound, skipped", b.path.display());
        }
        sound
    })
}

/// Restores `backup` into `path` (which must be free) and opens it, checked whole.
fn restore(path: &Path, backup: &super::backup::BackupFile) -> Result<Store> {
    let mut conn = Connection::open(path)?;
    conn.restore(MAIN_DB, &backup.path, None::<fn(rusqlite::backup::Progress)>)?;
    drop(conn);
    open_checked(path, true)
}

/// Opens the store and checks it: every table when `full`, else all but the history.
fn open_checked(path: &Path, full: bool) -> Result<Store> {
    let store = Store::open(path)?;
    let sound = if full {
        quick_check(&store.conn)?
    } else {
        quick_check_all_but_history(&store.conn)?
    };
    if sound {
        Ok(store)
    } else {
        Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            Some("quick_check found damage".into()),
        )))
    }
}

/// SQLite's quick check of each table (and its indexes) but the history tables.
fn quick_check_all_but_history(conn: &Connection) -> rusqlite::Result<bool> {
    let tables: Vec<String> = conn
        .prepare(include_str!("recovery/quick_check_all_but_history.sql"))?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables.iter().filter(|t| !HISTORY_TABLES.contains(&t.as_str())) {
        let first: String = conn.query_row(&format!("PRAGMA quick_check(\"{table}\")"), [], |r| r.get(0))?;
        if first != "ok" {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Checks the whole store of `data_dir` on a thread of its own (with its own read-only
/// connection), `after` a while, then calls `done` with whether it is sound. When it is
/// not, the next start checks everything and recovers; `done` lets the app tell the
/// resident now. (The window waits a moment before the check: the check keeps a
/// processor busy for a second on a busy PC's store, and the window's first pictures
/// are drawn by the processor too on PCs without a graphics driver.)
pub fn check_history_in_background(
    data_dir: &Path,
    after: std::time::Duration,
    done: impl FnOnce(bool) + Send + 'static,
) {
    let data_dir = data_dir.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name("store-check".into())
        .spawn(move || {
            std::thread::sleep(after);
            let path = data_dir.join(FILE_NAME);
            let sound = Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .and_then(|conn| quick_check(&conn))
                .unwrap_or_else(|e| {
                    log::error!("background check: {e}");
                    !matches!(
                        e.sqlite_error_code(),
                        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
                    )
                });
            if !sound {
                log::error!("the background check found damage; the next start will recover");
                if let Err(e) = std::fs::write(data_dir.join(DAMAGE_FOUND), "") {
                    log::error!("{e}");
                }
            }
            done(sound);
        });
    if let Err(e) = spawned {
        log::error!("no background check: {e}");
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
