//! `passerelle bench`: the speed targets measured on this machine, each next to a
//! baseline taken in the same run (these machines are noisy: ratios mean more than
//! milliseconds).
//!
//! - `pack check` of a generated pack of 1,000 lessons and 10,000 questions (target ≤ 0.5 s),
//!   against parsing the same files as plain TOML;
//! - its import into the store (target ≤ 1 s), against inserting the same rows with
//!   plain SQL;
//! - a durable answer commit, p50 and p99 over 500 answers (target p99 ≤ 10 ms), against a
//!   bare one-row insert in the same kind of database;
//! - one letter typed in the pack editor (target ≤ 16 ms, one frame), against `pack check`
//!   of the same pack;
//! - frame CPU time p95 on the heaviest screens with 10,000 residents (target ≤ 8 ms),
//!   against an empty window's frame (see `frames.rs`).

mod frames;
mod network;

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::model::{Avatar, DisplaySettings, Lang, Response, grade};
use crate::pack::{PackFiles, load_dir};
use crate::store::{AnswerRecord, Store};

/// One line of the report.
#[derive(Debug)]
pub struct Measure {
    /// What was measured.
    pub what: &'static str,
    /// How long it took.
    pub took: Duration,
    /// The baseline's time, measured in the same run.
    pub baseline: Duration,
    /// The target.
    pub target: Duration,
}

impl Measure {
    /// `took / baseline`.
    pub fn ratio(&self) -> f64 {
        self.took.as_secs_f64() / self.baseline.as_secs_f64().max(1e-9)
    }
}

