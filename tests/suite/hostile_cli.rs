//! A damaged PC and the command line: a store emptied or deleted while a backup exists is
//! restored, the command line does not write behind an open window, a display that
//! refuses the connection changes nothing remembered, and GIFT banks never overwrite a
//! trainer's lesson.

use std::path::Path;
use std::process::{Command, Output};

use passerelle::model::{Avatar, DisplaySettings, Lang};
use passerelle::store::backup::BACKUP_DIR;
use passerelle::store::recovery::{Recovery, open_or_recover};
use passerelle::store::{FILE_NAME, Store};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A data folder whose store has Nadia, and a backup of it.
fn data_with_backup(dir: &Path) -> Result {
    let (mut store, _) = open_or_recover(dir)?;
    store.create_resident("Nadia", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    assert!(
        store
            .backup_if_due(&dir.join(BACKUP_DIR), passerelle::store::now())?
            .is_some()
    );
    Ok(())
}

fn names(store: &Store) -> Result<Vec<String>> {
    Ok(store.residents()?.into_iter().map(|r| r.name).collect())
}

#[test]
fn a_store_emptied_deleted_or_holding_nothing_is_restored_from_its_backup() -> Result {
    // Cut to 0 bytes: restored, and the empty file kept aside (never overwritten).
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    std::fs::write(dir.path().join(FILE_NAME), b"")?;
    let (store, recovery) = open_or_recover(dir.path())?;
    let Recovery::RestoredLost {
        set_aside: Some(aside),
        ..
    } = &recovery
    else {
        panic!("expected a restore, got {recovery:?}");
    };
    assert_eq!(std::fs::metadata(aside)?.len(), 0);
    assert_eq!(names(&store)?, ["Nadia"]);

    // Deleted: restored.
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    std::fs::remove_file(dir.path().join(FILE_NAME))?;
    let _ = std::fs::remove_file(dir.path().join(format!("{FILE_NAME}-wal")));
    let (store, recovery) = open_or_recover(dir.path())?;
    assert!(
        matches!(recovery, Recovery::RestoredLost { set_aside: None, .. }),
        "{recovery:?}"
    );
    assert_eq!(names(&store)?, ["Nadia"]);

    // A database with no table at all (what a stale journal rolls a new store back to).
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    std::fs::remove_file(dir.path().join(FILE_NAME))?;
    let _ = std::fs::remove_file(dir.path().join(format!("{FILE_NAME}-wal")));
    let conn = rusqlite::Connection::open(dir.path().join(FILE_NAME))?;
    conn.execute_batch("CREATE TABLE t (x); DROP TABLE t;")?;
    drop(conn);
    let (store, recovery) = open_or_recover(dir.path())?;
    assert!(
        matches!(
            recovery,
            Recovery::RestoredLost {
                set_aside: Some(_),
                ..
            }
        ),
        "{recovery:?}"
    );
    assert_eq!(names(&store)?, ["Nadia"]);

    // The first start on a new PC has no backup: a new store, nothing to tell.
    let dir = tempfile::tempdir()?;
    let (_, recovery) = open_or_recover(dir.path())?;
    assert_eq!(recovery, Recovery::None);
    Ok(())
}

fn passerelle(data: &Path, args: &[&str]) -> Result<Output> {
    Ok(Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["--data-dir", &data.display().to_string(), "--lang", "en"])
        .args(args)
        .output()?)
}

/// [`passerelle`] with the leaders' PIN given on standard input.
fn passerelle_with_pin(data: &Path, args: &[&str]) -> Output {
    let data = data.display().to_string();
    let mut all = vec!["--data-dir", &data, "--lang", "en"];
    all.extend_from_slice(args);
    all.push("--pin-stdin");
    crate::common::passerelle_with_input(&all, &format!("{}\n", crate::common::CLI_PIN))
}

