//! Writes questions back as pack TOML, in the order and layout of `docs/pack-format.md`,
//! so that a trainer can go on editing the file by hand (used by the GIFT import).

use std::fmt::Write as _;

use crate::model::{Lesson, Question, QuestionKind, Text};

/// A TOML basic string (JSON's escapes are TOML's).
fn string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

fn text(t: &Text) -> String {
    format!("{{ fr = {}, en = {} }}", string(&t.fr), string(&t.en))
}

fn list(items: &[String]) -> String {
    items.iter().map(|s| string(s)).collect::<Vec<_>>().join(", ")
}

/// One question, as a `[[questions]]` table.
pub fn question_toml(q: &Question, lesson: &Lesson) -> String {
    let mut out = String::new();
    let kind = q.kind.type_name();
    let _ = writeln!(
        out,
        "[[questions]]\nid = {}\ntype = {}",
        string(q.id.as_str()),
        string(kind)
    );
    if q.competence != lesson.competence {
        let _ = writeln!(out, "competence = {}", string(&q.competence.code()));
    }
    if q.level != lesson.level {
        let _ = writeln!(out, "level = {}", q.level.get());
    }
    match &q.kind {
        QuestionKind::Single { answer, .. } => {
            let _ = writeln!(out, "answer = {}", string(answer.as_str()));
        }
        QuestionKind::Multiple { answers, .. } => {
            let ids: Vec<String> = answers.iter().map(|a| a.as_str().to_owned()).collect();
            let _ = writeln!(out, "answers = [{}]", list(&ids));
        }
        QuestionKind::TrueFalse { answer } => {
            let _ = writeln!(out, "answer = {answer}");
        }
        QuestionKind::Typed { accepted } => {
            let _ = writeln!(
                out,
                "accepted = {{ fr = [{}], en = [{}] }}",
                list(&accepted.fr),
                list(&accepted.en)
            );
        }
        QuestionKind::Zone { image, answer, .. } => {
            let _ = writeln!(
                out,
                "image = {}\nimage_alt = {}\nanswer = {}",
                string(&image.file),
                text(&image.alt),
                string(answer.as_str())
            );
        }
        _ => {}
    }
    let _ = writeln!(
        out,
        "prompt = {}\nexplanation = {}",
        text(&q.prompt),
        text(&q.explanation)
    );
    match &q.kind {
        QuestionKind::Single { choices, .. } | QuestionKind::Multiple { choices, .. } => {
            for c in choices {
                let _ = writeln!(
                    out,
                    "[[questions.choices]]\nid = {}\nfr = {}\nen = {}",
                    string(c.id.as_str()),
                    string(&c.label.fr),
                    string(&c.label.en)
                );
            }
        }
        QuestionKind::Order { items } => {
            for c in items {
                let _ = writeln!(
                    out,
                    "[[questions.items]]\nid = {}\nfr = {}\nen = {}",
                    string(c.id.as_str()),
                    string(&c.label.fr),
                    string(&c.label.en)
                );
            }
        }
        QuestionKind::Fields { fields } => {
            for f in fields {
                let _ = writeln!(
                    out,
                    "[[questions.fields]]\nid = {}\nlabel = {}\naccepted = {{ fr = [{}], en = [{}] }}",
                    string(f.id.as_str()),
                    text(&f.label),
                    list(&f.accepted.fr),
                    list(&f.accepted.en)
                );
            }
        }
        QuestionKind::Match { pairs } => {
            for p in pairs {
                let _ = writeln!(
                    out,
                    "[[questions.pairs]]\nid = {}\nleft = {}\nright = {}",
                    string(p.id.as_str()),
                    text(&p.left),
                    text(&p.right)
                );
            }
        }
        QuestionKind::Zone { zones, .. } => {
            for z in zones {
                let _ = writeln!(
                    out,
                    "[[questions.zones]]\nid = {}\nlabel = {}\nx = {}\ny = {}\nwidth = {}\nheight = {}",
                    string(z.id.as_str()),
                    text(&z.label),
                    z.x,
                    z.y,
                    z.width,
                    z.height
                );
            }
        }
        QuestionKind::Number { answers } => {
            for a in answers {
                let _ = writeln!(
                    out,
                    "[[questions.numbers]]\nvalue = {:?}\ntolerance = {:?}",
                    a.value, a.tolerance
                );
            }
        }
        QuestionKind::TrueFalse { .. } | QuestionKind::Typed { .. } => {}
    }
    out
}

/// A lesson made only of questions (and steps of text with tips), as a lesson file.
/// Steps with pictures, recordings or activities are not written: `None` then.
pub fn quiz_lesson_toml(lesson: &Lesson) -> Option<String> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "id = {}\ncompetence = {}\nlevel = {}\ntitle = {}\n",
        string(lesson.id.as_str()),
        string(&lesson.competence.code()),
        lesson.level.get(),
        text(&lesson.title)
    );
    for step in &lesson.steps {
        if step.image.is_some() || step.audio.is_some() || step.activity.is_some() || step.text_easy.is_some()
        {
            return None;
        }
        let _ = writeln!(out, "[[steps]]\ntext = {}", text(&step.text));
        if let Some(tip) = &step.tip {
            let _ = writeln!(out, "tip = {}", text(tip));
        }
        out.push('\n');
    }
    for q in &lesson.questions {
        out.push_str(&question_toml(q, lesson));
        out.push('\n');
    }
    Some(out)
}
