//! Attestations signed by their structure, checked offline with `passerelle attestation
//! verify` as another structure or an employer would: a genuine one is valid, a one-byte
//! change is caught, and one signed on a PC this one does not know is said to be so until
//! its key is trusted.

use std::path::Path;

use egui_kittest::kittest::Queryable as _;

use passerelle::attestation::Attestation;
use passerelle::i18n::I18n;
use passerelle::model::progress::FinishedLesson;
use passerelle::model::{Competence, Lang, Level, Text};
use passerelle::store::Store;

use crate::common::{CLI_PIN, choose_leaders_pin, passerelle_with_input};

/// An attestation for محمد علي signed on the PC whose data folder is `data`.
fn signed_pdf(data: &Path) -> Vec<u8> {
    choose_leaders_pin(data);
    let mut store = Store::open(&data.join(passerelle::store::FILE_NAME)).expect("store");
    let key = store
        .structure_key(CLI_PIN)
        .expect("store")
        .expect("the PIN opens the key");
    let lessons = [FinishedLesson {
        title: Text::new("La souris", "The mouse"),
        competence: Competence::parse("5.2").expect("code"),
        level: Level::new(1).expect("level"),
        finished_at: 1_763_800_000_000,
        best_correct: 5,
        questions: 6,
    }];
    let attestation = Attestation {
        name: "محمد علي",
        structure: "Médiathèque Łódź",
        leader: "Samia Ben Ali",
        lessons: &lessons,
        issued_at: 1_763_900_000_000,
    };
    let i18n = I18n::new();
    attestation.pdf(&i18n.tr(Lang::En), Some(&key)).pdf
}

/// `pdf` with the digit at `offset` in its signed text changed.
fn with_digit_changed(pdf: &[u8], offset: usize) -> Vec<u8> {
    let signed = passerelle::signing::find_in_pdf(pdf).expect("signed");
    let at = pdf
        .windows(signed.len())
        .position(|w| w == signed.as_bytes())
        .expect("in the file")
        + offset;
    let mut changed = pdf.to_vec();
    changed[at] = if changed[at] == b'0' { b'1' } else { b'0' };
    changed
}

/// `passerelle attestation ARGS…` in English on the PC whose data folder is `data`.
fn attestation_cli(data: &Path, args: &[&str], input: &str) -> std::process::Output {
    let data = data.display().to_string();
    let mut all = vec!["--lang", "en", "--data-dir", &data, "attestation"];
    all.extend_from_slice(args);
    passerelle_with_input(&all, input)
}

fn verify(data: &Path, file: &Path) -> (i32, String) {
    let out = attestation_cli(data, &["verify", &file.display().to_string()], "");
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn a_genuine_attestation_is_valid_and_shows_what_it_attests() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    let file = dir.path().join("attestation.pdf");
    std::fs::write(&file, signed_pdf(&data)).expect("written");
    let (code, text) = verify(&data, &file);
    assert_eq!(code, 0, "{text}");
    assert!(text.starts_with("VALID: signed by this structure"), "{text}");
    assert!(text.contains("Name: محمد علي"), "{text}");
    assert!(text.contains("Structure: Médiathèque Łódź"), "{text}");
    assert!(
        text.contains("Signed for the structure by: Samia Ben Ali"),
        "{text}"
    );
    assert!(
        text.contains("The mouse (5.2, level 1)") && text.contains("competence reached"),
        "{text}"
    );
}