#[test]
fn the_command_line_does_not_write_behind_an_open_window_but_reads_beside_it() -> Result {
    let dir = tempfile::tempdir()?;
    let seeded = passerelle(dir.path(), &["seed", "--residents", "2", "--answers-each", "2"])?;
    assert!(seeded.status.success(), "{seeded:?}");
    crate::common::choose_leaders_pin(dir.path());
    let file = dir.path().join("out.passerelle");
    // The window holds this lock while it is open.
    let window = passerelle::data_folder::lock_data_dir(dir.path()).map_err(|e| format!("{e:?}"))?;
    assert!(window.is_some());
    for args in [
        vec!["progress", "import", file.to_str().ok_or("path")?, "--pin-stdin"],
        vec!["record-answers", "--count", "1"],
        vec!["pack", "install", file.to_str().ok_or("path")?],
    ] {
        let run = passerelle(dir.path(), &args)?;
        assert!(!run.status.success(), "{args:?} must refuse");
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(
            said.contains("Passerelle is open on this data folder"),
            "{args:?}: {said}"
        );
    }
    let exported = passerelle_with_pin(
        dir.path(),
        &["progress", "export", "-o", file.to_str().ok_or("path")?],
    );
    assert!(exported.status.success(), "{exported:?}");
    drop(window);
    Ok(())
}

#[cfg(unix)]
#[test]
fn exporting_works_from_a_read_only_folder() -> Result {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    let seeded = passerelle(&data, &["seed", "--residents", "1", "--answers-each", "1"])?;
    assert!(seeded.status.success());
    crate::common::choose_leaders_pin(&data);
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o555))?;
    let out = dir.path().join("out.passerelle");
    let exported = passerelle_with_pin(&data, &["progress", "export", "-o", out.to_str().ok_or("path")?]);
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700))?;
    // Root reads and writes everywhere: the folder is then only read-only in name.
    assert!(exported.status.success(), "{exported:?}");
    assert!(out.exists());
    Ok(())
}

#[cfg(target_os = "linux")]
#[test]
fn a_display_that_refuses_the_connection_changes_nothing_remembered() -> Result {
    let dir = tempfile::tempdir()?;
    let run = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["--data-dir", &dir.path().display().to_string(), "--lang", "en"])
        .env("DISPLAY", ":987")
        .env_remove("WAYLAND_DISPLAY")
        .output()?;
    assert!(!run.status.success());
    assert!(
        !dir.path().join("renderer.txt").exists(),
        "safe mode not remembered"
    );
    assert!(!dir.path().join("window-opening").exists(), "no crash marker");
    let again = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["--data-dir", &dir.path().display().to_string(), "--lang", "en"])
        .env("DISPLAY", ":987")
        .env_remove("WAYLAND_DISPLAY")
        .output()?;
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(!said.contains("safe mode"), "{said}");
    Ok(())
}

const BANK: &str = "::Capitale:: La capitale de la France est {=Paris ~Lyon ~Marseille}\n\n::Souris:: Une souris sert à pointer. {T}\n";

fn import_gift(file: &Path, into: &Path, force: bool) -> Result<Output> {
    let mut args = vec![
        "pack".to_owned(),
        "import-gift".to_owned(),
        file.display().to_string(),
        "--in".to_owned(),
        "fr".to_owned(),
        "--into".to_owned(),
        into.display().to_string(),
    ];
    if force {
        args.push("--force".to_owned());
    }
    Ok(Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["--lang", "en"])
        .args(args)
        .output()?)
}

