//! Both languages have the same messages with the same variables, and every message id
//! starts with its file's name.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use passerelle::i18n::sources;
use passerelle::model::Lang;

type Messages = BTreeMap<String, BTreeSet<String>>;

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

fn messages(lang: Lang) -> Messages {
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
            assert!(
                messages.contains_key(&competence.message_id()),
                "{}",
                competence.code()
            );
        }
    }
}