#[test]
fn the_qr_code_on_the_page_holds_the_signed_facts_and_its_text_verifies() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    let pdf = signed_pdf(&data);
    let scanned = crate::common::pdf_qr_text(&pdf, 1).expect("a QR code a reader finds on the page");
    assert_eq!(
        Some(&scanned),
        passerelle::signing::find_in_pdf(&pdf).as_ref(),
        "the code holds the signed text of the metadata"
    );
    // What a phone read, typed or pasted on the command line.
    let out = attestation_cli(&data, &["verify", &scanned], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.starts_with("VALID: signed by this structure"), "{text}");
    assert!(text.contains("Name: محمد علي"), "{text}");
    // The same text saved to a file (as a phone shares it), with its line break.
    let file = dir.path().join("scanned.txt");
    std::fs::write(&file, format!("{scanned}\n")).expect("written");
    let (code, text) = verify(&data, &file);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn verify_checks_every_page_of_a_workshops_pdf() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    choose_leaders_pin(&data);
    let mut store = Store::open(&data.join(passerelle::store::FILE_NAME)).expect("store");
    let key = store.structure_key(CLI_PIN).expect("store").expect("the key");
    let i18n = I18n::new();
    let pages: Vec<_> = ["王芳", "Łukasz Wójcik"]
        .into_iter()
        .map(|name| {
            Attestation {
                name,
                structure: "Médiathèque",
                leader: "",
                lessons: &[],
                issued_at: 1_763_900_000_000,
            }
            .page(&i18n.tr(Lang::Fr), Some(&key))
        })
        .collect();
    let pdf = passerelle::attestation::document("Attestations", &pages).pdf;
    let file = dir.path().join("atelier.pdf");
    std::fs::write(&file, &pdf).expect("written");
    let (code, text) = verify(&data, &file);
    assert_eq!(code, 0, "{text}");
    let second = text.find("== Attestation 2 of 2").expect("the second page");
    assert!(text[..second].contains("Name: 王芳"), "{text}");
    assert!(
        text[second..].starts_with("== Attestation 2 of 2\nVALID"),
        "{text}"
    );
    assert!(text[second..].contains("Name: Łukasz Wójcik"), "{text}");

    // The second page's facts changed: that page is altered, and the whole check fails.
    let texts = passerelle::signing::find_all_in_pdf(&pdf);
    let changed = with_digit_changed(
        &pdf,
        pdf_offset_of(&pdf, &texts[1]) - pdf_offset_of(&pdf, &texts[0]) + 40,
    );
    std::fs::write(&file, changed).expect("written");
    let (code, text) = verify(&data, &file);
    assert_eq!(code, 1, "{text}");
    let second = text.find("== Attestation 2 of 2").expect("the second page");
    assert!(text[..second].contains("VALID"), "{text}");
    assert!(text[second..].contains("ALTERED"), "{text}");
}

/// Where `text` starts in `pdf`.
fn pdf_offset_of(pdf: &[u8], text: &str) -> usize {
    pdf.windows(text.len())
        .position(|w| w == text.as_bytes())
        .expect("in the file")
}

#[test]
fn a_one_byte_change_in_what_is_signed_is_caught() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    let pdf = signed_pdf(&data);
    let signed = passerelle::signing::find_in_pdf(&pdf).expect("signed");
    // One digit of the facts, then one of the signature.
    for offset in [passerelle::signing::PREFIX.len() + 10, signed.len() - 3] {
        let changed = with_digit_changed(&pdf, offset);
        let file = dir.path().join("changed.pdf");
        std::fs::write(&file, changed).expect("written");
        let (code, text) = verify(&data, &file);
        assert_eq!(code, 1, "{text}");
        assert!(text.starts_with("ALTERED"), "{text}");
    }
}

#[test]
fn an_attestation_from_another_structure_is_known_once_its_key_is_trusted() {
    let dir = tempfile::tempdir().expect("dir");
    let (theirs, ours) = (dir.path().join("their-pc"), dir.path().join("our-pc"));
    let file = dir.path().join("attestation.pdf");
    std::fs::write(&file, signed_pdf(&theirs)).expect("written");
    choose_leaders_pin(&ours);
    let (code, text) = verify(&ours, &file);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.starts_with("SIGNED BY A STRUCTURE THIS PC DOES NOT KNOW"),
        "{text}"
    );
    assert!(
        text.contains("Name: محمد علي"),
        "the facts are shown all the same: {text}"
    );

    // Their key, as `attestation key` prints it on their PC.
    let out = attestation_cli(&theirs, &["key"], "");
    let printed = String::from_utf8_lossy(&out.stdout);
    let public = printed.trim().rsplit(' ').next().expect("the key").to_owned();
    let trusted = attestation_cli(
        &ours,
        &[
            "trust",
            &public,
            "--structure",
            "Médiathèque de Łódź",
            "--pin-stdin",
        ],
        &format!("{CLI_PIN}\n"),
    );
    assert!(
        trusted.status.success(),
        "{}",
        String::from_utf8_lossy(&trusted.stderr)
    );
    let (code, text) = verify(&ours, &file);
    assert_eq!(code, 0, "{text}");
    assert!(text.starts_with("VALID: signed by Médiathèque de Łódź"), "{text}");
}

