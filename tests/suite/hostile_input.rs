//! Files from USB keys and damaged PCs: a picture too large for the graphics card, packs
//! that check, build and install alike, folders holding links, pipes and huge files.

use std::path::Path;

use egui_kittest::kittest::Queryable as _;
use passerelle::model::picture::MAX_SIDE;
use passerelle::pack::{PackFiles, ProblemKind, archive, load_dir, load_files};

use crate::common::{self, LESSON, MANIFEST, pack_files};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A PNG header claiming `width` × `height` pixels (compresses to nothing: the shape of
/// a "picture bomb").
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    png.extend_from_slice(&width.to_be_bytes());
    png.extend_from_slice(&height.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0]);
    png
}

fn kinds(files: &PackFiles) -> Vec<ProblemKind> {
    load_files(files)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.kind)
        .collect()
}

fn with_picture(bytes: Vec<u8>) -> PackFiles {
    let mut files = common::valid_pack();
    files.files.retain(|(name, _)| name != "media/image.png");
    files.files.push(("media/image.png".into(), bytes));
    files
}

#[test]
fn pictures_too_large_or_cut_short_are_refused_by_check() {
    assert_eq!(
        kinds(&with_picture(png_header(20_000, 20_000))),
        [ProblemKind::PictureTooLarge {
            width: 20_000,
            height: 20_000
        }]
    );
    let whole = common::png_of_size(64, 64);
    assert_eq!(
        kinds(&with_picture(whole[..whole.len() - 20].to_vec())),
        [ProblemKind::PictureDamaged]
    );
    assert!(kinds(&with_picture(common::png_of_size(MAX_SIDE, 8))).is_empty());
}

/// The app open on the trial pack's first lesson, whose picture is replaced by `picture`
/// in the store (as a store filled before pictures were checked could hold it).
#[allow(
    clippy::needless_pass_by_value,
    reason = "callers make the picture in the call"
)]
fn lesson_with_stored_picture(
    dir: &Path,
    picture: Vec<u8>,
) -> egui_kittest::Harness<'static, passerelle::app::PasserelleApp> {
    use passerelle::model::{Avatar, DisplaySettings, Lang};
    let mut store = common::open_store(&dir.join("store.sqlite3"));
    let mut pack = load_files(&common::valid_pack()).expect("valid");
    for (name, bytes) in &mut pack.media {
        if name == "image.png" {
            bytes.clone_from(&picture);
        }
    }
    store.import_pack(&pack, "old-import", false).expect("import");
    store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let mut h = common::app(store);
    h.get_by_label("English").click();
    h.run();
    h.get_by_label("Open Ana's profile").click();
    h.run();
    h.state_mut().apply(passerelle::session::Action::Lesson(
        passerelle::session::LessonAction::OpenLesson {
            pack: pack.manifest.id.clone(),
            lesson: pack.lessons[0].id.clone(),
        },
    ));
    h.run();
    h
}

#[test]
fn a_picture_over_the_graphics_cards_limit_is_drawn_smaller_and_a_huge_one_is_replaced() -> Result {
    let dir = tempfile::tempdir()?;
    // The harness's card takes 2048 a side, like old integrated graphics: a 3000-wide
    // picture is drawn from a smaller copy (egui checks every texture against the card).
    let max = {
        let h = lesson_with_stored_picture(dir.path(), common::png_of_size(3000, 40));
        let max = h.ctx.input(|i| i.max_texture_side);
        assert!(h.query_by_label("A picture").is_some(), "the picture is shown");
        assert!(h.query_by_label_contains("too large to be shown").is_none());
        max
    };
    assert!(
        max < 3000,
        "the test needs a card smaller than the picture ({max})"
    );
    // 20000 × 20000 would take 1.6 GB to decode: a framed placeholder says so instead,
    // with what the picture shows; the lesson goes on.
    let dir = tempfile::tempdir()?;
    let mut h = lesson_with_stored_picture(dir.path(), png_header(20_000, 20_000));
    assert!(h.query_by_label_contains("too large to be shown").is_some());
    assert!(h.query_by_label("A picture").is_some(), "its description is read");
    h.get_by_label("Next").click();
    h.run();
    Ok(())
}

