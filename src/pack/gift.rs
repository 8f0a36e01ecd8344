//! Moodle GIFT quiz files, read into questions for a pack (`passerelle pack import-gift`).
//!
//! Follows the format as Moodle documents it: comments (`//`), `$CATEGORY:`, question
//! names (`::name::`), formats (`[markdown]`, `[html]`, `[plain]`, `[moodle]`), multi-line
//! questions, escapes (`\~ \= \# \{ \} \:` and `\n`), per-answer feedback (`#`), general
//! feedback (`####`), and the answer kinds: true/false (`T`, `F`, `TRUE`, `FALSE`),
//! multiple choice (`=` right, `~` wrong, `~%50%` partial or `~%-100%` negative weights),
//! short answer (only `=`), matching (`=a -> b`), numerical (`#` with a tolerance, a
//! range, or several weighted answers), and missing-word questions (text after the
//! braces). Essays (`{}`) and descriptions (no braces) are listed as not imported, with
//! their line, never dropped silently.
//!
//! Questions are graded as Moodle grades them (`question/format/gift/format.php`): a
//! choice question with an `=` answer is single-answer whatever the `~%n%` weights, and
//! only its `=` answer is right; one with weighted `~%n%` choices and no `=` is
//! multiple-answer, the positive-weight choices right. Passerelle gives no partial
//! credit, so partial weights of a single-answer question, of short answers and of
//! numbers are dropped and said so ([`Change`]). Feedback written for one answer (`#`)
//! is never shown after another: a choice's feedback becomes that choice's own
//! explanation, the general feedback (`####`) the question's; feedback on true/false,
//! short and numerical answers, which Passerelle has no place for, is reported.

pub use super::gift_lesson::{Destination, slug, to_lesson, to_lessons};

/// One question of a GIFT file.
#[derive(Clone, Debug, PartialEq)]
pub struct GiftQuestion {
    /// The line where it starts (from 1).
    pub line: usize,
    /// Its name (`::name::`), if any.
    pub name: Option<String>,
    /// The category it is in (`$CATEGORY:`), if any.
    pub category: Option<String>,
    /// The question's text; for a missing-word question, with `_____` where the answer goes.
    pub text: String,
    /// The answers.
    pub kind: GiftKind,
    /// The general feedback (`####`), if any.
    pub feedback: Option<String>,
}

/// A GIFT answer kind.
#[derive(Clone, Debug, PartialEq)]
pub enum GiftKind {
    /// True or false; feedback when answered right and wrong.
    TrueFalse {
        /// The right answer.
        answer: bool,
        /// Feedback shown after a wrong answer, if any.
        wrong_feedback: Option<String>,
        /// Feedback shown after a right answer, if any.
        right_feedback: Option<String>,
    },
    /// Choices with weights in percent (100 for `=`, 0 for `~`).
    Choice(Vec<GiftChoice>),
    /// Short answer: every accepted answer.
    Short(Vec<String>),
    /// Matching pairs.
    Matching(Vec<(String, String)>),
    /// Numerical answers (`#`): each value, its tolerance and its weight in percent.
    Numerical(Vec<GiftNumber>),
}

/// A right value of a numerical question: `1822:5` (value and tolerance), `1820..1830`
/// (a range), or `1822` (exactly).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GiftNumber {
    /// The value.
    pub value: f64,
    /// How far an answer may be.
    pub tolerance: f64,
    /// Its weight in percent (100 unless `%n%` says otherwise).
    pub weight: f64,
}

/// Reads `1822:5`, `1820..1830` or `1822`.
fn number_spec(spec: &str) -> Result<(f64, f64), String> {
    let number = |s: &str| {
        s.trim()
            .parse::<f64>()
            .map_err(|_| format!("{s:?} is not a number"))
    };
    if let Some((low, high)) = spec.split_once("..") {
        // The middle and half-width, with one decimal more than the bounds were written
        // with: 3.141..3.142 is 3.1415 ± 0.0005, not 3.1414999999999997.
        let decimals = |s: &str| s.trim().split_once('.').map_or(0, |(_, d)| d.len());
        let places = i32::try_from(decimals(low).max(decimals(high)) + 1)
            .unwrap_or(15)
            .min(15);
        let round = |x: f64| {
            let scale = 10f64.powi(places);
            (x * scale).round() / scale
        };
        let (low, high) = (number(low)?, number(high)?);
        return Ok((round(f64::midpoint(low, high)), round(((high - low) / 2.0).abs())));
    }
    match spec.split_once(':') {
        Some((value, tolerance)) => Ok((number(value)?, number(tolerance)?.abs())),
        None => Ok((number(spec)?, 0.0)),
    }
}

