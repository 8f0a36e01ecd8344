//! Exports for spreadsheets: CSV that opens correctly in French Excel and LibreOffice
//! (UTF-8 with a byte-order mark, `;` between fields in French, `,` in English), with the
//! rows, columns and texts the screens show (titles and questions in the language chosen,
//! dates as the screen shows them), plus an ISO 8601 date column that a spreadsheet reads
//! the same in any language. Only residents who share their results appear, as on screen.
//! The columns are listed in docs/exports.md.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

use std::collections::HashMap;

use super::{Result, Store, StoreError};
use crate::i18n::Tr;
use crate::model::calendar::{Day, format_date, format_iso_minute, format_time};
use crate::model::time_spent::shown_minutes;
use crate::model::{Competence, Lang, Lesson, LessonId, Level, PackId, cra};

/// Every answer of the residents who share their results, oldest first.
const SHARED_ANSWERS: &str =
    "SELECT r.name, a.answered_at, a.pack_id, a.lesson_id, a.question_id, a.correct, a.language
     FROM answer a JOIN resident r ON r.id = a.resident_id
     WHERE r.shares_results = 1 ORDER BY a.answered_at, a.id";

/// The byte-order mark that tells Excel the file is UTF-8.
const BOM: &str = "\u{feff}";

/// The field separator spreadsheets expect in `lang` (French ones use `,` in numbers).
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::Fr => ';',
        Lang::En => ',',
    }
}

/// A field that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return: OWASP's "CSV injection") is given a leading `'`, so
/// that a card named `=HYPERLINK(…)` stays a name. The figures Passerelle writes never
/// start so (counts, dates), so nothing else changes.
fn neutralised(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// One CSV line: formulas neutralised, fields quoted when they hold the separator, a
/// quote or a line break.
fn line<S: AsRef<str>>(fields: &[S], sep: char) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| neutralised(f.as_ref()))
        .map(|f| {
            if f.contains([sep, '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.into_owned()
            }
        })
        .collect();
    let mut out = quoted.join(&sep.to_string());
    out.push_str("\r\n");
    out
}

/// Starts a table: the byte-order mark, then the header of the Fluent ids `columns` in
/// the language of `tr`; returns the field separator of that language.
fn start(out: &mut dyn Write, tr: &Tr<'_>, columns: &[&str]) -> Result<char> {
    let sep = separator(tr.lang);
    let header: Vec<String> = columns.iter().map(|id| tr.t(id)).collect();
    write!(out, "{BOM}{}", line(&header, sep)).map_err(StoreError::Io)?;
    Ok(sep)
}

impl Store {
    /// The residents' figures, as the leaders' area and each one's report show them.
    pub fn residents_csv(&self, tr: &Tr<'_>, out: &mut dyn Write) -> Result<()> {
        let io = |e: std::io::Error| StoreError::Io(e);
        let sep = start(
            out,
            tr,
            &[
                "csv-name",
                "csv-last-visit",
                "csv-last-visit-iso",
                "csv-lessons-done",
                "csv-right-answers",
                "csv-answers",
                "csv-time-spent",
                "csv-competences",
            ],
        )?;
        for r in self.resident_summaries()? {
            let competences: Vec<String> = self
                .competence_levels(&r.uid)?
                .into_iter()
                .map(|(competence, level)| {
                    tr.args(
                        "agent-competence-level",
                        &[
                            ("code", competence.code().into()),
                            ("name", tr.t(&competence.message_id()).into()),
                            ("level", level.get().into()),
                        ],
                    )
                })
                .collect();
            let fields = [
                format_date(r.last_seen_at, tr.lang),
                Day::local(r.last_seen_at).iso(),
                r.lessons_done.to_string(),
                r.right.to_string(),
                r.answers.to_string(),
                shown_minutes(self.time_spent(&r.uid)?).to_string(),
                competences.join(" / "),
            ];
            let fields: Vec<String> = std::iter::once(r.name).chain(fields).collect();
            out.write_all(line(&fields, sep).as_bytes()).map_err(io)?;
        }
        Ok(())
    }