#[test]
fn check_build_and_install_agree_on_real_sounds_and_on_limits() -> Result {
    // Ten seconds of silence: a real WAV that packs to almost nothing.
    let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
    wav.resize(10 * 1024 * 1024, 0);
    let mut files = common::valid_pack();
    files.files.push(("media/silence.wav".into(), wav));
    assert!(load_files(&files).is_ok(), "check accepts it");
    let built = archive::build(&files)?;
    let dir = tempfile::tempdir()?;
    let mut store = common::open_store(&dir.path().join("pc.sqlite3"));
    let installed =
        passerelle::pack_install::install_pack(&mut store, &built, "essai.passerelle-pack", false);
    assert!(
        installed.is_ok(),
        "install accepts what check accepts: {installed:?}"
    );

    // Too many lessons: check refuses what install would.
    let mut many = common::valid_pack();
    for i in 0..passerelle::pack::limits::MAX_FILES {
        many.files.push((format!("lessons/x{i}.toml"), Vec::new()));
    }
    assert!(kinds(&many).contains(&ProblemKind::TooManyFiles {
        max: passerelle::pack::limits::MAX_FILES
    }));
    // A 2 MB lesson text: refused by check as by install.
    let mut heavy = common::valid_pack();
    heavy
        .files
        .push(("lessons/02.toml".into(), vec![b'#'; 2 * 1024 * 1024]));
    assert!(
        kinds(&heavy)
            .iter()
            .any(|k| matches!(k, ProblemKind::FileTooLarge { .. }))
    );
    Ok(())
}

#[test]
fn versions_numbers_and_names_that_collide_on_windows_are_refused() {
    for bad in ["abc", "1.x", ""] {
        let found = kinds(&pack_files(
            &MANIFEST.replace("version = \"1.0.0\"", &format!("version = \"{bad}\"")),
            LESSON,
        ));
        assert!(
            found.iter().any(|k| matches!(
                k,
                ProblemKind::BadVersion { .. } | ProblemKind::MissingField { .. }
            )),
            "{bad:?}: {found:?}"
        );
    }
    let number = r#"
[[questions]]
id = "q-number"
type = "number"
prompt = { fr = "Combien ?", en = "How many?" }
explanation = { fr = "Ainsi.", en = "So." }
[[questions.numbers]]
value = nan
"#;
    for value in ["nan", "inf", "-inf"] {
        let lesson = format!("{LESSON}{}", number.replace("nan", value));
        let found = kinds(&pack_files(MANIFEST, &lesson));
        assert!(
            found.iter().any(|k| matches!(k, ProblemKind::NotANumber { .. })),
            "{value}: {found:?}"
        );
    }
    let mut twins = common::valid_pack();
    twins.files.push(("media/Image.png".into(), common::PNG.to_vec()));
    assert!(
        kinds(&twins)
            .iter()
            .any(|k| matches!(k, ProblemKind::SameNameButCase { .. }))
    );
    // A lesson file whose extension is written in capitals is read, not skipped.
    let mut upper = common::valid_pack();
    for (name, _) in &mut upper.files {
        if name == "lessons/01.toml" {
            *name = "lessons/01.TOML".into();
        }
    }
    assert!(load_files(&upper).is_ok());
    // A file a pack does not read is reported with its name, never left out in silence.
    for stray in [
        "notes.txt",
        "lessons/02.txt",
        "lessons/01.toml.bak",
        "images/photo.png",
    ] {
        let mut extra = common::valid_pack();
        extra.files.push((stray.into(), b"x".to_vec()));
        let problems = load_files(&extra).err().unwrap_or_default();
        assert!(
            problems
                .iter()
                .any(|p| p.kind == ProblemKind::NotAPackFile && p.file.ends_with(stray)),
            "{stray}: {problems:#?}"
        );
    }
}

/// The trial pack written into `dir`.
fn pack_folder(dir: &Path) -> Result {
    for (name, bytes) in common::valid_pack().files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().ok_or("parent")?)?;
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

