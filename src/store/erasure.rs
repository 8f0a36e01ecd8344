//! The right to erasure, kept: "Delete this person" removes every trace Passerelle holds
//! of them, not only the rows a screen shows.
//!
//! - The store deletes their rows with SQLite's `secure_delete` on (freed pages and cells
//!   are overwritten with zeros, not left readable), then checkpoints and truncates the
//!   write-ahead log, which still held earlier copies of their pages, and vacuums.
//! - Every backup in `backups/` is rewritten the same way without them (a backup that
//!   cannot be rewritten is deleted, and said so: it would otherwise keep them for six
//!   months).
//! - Files Passerelle saved for leaders earlier (progress files, tables, attestations)
//!   may hold them: the log of what was saved where (`exports.log`, no content) lists
//!   those still on the PC, for the leader to delete; the lines naming the person are
//!   then taken out of the log.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};

use super::backup::list_backups;
use super::{Result, Store, StoreError};
use crate::model::ResidentUid;

/// The log of files saved for leaders, in the data folder: one line each, `time<TAB>path`.
pub const EXPORT_LOG: &str = "exports.log";

/// What an erasure did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Erasure {
    /// Whether the person was in the store.
    pub deleted: bool,
    /// Backups rewritten without them.
    pub backups_rewritten: u32,
    /// Backups that could not be rewritten, and were deleted instead.
    pub backups_deleted: u32,
    /// Files saved earlier that are still on the PC and may hold them.
    pub exported_files: Vec<PathBuf>,
}

/// Deletes the resident `uid` (named `name`) from `conn`, overwriting what it frees.
fn erase_from(conn: &Connection, uid: &ResidentUid) -> rusqlite::Result<bool> {
    conn.pragma_update(None, "secure_delete", true)?;
    // Their answers, tries and workshops go with their card through the foreign keys:
    // said here rather than left to how SQLite was built (a backup is opened plainly).
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.prepare(include_str!("erasure/erase_from.sql"))?
        .execute([uid])?;
    let deleted = conn.execute("DELETE FROM resident WHERE uid = ?1", [uid])? > 0;
    Ok(deleted)
}

/// Set in a file whose free space holds nothing readable: made by this version (every
/// connection turns `secure_delete` on, so whatever is freed is zeroed at once), or
/// vacuumed once since. Such a file needs no VACUUM to forget someone.
pub(super) const FREE_SPACE_ZEROED: &str = "store.free_space_zeroed";

/// Empties the write-ahead log into the file and truncates it; a file whose free space
/// may still hold old data (made by an older version) is rebuilt once, so no freed
/// page is left: that takes seconds on a busy PC's store, the later erasures do not.
fn compact(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let zeroed: Option<String> = conn
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [FREE_SPACE_ZEROED],
            |r| r.get(0),
        )
        .optional()?;
    if zeroed.as_deref() != Some("1") {
        conn.prepare(include_str!("erasure/compact.sql"))?
            .execute([FREE_SPACE_ZEROED])?;
        conn.execute_batch("VACUUM")?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    Ok(())
}

impl Store {
    /// Erases the resident `uid`, called `name`, from this store, its backups in
    /// `data_dir/backups` and the log of exported files (see the top of this file).
    pub fn erase_resident(
        &mut self,
        uid: &ResidentUid,
        name: &str,
        data_dir: Option<&Path>,
    ) -> Result<Erasure> {
        let mut erasure = Erasure {
            deleted: erase_from(&self.conn, uid)?,
            ..Erasure::default()
        };
        compact(&self.conn)?;
        let Some(data_dir) = data_dir else {
            return Ok(erasure); // A store of its own (tests): no backups, no log.
        };
        for backup in list_backups(&data_dir.join(super::backup::BACKUP_DIR)) {
            let rewritten = Connection::open(&backup.path).and_then(|conn| {
                erase_from(&conn, uid)?;
                compact(&conn)
            });
            match rewritten {
                Ok(()) => erasure.backups_rewritten += 1,
                Err(e) => {
                    log::error!(
                        "backup {} could not be rewritten ({e}): deleted",
                        backup.path.display()
                    );
                    std::fs::remove_file(&backup.path).map_err(StoreError::Io)?;
                    erasure.backups_deleted += 1;
                }
            }
        }
        erasure.exported_files = exported_files(data_dir, name)?;
        Ok(erasure)
    }
}

/// Notes in the data folder's log that a file was saved at `path` (its name, never its
/// content), so that an erasure can list it later.
pub fn log_export(data_dir: &Path, path: &Path) {
    use std::io::Write as _;
    let line = format!("{}\t{}\n", super::now(), path.display());
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(data_dir.join(EXPORT_LOG))
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = written {
        log::warn!("exports log: {e}");
    }
}

/// The files of the log still on the PC (they may hold the person); the log is then
/// rewritten without the lines that name `name` (files saved for that person alone).
fn exported_files(data_dir: &Path, name: &str) -> Result<Vec<PathBuf>> {
    let log = data_dir.join(EXPORT_LOG);
    let Ok(text) = std::fs::read_to_string(&log) else {
        return Ok(Vec::new());
    };
    let mut still_there: Vec<PathBuf> = Vec::new();
    let mut kept = String::new();
    for line in text.lines() {
        let Some((_, path)) = line.split_once('\t') else {
            continue;
        };
        let path = PathBuf::from(path);
        if path.is_file() && !still_there.contains(&path) {
            still_there.push(path.clone());
        }
        let names_the_person = !name.trim().is_empty()
            && path.file_name().is_some_and(|f| {
                f.to_string_lossy()
                    .contains(&crate::model::text_clean::file_safe(name))
            });
        if !names_the_person {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    std::fs::write(&log, kept).map_err(StoreError::Io)?;
    Ok(still_there)
}