/// The answers of a numerical question (what follows its `#`).
fn numbers(block: &str) -> Result<Vec<GiftNumber>, String> {
    let starts = unescaped(block, '=');
    if starts.is_empty() {
        let (spec, _) = feedback_of(block);
        let (value, tolerance) = number_spec(&unescape(spec))?;
        return Ok(vec![GiftNumber {
            value,
            tolerance,
            weight: 100.0,
        }]);
    }
    let mut out = Vec::new();
    for (k, i) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(block.len());
        let (item, _) = feedback_of(&block[i + 1..end]);
        let (weight, spec) = weight_of(item)?;
        let (value, tolerance) = number_spec(&unescape(spec))?;
        out.push(GiftNumber {
            value,
            tolerance,
            weight: weight.unwrap_or(100.0),
        });
    }
    Ok(out)
}

/// A choice of a multiple-choice question.
#[derive(Clone, Debug, PartialEq)]
pub struct GiftChoice {
    /// Its text.
    pub text: String,
    /// Its weight in percent: 100 for `=`, 0 for `~`, or the `%n%` given.
    pub weight: f64,
    /// Written with `=`: the (single) right answer, in Moodle's reading.
    pub marked_right: bool,
    /// Its feedback, if any.
    pub feedback: Option<String>,
}

/// What a question lost on its way in, said to the trainer with its line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Partial credit (`%50%`) is not kept: only the fully right answers count.
    PartialCredit,
    /// Feedback written for one answer (`#…`) is not kept: it would be shown after
    /// the others too. Only the general feedback (`####`) becomes the explanation.
    AnswerFeedback,
    /// A single-answer question with several `=` answers: only the first is right.
    OnlyFirstRight,
}

impl Change {
    /// The Fluent id of its message.
    pub fn message_id(self) -> &'static str {
        match self {
            Change::PartialCredit => "gift-changed-partial-credit",
            Change::AnswerFeedback => "gift-changed-answer-feedback",
            Change::OnlyFirstRight => "gift-changed-only-first-right",
        }
    }
}

/// Why a GIFT item is not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotImported {
    /// An essay (`{}`): there is no right answer to check.
    Essay,
    /// A description (no answer at all).
    Description,
    /// Something the reader could not understand, and why.
    Unreadable(String),
}

impl NotImported {
    /// The Fluent id of its reason.
    pub fn message_id(&self) -> &'static str {
        match self {
            NotImported::Essay => "gift-skipped-essay",
            NotImported::Description => "gift-skipped-description",
            NotImported::Unreadable(_) => "gift-skipped-unreadable",
        }
    }
}

/// What a GIFT file holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GiftFile {
    /// The questions read.
    pub questions: Vec<GiftQuestion>,
    /// The items left out: their line and why.
    pub not_imported: Vec<(usize, NotImported)>,
    /// What imported questions lost: their line and what.
    pub changed: Vec<(usize, Change)>,
}

/// Replaces GIFT escapes by the characters they stand for.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The byte positions of `needle` in `text` that are not escaped by a backslash.
fn unescaped(text: &str, needle: char) -> Vec<usize> {
    let mut found = Vec::new();
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == needle {
            found.push(i);
        }
    }
    found
}

/// Splits `text` at unescaped `marker` (a string such as `->` or `####`).
fn split_unescaped<'a>(text: &'a str, marker: &str) -> Option<(&'a str, &'a str)> {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        if c == '\\' {
            escaped = true;
            continue;
        }
        if text[i..].starts_with(marker) {
            return Some((&text[..i], &text[i + marker.len()..]));
        }
    }
    None
}

