//! Never lose, never corrupt: backups, recovery of a damaged store, and answers that
//! survive the process being killed at any moment.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use passerelle::model::{Avatar, DisplaySettings, Lang};
use passerelle::store::backup::{BACKUP_DIR, list_backups};
use passerelle::store::recovery::{Recovery, open_or_recover};
use passerelle::store::{FILE_NAME, Store, StoreError};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A data folder whose store has one resident, "Nadia", and one backup of that.
fn data_with_backup(dir: &Path) -> Result {
    let (store, recovery) = open_or_recover(dir)?;
    assert_eq!(recovery, Recovery::None);
    let mut store = store;
    store.create_resident("Nadia", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    let taken = store.backup_if_due(&dir.join(BACKUP_DIR), passerelle::store::now())?;
    assert!(taken.is_some());
    Ok(())
}

fn names(store: &Store) -> Result<Vec<String>> {
    Ok(store.residents()?.into_iter().map(|r| r.name).collect())
}

/// Overwrites part of a file with garbage.
fn scribble(path: &Path, offset: u64, len: usize) -> Result {
    use std::io::{Seek, SeekFrom};
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    file.seek(SeekFrom::Start(offset))?;
    file.write_all(&vec![0xA5; len])?;
    Ok(())
}

#[test]
fn a_damaged_store_is_set_aside_and_the_newest_backup_restored() -> Result {
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    // Damage every page after the first: the tables' pages are garbage now.
    scribble(&dir.path().join(FILE_NAME), 4096, 3 * 4096)?;

    let (store, recovery) = open_or_recover(dir.path())?;
    let Recovery::Restored { damaged, .. } = &recovery else {
        panic!("expected a restore, got {recovery:?}");
    };
    assert!(damaged.exists(), "the damaged file is kept");
    assert_eq!(names(&store)?, ["Nadia"]);
    assert!(store.integrity_check()?);
    Ok(())
}

#[test]
fn a_file_that_is_not_a_database_is_replaced_by_the_backup() -> Result {
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    std::fs::write(
        dir.path().join(FILE_NAME),
        "these are not the data you are looking for",
    )?;
    let (store, recovery) = open_or_recover(dir.path())?;
    assert!(matches!(recovery, Recovery::Restored { .. }), "{recovery:?}");
    assert_eq!(names(&store)?, ["Nadia"]);
    Ok(())
}

#[test]
fn without_a_backup_a_fresh_store_starts_and_the_damaged_file_is_kept() -> Result {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join(FILE_NAME), vec![0x42; 10_000])?;
    let (store, recovery) = open_or_recover(dir.path())?;
    let Recovery::StartedFresh { damaged } = recovery else {
        panic!("expected a fresh start");
    };
    assert_eq!(std::fs::read(&damaged)?, vec![0x42; 10_000], "kept as it was");
    assert!(names(&store)?.is_empty());
    Ok(())
}

#[test]
fn a_damaged_backup_is_skipped_for_an_older_sound_one() -> Result {
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    let backups = dir.path().join(BACKUP_DIR);
    let sound = list_backups(&backups).remove(0);
    // A newer backup that is damaged.
    let newer = backups.join(format!("passerelle-{}.sqlite3", sound.taken_at + 1000));
    std::fs::write(&newer, "garbage")?;
    std::fs::write(dir.path().join(FILE_NAME), "garbage")?;
    let (_, recovery) = open_or_recover(dir.path())?;
    assert!(
        matches!(recovery, Recovery::Restored { backup_taken_at, .. } if backup_taken_at == sound.taken_at),
        "{recovery:?}"
    );
    Ok(())
}

#[test]
fn a_store_from_a_newer_version_is_not_taken_for_damage() -> Result {
    let dir = tempfile::tempdir()?;
    {
        let conn = rusqlite::Connection::open(dir.path().join(FILE_NAME))?;
        conn.pragma_update(None, "user_version", 999)?;
    }
    let opened = open_or_recover(dir.path());
    assert!(matches!(opened, Err(StoreError::TooNew { .. })));
    assert!(dir.path().join(FILE_NAME).exists(), "left where it was");
    Ok(())
}