    /// Every workshop with its residents who share their results, one line each, with
    /// the group view's figures: the lessons it gives, present or not, and the workshop's
    /// lessons finished. A workshop with none of them still has a line.
    pub fn workshops_csv(&self, tr: &Tr<'_>, out: &mut dyn Write) -> Result<()> {
        let io = |e: std::io::Error| StoreError::Io(e);
        let sep = start(
            out,
            tr,
            &[
                "csv-workshop",
                "csv-date",
                "csv-date-iso",
                "csv-time",
                "csv-place",
                "csv-topic",
                "csv-lessons-given",
                "csv-name",
                "csv-present",
                "csv-lessons-done",
            ],
        )?;
        let (yes, no) = (tr.t("csv-yes"), tr.t("csv-no"));
        for summary in self.workshops()? {
            let Some(report) = self.workshop_report(&summary.uid)? else {
                continue;
            };
            let w = &report.workshop;
            let given: Vec<&str> = report
                .lesson_titles
                .iter()
                .map(|t| t.get(tr.lang).as_str())
                .collect();
            let workshop = [
                w.title.clone(),
                w.day.shown(tr.lang),
                w.day.iso(),
                w.time.clone().unwrap_or_default(),
                w.place.clone(),
                w.topic.clone(),
                given.join(" / "),
            ];
            let mut members: Vec<[String; 3]> = report
                .members
                .iter()
                .map(|m| {
                    [
                        m.name.clone(),
                        if m.present { yes.clone() } else { no.clone() },
                        m.lessons_done.to_string(),
                    ]
                })
                .collect();
            if members.is_empty() {
                members.push(Default::default());
            }
            for member in members {
                let fields: Vec<String> = workshop.iter().cloned().chain(member).collect();
                out.write_all(line(&fields, sep).as_bytes()).map_err(io)?;
            }
        }
        Ok(())
    }

    /// A draft of the Coop de la médiation numérique's activity report for each workshop
    /// (`model/cra.rs`): its date, title, place and participants present, the Coop's themes
    /// and level for the lessons it gives, and in its notes the lessons and what the
    /// residents who share their results finished of them.
    pub fn cra_csv(&self, tr: &Tr<'_>, out: &mut dyn Write) -> Result<()> {
        let io = |e: std::io::Error| StoreError::Io(e);
        let sep = start(
            out,
            tr,
            &[
                "csv-date-iso",
                "csv-cra-type",
                "csv-cra-title",
                "csv-cra-duration",
                "csv-cra-place-type",
                "csv-cra-place",
                "csv-cra-themes",
                "csv-cra-themes-api",
                "csv-cra-level",
                "csv-cra-level-api",
                "csv-cra-equipment",
                "csv-cra-participants",
                "csv-cra-notes-header",
            ],
        )?;
        let lessons: HashMap<(PackId, LessonId), (Competence, Level)> = self
            .packs()?
            .into_iter()
            .flat_map(|p| p.lessons)
            .map(|l| ((l.pack, l.id), (l.competence, l.level)))
            .collect();
        for summary in self.workshops()? {
            let Some(report) = self.workshop_report(&summary.uid)? else {
                continue;
            };
            let w = &report.workshop;
            let given: Vec<(Competence, Level)> = w
                .lessons
                .iter()
                .filter_map(|key| lessons.get(key).copied())
                .collect();
            let themes = cra::themes(given.iter().map(|(c, _)| *c));
            let level = cra::workshop_level(given.iter().map(|(_, l)| *l));
            let titles: Vec<&str> = report
                .lesson_titles
                .iter()
                .map(|t| t.get(tr.lang).as_str())
                .collect();
            let done: u32 = report.members.iter().map(|m| m.lessons_done).sum();
            let total = report.lesson_titles.len() * report.members.len();
            let notes = tr.args(
                "csv-cra-notes",
                &[
                    ("lessons", titles.join(", ").into()),
                    ("done", done.into()),
                    ("total", total.into()),
                    ("members", report.members.len().into()),
                ],
            );
            let fields = [
                w.day.iso(),
                cra::COLLECTIVE_WORKSHOP.label.to_owned(),
                w.title.clone(),
                String::new(),
                cra::PLACE_OF_ACTIVITY.label.to_owned(),
                w.place.clone(),
                themes.iter().map(|t| t.label).collect::<Vec<_>>().join(" ; "),
                themes.iter().map(|t| t.api).collect::<Vec<_>>().join(","),
                level.map(|l| l.label.to_owned()).unwrap_or_default(),
                level.map(|l| l.api.to_owned()).unwrap_or_default(),
                cra::COMPUTER.label.to_owned(),
                summary.present.to_string(),
                notes,
            ];
            out.write_all(line(&fields, sep).as_bytes()).map_err(io)?;
        }
        Ok(())
    }

