//! Schema upgrades, in order, tracked with `PRAGMA user_version`.

use rusqlite::Connection;

use super::{Result, StoreError};

/// Each step brings the schema from version `i` to `i + 1`.
const STEPS: &[&str] = &[
    include_str!("schema/v1.sql"),
    include_str!("schema/v2.sql"),
    include_str!("schema/v3.sql"),
    include_str!("schema/v4.sql"),
    include_str!("schema/v5.sql"),
    include_str!("schema/v6.sql"),
    include_str!("schema/v7.sql"),
    include_str!("schema/v8.sql"),
    include_str!("schema/v9.sql"),
    include_str!("schema/v10.sql"),
    include_str!("schema/v11.sql"),
    include_str!("schema/v12.sql"),
    include_str!("schema/v13.sql"),
    include_str!("schema/v14.sql"),
    include_str!("schema/v15.sql"),
    include_str!("schema/v16.sql"),
];

/// The schema version this build of Passerelle writes.
#[allow(clippy::cast_possible_truncation, reason = "a dozen steps")]
pub const SCHEMA_VERSION: u32 = STEPS.len() as u32;

/// Refuses a file made by a newer version; returns the file's version otherwise.
pub(super) fn refuse_newer(conn: &Connection) -> Result<u32> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(found)
}

/// Applies the missing steps; refuses a file made by a newer version, leaving it untouched.
pub(super) fn upgrade(conn: &mut Connection) -> Result<()> {
    let found = refuse_newer(conn)?;
    for (version, sql) in (1u32..).zip(STEPS).skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn a_new_store_is_at_the_latest_version() -> Result<()> {
        let store = Store::open_in_memory()?;
        assert_eq!(store.schema_version()?, SCHEMA_VERSION);
        Ok(())
    }

    #[test]
    fn upgrading_twice_changes_nothing() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        upgrade(&mut conn)?;
        upgrade(&mut conn)?;
        let version: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        assert_eq!(version, SCHEMA_VERSION);
        Ok(())
    }

    /// Brings a new database to `version` only, as an older Passerelle left it.
    fn database_at(version: usize) -> Result<Connection> {
        let mut conn = Connection::open_in_memory()?;
        for (v, sql) in (1u32..).zip(STEPS).take(version) {
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", v)?;
            tx.commit()?;
        }
        Ok(conn)
    }

    #[test]
    fn a_version_1_store_upgrades_and_keeps_its_residents() -> Result<()> {
        let mut conn = database_at(1)?;
        conn.execute(
            "INSERT INTO resident (uid, name, colour, symbol, language, created_at, last_seen_at)
             VALUES ('u1', 'Jeanne', 'red', 'sun', 'fr', 1, 1)",
            [],
        )?;
        upgrade(&mut conn)?;
        let (name, percent): (String, i64) = conn.query_row(
            "SELECT name, text_percent FROM resident WHERE uid = 'u1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        assert_eq!((name.as_str(), percent), ("Jeanne", 100));
        Ok(())
    }

    #[test]
    fn every_older_version_upgrades_to_the_latest_keeping_its_data() -> Result<()> {
        for version in 1..=STEPS.len() {
            let mut conn = database_at(version)?;
            conn.execute(
                "INSERT INTO resident (uid, name, colour, symbol, language, created_at, last_seen_at)
                 VALUES ('u', 'Aya', 'blue', 'star', 'en', 1, 1)",
                [],
            )?;
            upgrade(&mut conn)?;
            let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
            assert_eq!(found, SCHEMA_VERSION, "from version {version}");
            let name: String = conn.query_row("SELECT name FROM resident", [], |r| r.get(0))?;
            assert_eq!(name, "Aya", "from version {version}");
            // Every column of the latest schema is there.
            conn.query_row(
                "SELECT text_percent, high_contrast, easy_text, shares_results FROM resident",
                [],
                |_| Ok(()),
            )?;
            conn.prepare("SELECT glossary_json FROM pack")?;
            conn.prepare("SELECT success, hits, misses, duration_ms FROM activity_attempt")?;
            conn.prepare("SELECT answers, right_answers FROM resident_stats")?;
            conn.prepare("SELECT note, note_at, renamed_at FROM resident")?;
            conn.prepare("SELECT present FROM workshop_member")?;
            conn.prepare("SELECT into_uid FROM resident_alias")?;
            conn.prepare("SELECT standings_json FROM positioning_run")?;
            conn.prepare("SELECT box, due_at, reviewed_at FROM review_card")?;
            conn.prepare("SELECT uid, title, stale_json FROM pack_draft")?;
            conn.prepare("SELECT path, bytes FROM pack_draft_file")?;
            conn.prepare("SELECT code_hash, code_failures, code_failed_at FROM resident")?;
            conn.prepare("SELECT resident_id, shares, at FROM consent_change")?;
            conn.prepare("SELECT follows_me FROM resident")?;
            conn.prepare("SELECT resident_uid, hash FROM network_pushed")?;
            conn.prepare("SELECT site, pc, seq FROM network_cursor")?;
            conn.prepare("SELECT site, id, version FROM network_pack_seen")?;
        }
        Ok(())
    }

    #[test]
    fn a_newer_file_is_refused_and_left_alone() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
        let err = upgrade(&mut conn).err();
        assert!(matches!(err, Some(StoreError::TooNew { found, .. }) if found == SCHEMA_VERSION + 1));
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        assert_eq!(tables, 0);
        Ok(())
    }
}