#[test]
fn one_backup_a_day_is_taken() -> Result {
    let dir = tempfile::tempdir()?;
    let store = Store::open(&dir.path().join(FILE_NAME))?;
    let backups = dir.path().join(BACKUP_DIR);
    let day = 86_400_000;
    let t0 = 1_763_683_200_000;
    assert!(store.backup_if_due(&backups, t0)?.is_some());
    assert!(
        store.backup_if_due(&backups, t0 + day / 2)?.is_none(),
        "not twice a day"
    );
    assert!(store.backup_if_due(&backups, t0 + day)?.is_some());
    // A month of daily backups is thinned, never growing past 7 + 4 + 6 files.
    for d in 2..40 {
        store.backup_if_due(&backups, t0 + d * day)?;
    }
    let kept = list_backups(&backups);
    assert!(kept.len() <= 17 && kept.len() >= 7, "{}", kept.len());
    assert!(kept.iter().all(|b| passerelle::store::backup::is_sound(&b.path)));
    Ok(())
}

/// Starts `passerelle record-answers`, kills it (SIGKILL on Unix) after `after`, and
/// returns the ids it reported as saved.
fn record_then_kill(data: &Path, after: Duration) -> Result<Vec<String>> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args([
            "--data-dir",
            &data.display().to_string(),
            "record-answers",
            "--count",
            "1000000",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let reader = std::thread::spawn(move || {
        let mut saved = Vec::new();
        let mut lines = BufReader::new(stdout);
        let mut line = String::new();
        while lines.read_line(&mut line).unwrap_or(0) > 0 {
            if let Some(uid) = line.trim().strip_prefix("saved ") {
                saved.push(uid.to_owned());
            }
            line.clear();
        }
        // Whatever is left after a kill is a partial line: not reported as saved.
        let _ = lines.read_to_string(&mut line);
        saved
    });
    std::thread::sleep(after);
    child.kill()?;
    child.wait()?;
    Ok(reader.join().map_err(|_| "reader thread")?)
}

#[test]
fn answers_reported_saved_survive_the_process_being_killed() -> Result {
    let dir = tempfile::tempdir()?;
    let started = Instant::now();
    let mut total = 0;
    // Kill times spread between 50 and 400 ms: during start-up, import and recording;
    // then, on a machine so busy that nothing was recorded by then, later ones, so that
    // some runs are always killed while recording.
    let mut times = vec![50u64, 400, 120, 260, 90, 330, 200, 150];
    let mut next = 0;
    while let Some(&after_ms) = times.get(next) {
        let run = next;
        next += 1;
        let data = dir.path().join(format!("run-{run}"));
        let saved = record_then_kill(&data, Duration::from_millis(after_ms))?;
        total += saved.len();
        if next == times.len() && total == 0 && after_ms < 3_200 {
            times.push(after_ms.max(400) * 2);
        }
        let store = Store::open(&data.join(FILE_NAME));
        let Ok(store) = store else {
            // Killed before the store was even created: nothing was reported saved.
            assert!(saved.is_empty(), "run {run}");
            continue;
        };
        assert!(store.integrity_check()?, "run {run}: integrity_check failed");
        for uid in &saved {
            assert!(
                store.has_answer(uid)?,
                "run {run}: answer {uid} was reported saved but is missing"
            );
        }
    }
    assert!(total > 0, "some answers were recorded across the runs");
    assert!(started.elapsed() < Duration::from_mins(1));
    Ok(())
}

#[test]
fn damage_in_the_answer_history_is_found_after_start_and_repaired_at_the_next() -> Result {
    use passerelle::store::recovery::check_history_in_background;
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    let path = dir.path().join(FILE_NAME);
    {
        // A long history: the last pages of the file hold answers.
        let (mut store, _) = open_or_recover(dir.path())?;
        passerelle::pack_install::sync_builtin(&mut store, &passerelle::pack::builtin::packs())?;
        store.seed(20, 200)?;
        assert_eq!(store.residents()?.len(), 21);
    }
    let length = std::fs::metadata(&path)?.len();
    scribble(&path, length - 4096, 4096)?;

    // The start checks everything but the history: it opens at once.
    let (store, recovery) = open_or_recover(dir.path())?;
    assert_eq!(recovery, Recovery::None);
    drop(store);
    // The background check finds the damage and leaves word for the next start.
    let (sender, found) = std::sync::mpsc::channel();
    check_history_in_background(dir.path(), std::time::Duration::ZERO, move |sound| {
        let _ = sender.send(sound);
    });
    assert!(!found.recv_timeout(Duration::from_secs(30))?, "damage found");
    let (store, recovery) = open_or_recover(dir.path())?;
    assert!(matches!(recovery, Recovery::Restored { .. }), "{recovery:?}");
    assert_eq!(
        names(&store)?,
        ["Nadia"],
        "the backup, taken before the history grew"
    );
    // Repaired: the next start is an ordinary one.
    drop(store);
    assert_eq!(open_or_recover(dir.path())?.1, Recovery::None);
    Ok(())
}