#[cfg(unix)]
#[test]
fn pack_folders_refuse_links_pipes_and_huge_files_without_reading_them() -> Result {
    let dir = tempfile::tempdir()?;
    pack_folder(dir.path())?;
    assert!(load_dir(dir.path()).is_ok());
    let refused = |kind: fn(&ProblemKind) -> bool, name: &str| -> Result {
        let problems = load_dir(dir.path()).err().unwrap_or_default();
        let found = problems
            .iter()
            .find(|p| kind(&p.kind))
            .ok_or("no problem found")?;
        assert!(found.file.ends_with(name), "{found:?} names the file");
        Ok(())
    };
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("lessons/02.toml"))?;
    refused(|k| matches!(k, ProblemKind::Link), "lessons/02.toml")?;
    std::fs::remove_file(dir.path().join("lessons/02.toml"))?;
    std::os::unix::fs::symlink("/etc", dir.path().join("media/etc"))?;
    refused(|k| matches!(k, ProblemKind::Link), "media/etc")?;
    std::fs::remove_file(dir.path().join("media/etc"))?;
    // A named pipe would make a reader wait for ever: it is never opened.
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("lessons/pipe.toml"))
        .status()?;
    assert!(made.success());
    refused(|k| matches!(k, ProblemKind::NotAFile), "lessons/pipe.toml")?;
    std::fs::remove_file(dir.path().join("lessons/pipe.toml"))?;
    // 1 TB (sparse): refused from its size, before any byte is read.
    std::fs::File::create(dir.path().join("media/huge.wav"))?.set_len(1 << 40)?;
    refused(
        |k| matches!(k, ProblemKind::FileTooLarge { .. }),
        "media/huge.wav",
    )?;
    Ok(())
}

#[test]
fn messages_show_control_characters_instead_of_sending_them() {
    let lesson = LESSON.replacen("id = \"lecon-un\"", "id = \"lecon\\u001b[2J\"", 1);
    let problems = load_files(&pack_files(MANIFEST, &lesson))
        .err()
        .unwrap_or_default();
    let i18n = passerelle::i18n::I18n::new();
    let tr = i18n.tr(passerelle::model::Lang::En);
    let message = problems.first().map(|p| p.message(&tr)).unwrap_or_default();
    assert!(message.contains("\\u{1b}[2J"), "{message}");
    assert!(!message.contains('\u{1b}'), "{message}");
}

#[test]
fn a_value_of_the_wrong_kind_is_said_in_plain_words_on_its_line() {
    let lesson = LESSON.replacen("level = 1", "level = \"1\"", 1);
    let problems = load_files(&pack_files(MANIFEST, &lesson))
        .err()
        .unwrap_or_default();
    let found = problems.first().expect("a problem");
    assert_eq!(
        found.kind,
        ProblemKind::WrongType {
            found: "text",
            expected: "whole-number"
        }
    );
    assert_eq!(found.line, Some(3));
    let i18n = passerelle::i18n::I18n::new();
    let said = found.message(&i18n.tr(passerelle::model::Lang::En));
    assert!(
        said.contains("this value is a text in quotes, where a whole number without quotes"),
        "{said}"
    );
    assert!(!said.contains("i64"), "{said}");
    let said = found.message(&i18n.tr(passerelle::model::Lang::Fr));
    assert!(said.contains("nombre entier"), "{said}");
}

#[test]
fn problems_come_in_line_order_and_name_their_question() {
    let lesson = LESSON.replacen("answer = \"b\"", "answer = \"z\"", 1).replacen(
        "prompt = { fr = \"Vrai ?\", en = \"True?\" }",
        "prompt = { fr = \"Vrai ?\" }",
        1,
    );
    let problems = load_files(&pack_files(MANIFEST, &lesson))
        .err()
        .unwrap_or_default();
    let lines: Vec<Option<usize>> = problems.iter().map(|p| p.line).collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted, "{problems:#?}");
    let i18n = passerelle::i18n::I18n::new();
    let said: Vec<String> = problems
        .iter()
        .map(|p| p.message(&i18n.tr(passerelle::model::Lang::En)))
        .collect();
    assert!(said[0].contains("(question \"q-single\")"), "{said:?}");
    assert!(said[1].contains("(question \"q-true-false\")"), "{said:?}");
}
