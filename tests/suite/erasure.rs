//! The right to erasure: after "Delete this person", no file of the data folder (the
//! store, its write-ahead log, its backups, the log of exports) holds their name or id.

use std::path::Path;

use passerelle::model::{Avatar, DisplaySettings, Lang, Response};
use passerelle::store::backup::BACKUP_DIR;
use passerelle::store::recovery::open_or_recover;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Every file under `dir` whose bytes contain `needle`.
fn files_holding(dir: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if let Ok(bytes) = std::fs::read(&path)
                && bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
            {
                found.push(path.display().to_string());
            }
        }
    }
    found
}

#[test]
fn an_erased_person_is_in_no_file_of_the_data_folder() -> Result {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data)?;
    let (mut store, _) = open_or_recover(&data)?;
    passerelle::pack_install::sync_builtin(&mut store, &passerelle::pack::builtin::packs())?;
    let name = "Zélie Quartzberg";
    let zelie = store.create_resident(name, Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    store.set_shares_results(zelie.id, true)?;
    let keep = store.create_resident("Ana", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    let uid = store.resident_uid(zelie.id)?;
    let pack = store.packs()?.remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)?
        .ok_or("lesson")?;
    for person in [zelie.id, keep.id] {
        let progress = store.start_lesson(person, &pack.manifest.id, &lesson.id)?;
        for question in &lesson.questions {
            // What she typed names her: it must go with her, from the question counts too.
            let response = Response::Text(if person == zelie.id {
                format!("réponse de {name}")
            } else {
                "réponse".into()
            });
            crate::common::record(
                &mut store,
                person,
                (&pack.manifest.id, &lesson, progress.attempt),
                question,
                &response,
            );
        }
    }
    store.set_resident_note(&uid, "Vient le mardi avec Zélie Quartzberg")?;
    assert!(
        store
            .backup_if_due(&data.join(BACKUP_DIR), passerelle::store::now())?
            .is_some()
    );
    // A file saved earlier for her, logged by the app.
    let export = dir.path().join("Zélie_Quartzberg-2026-12-01.passerelle");
    std::fs::write(&export, name)?;
    passerelle::store::erasure::log_export(&data, &export);
    assert!(!files_holding(&data, name).is_empty(), "the test sees her before");
    assert!(!files_holding(&data, uid.as_str()).is_empty());

    assert!(!store.item_tally_here()?.is_empty(), "her answers are counted");
    let erasure = store.erase_resident(&uid, name, Some(&data))?;
    assert!(store.item_tally_here()?.is_empty(), "and no longer are");
    assert!(erasure.deleted);
    assert_eq!(erasure.backups_rewritten, 1);
    assert_eq!(
        erasure.exported_files,
        [export],
        "the file saved earlier is listed"
    );
    assert_eq!(
        files_holding(&data, name),
        Vec::<String>::new(),
        "her name is gone"
    );
    assert_eq!(
        files_holding(&data, uid.as_str()),
        Vec::<String>::new(),
        "her id is gone"
    );
    assert_eq!(
        files_holding(&data, "Vient le mardi"),
        Vec::<String>::new(),
        "the note too"
    );
    // The others are untouched, in the store and in the backup.
    let names: Vec<String> = store.residents()?.into_iter().map(|r| r.name).collect();
    assert_eq!(names, ["Ana"]);
    let backup = passerelle::store::backup::list_backups(&data.join(BACKUP_DIR)).remove(0);
    let restored = passerelle::store::Store::open(&backup.path)?;
    assert_eq!(restored.residents()?.len(), 1);
    drop(restored);
    // Nothing of hers is left nameless either: each table with a resident holds only Ana.
    let conn = rusqlite::Connection::open(&backup.path)?;
    for table in ["answer", "lesson_progress", "resident_stats"] {
        let others: i64 = conn.query_row(
            &format!("SELECT count(*) FROM {table} WHERE resident_id NOT IN (SELECT id FROM resident)"),
            [],
            |r| r.get(0),
        )?;
        assert_eq!(others, 0, "no row of hers in the backup's {table}");
    }
    Ok(())
}

/// A store made by an older version, without `secure_delete`: an earlier name of the
/// person is left in the file's free space. Erasing them rebuilds the file once, and
/// the earlier name goes too; a later erasure needs no rebuild.
#[test]
fn an_older_store_forgets_what_its_free_space_held() -> Result {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data)?;
    let (mut store, _) = open_or_recover(&data)?;
    let zelie = store.create_resident(
        "Zélie Quartzberg",
        Avatar::default(),
        Lang::Fr,
        DisplaySettings::default(),
    )?;
    store.create_resident("Ana", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    let uid = store.resident_uid(zelie.id)?;
    drop(store);
    {
        // As an older Passerelle would have: no secure_delete, a rename that leaves the
        // old cell behind, and no mark that the free space is clean.
        let conn = rusqlite::Connection::open(data.join(passerelle::store::FILE_NAME))?;
        conn.pragma_update(None, "secure_delete", false)?;
        conn.execute(
            "UPDATE resident SET name = 'Zélie Ancienne-Adresse-Longue' WHERE uid = ?1",
            [&uid],
        )?;
        conn.execute("UPDATE resident SET name = 'Zélie Q.' WHERE uid = ?1", [&uid])?;
        conn.execute("DELETE FROM setting WHERE key = 'store.free_space_zeroed'", [])?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    let (mut store, _) = open_or_recover(&data)?;
    assert!(
        !files_holding(&data, "Ancienne-Adresse").is_empty(),
        "the test sees the old name in the free space before"
    );
    store.erase_resident(&uid, "Zélie Q.", Some(&data))?;
    assert_eq!(files_holding(&data, "Ancienne-Adresse"), Vec::<String>::new());
    assert_eq!(files_holding(&data, uid.as_str()), Vec::<String>::new());
    Ok(())
}
