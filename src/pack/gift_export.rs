//! A pack's questions written out as a Moodle GIFT file, in one language
//! (`passerelle pack export-gift`, and the pack editor's button): each lesson a
//! `$CATEGORY:`, each question named by its id, with its explanation as general feedback
//! (`####`) and each choice's explanation as that choice's feedback (`#`). Single and
//! multiple choice, true/false, typed answers, numbers and matching are written as
//! Moodle imports them; the other types have no GIFT form and are listed as skipped.
//! Reading the file back with [`super::gift`] gives the same questions (tested over
//! every built-in pack).

use std::fmt::Write as _;

use crate::model::{Choice, Lang, Pack, Question, QuestionKind};

/// A question left out of the file, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The lesson's id.
    pub lesson: String,
    /// The question's id.
    pub question: String,
    /// Its type (`fields`, `order`, `zone`), which GIFT cannot write.
    pub kind: &'static str,
}

/// The GIFT text of `pack`'s questions in `lang`, and the questions left out.
pub fn export(pack: &Pack, lang: Lang) -> (String, Vec<Skipped>) {
    let mut out = String::new();
    let mut skipped = Vec::new();
    let _ = writeln!(
        out,
        "// {} — {} {}\n",
        one_line(pack.manifest.title.get(lang)),
        pack.manifest.id.as_str(),
        pack.manifest.version
    );
    for lesson in &pack.lessons {
        let _ = writeln!(out, "$CATEGORY: {}\n", one_line(lesson.title.get(lang)));
        for question in &lesson.questions {
            match answers(question, lang) {
                Some(block) => {
                    let _ = writeln!(
                        out,
                        "::{}:: {} {{\n{block}}}\n",
                        escape(question.id.as_str()),
                        escape(question.prompt.get(lang))
                    );
                }
                None => skipped.push(Skipped {
                    lesson: lesson.id.as_str().to_owned(),
                    question: question.id.as_str().to_owned(),
                    kind: question.kind.type_name(),
                }),
            }
        }
    }
    (out, skipped)
}

/// The answer block of a question (between its braces), `None` for the types GIFT has
/// no form for.
fn answers(question: &Question, lang: Lang) -> Option<String> {
    let mut block = String::new();
    let choice_line = |block: &mut String, mark: &str, choice: &Choice| {
        let _ = write!(block, "\t{mark}{}", escape(choice.label.get(lang)));
        if let Some(explanation) = &choice.explanation {
            let _ = write!(block, " #{}", escape(explanation.get(lang)));
        }
        block.push('\n');
    };
    match &question.kind {
        QuestionKind::Single { choices, answer } => {
            for choice in choices {
                choice_line(&mut block, if &choice.id == answer { "=" } else { "~" }, choice);
            }
        }
        QuestionKind::Multiple { choices, answers } => {
            // Moodle's weights: the right choices share 100 %, a wrong one takes it all.
            let share = weight(100.0 / answers.len().max(1) as f64);
            for choice in choices {
                let mark = if answers.contains(&choice.id) {
                    format!("~%{share}%")
                } else {
                    "~%-100%".to_owned()
                };
                choice_line(&mut block, &mark, choice);
            }
        }
        QuestionKind::TrueFalse { answer } => block.push_str(if *answer { "\tTRUE\n" } else { "\tFALSE\n" }),
        QuestionKind::Typed { accepted, .. } => {
            for answer in accepted.get(lang) {
                let _ = writeln!(block, "\t={}", escape(answer));
            }
        }
        QuestionKind::Number { answers } => {
            block.push_str("\t#\n");
            for answer in answers {
                let _ = writeln!(block, "\t={}:{}", answer.value, answer.tolerance);
            }
        }
        QuestionKind::Match { pairs } => {
            for pair in pairs {
                let _ = writeln!(
                    block,
                    "\t={} -> {}",
                    escape(pair.left.get(lang)),
                    escape(pair.right.get(lang))
                );
            }
        }
        QuestionKind::Fields { .. } | QuestionKind::Order { .. } | QuestionKind::Zone { .. } => return None,
    }
    let explanation = question.explanation.get(lang);
    if !explanation.trim().is_empty() {
        let _ = writeln!(block, "\t####{}", escape(explanation));
    }
    Some(block)
}

