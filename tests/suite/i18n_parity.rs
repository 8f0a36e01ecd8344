//! Both languages have the same messages with the same variables, every message id
//! starts with its file's name, and every message the code names exists, given all its
//! variables.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use passerelle::i18n::sources;
use passerelle::model::Lang;

/// Each message id of a language, with the variables it uses.
pub(crate) type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_in_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

/// Every message of `lang`, read with Fluent's own parser.
pub(crate) fn messages(lang: Lang) -> Messages {
    let mut messages = Messages::new();
    for (file, source) in sources(lang) {
        let resource =
            parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{}/{file}: {errors:?}", lang.code()));
        let prefix = format!("{}-", file.trim_end_matches(".ftl"));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                assert!(
                    id.starts_with(&prefix),
                    "{}/{file}: `{id}` should start with `{prefix}`",
                    lang.code()
                );
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_in(value, &mut vars);
                }
                assert!(
                    messages.insert(id.clone(), vars).is_none(),
                    "`{id}` defined twice"
                );
            }
        }
    }
    messages
}

#[test]
fn french_and_english_have_the_same_messages_and_variables() {
    let fr = messages(Lang::Fr);
    let en = messages(Lang::En);
    let fr_ids: BTreeSet<_> = fr.keys().collect();
    let en_ids: BTreeSet<_> = en.keys().collect();
    assert_eq!(
        fr_ids.symmetric_difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "messages in one language only"
    );
    for (id, vars) in &fr {
        assert_eq!(Some(vars), en.get(id), "variables of `{id}` differ");
    }
}

#[test]
fn every_competence_has_a_name_in_both_languages() {
    for lang in [Lang::Fr, Lang::En] {
        let messages = messages(lang);
        for competence in passerelle::model::Competence::all() {
            // The official name (leaders, attestations) and the everyday one (residents).
            for id in [competence.message_id(), competence.plain_message_id()] {
                assert!(messages.contains_key(&id), "{}: {id}", competence.code());
            }
        }
    }
}

/// The code of every source file, without its test module.
fn sources_without_tests() -> Vec<(String, String)> {
    crate::common::rust_sources()
        .into_iter()
        .map(|(file, source)| {
            let code = match source.find("#[cfg(test)]\nmod tests") {
                Some(at) => source[..at].to_owned(),
                None => source,
            };
            (file, code)
        })
        .collect()
}

