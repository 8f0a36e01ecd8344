//! The local SQLite store: the only module that speaks SQL.
//!
//! Lessons and quizzes are read from here (packs are imported into it), and every
//! answer is written here before the resident sees its feedback.

mod activities;
pub mod backup;
mod error;
mod migrations;
mod packs;
mod progress;
pub mod recovery;
mod residents;
mod seed;
mod settings;

use std::path::Path;

use rusqlite::{Connection, Transaction};

pub use activities::{ActivityOutcome, ActivityRecord};
pub use error::StoreError;
pub use migrations::SCHEMA_VERSION;
pub use packs::{LessonSummary, PackSummary};
pub use progress::{AnswerRecord, RecordedAnswer};

/// Results of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The file name of the store inside the data folder.
pub const FILE_NAME: &str = "passerelle.sqlite3";

/// An open store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (or creates) the store file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Self::setup(Connection::open(path)?, true)
    }

    /// Opens an empty store in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?, false)
    }

    fn setup(mut conn: Connection, wal: bool) -> Result<Store> {
        // Checked before anything writes to the file, so a newer file is left untouched.
        migrations::refuse_newer(&conn)?;
        if wal {
            // WAL lets readers go on while an answer is written.
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        // FULL makes each commit durable when it returns, so "saved" on screen means saved.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations::upgrade(&mut conn)?;
        Ok(Store { conn })
    }

    /// Runs `f` in one transaction: committed when it returns `Ok`, rolled back otherwise.
    pub(crate) fn transact<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
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