/// Removes a leading `[format]` tag; HTML loses its tags.
fn strip_format(text: &str) -> String {
    let trimmed = text.trim_start();
    for (tag, html) in [
        ("[html]", true),
        ("[markdown]", false),
        ("[plain]", false),
        ("[moodle]", false),
    ] {
        if let Some(rest) = trimmed.strip_prefix(tag) {
            if html {
                let mut out = String::new();
                let mut in_tag = false;
                for c in rest.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        _ if !in_tag => out.push(c),
                        _ => {}
                    }
                }
                return out;
            }
            return rest.to_owned();
        }
    }
    text.to_owned()
}

/// A text as written in the file: its format removed, its layout (line breaks, runs of
/// spaces) made single spaces, then its escapes read, so that `\n` stays a line break.
pub(super) fn clean(text: &str) -> String {
    let flat = strip_format(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    unescape(&flat)
}

fn feedback_of(item: &str) -> (&str, Option<String>) {
    match split_unescaped(item, "#") {
        Some((answer, feedback)) => (answer, Some(clean(feedback)).filter(|f| !f.is_empty())),
        None => (item, None),
    }
}

/// `%50%text` → (50, "text").
fn weight_of(item: &str) -> Result<(Option<f64>, &str), String> {
    let Some(rest) = item.trim_start().strip_prefix('%') else {
        return Ok((None, item));
    };
    let (number, text) = rest
        .split_once('%')
        .ok_or_else(|| format!("unclosed weight in {item:?}"))?;
    let weight = number
        .trim()
        .parse::<f64>()
        .map_err(|_| format!("weight {number:?} is not a number"))?;
    Ok((Some(weight), text))
}

/// Reads the answer block (between the braces), noting in `changes` what is lost.
#[allow(
    clippy::too_many_lines,
    reason = "the grammar of a GIFT answer block (choices, weights, numbers, matching pairs, true/false), kept in one place as Moodle's format.php does."
)]
fn answers(
    block: &str,
    changes: &mut Vec<Change>,
) -> Result<Option<(GiftKind, Option<String>)>, NotImported> {
    let (block, general) = match split_unescaped(block, "####") {
        Some((answers, feedback)) => (answers, Some(clean(feedback)).filter(|f| !f.is_empty())),
        None => (block, None),
    };
    let trimmed = block.trim();
    if trimmed.is_empty() {
        return Err(NotImported::Essay);
    }
    if let Some(rest) = trimmed.strip_prefix('#') {
        let values = numbers(rest.trim()).map_err(NotImported::Unreadable)?;
        if values.iter().any(|v| v.weight > 0.0 && v.weight < 100.0) {
            note(changes, Change::PartialCredit);
        }
        if !unescaped(rest, '#').is_empty() {
            note(changes, Change::AnswerFeedback);
        }
        return Ok(Some((GiftKind::Numerical(values), general)));
    }
    let (head, _) = feedback_of(trimmed);
    let truth = match head.trim().to_uppercase().as_str() {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    };
    if let Some(answer) = truth {
        // `{T#feedback if wrong#feedback if right}`.
        let (wrong, right) = match split_unescaped(trimmed, "#").map(|(_, f)| f) {
            Some(f) => match split_unescaped(f, "#") {
                Some((wrong, right)) => (Some(clean(wrong)), Some(clean(right))),
                None => (Some(clean(f)), None),
            },
            None => (None, None),
        };
        if wrong.is_some() || right.is_some() {
            note(changes, Change::AnswerFeedback);
        }
        return Ok(Some((
            GiftKind::TrueFalse {
                answer,
                wrong_feedback: wrong.filter(|f| !f.is_empty()),
                right_feedback: right.filter(|f| !f.is_empty()),
            },
            general,
        )));
    }
    // Items start at unescaped `=` or `~`.
    let mut starts: Vec<(usize, char)> = unescaped(trimmed, '=')
        .into_iter()
        .map(|i| (i, '='))
        .chain(unescaped(trimmed, '~').into_iter().map(|i| (i, '~')))
        .collect();
    starts.sort_unstable();
    // Nothing but spaces may come before the first answer.
    if starts
        .first()
        .is_none_or(|(i, _)| !trimmed[..*i].trim().is_empty())
    {
        return Err(NotImported::Unreadable(format!(
            "no answer marker in {trimmed:?}"
        )));
    }
    let items: Vec<(char, &str)> = starts
        .iter()
        .enumerate()
        .map(|(k, (i, marker))| {
            let end = starts.get(k + 1).map_or(trimmed.len(), |(j, _)| *j);
            (*marker, &trimmed[i + 1..end])
        })
        .collect();
    let matching = items
        .iter()
        .all(|(m, item)| *m == '=' && split_unescaped(item, "->").is_some());
    if matching {
        let pairs = items
            .iter()
            .filter_map(|(_, item)| split_unescaped(item, "->"))
            .map(|(left, right)| (clean(left), clean(feedback_of(right).0)))
            .collect();
        return Ok(Some((GiftKind::Matching(pairs), general)));
    }
    let any_wrong = items.iter().any(|(m, _)| *m == '~');
    if !any_wrong {
        // Short answers: only those at 100 % (the default) are right in Moodle.
        let mut accepted = Vec::new();
        for (_, item) in &items {
            let (answer, feedback) = feedback_of(item);
            let (weight, text) = weight_of(answer).map_err(NotImported::Unreadable)?;
            if feedback.is_some() {
                note(changes, Change::AnswerFeedback);
            }
            if weight.is_none_or(|w| w >= 100.0) {
                accepted.push(clean(text));
            } else {
                note(changes, Change::PartialCredit);
            }
        }
        if accepted.is_empty() {
            return Err(NotImported::Unreadable("no answer at 100 %".into()));
        }
        return Ok(Some((GiftKind::Short(accepted), general)));
    }
    let mut choices = Vec::new();
    for (marker, item) in items {
        let (answer, feedback) = feedback_of(item);
        let (weight, text) = weight_of(answer).map_err(NotImported::Unreadable)?;
        let weight = weight.unwrap_or(if marker == '=' { 100.0 } else { 0.0 });
        choices.push(GiftChoice {
            text: clean(text),
            weight,
            marked_right: marker == '=',
            feedback,
        });
    }
    let single = choices.iter().any(|c| c.marked_right);
    if single && choices.iter().any(|c| !c.marked_right && c.weight > 0.0) {
        note(changes, Change::PartialCredit);
    }
    if choices.iter().filter(|c| c.marked_right).count() > 1 {
        note(changes, Change::OnlyFirstRight);
    }
    Ok(Some((GiftKind::Choice(choices), general)))
}

