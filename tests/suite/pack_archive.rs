//! A pack as one file: built from a folder, installed on another PC with residents'
//! progress kept; hostile archives refused whole, each with its reason, changing nothing.

use crate::common;

use std::io::{Cursor, Write};

use passerelle::model::{Avatar, DisplaySettings, Lang};
use passerelle::pack::archive::{ArchiveProblem, MAX_ENTRIES, build, read};
use passerelle::pack::{PackFiles, ProblemKind};
use passerelle::pack_install::{InstallProblem, install_pack};
use passerelle::store::Store;

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("zip").into_inner()
}

fn trial_pack(version: &str, lessons: &[&str]) -> PackFiles {
    let manifest = common::MANIFEST.replace("version = \"1.0.0\"", &format!("version = \"{version}\""));
    let mut files = common::pack_files(&manifest, common::LESSON);
    files.files.retain(|(name, _)| !name.starts_with("lessons/"));
    for (i, id) in lessons.iter().enumerate() {
        let lesson = common::LESSON
            .replace("id = \"lecon-un\"", &format!("id = \"{id}\""))
            .replace("id = \"q-", &format!("id = \"{id}-q-"));
        files
            .files
            .push((format!("lessons/{i:02}.toml"), lesson.into_bytes()));
    }
    files
}

fn store() -> Store {
    Store::open_in_memory().expect("store")
}

fn pack_count(store: &Store) -> usize {
    store.packs().expect("packs").len()
}

#[test]
fn a_pack_file_is_built_the_same_every_time_and_reads_back_whole() {
    let files = trial_pack("1.0.0", &["lecon-un"]);
    let bytes = build(&files).expect("build");
    assert_eq!(build(&files).expect("again"), bytes, "stable bytes");
    let back = read(&bytes, "essai.passerelle-pack").expect("read");
    let mut expected = files.files.clone();
    expected.sort();
    let mut got = back.files;
    got.sort();
    assert_eq!(got, expected);
}

#[test]
fn the_cli_builds_a_pack_file_that_installs_on_another_pc() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("premiers-pas.passerelle-pack");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/01-premiers-pas");
    let mut printed = Vec::new();
    assert!(passerelle::cli::pack_build(&folder, &out, Lang::En, &mut printed).expect("build"));
    assert!(String::from_utf8_lossy(&printed).contains("The pack is written to"));
    let mut other_pc = store();
    let installed = install_pack(
        &mut other_pc,
        &std::fs::read(&out).expect("file"),
        "premiers-pas",
        false,
    )
    .expect("installs");
    assert_eq!(
        (installed.id.as_str(), installed.replaced),
        ("premiers-pas", None)
    );
    let lesson_files = std::fs::read_dir(folder.join("lessons"))
        .expect("lessons")
        .count();
    assert_eq!(other_pc.packs().expect("packs")[0].lessons.len(), lesson_files);
}

#[test]
fn a_newer_version_keeps_progress_and_an_older_one_asks_first() {
    let mut pc = store();
    let v1 = build(&trial_pack("1.0.0", &["lecon-un", "lecon-deux"])).expect("v1");
    install_pack(&mut pc, &v1, "v1", false).expect("v1 installs");
    let ana = pc
        .create_resident("Ana", Avatar::default(), Lang::Fr, DisplaySettings::default())
        .expect("resident");
    pc.start_lesson(ana.id, &"essai".into(), &"lecon-un".into())
        .expect("start");
    pc.finish_lesson(ana.id, &"essai".into(), &"lecon-un".into(), 1)
        .expect("finish");
    // Version 2 drops "lecon-deux" and adds "lecon-trois": Ana's lesson stays done.
    let v2 = build(&trial_pack("2.0.0", &["lecon-un", "lecon-trois"])).expect("v2");
    let installed = install_pack(&mut pc, &v2, "v2", false).expect("v2 installs");
    assert_eq!(installed.replaced.as_deref(), Some("1.0.0"));
    let progress = pc.progress(ana.id).expect("progress");
    assert!(
        progress
            .iter()
            .any(|p| p.lesson.as_str() == "lecon-un" && p.best_correct == Some(1))
    );
    // Version 1 again: refused unless asked for.
    match install_pack(&mut pc, &v1, "v1", false) {
        Err(InstallProblem::Older { installed, offered }) => {
            assert_eq!((installed.as_str(), offered.as_str()), ("2.0.0", "1.0.0"));
        }
        other => panic!("an older version must ask first: {other:?}"),
    }
    assert_eq!(
        pc.pack_version(&"essai".into()).expect("version").as_deref(),
        Some("2.0.0")
    );
    install_pack(&mut pc, &v1, "v1", true).expect("replaced when asked");
    assert_eq!(
        pc.pack_version(&"essai".into()).expect("version").as_deref(),
        Some("1.0.0")
    );
}

/// Installs `bytes` on an empty PC, expecting `problem`, and checks nothing changed.
fn refused(bytes: &[u8], problem: &ArchiveProblem) {
    let mut pc = store();
    match install_pack(&mut pc, bytes, "hostile", false) {
        Err(InstallProblem::Archive(found)) => assert_eq!(&found, problem),
        other => panic!("expected {problem:?}, got {other:?}"),
    }
    assert_eq!(pack_count(&pc), 0, "nothing installed");
}

fn valid_entries() -> Vec<(String, Vec<u8>)> {
    trial_pack("1.0.0", &["lecon-un"]).files
}

fn with_entry(name: &str, bytes: &[u8]) -> Vec<u8> {
    let entries = valid_entries();
    let mut list: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    list.push((name, bytes));
    zip_of(&list)
}