#[test]
fn gift_imports_read_windows_1252_and_never_overwrite_a_lesson_without_force() -> Result {
    let dir = tempfile::tempdir()?;
    let into = dir.path().join("pack");
    // Windows-1252, as Windows tools write it: "à" is one byte, 0xE0.
    let bank = dir.path().join("quiz.gift");
    let bytes: Vec<u8> = BANK
        .chars()
        .map(|c| if c == 'à' { 0xe0 } else { c as u8 })
        .collect();
    std::fs::write(&bank, &bytes)?;
    let first = import_gift(&bank, &into, false)?;
    assert!(first.status.success(), "{first:?}");
    let lesson = into.join("lessons/quiz.toml");
    assert!(std::fs::read_to_string(&lesson)?.contains("sert à pointer"));
    // The trainer edits the lesson; importing again must not erase it.
    std::fs::write(&lesson, "# my changes\n")?;
    let again = import_gift(&bank, &into, false)?;
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists"),
        "{again:?}"
    );
    assert_eq!(std::fs::read_to_string(&lesson)?, "# my changes\n");
    let forced = import_gift(&bank, &into, true)?;
    assert!(forced.status.success(), "{forced:?}");
    assert!(
        std::fs::read_to_string(&lesson)?.contains("Capitale")
            || std::fs::read_to_string(&lesson)?.contains("Paris")
    );

    // A byte that is neither UTF-8 nor Windows-1252: the file and the line are named.
    let broken = dir.path().join("broken.gift");
    std::fs::write(&broken, b"::A:: ok {T}\n\n::B:: bad \x81 {F}\n")?;
    let refused = import_gift(&broken, &into, false)?;
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("broken.gift") && said.contains("line 3"), "{said}");

    // A bank with nothing to import: an error, and nothing written.
    let essays = dir.path().join("essays.gift");
    std::fs::write(&essays, "::E:: Tell us about yourself. {}\n")?;
    let nothing = import_gift(&essays, &into, false)?;
    assert!(!nothing.status.success());
    assert!(!into.join("lessons/essays.toml").exists());
    Ok(())
}

#[test]
fn a_store_path_that_is_a_folder_is_said_so_and_nothing_is_moved() -> Result {
    let dir = tempfile::tempdir()?;
    data_with_backup(dir.path())?;
    std::fs::remove_file(dir.path().join(FILE_NAME))?;
    let _ = std::fs::remove_file(dir.path().join(format!("{FILE_NAME}-wal")));
    std::fs::create_dir(dir.path().join(FILE_NAME))?;
    let Err(error) = open_or_recover(dir.path()) else {
        panic!("a folder is no store");
    };
    let i18n = passerelle::i18n::I18n::new();
    let said = error.message(&i18n.tr(Lang::En));
    assert!(
        said.contains("this is a folder, where a file was expected"),
        "{said}"
    );
    assert!(dir.path().join(FILE_NAME).is_dir(), "left as it is");
    Ok(())
}

/// Join files from anywhere: wrong types, a flood, a named pipe, a symlink to a flood,
/// a forged version, hostile fields. Each is refused naming the file (and its line or
/// field), quickly, and the PC stays off the network.
#[test]
fn a_hostile_join_file_is_refused_with_its_reason_and_changes_nothing() -> Result {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    crate::common::choose_leaders_pin(&data);
    let good = serde_json::json!({
        "format": "passerelle-join", "version": 1, "site": "bib", "host": "127.0.0.1",
        "port": 5432, "dbname": "passerelle", "user": "passerelle_site_bib", "password": "pw"
    });
    let with = |field: &str, value: serde_json::Value| {
        let mut v = good.clone();
        v[field] = value;
        serde_json::to_vec_pretty(&v).unwrap_or_default()
    };
    let flood = dir.path().join("flood.passerelle-join");
    std::fs::write(&flood, vec![b' '; 1024 * 1024])?;
    let link = dir.path().join("link.passerelle-join");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&flood, &link)?;
    let pipe = dir.path().join("pipe.passerelle-join");
    #[cfg(unix)]
    assert!(Command::new("mkfifo").arg(&pipe).status()?.success());
    let cases: Vec<(&str, Option<Vec<u8>>, &str)> = vec![
        ("types.passerelle-join", Some(with("port", "5432".into())), "line"),
        (
            "newer.passerelle-join",
            Some(with("version", 99.into())),
            "newer Passerelle",
        ),
        (
            "host.passerelle-join",
            Some(with("host", "h;rm -rf /".into())),
            "\"host\"",
        ),
        (
            "distant.passerelle-join",
            Some(with("host", "pg.ville.example".into())),
            "no certificate",
        ),
        (
            "control.passerelle-join",
            Some(with("password", "a\u{0}b".into())),
            "\"password\"",
        ),
        ("empty.passerelle-join", Some(Vec::new()), "line"),
        (
            "flood.passerelle-join",
            None,
            "1024 KB, more than a file of this kind may be (64 KB)",
        ),
        ("link.passerelle-join", None, "(64 KB)"),
        ("pipe.passerelle-join", None, "not a file"),
    ];
    for (name, bytes, said) in cases {
        let path = dir.path().join(name);
        if let Some(bytes) = bytes {
            std::fs::write(&path, bytes)?;
        }
        let started = std::time::Instant::now();
        let out = passerelle_with_pin(&data, &["network", "join", &path.display().to_string()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name} was taken");
        assert!(err.contains(name) && err.contains(said), "{name}: {err}");
        // A wrong PIN waits 2 s; a refused file does not.
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{name} hung"
        );
        let status = passerelle(&data, &["network", "status"])?;
        assert!(
            String::from_utf8_lossy(&status.stdout).contains("not on a network"),
            "{name}"
        );
    }
    Ok(())
}

