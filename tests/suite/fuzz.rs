//! The file readers never panic, whatever the bytes: a committed corpus of nasty inputs
//! (`tests/corpus/`), each also mutated at random in a deterministic way, through the
//! pack loader (as a lesson, a manifest and a glossary) and the picture reader; damaged
//! store files through recovery; mutated progress files through their reader and merge;
//! mutated pack archives through the archive reader and the install; mutated GIFT files
//! through the GIFT reader and writer.
//!
//! Bounded to a few seconds. Longer runs: `PASSERELLE_FUZZ_ROUNDS=20000 cargo test
//! --release --test suite fuzz` (rounds of mutation per corpus file; the default is 40).

use crate::common::{self, Rng};

use std::path::Path;

use passerelle::model::picture;
use passerelle::pack::{PackFiles, load_files};

/// A number from 0 to `n - 1`.
fn below(rng: &mut Rng, n: usize) -> usize {
    usize::try_from(rng.below(n as u64)).unwrap_or(0)
}

/// Bytes that break parsers: quotes, brackets, escapes, newlines, NUL, a BOM, bytes that
/// are not UTF-8, and keys of the format.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b"'",
    b"[",
    b"]",
    b"[[",
    b"{",
    b"}",
    b"=",
    b"\\",
    b"\\u",
    b"\n",
    b"\r\n",
    b"\0",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"#",
    b",",
    b".",
    b"type = \"zone\"",
    b"x = -1",
    b"[steps.activity]",
    b"\"\"\"",
    b"id = \"\"",
    b"9999999999999999999999",
];

fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..=below(rng, 4) {
        let at = below(rng, out.len() + 1);
        match below(rng, 5) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] = u8::try_from(rng.next() & 0xff).unwrap_or(0);
            }
            1 => {
                let token = TOKENS[below(rng, TOKENS.len())];
                out.splice(at..at, token.iter().copied());
            }
            2 => out.truncate(at),
            3 if !out.is_empty() => {
                let end = (at + below(rng, 64)).min(out.len());
                out.drain(at.min(end)..end);
            }
            _ => {
                let end = (at + below(rng, 128)).min(out.len());
                let copy = out[at.min(end)..end].to_vec();
                out.splice(at..at, copy);
            }
        }
    }
    out
}

fn corpus(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(dir);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .map(|e| {
            let path = e.expect("entry").path();
            let name = path.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("corpus file"))
        })
        .collect();
    files.sort();
    files
}

fn rounds() -> usize {
    std::env::var("PASSERELLE_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(40)
}

/// Loads `bytes` as each kind of pack file; any result is fine, a panic is not.
fn load_as_every_file(bytes: &[u8]) {
    for slot in ["lessons/01.toml", "pack.toml", "glossary.toml"] {
        let mut pack: PackFiles = common::valid_pack();
        pack.files.retain(|(name, _)| name != slot);
        pack.files.push((slot.to_owned(), bytes.to_vec()));
        let _ = load_files(&pack);
    }
}

#[test]
fn nasty_pack_files_give_problems_not_panics() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut inputs = corpus("lessons");
    inputs.push(("the trial lesson".into(), common::LESSON.as_bytes().to_vec()));
    inputs.push((
        "the hands-on lesson".into(),
        common::HANDS_ON_LESSON.as_bytes().to_vec(),
    ));
    for (name, bytes) in &inputs {
        load_as_every_file(bytes);
        for _ in 0..rounds() {
            let mutated = mutate(bytes, &mut rng);
            let result = std::panic::catch_unwind(|| load_as_every_file(&mutated));
            assert!(
                result.is_ok(),
                "{name}: a mutation panicked: {:?}",
                String::from_utf8_lossy(&mutated)
            );
        }
    }
}

#[test]
fn every_corpus_file_is_refused_or_loaded_with_a_located_problem() {
    for (name, bytes) in corpus("lessons") {
        let mut pack = common::valid_pack();
        pack.files.push(("lessons/02.toml".into(), bytes));
        if let Err(problems) = load_files(&pack) {
            assert!(!problems.is_empty(), "{name}");
            for p in problems {
                assert!(p.file.starts_with("essai/"), "{name}: {p:?}");
            }
        }
    }
}