#[test]
fn trusting_a_key_needs_the_leaders_pin() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    choose_leaders_pin(&data);
    let key = "ab".repeat(32);
    let out = attestation_cli(
        &data,
        &["trust", &key, "--structure", "X", "--pin-stdin"],
        "wrong\n",
    );
    assert_eq!(out.status.code(), Some(2));
}

/// The leaders' area of the PC in `data` in English, unlocked, whose file dialog saves
/// to `save_to` and opens `open`.
fn leaders_area(
    data: &Path,
    save_to: &Path,
    open: &Path,
) -> egui_kittest::Harness<'static, passerelle::app::PasserelleApp> {
    let store = crate::common::open_store(&data.join(passerelle::store::FILE_NAME));
    let startup = passerelle::app::Startup {
        file_dialog: Some(std::sync::Arc::new(crate::common::Fake {
            save_to: save_to.to_path_buf(),
            open: vec![open.to_path_buf()],
        })),
        ..passerelle::app::Startup::default()
    };
    let mut h = crate::common::app_with(store, startup);
    h.set_size(egui::vec2(1000.0, 1600.0));
    h.get_by_label("English").click();
    h.run();
    crate::common::unlock_leaders_area(&mut h, CLI_PIN);
    h
}

/// The number of keys the store of `data` knows.
fn known_keys(data: &Path) -> usize {
    let text = Store::open(&data.join(passerelle::store::FILE_NAME))
        .expect("store")
        .keys_file()
        .expect("keys")
        .unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && l.contains(' '))
        .count()
        - 1
}

#[test]
fn structures_trust_each_other_with_a_keys_file_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let (theirs, ours) = (dir.path().join("their-pc"), dir.path().join("our-pc"));
    let attestation = dir.path().join("attestation.pdf");
    std::fs::write(&attestation, signed_pdf(&theirs)).expect("written");
    choose_leaders_pin(&ours);
    Store::open(&ours.join(passerelle::store::FILE_NAME))
        .expect("store")
        .set_attestation_names("Centre social", "")
        .expect("names");

    // Their PC has no structure name yet: nothing to write, and it says why.
    let keys = dir.path().join("keys.passerelle-keys");
    let out = attestation_cli(&theirs, &["keys", "--out", &keys.display().to_string()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("give the structure's name"));
    Store::open(&theirs.join(passerelle::store::FILE_NAME))
        .expect("store")
        .set_attestation_names("Médiathèque Łódź", "")
        .expect("names");
    let out = attestation_cli(&theirs, &["keys", "--out", &keys.display().to_string()], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&keys).expect("the keys file");
    assert!(written.starts_with("passerelle-keys 1\n"), "{written}");
    assert!(written.contains(" Médiathèque Łódź\n"), "{written}");

    // A file changed on the way is refused whole, naming its line and field.
    let bad = dir.path().join("bad.passerelle-keys");
    std::fs::write(&bad, format!("{written}{} Faux\n", "0".repeat(64))).expect("written");
    let before = known_keys(&ours);
    let bad_path = bad.display().to_string();
    let out = attestation_cli(
        &ours,
        &["trust-file", &bad_path, "--pin-stdin"],
        &format!("{CLI_PIN}\n"),
    );
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("line 4, the key: this is not a Passerelle key"),
        "{said}"
    );
    assert_eq!(known_keys(&ours), before, "nothing trusted");
    let (code, _) = verify(&ours, &attestation);
    assert_eq!(code, 1, "still unknown");

    // Without the PIN, nothing; with it, their attestations are valid here.
    let keys_path = keys.display().to_string();
    let out = attestation_cli(&ours, &["trust-file", &keys_path, "--pin-stdin"], "0000\n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(known_keys(&ours), before);
    let out = attestation_cli(
        &ours,
        &["trust-file", &keys_path, "--pin-stdin"],
        &format!("{CLI_PIN}\n"),
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("this PC now knows the attestations of Médiathèque Łódź."),
        "{said}"
    );
    let (code, text) = verify(&ours, &attestation);
    assert_eq!(code, 0, "{text}");
    assert!(text.starts_with("VALID: signed by Médiathèque Łódź"), "{text}");
    // The same file again changes nothing.
    let out = attestation_cli(
        &ours,
        &["trust-file", &keys_path, "--pin-stdin"],
        &format!("{CLI_PIN}\n"),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("knew every key of this file already (1)"));
}