/// Progress files carrying the answers' site, hostile: a site of the wrong type refuses
/// the file naming it and the line; a site no site can be named, a named pipe and a
/// symlink to the bad file change nothing either; the store keeps its answers as they
/// were.
#[test]
fn hostile_answer_sites_in_progress_files_change_nothing() -> Result {
    let dir = tempfile::tempdir()?;
    let seeded = passerelle(dir.path(), &["seed", "--residents", "1", "--answers-each", "2"])?;
    assert!(seeded.status.success(), "{seeded:?}");
    crate::common::choose_leaders_pin(dir.path());
    let good = dir.path().join("good.passerelle");
    let exported = passerelle_with_pin(
        dir.path(),
        &["progress", "export", "-o", good.to_str().ok_or("path")?],
    );
    assert!(exported.status.success(), "{exported:?}");
    let answers = || -> Result<(i64, i64)> {
        let store = Store::open(&dir.path().join(FILE_NAME))?;
        let file = store.export_progress(None)?;
        let all: Vec<_> = file.residents.iter().flat_map(|r| &r.answers).collect();
        let with_site = all.iter().filter(|a| a.site.is_some()).count();
        Ok((i64::try_from(all.len())?, i64::try_from(with_site)?))
    };
    let before = answers()?;
    let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(&good)?)?;
    let write =
        |name: &str, site: serde_json::Value, json: &mut serde_json::Value| -> Result<std::path::PathBuf> {
            let answer = &mut json["residents"][0]["answers"][0];
            answer["uid"] = "forged-answer".into();
            answer["site"] = site;
            let path = dir.path().join(name);
            std::fs::write(&path, serde_json::to_string_pretty(json)?)?;
            Ok(path)
        };
    let typed = write("typed.passerelle", 42.into(), &mut json)?;
    let run = passerelle_with_pin(dir.path(), &["progress", "import", typed.to_str().ok_or("path")?]);
    assert!(!run.status.success());
    let said = String::from_utf8_lossy(&run.stdout).to_string() + &String::from_utf8_lossy(&run.stderr);
    assert!(
        said.contains("typed.passerelle") && said.contains("line"),
        "{said}"
    );
    let named = write(
        "named.passerelle",
        "Nord'; DROP TABLE answer; --".into(),
        &mut json,
    )?;
    let run = passerelle_with_pin(dir.path(), &["progress", "import", named.to_str().ok_or("path")?]);
    let said = String::from_utf8_lossy(&run.stdout).to_string() + &String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("left out"), "{said}");
    #[cfg(unix)]
    {
        let link = dir.path().join("link.passerelle");
        std::os::unix::fs::symlink(&typed, &link)?;
        let pipe = dir.path().join("pipe.passerelle");
        let made = Command::new("mkfifo").arg(&pipe).status()?;
        assert!(made.success());
        for path in [link, pipe] {
            let run = passerelle_with_pin(dir.path(), &["progress", "import", path.to_str().ok_or("path")?]);
            assert!(!run.status.success(), "{path:?} must be refused");
        }
    }
    assert_eq!(answers()?, before, "nothing changed");
    Ok(())
}