    /// Every answer of the residents who share their results, oldest first, with the
    /// pack's and lesson's titles and the question as the screens show them (the ids of a
    /// lesson no longer installed); `done` counts the rows written, for a progress bar.
    pub fn answers_csv(&self, tr: &Tr<'_>, out: &mut dyn Write, done: &AtomicU64) -> Result<()> {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        let io = |e: std::io::Error| StoreError::Io(e);
        let sep = start(
            &mut out,
            tr,
            &[
                "csv-name",
                "csv-date",
                "csv-time",
                "csv-date-time-iso",
                "csv-pack",
                "csv-lesson",
                "csv-question",
                "csv-right",
                "csv-language",
            ],
        )?;
        let (yes, no) = (tr.t("csv-yes"), tr.t("csv-no"));
        let packs: HashMap<String, String> = self
            .packs()?
            .into_iter()
            .map(|p| (p.manifest.id.to_string(), p.manifest.title.get(tr.lang).clone()))
            .collect();
        // Each lesson read once, by pack and lesson id (looked up without copying the ids).
        let mut lessons: HashMap<String, HashMap<String, Option<Lesson>>> = HashMap::new();
        let mut stmt = self.conn.prepare(SHARED_ANSWERS)?;
        let mut rows = stmt.query([])?;
        // Answers come in time order: the time texts are made once per minute.
        let mut minute = i64::MIN;
        let mut when: [String; 3] = Default::default();
        while let Some(row) = rows.next()? {
            let at: i64 = row.get(1)?;
            if at.div_euclid(60_000) != minute {
                minute = at.div_euclid(60_000);
                when = [format_date(at, tr.lang), format_time(at), format_iso_minute(at)];
            }
            let (name, pack, lesson, question, right, language): (
                String,
                String,
                String,
                String,
                bool,
                String,
            ) = (
                row.get(0)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
            );
            if !lessons.get(&pack).is_some_and(|l| l.contains_key(&lesson)) {
                let found = self.lesson(&PackId::from(pack.as_str()), &LessonId::from(lesson.as_str()))?;
                lessons
                    .entry(pack.clone())
                    .or_default()
                    .insert(lesson.clone(), found);
            }
            let found = lessons
                .get(&pack)
                .and_then(|l| l.get(&lesson))
                .and_then(Option::as_ref);
            let lesson_title = found.map_or(lesson.as_str(), |l| l.title.get(tr.lang).as_str());
            let prompt = found
                .and_then(|l| l.questions.iter().find(|q| q.id.as_str() == question))
                .map_or(question.as_str(), |q| q.prompt.get(tr.lang).as_str());
            let pack_title = packs.get(&pack).map_or(pack.as_str(), String::as_str);
            let [date, time, iso] = &when;
            let fields = [
                name.as_str(),
                date,
                time,
                iso,
                pack_title,
                lesson_title,
                prompt,
                if right { &yes } else { &no },
                &language,
            ];
            out.write_all(line(&fields, sep).as_bytes()).map_err(io)?;
            done.fetch_add(1, Ordering::Relaxed);
        }
        out.flush().map_err(io)?;
        Ok(())
    }

    /// Reads the rows [`Store::answers_csv`] writes, without formatting or writing them:
    /// the export's baseline in `passerelle bench`. Returns the bytes read.
    pub fn scan_shared_answers(&self) -> Result<u64> {
        let mut stmt = self.conn.prepare(SHARED_ANSWERS)?;
        let mut rows = stmt.query([])?;
        let mut bytes = 0u64;
        while let Some(row) = rows.next()? {
            for i in [0, 2, 3, 4, 6] {
                bytes += u64::try_from(row.get_ref(i)?.as_str().map_or(0, str::len)).unwrap_or(0);
            }
        }
        Ok(bytes)
    }

    /// How many answers [`Store::answers_csv`] would write.
    pub fn shared_answer_count(&self) -> Result<u64> {
        let count: i64 = self
            .conn
            .prepare(include_str!("csv_export/shared_answer_count.sql"))?
            .query_row([], |r| r.get(0))?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// A second, read-only connection to the same file, for work on another thread.
    pub fn reopen_read_only(&self) -> Result<Store> {
        let path =
            self.conn.path().filter(|p| !p.is_empty()).ok_or_else(|| {
                StoreError::Io(std::io::Error::other("an in-memory store cannot be reopened"))
            })?;
        let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(Store::around(conn))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_separators_quotes_or_breaks_are_quoted() {
        let fields = [
            "Marie; Jo".to_owned(),
            "dit \"Mimi\"".to_owned(),
            "simple".to_owned(),
        ];
        assert_eq!(
            line(&fields, ';'),
            "\"Marie; Jo\";\"dit \"\"Mimi\"\"\";simple\r\n"
        );
        assert_eq!(line(&fields, ','), "Marie; Jo,\"dit \"\"Mimi\"\"\",simple\r\n");
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        for (typed, written) in [
            (
                "=HYPERLINK(\"http://x\";\"Click\")",
                "\"'=HYPERLINK(\"\"http://x\"\";\"\"Click\"\")\"",
            ),
            ("+33 6", "'+33 6"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "\"'\rcmd\""),
            ("Ana", "Ana"),
            ("12", "12"),
        ] {
            assert_eq!(
                line(&[typed.to_owned()], ';'),
                format!("{written}\r\n"),
                "{typed:?}"
            );
        }
    }
}
