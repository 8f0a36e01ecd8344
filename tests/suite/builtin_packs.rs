//! Every built-in pack passes `pack check`, from its folder and as embedded in the binary.

use std::path::PathBuf;

use passerelle::cli::pack_check;
use passerelle::model::Lang;
use passerelle::pack::{builtin, load_files};

#[test]
fn every_built_in_pack_passes_pack_check() {
    let lessons = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lessons");
    for lang in [Lang::Fr, Lang::En] {
        let mut out = Vec::new();
        let clean = pack_check(std::slice::from_ref(&lessons), lang, &mut out).expect("writes to memory");
        let text = String::from_utf8_lossy(&out);
        assert!(clean, "{text}");
        assert!(!text.is_empty());
    }
}

#[test]
fn embedded_packs_load_and_the_starter_pack_is_big_enough() {
    let packs = builtin::packs();
    assert!(!packs.is_empty());
    for files in &packs {
        let pack = load_files(files).unwrap_or_else(|p| panic!("{}: {p:#?}", files.root));
        if pack.manifest.id.as_str() == "premiers-pas" {
            let questions: usize = pack.lessons.iter().map(|l| l.questions.len()).sum();
            assert!(pack.lessons.len() >= 3, "at least 3 lessons");
            assert!(questions >= 15, "at least 15 questions");
        }
    }
}

#[test]
fn a_broken_pack_fails_pack_check_with_status_false() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("pack.toml"), "format = 1\n")?;
    let mut out = Vec::new();
    let clean = pack_check(&[dir.path().to_path_buf()], Lang::En, &mut out)?;
    assert!(!clean);
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("pack.toml:1: the field \"id\" is missing or empty"),
        "{text}"
    );
    assert!(text.contains("no lessons"), "{text}");
    Ok(())
}
