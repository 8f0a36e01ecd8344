//! The local SQLite store: the only module that speaks SQL.
//!
//! Lessons and quizzes are read from here (packs are imported into it), and every
//! answer is written here before the resident sees its feedback.

mod activities;
pub mod agent;
pub mod backup;
mod card_code;
pub mod csv_export;
pub mod drafts;
pub mod erasure;
mod error;
pub mod exchange;
mod exchange_check;
pub use exchange_check::Catalogue;
pub(crate) use exchange_check::{MAX_ID_CHARS, plain_id};
mod exchange_path;
mod exchange_workshops;
mod item_stats;
pub mod key_file;
mod merge_report;
mod migrations;
pub mod network;
mod packs;
pub mod person_data;
pub mod positioning;
mod progress;
pub mod recovery;
mod resident_admin;
mod residents;
pub mod review;
mod seed;
mod settings;
mod sql_types;
pub mod structure_keys;
pub mod workshops;

use std::path::Path;

use rusqlite::Connection;

pub use activities::ActivityRecord;
pub use error::StoreError;
pub use migrations::SCHEMA_VERSION;
pub use progress::AnswerRecord;

/// Results of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The file name of the store inside the data folder.
pub const FILE_NAME: &str = "passerelle.sqlite3";

/// How many prepared statements each connection keeps: the store runs about a hundred
/// kinds, and the ones repeated in loops (answers, merges, imports) stay prepared.
const STATEMENT_CACHE: usize = 64;

/// An open store.
pub struct Store {
    conn: Connection,
}

/// How SQLite keeps a commit safe until it is complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Journal {
    /// Write-ahead log: fast commits, readers never wait. Needs memory shared between
    /// programs on one computer, so only for local disks.
    Wal,
    /// The classic rollback journal, which works on network drives too.
    Rollback,
}

impl Store {
    /// The store's file, when it has one (not in memory).
    pub fn file_path(&self) -> Option<std::path::PathBuf> {
        self.conn
            .path()
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from)
    }

    /// Opens (or creates) the store file and brings its schema up to date. On a network
    /// drive, the rollback journal is used, since WAL does not work there.
    pub fn open(path: &Path) -> Result<Store> {
        let on_network = path.parent().is_some_and(crate::network_drive::is_network_folder);
        Self::open_with(
            path,
            if on_network {
                Journal::Rollback
            } else {
                Journal::Wal
            },
        )
    }

    /// Opens (or creates) the store file with the journal given.
    pub fn open_with(path: &Path, journal: Journal) -> Result<Store> {
        Self::setup(Connection::open(path)?, Some(journal))
    }

    /// Opens the store file only to read it: nothing is created, upgraded or written, so
    /// it works beside an open window and on a read-only folder (where a store left in
    /// WAL mode is opened as unchanging). A file of an older schema is refused: the
    /// window upgrades it when it next opens.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let opened = Connection::open_with_flags(path, flags).and_then(|conn| {
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))
                .map(|()| conn)
        });
        let conn = match opened {
            Ok(conn) => conn,
            Err(first) => {
                // A WAL store in a folder that cannot be written: no writer can be there.
                let folder_read_only = path
                    .parent()
                    .and_then(|p| std::fs::metadata(p).ok())
                    .is_some_and(|m| m.permissions().readonly());
                if !folder_read_only
                    && !matches!(
                        first.sqlite_error_code(),
                        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
                    )
                {
                    return Err(first.into());
                }
                let uri = format!("file:{}?immutable=1", path.display());
                Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?
            }
        };
        migrations::refuse_newer(&conn)?;
        let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if found != migrations::SCHEMA_VERSION {
            return Err(StoreError::TooOld { found });
        }
        conn.pragma_update(None, "query_only", true)?;
        Ok(Store::around(conn))
    }

    /// Opens an empty store in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?, None)
    }

    /// The store on an open connection.
    fn around(conn: Connection) -> Self {
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        Store { conn }
    }

    fn setup(mut conn: Connection, journal: Option<Journal>) -> Result<Store> {
        // Checked before anything writes to the file, so a newer file is left untouched.
        let fresh = migrations::refuse_newer(&conn)? == 0;
        match journal {
            // WAL lets readers go on while an answer is written.
            Some(Journal::Wal) => conn.pragma_update(None, "journal_mode", "WAL")?,
            Some(Journal::Rollback) => conn.pragma_update(None, "journal_mode", "DELETE")?,
            None => {}
        }
        // FULL makes each commit durable when it returns, so "saved" on screen means saved.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Whatever is deleted or overwritten is zeroed on the page at once, so erasing a
        // person leaves nothing readable without rebuilding the file (see erasure.rs).
        conn.pragma_update(None, "secure_delete", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations::upgrade(&mut conn)?;
        if fresh {
            conn.prepare(include_str!("sql/setup.sql"))?
                .execute([erasure::FREE_SPACE_ZEROED])?;
        }
        Ok(Store::around(conn))
    }

    /// Runs `f` in one transaction: committed when it returns `Ok`, rolled back otherwise.
    ///
    /// Inside [`Store::in_one_write`], `f` runs in its transaction, which commits or rolls
    /// back the whole (no savepoint: a nested one would copy every page it changes).
    pub(crate) fn transact<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(&self.conn);
        }
        let tx = self.conn.transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` with a page cache large enough for a bulk merge (64 MiB, taken only as
    /// pages are read): the answers' random ids touch index pages all over the file,
    /// and a small cache writes the same pages again and again. The cache is given back
    /// afterwards, even when `f` fails.
    pub fn with_bulk_cache<T>(&mut self, f: impl FnOnce(&mut Store) -> T) -> T {
        let _ = self.conn.pragma_update(None, "cache_size", -65_536);
        let value = f(self);
        let _ = self.conn.pragma_update(None, "cache_size", -2_000);
        let _ = self.conn.execute_batch("PRAGMA shrink_memory");
        value
    }

    /// Runs `f` as one write transaction, taken at once (`BEGIN IMMEDIATE`): no other
    /// connection to this file (the window's, while a sync thread runs) can write in
    /// between its steps. Rolled back when `f` fails.
    pub(crate) fn in_one_write<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(StoreError::from)?;
        match f(self) {
            Ok(value) => {
                self.conn.execute_batch("COMMIT").map_err(StoreError::from)?;
                Ok(value)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Caps the database at its current size, as a full disk would: writes that need
    /// more room fail with "disk full". For tests of what residents see then.
    pub fn limit_size_to_current(&self) -> Result<()> {
        let pages: i64 = self.conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
        self.conn.pragma_update(None, "max_page_count", pages)?;
        Ok(())
    }

    /// Refuses every write from now on, as a read-only folder would. For tests.
    pub fn refuse_writes(&self) -> Result<()> {
        self.conn.pragma_update(None, "query_only", true)?;
        Ok(())
    }

    /// SQLite's journal mode for the open file (`wal`, `delete`, `memory`).
    pub fn journal_mode(&self) -> Result<String> {
        Ok(self.conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?)
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// A count or position as SQLite stores it.
pub(crate) fn sql_int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Milliseconds since 1970, for timestamps (fine enough to order two quick clicks).
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
