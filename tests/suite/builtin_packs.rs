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
        let clean =
            pack_check(std::slice::from_ref(&lessons), false, lang, &mut out).expect("writes to memory");
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
    let clean = pack_check(&[dir.path().to_path_buf()], false, Lang::En, &mut out)?;
    assert!(!clean);
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("pack.toml:1: the field \"id\" is missing or empty"),
        "{text}"
    );
    assert!(text.contains("no lessons"), "{text}");
    Ok(())
}

#[test]
fn pack_check_warns_about_facts_never_or_long_ago_checked_and_lists_sources() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let lesson = |id: &str, checked: &str| {
        crate::common::LESSON.replacen("id = \"lecon-un\"", &format!("id = \"{id}\""), 1)
            + &format!("\n[[sources]]\ntitle = \"CNIL\"\naddress = \"https://www.cnil.fr\"\n{checked}\n")
    };
    let pack = crate::common::pack_files(
        crate::common::MANIFEST,
        &lesson("vieille", "checked = \"2020-03-01\""),
    );
    for (name, bytes) in &pack.files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent"))?;
        std::fs::write(path, bytes)?;
    }
    std::fs::write(
        dir.path().join("lessons/02.toml"),
        lesson("jamais", "").replace("q-", "r-"),
    )?;
    let mut out = Vec::new();
    let clean = pack_check(&[dir.path().to_path_buf()], true, Lang::En, &mut out)?;
    let text = String::from_utf8_lossy(&out);
    assert!(clean, "warnings leave the pack valid: {text}");
    assert!(
        text.contains(
            "lesson \"vieille\": warning, its facts were checked on 2020-03-01, more than 12 months ago"
        ),
        "{text}"
    );
    assert!(
        text.contains("lesson \"jamais\": warning, nobody has read its sources again yet"),
        "{text}"
    );
    assert!(
        text.contains("- CNIL: https://www.cnil.fr (checked on 2020-03-01)"),
        "{text}"
    );
    assert!(
        text.contains("- CNIL: https://www.cnil.fr (not read again yet)"),
        "{text}"
    );
    // Without --sources, only the warnings.
    let mut out = Vec::new();
    pack_check(&[dir.path().to_path_buf()], false, Lang::En, &mut out)?;
    let text = String::from_utf8_lossy(&out);
    assert!(!text.contains("https://www.cnil.fr"), "{text}");
    assert!(text.contains("more than 12 months ago"), "{text}");
    Ok(())
}