/// The string literals of `code` that look like message ids of one of the Fluent files
/// (`quiz-right`, `path-level-`…), with the line they are on.
fn id_literals(code: &str, prefixes: &BTreeSet<String>) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for (i, literal) in line.split('"').enumerate() {
            let looks_like_id = i % 2 == 1
                && literal.contains('-')
                && literal.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '{' || c == '}'
                })
                && prefixes.iter().any(|p| literal.starts_with(p.as_str()));
            if looks_like_id {
                found.push((number + 1, literal.to_owned()));
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_names_exists_in_both_languages_with_its_variables() {
    let fr = messages(Lang::Fr);
    let en = messages(Lang::En);
    let prefixes: BTreeSet<String> = sources(Lang::Fr)
        .map(|(file, _)| format!("{}-", file.trim_end_matches(".ftl")))
        .collect();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (file, code) in sources_without_tests() {
        for (line, literal) in id_literals(&code, &prefixes) {
            checked += 1;
            if let Some(prefix) = literal.split('{').next().filter(|_| literal.contains('{')) {
                // An id built at run time (`format!("path-level-{}", …)`): some message
                // must start with its fixed part, in both languages.
                for (lang, messages) in [("fr", &fr), ("en", &en)] {
                    if !messages.keys().any(|id| id.starts_with(prefix)) {
                        problems.push(format!("{file}:{line}: no {lang} message starts with `{prefix}`"));
                    }
                }
                continue;
            }
            if prefixes.contains(&literal) || literal.ends_with('-') {
                continue; // a prefix, not an id
            }
            for (lang, messages) in [("fr", &fr), ("en", &en)] {
                if !messages.contains_key(&literal) {
                    problems.push(format!("{file}:{line}: `{literal}` is not a {lang} message"));
                }
            }
        }
        // `tr.args("id", &[("name", …), …])`: every variable of the message is given.
        let mut rest = code.as_str();
        while let Some(at) = rest.find(".args(\"") {
            let call = &rest[at + ".args(\"".len()..];
            let id = &call[..call.find('"').unwrap_or(0)];
            let given: BTreeSet<&str> = call
                .find("&[")
                .filter(|&open| {
                    call[..open]
                        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
                        .ends_with('"')
                })
                .map(|open| {
                    let list = &call[open..call[open..].find("])").map_or(call.len(), |end| open + end)];
                    list.split("(\"")
                        .skip(1)
                        .filter_map(|v| v.split('"').next())
                        .collect()
                })
                .unwrap_or_default();
            if let Some(wanted) = fr.get(id) {
                for var in wanted.iter().filter(|v| !given.contains(v.as_str())) {
                    problems.push(format!(
                        "{file}: `{id}` uses `${var}`, which the code does not give"
                    ));
                }
            }
            rest = &call[id.len()..];
        }
    }
    // The ids built from a type's values: each value has its message.
    let built = passerelle::model::AvatarColour::ALL
        .iter()
        .map(|c| format!("avatar-colour-{}", c.key()))
        .chain(
            passerelle::model::AvatarSymbol::ALL
                .iter()
                .map(|s| format!("avatar-symbol-{}", s.key())),
        )
        .chain(
            passerelle::model::picture_code::CodePicture::ALL
                .iter()
                .map(|p| format!("code-picture-{}", p.key())),
        );
    for id in built {
        for (lang, messages) in [("fr", &fr), ("en", &en)] {
            if !messages.contains_key(&id) {
                problems.push(format!("`{id}` is not a {lang} message"));
            }
        }
    }
    assert!(
        checked > 300,
        "only {checked} ids found: is the search still finding them?"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counts_agree_with_their_words_in_both_languages() {
    let i18n = passerelle::i18n::I18n::new();
    let result = |lang: Lang, right: i64, mistakes: i64, seconds: i64| {
        i18n.tr(lang).args(
            "activity-keyboard-result",
            &[
                ("right", right.into()),
                ("mistakes", mistakes.into()),
                ("seconds", seconds.into()),
                ("per_minute", 40.into()),
            ],
        )
    };
    // French counts 0 and 1 in the singular, English only 1.
    let fr = result(Lang::Fr, 1, 0, 12);
    assert!(fr.contains("1 lettre juste, 0 erreur, en 12 secondes"), "{fr}");
    let en = result(Lang::En, 1, 0, 1);
    assert!(en.contains("1 letter right, 0 mistakes, in 1 second"), "{en}");
}

/// Words that end in -s or -x in the singular, or that follow a number without being
/// its noun ("1 sur 3", "1 of 2").
const NOT_PLURALS: &[&str] = &[
    "fois", "sur", "of", "pas", "plus", "is", "was", "has", "as", "dans", "sous", "person's",
];

/// The variables that count what happened, and so can be 1.
const COUNTS: &[&str] = &[
    "count",
    "seconds",
    "minutes",
    "right",
    "mistakes",
    "hits",
    "misses",
    "lessons",
    "questions",
    "activities",
    "members",
    "imported",
    "skipped",
    "known",
    "deleted",
    "rewritten",
    "picked",
    "per_minute",
    "added",
];

#[test]
fn no_message_puts_a_plural_after_one_in_either_language() {
    let i18n = passerelle::i18n::I18n::new();
    let mut found = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        let tr = i18n.tr(lang);
        for (id, vars) in messages(lang) {
            // Counts are 1; limits, sizes and names are something else (7).
            let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = vars
                .iter()
                .map(|v| {
                    (
                        v.as_str(),
                        if COUNTS.contains(&v.as_str()) { 1 } else { 7 }.into(),
                    )
                })
                .collect();
            let text = tr.args(&id, &args);
            let words: Vec<&str> = text.split(|c: char| c.is_whitespace()).collect();
            for pair in words.windows(2) {
                let next = pair[1].trim_end_matches(|c: char| !c.is_alphabetic());
                let plural = (next.ends_with('s') || next.ends_with('x')) && next.chars().count() > 2;
                if pair[0] == "1" && plural && !NOT_PLURALS.contains(&next) {
                    found.push(format!("{}: {id}: {text}", lang.code()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
