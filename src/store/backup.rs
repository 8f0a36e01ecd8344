//! Automatic backups through SQLite's backup API (a consistent copy of the open database,
//! never a raw copy of its files), thinned so that a few weeks of history stay small.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB, OpenFlags};

use super::{Result, Store};

/// The folder of backups, inside the data folder.
pub const BACKUP_DIR: &str = "backups";
const PREFIX: &str = "passerelle-";
const SUFFIX: &str = ".sqlite3";
const DAY_MS: i64 = 86_400_000;

/// A backup file and when it was taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupFile {
    /// The file.
    pub path: PathBuf,
    /// When it was taken (milliseconds since 1970).
    pub taken_at: i64,
}

impl Store {
    /// Writes a consistent copy of the database to `path` with SQLite's backup API.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        self.conn
            .backup(MAIN_DB, path, None::<fn(rusqlite::backup::Progress)>)?;
        Ok(())
    }

    /// Takes a backup into `dir` when the newest one is more than a day old (or there is
    /// none), then removes the backups the thinning rule no longer keeps. Returns the new
    /// backup, if one was taken.
    pub fn backup_if_due(&self, dir: &Path, now: i64) -> Result<Option<PathBuf>> {
        std::fs::create_dir_all(dir).map_err(super::StoreError::Io)?;
        let existing = list_backups(dir);
        let due = existing
            .first()
            .is_none_or(|newest| now - newest.taken_at >= DAY_MS);
        let mut taken = None;
        if due {
            let path = dir.join(format!("{PREFIX}{now}{SUFFIX}"));
            // Written under a temporary name, so a crash never leaves half a backup that
            // looks complete.
            let partial = path.with_extension("partial");
            self.backup_to(&partial)?;
            std::fs::rename(&partial, &path).map_err(super::StoreError::Io)?;
            taken = Some(path);
        }
        let all = list_backups(dir);
        let keep = backups_to_keep(&all.iter().map(|b| b.taken_at).collect::<Vec<_>>());
        for backup in all.iter().filter(|b| !keep.contains(&b.taken_at)) {
            if let Err(e) = std::fs::remove_file(&backup.path) {
                log::warn!("backup {}: {e}", backup.path.display());
            }
        }
        Ok(taken)
    }
}

/// The backups in `dir`, newest first.
pub fn list_backups(dir: &Path) -> Vec<BackupFile> {
    let mut backups: Vec<BackupFile> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let taken_at = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?.parse().ok()?;
            Some(BackupFile {
                path: entry.path(),
                taken_at,
            })
        })
        .collect();
    backups.sort_by_key(|b| std::cmp::Reverse(b.taken_at));
    backups
}

/// Whether a database file opens and passes SQLite's `quick_check`.
pub fn is_sound(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    quick_check(&conn).is_ok_and(|ok| ok)
}

/// Runs `PRAGMA quick_check`: `true` when the database is sound.
pub(crate) fn quick_check(conn: &Connection) -> rusqlite::Result<bool> {
    let first: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    Ok(first == "ok")
}

/// Which backups to keep, given when each was taken: the newest of each of the last 7
/// days, of each of the last 4 weeks and of each of the last 6 months that have one.
pub fn backups_to_keep(taken: &[i64]) -> BTreeSet<i64> {
    let mut sorted = taken.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let mut keep = BTreeSet::new();
    let day = |t: i64| t.div_euclid(DAY_MS);
    let week = |t: i64| day(t).div_euclid(7);
    let month = |t: i64| {
        let (y, m, _) = civil_from_days(day(t));
        y * 12 + i64::from(m)
    };
    for (bucket, count) in [
        (&day as &dyn Fn(i64) -> i64, 7),
        (&week as &dyn Fn(i64) -> i64, 4),
        (&month as &dyn Fn(i64) -> i64, 6),
    ] {
        let mut seen = Vec::new();
        for &t in &sorted {
            let b = bucket(t);
            if !seen.contains(&b) {
                if seen.len() == count {
                    break;
                }
                seen.push(b);
                keep.insert(t);
            }
        }
    }
    keep
}

/// The calendar date (year, month, day) of a day counted from 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, u32::try_from(m).unwrap_or(1), u32::try_from(d).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_413), (2025, 11, 21));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn thinning_keeps_days_then_weeks_then_months() {
        // One backup a day for 400 days.
        let now = 1_763_683_200_000;
        let taken: Vec<i64> = (0..400).map(|d| now - d * DAY_MS).collect();
        let keep = backups_to_keep(&taken);
        // The last 7 days are all kept.
        for d in 0..7 {
            assert!(keep.contains(&(now - d * DAY_MS)), "day {d}");
        }
        // Not every day beyond: at most 7 + 4 + 6 backups in all.
        assert!(keep.len() <= 17, "{}", keep.len());
        assert!(keep.len() >= 10, "{}", keep.len());
        // Something about 5 months old is still there.
        assert!(keep.iter().any(|&t| now - t > 120 * DAY_MS));
        // Nothing from a year ago.
        assert!(keep.iter().all(|&t| now - t < 200 * DAY_MS));
    }

    #[test]
    fn thinning_keeps_a_lone_backup() {
        assert_eq!(backups_to_keep(&[5]), BTreeSet::from([5]));
        assert!(backups_to_keep(&[]).is_empty());
    }
}