#[test]
fn structures_trust_each_other_with_a_keys_file_from_the_leaders_area() {
    let dir = tempfile::tempdir().expect("dir");
    let (theirs, ours) = (dir.path().join("their-pc"), dir.path().join("our-pc"));
    let keys = dir.path().join("keys.passerelle-keys");
    let attestation = dir.path().join("attestation.pdf");
    std::fs::write(&attestation, signed_pdf(&theirs)).expect("written");
    choose_leaders_pin(&ours);

    // Their leaders save their keys file: first they must give their name.
    let mut h = leaders_area(&theirs, &keys, &keys);
    h.get_by_label("Save our keys file").click();
    h.run();
    h.get_by_label(
        "Give your structure's name above first, and keep it: the keys file says whose keys they are.",
    );
    h.get_by_label("Your structure's name, printed on attestations")
        .focus();
    h.run();
    h.get_by_label("Your structure's name, printed on attestations")
        .type_text("Médiathèque Łódź");
    h.run();
    h.get_by_label("Keep these names").click();
    h.run();
    h.get_by_label("Save our keys file").click();
    h.run();
    crate::common::wait_for_file_job(&mut h);
    h.get_by_label_contains("The structures' keys are saved in");
    drop(h);

    // Ours trust it, and their attestation is valid here.
    let mut h = leaders_area(&ours, &dir.path().join("unused"), &keys);
    h.get_by_label("Trust a keys file").click();
    h.run();
    crate::common::wait_for_file_job(&mut h);
    h.get_by_label_contains("keys.passerelle-keys: this PC now knows the attestations of Médiathèque Łódź.");
    drop(h);
    let (code, text) = verify(&ours, &attestation);
    assert_eq!(code, 0, "{text}");
}

/// The leaders' area of the PC in `data`, whose file dialog opens `file`.
fn leaders_checking(
    data: &Path,
    file: &Path,
) -> egui_kittest::Harness<'static, passerelle::app::PasserelleApp> {
    let mut h = leaders_area(data, &data.join("unused.pdf"), file);
    h.get_by_label("Check an attestation (PDF)").click();
    h.run();
    crate::common::wait_for_file_job(&mut h);
    h
}

#[test]
fn the_leaders_check_an_attestation_on_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    let file = dir.path().join("attestation.pdf");
    let pdf = signed_pdf(&data);
    std::fs::write(&file, &pdf).expect("written");
    let h = leaders_checking(&data, &file);
    h.get_by_label_contains("Valid: signed by this structure");
    h.get_by_label("Name: محمد علي");
    h.get_by_label_contains("The mouse (5.2, level 1)");

    // The same file with one digit of its signed facts changed.
    let changed = with_digit_changed(&pdf, passerelle::signing::PREFIX.len() + 20);
    std::fs::write(&file, changed).expect("written");
    drop(h);
    let h = leaders_checking(&data, &file);
    h.get_by_label_contains("Altered: this attestation is no longer as its structure signed it");
    assert!(
        h.query_by_label_contains("Name:").is_none(),
        "no facts shown for an altered one"
    );
}