/// A weight as Moodle lists them: 50, 33.33333, 12.5.
fn weight(percent: f64) -> String {
    let text = format!("{percent:.5}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Text as GIFT writes it: its special characters escaped, line breaks as `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A title on one line (a comment or a category).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::gift;

    #[test]
    fn weights_are_written_as_moodle_lists_them() {
        assert_eq!(weight(50.0), "50");
        assert_eq!(weight(100.0 / 3.0), "33.33333");
        assert_eq!(weight(12.5), "12.5");
        assert_eq!(escape("1 = 1: {ok} #1 ~ \\"), "1 \\= 1\\: \\{ok\\} \\#1 \\~ \\\\");
    }

    /// A question's meaning, whatever its ids: the prompt, the explanation, and the
    /// answers in order with what is right.
    fn meaning(q: &Question, lang: Lang) -> String {
        let choices = |choices: &[Choice], right: &dyn Fn(&Choice) -> bool| -> String {
            choices
                .iter()
                .map(|c| {
                    format!(
                        "{}{}[{}]",
                        if right(c) { "+" } else { "-" },
                        c.label.get(lang),
                        c.explanation.as_ref().map_or("", |e| e.get(lang).as_str())
                    )
                })
                .collect::<Vec<_>>()
                .join("|")
        };
        let kind = match &q.kind {
            QuestionKind::Single { choices: c, answer } => {
                format!("single {}", choices(c, &|x| &x.id == answer))
            }
            QuestionKind::Multiple { choices: c, answers } => {
                format!("multiple {}", choices(c, &|x| answers.contains(&x.id)))
            }
            QuestionKind::TrueFalse { answer } => format!("true-false {answer}"),
            QuestionKind::Typed { accepted, .. } => format!("typed {:?}", accepted.get(lang)),
            QuestionKind::Number { answers } => format!(
                "number {:?}",
                answers.iter().map(|a| (a.value, a.tolerance)).collect::<Vec<_>>()
            ),
            QuestionKind::Match { pairs } => format!(
                "match {:?}",
                pairs
                    .iter()
                    .map(|p| (p.left.get(lang), p.right.get(lang)))
                    .collect::<Vec<_>>()
            ),
            other => other.type_name().to_owned(),
        };
        format!("{} / {kind} / {}", q.prompt.get(lang), q.explanation.get(lang))
    }

    #[test]
    fn every_builtin_pack_goes_out_to_gift_and_back_to_the_same_questions() {
        for files in crate::pack::builtin::packs() {
            let pack = crate::pack::load_files(&files).expect("a built-in pack is clean");
            for lang in [Lang::Fr, Lang::En] {
                let (text, skipped) = export(&pack, lang);
                let read = gift::parse(&text);
                assert_eq!(read.not_imported, [], "{}", files.root);
                let to = gift::Destination {
                    lesson_id: "back".into(),
                    title: "Back".into(),
                    competence: crate::model::Competence::parse("1.1").expect("competence"),
                    level: crate::model::Level::new(1).expect("level"),
                };
                let back: Vec<Question> = gift::to_lessons(&read, lang, None, &to)
                    .into_iter()
                    .flat_map(|l| l.questions)
                    .collect();
                let sent: Vec<&Question> = pack
                    .lessons
                    .iter()
                    .flat_map(|l| &l.questions)
                    .filter(|q| !skipped.iter().any(|s| s.question == q.id.as_str()))
                    .collect();
                assert_eq!(back.len(), sent.len(), "{} in {lang:?}", files.root);
                for (original, again) in sent.iter().zip(&back) {
                    assert_eq!(
                        meaning(again, lang),
                        meaning(original, lang),
                        "{}",
                        original.id.as_str()
                    );
                    assert!(
                        again.id.as_str().contains(original.id.as_str()),
                        "the name keeps the id"
                    );
                }
            }
        }
    }
}
