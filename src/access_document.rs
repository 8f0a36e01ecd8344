//! The right-of-access document (GDPR article 15): a page a person can read and print,
//! in their language, with everything Passerelle keeps about them — their card, every
//! change of their consent, every answer with the question asked and the answer given at
//! the local date and time, practice tries, positioning tests, workshops, the leaders'
//! note — and what the program keeps and for how long. Plain HTML (opens in any browser,
//! prints, reads aloud with the system's screen reader), no script, no outside file.

use std::fmt::Write as _;

use crate::answer_words::answer_in_words;
use crate::i18n::Tr;
use crate::model::calendar::{format_date, format_date_time};
use crate::model::person_data::PersonData;
use crate::model::positioning::Standing;

/// `text` safe inside HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The document, in the language of `tr`, made at `made_at` by `structure`.
pub fn html(data: &PersonData, structure: &str, made_at: i64, tr: &Tr<'_>) -> String {
    let lang = tr.lang;
    let person = &data.resident;
    let mut h = String::new();
    let title = tr.args("access-title", &[("name", person.name.as_str().into())]);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>body{{font-family:sans-serif;font-size:1.2rem;line-height:1.5;max-width:60rem;margin:auto;padding:1rem}}\
         table{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #555;padding:.3rem;text-align:left;vertical-align:top}}\
         h2{{margin-top:2rem}}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        lang.code(),
        esc(&title),
        esc(&title)
    );
    let made = tr.args("access-made", &[("date", format_date_time(made_at, lang).into())]);
    let _ = writeln!(h, "<p>{}</p>", esc(&made));
    if !structure.trim().is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(structure.trim()));
    }

    for section in [
        card_section,
        consent_section,
        follows_section,
        lessons_section,
        answers_section,
        practice_section,
        positioning_section,
        workshops_section,
        note_section,
        about_section,
    ] {
        section(&mut h, data, tr);
    }
    h.push_str("</body>\n</html>\n");
    h
}

/// The card: name, picture, language, display, dates.
fn card_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    let person = &data.resident;
    let when = |ms: i64| esc(&format_date_time(ms, lang));
    let yes_no = |b: bool| yes_no(b, tr);
    section(h, &tr.t("access-card"));
    let rows = [
        (tr.t("access-card-name"), esc(&person.name)),
        (
            tr.t("access-card-picture"),
            esc(&format!(
                "{}, {}",
                tr.t(&format!("avatar-colour-{}", person.avatar.colour.key())),
                tr.t(&format!("avatar-symbol-{}", person.avatar.symbol.key()))
            )),
        ),
        (
            tr.t("access-card-language"),
            esc(&tr.t(&format!("access-lang-{}", person.lang.code()))),
        ),
        (
            tr.t("access-card-display"),
            esc(&tr.args(
                "access-card-display-value",
                &[
                    ("percent", person.display.text_percent.into()),
                    ("contrast", yes_no(person.display.high_contrast).into()),
                    ("easy", yes_no(person.display.easy_text).into()),
                ],
            )),
        ),
        (tr.t("access-card-made"), when(data.created_at)),
        (tr.t("access-card-seen"), when(data.last_seen_at)),
        (tr.t("access-card-locked"), esc(&yes_no(person.locked))),
        (tr.t("access-card-merged"), data.merged_cards.to_string()),
    ];
    table(h, &[], rows.iter().map(|(k, v)| vec![esc(k), v.clone()]));
}

/// The choice to share results, now and each time it changed.
fn consent_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    let person = &data.resident;
    let when = |ms: i64| esc(&format_date_time(ms, lang));
    section(h, &tr.t("access-consent"));
    let now_text = if person.shares_results {
        "home-sharing-on"
    } else {
        "home-sharing-off"
    };
    let _ = writeln!(h, "<p>{}</p>", esc(&tr.t(now_text)));
    table(
        h,
        &[tr.t("access-col-when"), tr.t("access-col-choice")],
        data.consent.iter().map(|(at, shares)| {
            vec![
                when(*at),
                esc(&tr.t(if *shares {
                    "access-consent-yes"
                } else {
                    "access-consent-no"
                })),
            ]
        }),
    );
}

/// The choice to let the card follow them to the network's other sites, each time it
/// changed (nothing when they never had the choice).
fn follows_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    if data.follows.is_empty() && !data.resident.follows_me {
        return;
    }
    let when = |ms: i64| esc(&format_date_time(ms, tr.lang));
    section(h, &tr.t("access-follows"));
    table(
        h,
        &[tr.t("access-col-when"), tr.t("access-col-choice")],
        data.follows.iter().map(|(at, follows)| {
            vec![
                when(*at),
                esc(&tr.t(if *follows {
                    "access-follows-yes"
                } else {
                    "access-follows-no"
                })),
            ]
        }),
    );
}

/// Each lesson started or finished, with its best result.
fn lessons_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    let when = |ms: i64| esc(&format_date_time(ms, lang));
    section(h, &tr.t("access-lessons"));
    table(
        h,
        &[
            tr.t("access-col-lesson"),
            tr.t("access-col-result"),
            tr.t("access-col-when"),
        ],
        data.lessons.iter().map(|l| {
            let result = l.best_correct.map_or_else(
                || tr.t("access-lesson-started"),
                |n| tr.args("access-lesson-done", &[("right", n.into())]),
            );
            vec![esc(l.title.get(lang)), esc(&result), when(l.updated_at)]
        }),
    );
}