#[test]
fn the_leaders_trust_another_structure_from_the_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let (theirs, ours) = (dir.path().join("their-pc"), dir.path().join("our-pc"));
    let file = dir.path().join("attestation.pdf");
    std::fs::write(&file, signed_pdf(&theirs)).expect("written");
    choose_leaders_pin(&ours);
    let mut h = leaders_checking(&ours, &file);
    h.get_by_label_contains("Signed by a structure this PC does not know");
    h.get_by_label("Name: محمد علي");
    // The name starts as the one printed on the attestation; the leader gives their own.
    h.get_by_label("The structure's name").focus();
    h.run();
    h.key_press(egui::Key::End);
    h.get_by_label("The structure's name").type_text(" (Pologne)");
    h.run();
    h.get_by_label("Trust this structure").click();
    h.run();
    h.get_by_label_contains("Valid: signed by Médiathèque Łódź (Pologne)");
    drop(h);
    let (code, text) = verify(&ours, &file);
    assert_eq!(code, 0, "{text}");
}

/// In `dir`, files ending in `.extension` that a reader must refuse without waiting or
/// reading them: a named pipe, a link to it, and a sparse file one byte over `max`.
#[cfg(unix)]
fn hostile_files(dir: &std::path::Path, extension: &str, max: u64) -> [std::path::PathBuf; 3] {
    let pipe = dir.join(format!("pipe.{extension}"));
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .expect("mkfifo")
            .success()
    );
    let link = dir.join(format!("link.{extension}"));
    std::os::unix::fs::symlink(&pipe, &link).expect("symlink");
    let huge = dir.join(format!("huge.{extension}"));
    std::fs::File::create(&huge)
        .and_then(|f| f.set_len(max + 1))
        .expect("huge file");
    [pipe, link, huge]
}

/// Hostile files given to `attestation verify`: refused with their name and why, without
/// waiting on a pipe or reading a huge file, and the store is left as it was.
#[cfg(unix)]
#[test]
fn verify_refuses_a_pipe_a_link_to_it_and_a_huge_file() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    choose_leaders_pin(&data);
    let [pipe, link, huge] = hostile_files(
        dir.path(),
        "pdf",
        passerelle::file_read::MAX_ATTESTATION_FILE_BYTES,
    );
    let store = data.join(passerelle::store::FILE_NAME);
    let before = std::fs::read(&store).expect("store");
    for file in [&pipe, &link, &huge] {
        let (code, text) = verify(&data, file);
        assert_eq!(code, 2, "{text}");
        assert!(
            text.contains(&file.display().to_string()),
            "the file is named: {text}"
        );
        assert!(text.contains("cannot be read:"), "{text}");
    }
    assert_eq!(std::fs::read(&store).expect("store"), before, "nothing changed");
}

#[cfg(unix)]
#[test]
fn trust_file_refuses_a_pipe_a_link_to_it_a_huge_file_and_a_binary_one() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("pc");
    choose_leaders_pin(&data);
    let [pipe, link, huge] = hostile_files(
        dir.path(),
        "passerelle-keys",
        passerelle::file_read::MAX_KEYS_FILE_BYTES,
    );
    let binary = dir.path().join("binary.passerelle-keys");
    std::fs::write(&binary, b"\x00\xff\xfepasserelle-keys 1").expect("written");
    let store = data.join(passerelle::store::FILE_NAME);
    Store::open(&store)
        .expect("store")
        .set_attestation_names("Centre social", "")
        .expect("names");
    let known = || Store::open(&store).expect("store").keys_file().expect("keys");
    let before = known();
    for (file, reason) in [
        (&pipe, "cannot be read:"),
        (&link, "cannot be read:"),
        (&huge, "cannot be read:"),
        (&binary, "is not a keys file of Passerelle"),
    ] {
        let path = file.display().to_string();
        let out = attestation_cli(
            &data,
            &["trust-file", &path, "--pin-stdin"],
            &format!("{CLI_PIN}\n"),
        );
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{text}");
        assert!(text.contains(&path), "the file is named: {text}");
        assert!(text.contains(reason), "{text}");
    }
    assert_eq!(known(), before, "no key trusted");
}