#[test]
fn picture_headers_of_any_bytes_are_read_without_panic() {
    let mut rng = Rng(42);
    let png = common::png_of_size(3, 2);
    assert_eq!(picture::png_size(&png), Some((3, 2)));
    for _ in 0..rounds() * 50 {
        let mutated = mutate(&png[..png.len().min(40)], &mut rng);
        let _ = picture::png_size(&mutated);
    }
}

#[test]
fn damaged_store_files_are_set_aside_never_a_panic() {
    use passerelle::store::recovery::open_or_recover;
    let dir = tempfile::tempdir().expect("dir");
    let good = dir.path().join("good.sqlite3");
    drop(common::open_store(&good));
    let sound = std::fs::read(&good).expect("store bytes");
    let mut rng = Rng(7);
    for round in 0..rounds().min(40) {
        let data = dir.path().join(format!("data-{round}"));
        std::fs::create_dir_all(&data).expect("dir");
        let path = data.join(passerelle::store::FILE_NAME);
        let mut bytes = sound.clone();
        for _ in 0..=below(&mut rng, 16) {
            let at = below(&mut rng, bytes.len());
            bytes[at] = u8::try_from(rng.next() & 0xff).unwrap_or(0);
        }
        if round % 5 == 0 {
            bytes.truncate(below(&mut rng, bytes.len()));
        }
        std::fs::write(&path, &bytes).expect("write");
        let opened = std::panic::catch_unwind(|| open_or_recover(&data));
        assert!(opened.is_ok(), "round {round} panicked");
    }
}

#[test]
fn progress_files_of_any_bytes_are_refused_or_merged_never_a_panic() {
    use passerelle::store::Store;
    use passerelle::store::exchange::ProgressFile;
    let dir = tempfile::tempdir().expect("dir");
    let mut source = common::open_store(&dir.path().join("source.sqlite3"));
    source.seed(2, 3).expect("seed");
    let sound = source.export_progress(None).expect("export").to_bytes();
    let mut rng = Rng(0xf11e);
    for _ in 0..rounds() * 5 {
        let mutated = mutate(&sound, &mut rng);
        let result = std::panic::catch_unwind(|| {
            if let Ok(file) = ProgressFile::from_bytes(&mutated) {
                let mut store = Store::open_in_memory().expect("store");
                // Merged whole, or refused whole.
                let _ = store.merge_progress(&file);
            }
        });
        assert!(
            result.is_ok(),
            "a mutated progress file panicked: {:?}",
            String::from_utf8_lossy(&mutated)
        );
    }
}

#[test]
fn pack_archives_of_any_bytes_are_refused_or_installed_never_a_panic() {
    use passerelle::pack::archive::build;
    use passerelle::pack_install::install_pack;
    use passerelle::store::Store;
    let sound = build(&common::valid_pack()).expect("archive");
    let mut rng = Rng(0xa7c4);
    for _ in 0..rounds() * 5 {
        let mutated = mutate(&sound, &mut rng);
        let result = std::panic::catch_unwind(|| {
            let mut store = Store::open_in_memory().expect("store");
            // Installed whole, or refused whole.
            let _ = install_pack(&mut store, &mutated, "fuzz.passerelle-pack", false);
        });
        assert!(result.is_ok(), "a mutated pack archive panicked");
    }
}

#[test]
fn gift_files_of_any_bytes_are_read_never_a_panic() {
    use passerelle::model::{Competence, Lang, Level};
    use passerelle::pack::gift::{Destination, parse, to_lesson};
    let sound = "// c\n$CATEGORY: a/b\n\n::Q1::[html]<b>Who</b>?{~a #no =b #yes ~%50%c####why}\n\nX {T#w#r}\n\nY {=a -> b =c -> d}\n\nZ {=x =y} after\n\nN {#1..5}\n\nE {}\n";
    let to = Destination {
        lesson_id: "fuzz".into(),
        title: "Fuzz".into(),
        competence: Competence::parse("1.1").expect("competence"),
        level: Level::new(1).expect("level"),
    };
    let mut rng = Rng(0x61f7);
    for _ in 0..rounds() * 10 {
        let mutated = mutate(sound.as_bytes(), &mut rng);
        let text = String::from_utf8_lossy(&mutated).into_owned();
        let result = std::panic::catch_unwind(|| {
            let file = parse(&text);
            let lesson = to_lesson(&file, Lang::En, Some(&file), &to);
            let _ = passerelle::pack::write::lesson_toml(&lesson);
        });
        assert!(result.is_ok(), "a mutated GIFT file panicked: {text:?}");
    }
}