/// Every answer, in words.
fn answers_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    let when = |ms: i64| esc(&format_date_time(ms, lang));
    let yes_no = |b: bool| yes_no(b, tr);
    section(h, &tr.t("access-answers"));
    table(
        h,
        &[
            tr.t("access-col-when"),
            tr.t("access-col-lesson"),
            tr.t("access-col-question"),
            tr.t("access-col-answer"),
            tr.t("access-col-right"),
        ],
        data.answers.iter().map(|a| {
            let (asked, given) = match (&a.question, &a.response) {
                (Some(q), Some(r)) => (q.prompt.get(lang).to_owned(), answer_in_words(q, r, tr)),
                (Some(q), None) => (q.prompt.get(lang).to_owned(), tr.t("access-answer-unreadable")),
                (None, _) => (a.question_id.0.clone(), tr.t("access-answer-unreadable")),
            };
            vec![
                when(a.at),
                esc(a.lesson.get(lang)),
                esc(&asked),
                esc(&given),
                esc(&yes_no(a.correct)),
            ]
        }),
    );
}

/// The practice activities and how they went.
fn practice_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    let when = |ms: i64| esc(&format_date_time(ms, lang));
    let yes_no = |b: bool| yes_no(b, tr);
    section(h, &tr.t("access-practice"));
    let _ = writeln!(h, "<p>{}</p>", esc(&tr.t("access-practice-kept")));
    table(
        h,
        &[
            tr.t("access-col-when"),
            tr.t("access-col-lesson"),
            tr.t("access-col-done"),
            tr.t("access-col-moves"),
            tr.t("access-col-tried-again"),
        ],
        data.activities.iter().map(|a| {
            vec![
                when(a.at),
                esc(a.lesson.get(lang)),
                esc(&yes_no(a.success)),
                esc(&tr.args(
                    "access-moves",
                    &[("hits", a.hits.into()), ("misses", a.misses.into())],
                )),
                esc(&tr.portal_steps(&a.stumbles)),
            ]
        }),
    );
}

/// The positioning tests' levels, and the review queue.
fn positioning_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    let when = |ms: i64| esc(&format_date_time(ms, lang));
    section(h, &tr.t("access-positioning"));
    table(
        h,
        &[tr.t("access-col-when"), tr.t("access-col-result")],
        data.positioning.iter().map(|run| {
            let levels: Vec<String> = run
                .standings
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let domain = tr.t(&format!("competence-domain-{}", i + 1));
                    match s {
                        Standing::NotMeasured => tr.args("access-level-none", &[("domain", domain.into())]),
                        Standing::Level(l) => tr.args(
                            "access-level",
                            &[("domain", domain.into()), ("level", (*l).into())],
                        ),
                    }
                })
                .collect();
            vec![when(run.finished_at), esc(&levels.join(" ; "))]
        }),
    );
    let (waiting, learnt) = data.reviews;
    let reviews = tr.args("access-reviews", &[("count", waiting.into())]);
    let _ = writeln!(h, "<p>{}</p>", esc(&reviews));
    if learnt > 0 {
        let learnt = tr.args("access-reviews-learnt", &[("count", learnt.into())]);
        let _ = writeln!(h, "<p>{}</p>", esc(&learnt));
    }
}

/// The workshops the person was signed up for.
fn workshops_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    let yes_no = |b: bool| yes_no(b, tr);
    section(h, &tr.t("access-workshops"));
    table(
        h,
        &[
            tr.t("access-col-day"),
            tr.t("access-col-workshop"),
            tr.t("access-col-place"),
            tr.t("access-col-present"),
        ],
        data.workshops.iter().map(|w| {
            vec![
                esc(&w.day.shown(lang)),
                esc(&w.title),
                esc(&w.place),
                esc(&match w.left_at {
                    Some(at) => tr.args("access-workshop-left", &[("date", format_date(at, lang).into())]),
                    None => yes_no(w.present),
                }),
            ]
        }),
    );
}

/// The leaders' note about the person.
fn note_section(h: &mut String, data: &PersonData, tr: &Tr<'_>) {
    let lang = tr.lang;
    section(h, &tr.t("access-note"));
    let (note, note_at) = &data.note;
    if note.trim().is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(&tr.t("access-note-none")));
    } else {
        let written = tr.args(
            "access-note-written",
            &[("date", format_date(*note_at, lang).into())],
        );
        let _ = writeln!(
            h,
            "<p>{}</p>\n<blockquote>{}</blockquote>",
            esc(&written),
            esc(note)
        );
    }
}

/// Where the data is kept, for how long, who sees it, and the person's rights.
fn about_section(h: &mut String, _: &PersonData, tr: &Tr<'_>) {
    section(h, &tr.t("access-about"));
    for id in [
        "access-about-where",
        "access-about-how-long",
        "access-about-who",
        "access-about-code",
        "access-about-rights",
    ] {
        let _ = writeln!(h, "<p>{}</p>", esc(&tr.t(id)));
    }
}

fn yes_no(b: bool, tr: &Tr<'_>) -> String {
    tr.t(if b { "access-yes" } else { "access-no" })
}

fn section(h: &mut String, title: &str) {
    let _ = writeln!(h, "<h2>{}</h2>", esc(title));
}

/// A table of already escaped cells; "nothing" when there are no rows.
fn table(h: &mut String, headers: &[String], rows: impl Iterator<Item = Vec<String>>) {
    let mut body = String::new();
    for row in rows {
        body.push_str("<tr>");
        for cell in row {
            let _ = write!(body, "<td>{cell}</td>");
        }
        body.push_str("</tr>\n");
    }
    if body.is_empty() {
        h.push_str("<p>—</p>\n");
        return;
    }
    h.push_str("<table>\n");
    if !headers.is_empty() {
        h.push_str("<tr>");
        for header in headers {
            let _ = write!(h, "<th scope=\"col\">{}</th>", esc(header));
        }
        h.push_str("</tr>\n");
    }
    h.push_str(&body);
    h.push_str("</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(esc("<b>\"A&B\"</b>"), "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
    }
}
