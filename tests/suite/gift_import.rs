//! Moodle GIFT import, on a whole file in the style of Moodle's documentation, written in
//! English with its French translation: the questions land in a pack folder that `pack
//! check` accepts (numerical questions included), essays are listed with their lines,
//! and an unpaired translation shows as missing.

use passerelle::i18n::I18n;
use passerelle::model::{Competence, Lang, Level, QuestionKind, Response, grade};
use passerelle::pack::{ProblemKind, load_dir};

const ENGLISH: &str = r"// Moodle's examples, with feedback for every question.
$CATEGORY: tom/history

::Grant::Who's buried in Grant's tomb?{~Grant #No, he is not alone. =Grant and his wife #Yes. ~Nobody####Grant and his wife lie there.}

::Tomb::Grant is buried in Grant's tomb.{F####His wife is there too.}

::Names::Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant####Ulysses S. Grant, with his wife.}

::Capitals::Match the following countries with their corresponding capitals. {
=Canada -> Ottawa
=Italy -> Rome
=Japan -> Tokyo
####Each capital with its country.}

::Cost::Moodle costs {~lots of money =nothing ~a small amount####It is free software.} to download.

::Two::What two people are entombed in Grant's tomb? {
~%-100%No one
~%50%Grant
~%50%Grant's wife
~%-100%Grant's father
####Grant and his wife.}

::Essay::Write about your day.{}

::Born::When was Ulysses S. Grant born?{#1822:5####In 1822.}
";

const FRENCH: &str = r"::Grant::Qui est enterré dans la tombe de Grant ?{~Grant =Grant et sa femme ~Personne####Grant et sa femme y reposent.}

::Tomb::Grant est enterré seul dans sa tombe.{F####Sa femme y est aussi.}

::Names::Qui est enterré dans la tombe de Grant ?{=Grant =Ulysses S. Grant####Ulysses S. Grant, avec sa femme.}

::Capitals::Associez chaque pays à sa capitale. {
=Canada -> Ottawa
=Italie -> Rome
=Japon -> Tokyo
####Chaque capitale avec son pays.}

::Two::Quelles 2 personnes sont dans la tombe de Grant ? {
~%-100%Personne
~%50%Grant
~%50%La femme de Grant
~%-100%Le père de Grant
####Grant et sa femme.}
";

#[test]
fn a_bilingual_gift_bank_becomes_a_lesson_that_pack_check_reads() {
    let dir = tempfile::tempdir().expect("dir");
    let (en, fr) = (dir.path().join("grant.gift"), dir.path().join("grant-fr.gift"));
    std::fs::write(&en, ENGLISH).expect("write");
    std::fs::write(&fr, FRENCH).expect("write");
    let pack_dir = dir.path().join("histoire");
    let i18n = I18n::new();
    let mut printed = Vec::new();
    let job = passerelle::cli::GiftImport {
        file: &en,
        lang: Lang::En,
        other: Some(&fr),
        into: &pack_dir,
        competence: Competence::parse("1.1").expect("competence"),
        level: Level::new(2).expect("level"),
        force: false,
    };
    passerelle::cli::import_gift(&job, &i18n.tr(Lang::En), &mut printed).expect("import");
    let printed = String::from_utf8(printed).expect("utf-8");
    assert!(
        printed.contains("Line 25: an essay question is not imported"),
        "{printed}"
    );
    assert!(printed.contains("7 questions written to"), "{printed}");
    // The only problems: the pack.toml to complete, and the question with no French twin.
    let problems = load_dir(&pack_dir).expect_err("the manifest and one translation are to complete");
    let in_lesson: Vec<_> = problems.iter().filter(|p| p.file.contains("lessons/")).collect();
    assert!(!in_lesson.is_empty());
    assert!(
        in_lesson
            .iter()
            .all(|p| matches!(p.kind, ProblemKind::MissingTranslation { .. })),
        "{in_lesson:?}"
    );
    let lesson_text = std::fs::read_to_string(pack_dir.join("lessons/grant.toml")).expect("lesson");
    assert!(lesson_text.contains("Grant et sa femme"), "paired by name");
    // Complete the manifest and the missing translations: the lesson loads.
    std::fs::write(
        pack_dir.join("pack.toml"),
        "format = 1\nid = \"histoire\"\nversion = \"1.0.0\"\nauthors = [\"Test\"]\nlicence = \"CC0-1.0\"\ntitle = { fr = \"Histoire\", en = \"History\" }\ndescription = { fr = \"Quiz\", en = \"Quiz\" }\n",
    )
    .expect("manifest");
    let completed = lesson_text
        .replace("fr = \"\"", "fr = \"(à traduire)\"")
        .replace("fr = []", "fr = [\"rien\"]");
    std::fs::write(pack_dir.join("lessons/grant.toml"), completed).expect("lesson");
    let pack = load_dir(&pack_dir).unwrap_or_else(|p| panic!("{p:?}"));
    let kinds: Vec<&str> = pack.lessons[0]
        .questions
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::TrueFalse { .. } => "true-false",
            QuestionKind::Typed { .. } => "typed",
            QuestionKind::Match { .. } => "match",
            QuestionKind::Number { .. } => "number",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "single",
            "true-false",
            "typed",
            "match",
            "single",
            "multiple",
            "number"
        ]
    );
    let born = &pack.lessons[0].questions[6];
    let QuestionKind::Number { answers } = &born.kind else {
        panic!("a number question");
    };
    assert_eq!((answers[0].value, answers[0].tolerance), (1822.0, 5.0));
    assert!(grade(&born.kind, &Response::Text("1 825".into())).correct);
    assert!(!grade(&born.kind, &Response::Text("1830".into())).correct);
    // A short answer is graded as Moodle grades it: exactly, capitals aside.
    let names = &pack.lessons[0].questions[2];
    assert!(grade(&names.kind, &Response::Text("ulysses s. grant".into())).correct);
    assert!(!grade(&names.kind, &Response::Text("Ulyses S. Grant".into())).correct);
    let q = &pack.lessons[0].questions[4];
    assert_eq!(q.prompt.en, "Moodle costs _____ to download.");
    assert_eq!(q.explanation.en, "It is free software.");
}

#[test]
fn a_pack_goes_out_to_moodle_and_comes_back_one_lesson_per_category() {
    use std::process::Command;
    let dir = tempfile::tempdir().expect("dir");
    let bank = dir.path().join("premiers-pas.gift");
    let bin = env!("CARGO_BIN_EXE_passerelle");
    let pack = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/01-premiers-pas");
    let run = |args: &[&str]| {
        Command::new(bin)
            .args(["--lang", "en"])
            .args(args)
            .output()
            .expect("runs")
    };
    let out = bank.display().to_string();
    let exported = run(&["pack", "export-gift", pack, "--in", "fr", "-o", &out]);
    assert!(exported.status.success(), "{exported:?}");
    let said = String::from_utf8_lossy(&exported.stdout);
    assert!(said.contains("questions written to"), "{said}");
    assert!(
        said.contains("has no GIFT form"),
        "order and zone questions are listed: {said}"
    );
    let again = run(&["pack", "export-gift", pack, "--in", "fr", "-o", &out]);
    assert!(!again.status.success(), "never overwritten without --force");

    let into = dir.path().join("back");
    let imported = run(&[
        "pack",
        "import-gift",
        &out,
        "--in",
        "fr",
        "--into",
        &into.display().to_string(),
    ]);
    assert!(imported.status.success(), "{imported:?}");
    let lessons: Vec<String> = std::fs::read_dir(into.join("lessons"))
        .expect("lessons")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let original = passerelle::pack::load_dir(std::path::Path::new(pack)).expect("clean");
    assert_eq!(
        lessons.len(),
        original.lessons.len(),
        "one lesson per category: {lessons:?}"
    );
    assert!(
        lessons.contains(&"premiers-pas-la-souris.toml".to_owned()),
        "{lessons:?}"
    );
}