/// A generated pack of `lessons` lessons with `questions` questions each, as files.
pub fn generated_pack(lessons: usize, questions: usize) -> PackFiles {
    let mut files = vec![(
        "pack.toml".to_owned(),
        r#"format = 1
id = "bench"
version = "1.0.0"
authors = ["bench"]
licence = "CC0-1.0"
title = { fr = "Banc d'essai", en = "Bench" }
description = { fr = "Un pack généré.", en = "A generated pack." }
"#
        .as_bytes()
        .to_vec(),
    )];
    for l in 0..lessons {
        let mut text = format!(
            "id = \"lecon-{l}\"\ncompetence = \"5.2\"\nlevel = 1\ntitle = {{ fr = \"Leçon {l}\", en = \"Lesson {l}\" }}\n\n\
             [[steps]]\ntext = {{ fr = \"Une étape avec du texte.\", en = \"A step with some text.\" }}\n"
        );
        for q in 0..questions {
            let _ = write!(
                text,
                "\n[[questions]]\nid = \"q-{l}-{q}\"\ntype = \"single\"\nanswer = \"b\"\n\
                 prompt = {{ fr = \"Question {q} ?\", en = \"Question {q}?\" }}\n\
                 explanation = {{ fr = \"Parce que.\", en = \"Because.\" }}\n\
                 [[questions.choices]]\nid = \"a\"\nfr = \"Un\"\nen = \"One\"\n\
                 [[questions.choices]]\nid = \"b\"\nfr = \"Deux\"\nen = \"Two\"\n"
            );
        }
        files.push((format!("lessons/{l:04}.toml"), text.into_bytes()));
    }
    PackFiles {
        root: "bench".into(),
        files,
    }
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

/// One letter typed in the pack editor on the largest built-in pack: the problems, the
/// marks and undo brought up to date (the median of 50), against `pack check` of the
/// same pack alone.
fn editor_keystroke() -> Result<Measure, Box<dyn std::error::Error>> {
    let largest = crate::pack::builtin::packs()
        .into_iter()
        .max_by_key(|p| p.files.iter().map(|(_, b)| b.len()).sum::<usize>())
        .ok_or("no built-in pack")?;
    let draft = crate::pack::draft::PackDraft::read(&largest).map_err(|_| "the pack does not read")?;
    let mut editor =
        crate::session::PackEditor::new("bench".into(), draft, std::collections::BTreeSet::default());
    let median = |mut times: Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let mut typed = Vec::new();
    for i in 0..50u64 {
        let before = editor.draft.clone();
        if let Some(title) = editor
            .draft
            .lessons
            .first_mut()
            .and_then(|l| l.lesson.title.as_mut())
        {
            title.fr.get_or_insert_with(String::new).push('a');
        }
        let ((), took) = time(|| editor.edited(before, i * 100));
        typed.push(took);
    }
    let checks: Vec<Duration> = (0..50)
        .map(|_| time(|| std::hint::black_box(crate::pack::load_files(&largest).is_ok())).1)
        .collect();
    Ok(Measure {
        what: "pack editor: one letter typed in the largest built-in pack",
        took: median(typed),
        baseline: median(checks),
        target: Duration::from_millis(16),
    })
}

/// Runs every measure in `dir` (a scratch folder); the network's too with `network`, a
/// database owner's URL on a server on this PC.
pub fn run(dir: &Path, network: Option<&str>) -> Result<Vec<Measure>, Box<dyn std::error::Error>> {
    let files = generated_pack(1000, 10);
    let pack_dir = dir.join("bench-pack");
    for (name, bytes) in &files.files {
        let path = pack_dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    let mut measures = Vec::new();
    if let Some(url) = network {
        measures.extend(network::measure(url, dir)?);
    }

    // pack check, from the folder, against plain TOML parsing of the same files.
    let (checked, took) = time(|| load_dir(&pack_dir));
    let pack = checked.map_err(|p| format!("{} problems in the generated pack", p.len()))?;
    let ((), baseline) = time(|| {
        for (_, bytes) in &files.files {
            let parsed: Result<toml::Table, _> = toml::from_slice(bytes);
            std::hint::black_box(parsed.is_ok());
        }
    });
    measures.push(Measure {
        what: "pack check, 1,000 lessons / 10,000 questions",
        took,
        baseline,
        target: Duration::from_millis(500),
    });

    measures.push(editor_keystroke()?);

    // Import, against plain inserts of the same JSON.
    let mut store = Store::open(&dir.join("import.sqlite3"))?;
    let (imported, took) = time(|| store.import_pack(&pack, "bench", false));
    imported?;
    let json: Vec<String> = pack
        .lessons
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<_, _>>()?;
    let mut raw = rusqlite::Connection::open(dir.join("raw.sqlite3"))?;
    raw.pragma_update(None, "journal_mode", "WAL")?;
    raw.pragma_update(None, "synchronous", "FULL")?;
    raw.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")?;
    let (inserted, baseline) = time(|| -> rusqlite::Result<()> {
        let tx = raw.transaction()?;
        {
            let mut insert = tx.prepare("INSERT INTO t (body) VALUES (?1)")?;
            for body in &json {
                insert.execute([body])?;
            }
        }
        tx.commit()
    });
    inserted?;
    measures.push(Measure {
        what: "import of that pack into the store",
        took,
        baseline,
        target: Duration::from_secs(1),
    });

    // Durable answer commits, against bare one-row commits.
    let resident = store.create_resident("bench", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    let lesson = &pack.lessons[0];
    let progress = store.start_lesson(resident.id, &pack.manifest.id, &lesson.id)?;
    let mut commits = Vec::new();
    for i in 0..500 {
        let question = &lesson.questions[i % lesson.questions.len()];
        let response = Response::Choice("b".into());
        let (saved, took) = time(|| {
            store.record_answer(&AnswerRecord {
                resident: resident.id,
                pack: &pack.manifest.id,
                lesson: &lesson.id,
                question: &question.id,
                attempt: progress.attempt,
                response: &response,
                grade: grade(&question.kind, &response),
                lang: Lang::Fr,
            })
        });
        saved?;
        commits.push(took);
    }
    let mut bare = Vec::new();
    for i in 0..500 {
        let (done, took) = time(|| raw.execute("INSERT INTO t (body) VALUES (?1)", [format!("{i}")]));
        done?;
        bare.push(took);
    }
    for (what, q) in [("answer commit, p50", 0.50), ("answer commit, p99", 0.99)] {
        measures.push(Measure {
            what,
            took: percentile(&mut commits, q),
            baseline: percentile(&mut bare, q),
            target: Duration::from_millis(10),
        });
    }

    // A store like a busy library PC's: 10,000 residents, 1,000,000 answers.
    let mut seeded = Store::open(&dir.join("seeded.sqlite3"))?;
    crate::pack_install::sync_builtin(&mut seeded, &crate::pack::builtin::packs())?;
    seeded.seed(10_000, 100)?;
    measures.extend(leaders(&mut seeded)?);
    measures.extend(frames::measure(seeded));
    measures.extend(privacy(&dir.join("seeded.sqlite3"))?);
    Ok(measures)
}

/// On the large store: one resident's right-of-access page (their 100 answers, each with
/// its question) against reading their summary, and erasing one resident for good
/// (rows deleted with their space zeroed, write-ahead log checkpointed and truncated)
/// against reading the whole file once. Both run in the window's thread: a second is the
/// most a leader should wait.
fn privacy(path: &std::path::Path) -> Result<Vec<Measure>, Box<dyn std::error::Error>> {
    let mut store = Store::open(path)?;
    let uid = store
        .resident_summaries()?
        .first()
        .ok_or("a resident")?
        .uid
        .clone();
    let i18n = crate::i18n::I18n::new();
    let tr = i18n.tr(Lang::Fr);
    let (page, took) = time(|| -> crate::store::Result<usize> {
        let data = store.person_data(&uid)?;
        Ok(data.map_or(0, |d| crate::access_document::html(&d, "", 0, &tr).len()))
    });
    if page? == 0 {
        return Err("the resident has no data".into());
    }
    let (summary, baseline) = time(|| store.resident_summary(&uid));
    std::hint::black_box(summary?);
    let mut measures = vec![Measure {
        what: "right-of-access page of one resident (100 answers)",
        took,
        baseline,
        target: Duration::from_millis(200),
    }];
    let (read, baseline) = time(|| std::fs::read(path).map(|b| b.len()));
    std::hint::black_box(read?);
    let (erased, took) = time(|| store.erase_resident(&uid, "", None));
    std::hint::black_box(erased?);
    measures.push(Measure {
        what: "erasing one resident of 10,000 for good (freed space zeroed, log truncated)",
        took,
        baseline,
        target: Duration::from_secs(1),
    });
    Ok(measures)
}

/// The leaders' area on the large store: its residents query, a resident's report and a
/// workshop's group view (target 30 ms each) against a bare count of the same answers,
/// and the CSV export of a million answers (target 3 s)
/// against reading the same rows without formatting or writing them.
fn leaders(store: &mut Store) -> Result<Vec<Measure>, Box<dyn std::error::Error>> {
    let mut measures = Vec::new();
    let (summaries, took) = time(|| store.resident_summaries());
    let summaries = summaries?;
    let ((), baseline) = time(|| {
        std::hint::black_box(store.shared_answer_count().ok());
    });
    measures.push(Measure {
        what: "leaders' area: residents with their figures (10,000 / 1,000,000 answers)",
        took,
        baseline,
        target: Duration::from_millis(30),
    });
    // A workshop of 10 of them, giving every lesson.
    let workshop = crate::model::workshop::Workshop {
        uid: "bench-workshop".into(),
        title: "Atelier".into(),
        day: crate::model::calendar::Day::parse("24/11/2026").ok_or("day")?,
        time: None,
        place: String::new(),
        topic: String::new(),
        lessons: store
            .packs()?
            .iter()
            .flat_map(|p| &p.lessons)
            .map(|l| (l.pack.clone(), l.id.clone()))
            .collect(),
        members: summaries.iter().take(10).map(|r| r.uid.clone()).collect(),
    };
    store.save_workshop(&workshop)?;
    let uid = &summaries[0].uid;
    let (report, took) = time(|| -> crate::store::Result<()> {
        std::hint::black_box(store.resident_summary(uid)?);
        std::hint::black_box(store.competence_levels(uid)?);
        std::hint::black_box(store.time_spent(uid)?);
        std::hint::black_box(store.resident_note(uid)?);
        Ok(())
    });
    report?;
    measures.push(Measure {
        what: "leaders' area: one resident's report",
        took,
        baseline,
        target: Duration::from_millis(30),
    });
    let (group, took) = time(|| store.workshop_report(&workshop.uid));
    std::hint::black_box(group?);
    measures.push(Measure {
        what: "leaders' area: a workshop of 10 residents, with the questions missed most",
        took,
        baseline,
        target: Duration::from_millis(30),
    });
    std::hint::black_box(summaries.len());
    let i18n = crate::i18n::I18n::new();
    let tr = i18n.tr(Lang::Fr);
    let done = std::sync::atomic::AtomicU64::new(0);
    let mut sink = std::io::sink();
    let (written, took) = time(|| store.answers_csv(&tr, &mut sink, &done));
    written?;
    let (scanned, baseline) = time(|| store.scan_shared_answers());
    std::hint::black_box(scanned?);
    measures.push(Measure {
        what: "CSV export of 1,000,000 answers",
        took,
        baseline,
        target: Duration::from_secs(3),
    });
    Ok(measures)
}

fn percentile(samples: &mut [Duration], q: f64) -> Duration {
    samples.sort_unstable();
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = ((samples.len() as f64 - 1.0) * q).round() as usize;
    samples.get(index).copied().unwrap_or_default()
}

/// The report as a Markdown table.
pub fn report(measures: &[Measure]) -> String {
    let mut out =
        String::from("| measure | took | baseline | ratio | target | met |\n|---|---|---|---|---|---|\n");
    for m in measures {
        let _ = writeln!(
            out,
            "| {} | {:.1} ms | {:.1} ms | {:.2}× | {} ms | {} |",
            m.what,
            m.took.as_secs_f64() * 1000.0,
            m.baseline.as_secs_f64() * 1000.0,
            m.ratio(),
            m.target.as_millis(),
            if m.took <= m.target { "yes" } else { "no" }
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::load_files;

    #[test]
    fn the_generated_pack_is_valid() {
        let pack = load_files(&generated_pack(3, 4)).expect("valid");
        assert_eq!(pack.lessons.len(), 3);
        assert_eq!(pack.lessons[2].questions.len(), 4);
    }

    #[test]
    fn percentiles() {
        let mut samples: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&mut samples, 0.5), Duration::from_millis(51));
        assert_eq!(percentile(&mut samples, 0.99), Duration::from_millis(99));
    }
}