#[test]
fn paths_leaving_the_pack_are_refused() {
    for name in [
        "../../evil.toml",
        "/etc/evil.toml",
        "C:/Windows/evil.toml",
        "lessons\\..\\evil.toml",
        "lessons/../../evil.toml",
    ] {
        refused(&with_entry(name, b"x"), &ArchiveProblem::UnsafePath(name.into()));
    }
}

#[test]
fn links_are_refused() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.add_symlink("media/link.png", "/etc/passwd", options)
        .expect("link");
    let bytes = zip.finish().expect("zip").into_inner();
    refused(&bytes, &ArchiveProblem::Link("media/link.png".into()));
}

#[test]
fn a_file_twice_is_refused() {
    // The zip reader keeps one entry per name; whichever it keeps, a pack.toml given twice
    // (here an empty one over the real one) is refused and nothing is installed.
    // The writer refuses duplicates: rename the second entry in place (same length).
    let mut bytes = with_entry("pack.tomX", b"format = 1");
    let (from, to) = (b"pack.tomX".as_slice(), b"pack.toml".as_slice());
    let mut i = 0;
    while let Some(at) = bytes[i..].windows(from.len()).position(|w| w == from) {
        bytes[i + at..i + at + from.len()].copy_from_slice(to);
        i += at + from.len();
    }
    refused(&bytes, &ArchiveProblem::Duplicate);
}

#[test]
fn oversized_or_too_many_files_are_refused_by_the_limits_of_their_kind() {
    let big = vec![0u8; 21 * 1024 * 1024];
    refused(
        &with_entry("media/big.wav", &big),
        &ArchiveProblem::EntryTooLarge("media/big.wav".into()),
    );
    // A "bomb" (5 MB of zeros packs into a few KB) stops at its kind's limit.
    let bomb = vec![0u8; 5 * 1024 * 1024];
    refused(
        &with_entry("media/bomb.png", &bomb),
        &ArchiveProblem::EntryTooLarge("media/bomb.png".into()),
    );
    refused(
        &with_entry("lessons/bomb.toml", &bomb),
        &ArchiveProblem::EntryTooLarge("lessons/bomb.toml".into()),
    );
    let names: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("media/{i}.png")).collect();
    let list: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), b"x".as_slice())).collect();
    refused(&zip_of(&list), &ArchiveProblem::TooManyEntries(MAX_ENTRIES + 1));
}

#[test]
fn text_that_is_not_utf8_and_files_that_are_not_archives_are_refused() {
    refused(
        &with_entry("lessons/bad.toml", &[0xff, 0xfe, b'x']),
        &ArchiveProblem::NotText("lessons/bad.toml".into()),
    );
    let mut pc = store();
    assert!(matches!(
        install_pack(&mut pc, b"this is no zip", "notes.txt", false),
        Err(InstallProblem::Archive(ArchiveProblem::NotAnArchive(_)))
    ));
}

#[test]
fn a_manifest_from_a_newer_format_is_refused() {
    let mut files = trial_pack("1.0.0", &["lecon-un"]);
    for (name, bytes) in &mut files.files {
        if name == "pack.toml" {
            *bytes = String::from_utf8_lossy(bytes)
                .replace("format = 1", "format = 9")
                .into_bytes();
        }
    }
    let mut pc = store();
    match install_pack(&mut pc, &build(&files).expect("build"), "newer", false) {
        Err(InstallProblem::Pack(problems)) => {
            assert!(
                problems
                    .iter()
                    .any(|p| matches!(p.kind, ProblemKind::UnsupportedFormat { found: 9 }))
            );
        }
        other => panic!("a newer format is refused: {other:?}"),
    }
    assert_eq!(pack_count(&pc), 0);
}

/// The leaders' area of a PC whose file dialog opens `file`.
fn leaders_area_opening(
    dir: &std::path::Path,
    file: std::path::PathBuf,
) -> egui_kittest::Harness<'static, passerelle::app::PasserelleApp> {
    use egui_kittest::kittest::Queryable as _;
    let mut store = common::open_store(&dir.join("pc.sqlite3"));
    store.set_agent_pin("482915").expect("pin");
    let startup = passerelle::app::Startup {
        file_dialog: Some(std::sync::Arc::new(common::Fake {
            save_to: dir.join("unused"),
            open: vec![file],
        })),
        ..passerelle::app::Startup::default()
    };
    let mut h = common::app_with(store, startup);
    h.set_size(egui::vec2(1000.0, 2400.0));
    h.get_by_label("English").click();
    h.run();
    common::unlock_leaders_area(&mut h, "482915");
    h
}

#[test]
fn a_leader_adds_a_pack_file_and_is_asked_before_an_older_version_replaces_it() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("essai.passerelle-pack");
    std::fs::write(&file, build(&trial_pack("2.0.0", &["lecon-un"])).expect("v2")).expect("write");
    let mut h = leaders_area_opening(dir.path(), file.clone());
    h.get_by_label("Add a pack (file)").click();
    common::wait_for_file_job(&mut h);
    h.get_by_label("The pack essai (version 2.0.0) is installed. Residents keep their progress.");
    // The same file name now holds version 1: the leader is asked.
    std::fs::write(&file, build(&trial_pack("1.0.0", &["lecon-un"])).expect("v1")).expect("write");
    for (answer, version) in [
        ("Keep the version on this PC", "2.0.0"),
        ("Replace with the older version", "1.0.0"),
    ] {
        h.get_by_label("Add a pack (file)").click();
        common::wait_for_file_job(&mut h);
        h.get_by_label_contains("older than version 2.0.0 on this PC");
        h.get_by_label(answer).click();
        h.run();
        assert!(h.query_by_label_contains("older than version").is_none());
        let store = Store::open(&dir.path().join("pc.sqlite3")).expect("store");
        assert_eq!(
            store.pack_version(&"essai".into()).expect("version").as_deref(),
            Some(version)
        );
    }
}