/// Notes a change once per question.
fn note(changes: &mut Vec<Change>, change: Change) {
    if !changes.contains(&change) {
        changes.push(change);
    }
}

/// Reads a GIFT file.
pub fn parse(source: &str) -> GiftFile {
    let mut file = GiftFile::default();
    let mut category: Option<String> = None;
    // Blocks of non-blank lines (comments left out), with their first line.
    let mut blocks: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in source.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.is_empty() {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
            continue;
        }
        match &mut current {
            Some((_, text)) => {
                text.push('\n');
                text.push_str(line);
            }
            None => current = Some((n + 1, line.to_owned())),
        }
    }
    blocks.extend(current);
    for (line, block) in blocks {
        let trimmed = block.trim();
        if let Some(path) = trimmed.strip_prefix("$CATEGORY:") {
            category = Some(path.trim().to_owned());
            continue;
        }
        let (name, body) = match trimmed
            .strip_prefix("::")
            .and_then(|rest| split_unescaped(rest, "::"))
        {
            Some((name, body)) => (Some(clean(name)), body),
            None => (None, trimmed),
        };
        let (Some(&open), Some(&close)) = (unescaped(body, '{').first(), unescaped(body, '}').last()) else {
            file.not_imported.push((line, NotImported::Description));
            continue;
        };
        if close < open {
            file.not_imported
                .push((line, NotImported::Unreadable("a '}' comes before its '{'".into())));
            continue;
        }
        let before = &body[..open];
        let after = &body[close + 1..];
        // As Moodle does: the blank takes the braces' place, with the spacing written.
        let text = if after.trim().is_empty() {
            clean(before)
        } else {
            clean(&format!("{before}_____{after}"))
        };
        let mut changes = Vec::new();
        let read = answers(&body[open + 1..close], &mut changes);
        if read.is_ok() {
            file.changed.extend(changes.into_iter().map(|c| (line, c)));
        }
        match read {
            Ok(Some((kind, feedback))) => file.questions.push(GiftQuestion {
                line,
                name: name.clone(),
                category: category.clone(),
                text,
                kind,
                feedback,
            }),
            Ok(None) => {}
            Err(reason) => file.not_imported.push((line, reason)),
        }
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(source: &str) -> GiftQuestion {
        let file = parse(source);
        assert_eq!(file.not_imported, [], "{source}");
        assert_eq!(file.questions.len(), 1, "{source}");
        file.questions[0].clone()
    }

    #[test]
    fn multiple_choice_with_feedback_and_a_name() {
        let q = one(
            "::Q1:: Who's buried in Grant's tomb?{~Grant #No, he is not alone. =Grant and his wife ~Nobody}",
        );
        assert_eq!(q.name.as_deref(), Some("Q1"));
        assert_eq!(q.text, "Who's buried in Grant's tomb?");
        let GiftKind::Choice(choices) = q.kind else {
            panic!("choices")
        };
        assert_eq!(choices.len(), 3);
        assert_eq!(
            (choices[1].text.as_str(), choices[1].weight),
            ("Grant and his wife", 100.0)
        );
        assert_eq!(choices[0].feedback.as_deref(), Some("No, he is not alone."));
    }

    #[test]
    fn partial_and_negative_weights() {
        let q = one(
            "What two people are entombed in Grant's tomb? {\n~%-100%No one\n~%50%Grant\n~%50%Grant's wife\n~%-100%Grant's father\n}",
        );
        let GiftKind::Choice(choices) = q.kind else {
            panic!("choices")
        };
        let weights: Vec<f64> = choices.iter().map(|c| c.weight).collect();
        assert_eq!(weights, [-100.0, 50.0, 50.0, -100.0]);
    }

    #[test]
    fn true_false_in_every_spelling_with_feedback() {
        for (source, answer) in [
            ("Grant is buried in Grant's tomb.{F}", false),
            ("The sun rises in the east.{T}", true),
            ("X {TRUE}", true),
            ("X {FALSE}", false),
        ] {
            let q = one(source);
            assert!(
                matches!(q.kind, GiftKind::TrueFalse { answer: a, .. } if a == answer),
                "{source}"
            );
        }
        let q = one("2+2=4 {T#No, it is.#Yes, well done.}");
        assert_eq!(
            q.kind,
            GiftKind::TrueFalse {
                answer: true,
                wrong_feedback: Some("No, it is.".into()),
                right_feedback: Some("Yes, well done.".into())
            }
        );
    }

    #[test]
    fn short_answers_matching_and_missing_words() {
        let q = one("Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}");
        assert_eq!(
            q.kind,
            GiftKind::Short(vec![
                "Grant".into(),
                "Ulysses S. Grant".into(),
                "Ulysses Grant".into()
            ])
        );
        let q = one(
            "Match the following countries with their corresponding capitals. {\n=Canada -> Ottawa\n=Italy -> Rome\n=Japan -> Tokyo\n}",
        );
        let GiftKind::Matching(pairs) = q.kind else {
            panic!("pairs")
        };
        assert_eq!(pairs[2], ("Japan".into(), "Tokyo".into()));
        let q = one("Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.");
        assert_eq!(q.text, "Moodle costs _____ to download from moodle.org.");
    }

    #[test]
    fn escapes_comments_categories_formats_and_general_feedback() {
        let file = parse(
            "// a comment\n$CATEGORY: tom/maths\n\n::Sum::[markdown]Which is 1 \\= 1\\? \\{ok\\} \\: \\# \\~ {\n=yes ~no\n####Because \\= means equal.}\n\n[html]<p>Is <b>this</b> bold?</p>{T}",
        );
        assert_eq!(file.not_imported, []);
        let q = &file.questions[0];
        assert_eq!(q.category.as_deref(), Some("tom/maths"));
        assert_eq!(q.text, "Which is 1 = 1? {ok} : # ~");
        assert_eq!(q.feedback.as_deref(), Some("Because = means equal."));
        assert_eq!(file.questions[1].text, "Is this bold?");
    }

    #[test]
    fn essays_and_descriptions_are_listed_not_dropped() {
        let file =
            parse("Write about your day.{}\n\nYou will now read about computers.\n\nWhat is 2+2?{=four}");
        assert_eq!(
            file.not_imported,
            [(1, NotImported::Essay), (3, NotImported::Description)]
        );
        assert_eq!(file.questions.len(), 1);
    }

    #[test]
    fn numbers_with_a_tolerance_a_range_or_several_weighted_answers() {
        let n = |value, tolerance, weight| GiftNumber {
            value,
            tolerance,
            weight,
        };
        assert_eq!(
            one("When was Ulysses S. Grant born?{#1822:5}").kind,
            GiftKind::Numerical(vec![n(1822.0, 5.0, 100.0)])
        );
        assert_eq!(
            one("What is a number from 1 to 5? {#1..5}").kind,
            GiftKind::Numerical(vec![n(3.0, 2.0, 100.0)])
        );
        assert_eq!(
            one("Two and a half? {#2.5:0.0005}").kind,
            GiftKind::Numerical(vec![n(2.5, 0.0005, 100.0)])
        );
        let q = one("When was Ulysses S. Grant born? {#\n=1822:0 #Correct!\n=%50%1822:2 #Close.\n}");
        assert_eq!(
            q.kind,
            GiftKind::Numerical(vec![n(1822.0, 0.0, 100.0), n(1822.0, 2.0, 50.0)])
        );
        assert!(matches!(
            parse("X {#abc}").not_imported.as_slice(),
            [(1, NotImported::Unreadable(_))]
        ));
    }

    /// The bank as a lesson, in French.
    fn lesson_of(source: &str) -> crate::model::Lesson {
        let to = Destination {
            lesson_id: "quiz".into(),
            title: "Quiz".into(),
            competence: crate::model::Competence::parse("1.1").expect("competence"),
            level: crate::model::Level::new(1).expect("level"),
        };
        to_lesson(&parse(source), crate::model::Lang::Fr, None, &to)
    }

    fn right(kind: &crate::model::QuestionKind, response: &crate::model::Response) -> bool {
        crate::model::grade(kind, response).correct
    }

    fn choice(id: &str) -> crate::model::Response {
        crate::model::Response::Choice(crate::model::ChoiceId(id.into()))
    }

    #[test]
    fn one_equals_answer_is_single_answer_whatever_the_partial_weights() {
        let source = "Where is the Eiffel Tower? {~Lyon ~%25%Versailles ~%50%Ile-de-France =Paris#Yes, in Paris. ####It was built in Paris in 1889.}";
        let file = parse(source);
        assert_eq!(file.changed, [(1, Change::PartialCredit)]);
        let lesson = lesson_of(source);
        let q = &lesson.questions[0];
        assert!(
            matches!(q.kind, crate::model::QuestionKind::Single { .. }),
            "{:?}",
            q.kind
        );
        assert!(right(&q.kind, &choice("d")), "Paris alone is right, as in Moodle");
        for wrong in ["a", "b", "c"] {
            assert!(!right(&q.kind, &choice(wrong)), "{wrong}");
        }
        // The general feedback explains the question; "Yes, in Paris." belongs to Paris
        // alone, and is shown only after an answer that picked it.
        assert_eq!(q.explanation.fr, "It was built in Paris in 1889.");
        let crate::model::QuestionKind::Single { choices, .. } = &q.kind else {
            panic!("single");
        };
        assert_eq!(
            choices[3].explanation.as_ref().map(|e| e.fr.as_str()),
            Some("Yes, in Paris.")
        );
        assert!(choices[..3].iter().all(|c| c.explanation.is_none()));
    }

    #[test]
    fn weighted_choices_without_equals_are_multiple_answer() {
        let lesson = lesson_of("Which are French cities? {~%50%Lille ~%50%Nantes ~%-100%Rome}");
        let q = &lesson.questions[0];
        let both = crate::model::Response::Choices(
            ["a", "b"]
                .iter()
                .map(|c| crate::model::ChoiceId((*c).into()))
                .collect(),
        );
        assert!(right(&q.kind, &both));
        let one =
            crate::model::Response::Choices(std::iter::once(crate::model::ChoiceId("a".into())).collect());
        assert!(!right(&q.kind, &one));
    }

    #[test]
    fn short_answers_accept_only_the_full_mark_answers() {
        let source = "What is the capital of France? {=Paris =%75%Pari =%25%Lyon}";
        assert_eq!(parse(source).changed, [(1, Change::PartialCredit)]);
        let q = &lesson_of(source).questions[0];
        let typed = |t: &str| crate::model::Response::Text(t.into());
        assert!(right(&q.kind, &typed("Paris")));
        assert!(!right(&q.kind, &typed("Lyon")), "a 25 % answer is not right");
    }

    #[test]
    fn names_give_stable_ids_and_blanks_keep_their_punctuation() {
        let lesson = lesson_of(
            "::Saving a letter:: Which key saves? {=Ctrl+S ~Ctrl+P}\n\n::Saving a letter:: Again? {T}\n\nThe capital of France is {=Paris ~Rome}.",
        );
        let ids: Vec<&str> = lesson.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["quiz-saving-a-letter", "quiz-saving-a-letter-2", "quiz-3"]);
        assert_eq!(lesson.questions[2].prompt.fr, "The capital of France is _____.");
    }

    #[test]
    fn a_range_is_written_as_the_author_wrote_it() {
        let q = one("A price between 1.231 and 1.232? {#1.231..1.232}");
        assert_eq!(
            q.kind,
            GiftKind::Numerical(vec![GiftNumber {
                value: 1.2315,
                tolerance: 0.0005,
                weight: 100.0
            }])
        );
    }

    #[test]
    fn each_category_starts_a_lesson_titled_after_it() {
        let to = Destination {
            lesson_id: "quiz".into(),
            title: "Quiz".into(),
            competence: crate::model::Competence::parse("1.1").expect("competence"),
            level: crate::model::Level::new(1).expect("level"),
        };
        let file = parse(
            "Before any category? {T}\n\n$CATEGORY: $course$/top/Le courriel\n\n::Send:: Send? {T}\n\n$CATEGORY: $course$/top/Les mots de passe\n\nStrong? {F}\n\nLong? {T}",
        );
        let lessons = to_lessons(&file, crate::model::Lang::Fr, None, &to);
        let shape: Vec<(&str, &str, usize)> = lessons
            .iter()
            .map(|l| (l.id.as_str(), l.title.fr.as_str(), l.questions.len()))
            .collect();
        assert_eq!(
            shape,
            [
                ("quiz", "Quiz", 1),
                ("quiz-le-courriel", "Le courriel", 1),
                ("quiz-les-mots-de-passe", "Les mots de passe", 2)
            ]
        );
        assert_eq!(lessons[1].questions[0].id.as_str(), "quiz-le-courriel-send");
    }

    #[test]
    fn true_false_matching_numbers_and_blanks_are_graded_as_moodle_grades_them() {
        use crate::model::{ChoiceId, Response};
        let lesson = lesson_of(
            "The sun rises in the east.{T}\n\nMatch. {=Canada -> Ottawa =Italy -> Rome}\n\nBorn in? {#1822:5}\n\nA range? {#1820..1830}\n\nMoodle costs {~lots of money =nothing ~a small amount} to download.",
        );
        let kind = |i: usize| &lesson.questions[i].kind;
        assert!(right(kind(0), &Response::Bool(true)));
        assert!(!right(kind(0), &Response::Bool(false)));
        let pairs = |a: &str, b: &str| {
            Response::Pairs(
                [("a", a), ("b", b)]
                    .iter()
                    .map(|(l, r)| (ChoiceId((*l).into()), ChoiceId((*r).into())))
                    .collect(),
            )
        };
        assert!(right(kind(1), &pairs("a", "b")));
        assert!(!right(kind(1), &pairs("b", "a")));
        let typed = |t: &str| Response::Text(t.into());
        assert!(right(kind(2), &typed("1826")) && !right(kind(2), &typed("1828")));
        assert!(
            right(kind(3), &typed("1820"))
                && right(kind(3), &typed("1830"))
                && !right(kind(3), &typed("1831"))
        );
        assert_eq!(lesson.questions[4].prompt.fr, "Moodle costs _____ to download.");
        assert!(right(kind(4), &choice("b")) && !right(kind(4), &choice("a")));
    }
}
