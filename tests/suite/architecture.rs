//! Data flows one way, as `docs/architecture.md` draws it: pack files → `pack` → `model`
//! → `store` → `session` → `ui` → `Action` → `app`. These tests read the sources and fail
//! on any `crate::…` path along an arrow the design rules out, and on SQL, egui or file
//! I/O where they do not belong. Test modules (`#[cfg(test)] mod tests`) may set things up
//! with any part, so they are left out.

use std::collections::BTreeSet;

/// The parts a part's code may name (besides itself). Entry points (`main`, `cli`,
/// `bench`) and `app` (the one place that sees everything) are not listed: they may use
/// every part but are used by none but each other.
const ALLOWED: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("i18n", &["model"]),
    ("data_folder", &[]),
    ("renderer", &[]),
    ("network_drive", &[]),
    ("speech", &["model"]),
    ("pack", &["model", "i18n"]),
    ("file_read", &["model", "i18n", "pack"]),
    ("file_dialog", &["file_read", "data_folder", "pack"]),
    ("signing", &["model"]),
    ("store", &["model", "pack", "i18n", "network_drive", "signing"]),
    ("pack_install", &["model", "pack", "store", "i18n"]),
    (
        "network",
        &[
            "model",
            "store",
            "signing",
            "i18n",
            "pack",
            "pack_install",
            "file_read",
        ],
    ),
    ("fonts", &[]),
    ("attestation", &["model", "i18n", "fonts", "signing"]),
    ("answer_words", &["model", "i18n"]),
    ("access_document", &["model", "i18n", "answer_words"]),
    ("session", &["model", "pack"]),
    (
        "ui",
        &["model", "session", "i18n", "pack", "fonts", "answer_words"],
    ),
];

/// The parts of `pack` the editor's session and screens may name: the raw types of pack
/// files, the draft, its texts, and where a problem is. None of them does any I/O.
const DRAFT_PART: &[&str] = &[
    "draft",
    "draft_new",
    "draft_texts",
    "format",
    "FieldPath",
    "Problem",
    "ProblemKind",
    "PackFiles",
];

/// Words that must not appear in a part's code: (parts, word, why).
const FORBIDDEN_WORDS: &[(&[&str], &str, &str)] = &[
    (&["model", "session"], "egui", "model and session draw nothing"),
    (
        &[
            "model",
            "session",
            "ui",
            "pack",
            "i18n",
            "attestation",
            "access_document",
            "signing",
        ],
        "rusqlite",
        "only the store speaks SQL",
    ),
    (&["model", "session", "ui"], "std::fs", "no file I/O here"),
    (
        &["model", "session", "ui"],
        "std::process",
        "no programs started here",
    ),
];

/// Files of the draft part, which must do no file I/O.
const DRAFT_FILES: &[&str] = &[
    "src/pack/draft.rs",
    "src/pack/draft_new.rs",
    "src/pack/draft_texts.rs",
    "src/pack/format.rs",
    "src/pack/field_path.rs",
    "src/pack/problem.rs",
];

/// The part a source file belongs to: `src/store/agent.rs` → `store`, `src/i18n.rs` →
/// `i18n`.
fn part_of(relative: &str) -> String {
    let rest = relative.trim_start_matches("src/");
    rest.split('/')
        .next()
        .unwrap_or(rest)
        .trim_end_matches(".rs")
        .to_owned()
}

/// The code of a file without comments, string contents, and its test module.
fn code_only(source: &str) -> String {
    let source = match source.find("#[cfg(test)]\nmod tests") {
        Some(at) => &source[..at],
        None => source,
    };
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                }
                out.push('"');
            }
            // A char literal such as '"' would otherwise open a string.
            '\'' if source_char_literal(&mut chars) => out.push_str("' '"),
            c => out.push(c),
        }
    }
    out
}

/// Skips a char literal (`'x'`, `'\n'`, `'"'`) after its opening quote; a lifetime
/// (`'a`) is left as it is.
fn source_char_literal(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> bool {
    let mut ahead = chars.clone();
    let first = ahead.next();
    let closes = match first {
        Some('\\') => {
            ahead.next();
            ahead.find(|&c| c == '\'').is_some()
        }
        Some(_) => ahead.next() == Some('\''),
        None => false,
    };
    if closes {
        *chars = ahead;
    }
    closes
}

fn ident_at(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The items named after `crate::part::` at each place: one, or each of a `{…}` list.
fn names_after(text: &str) -> Vec<String> {
    if let Some(list) = text.strip_prefix('{') {
        let end = list.find('}').unwrap_or(list.len());
        list[..end]
            .split(',')
            .map(|item| ident_at(item.trim()).to_owned())
            .filter(|item| !item.is_empty())
            .collect()
    } else {
        vec![ident_at(text).to_owned()]
    }
}

/// Every `crate::…` path in `code`: (line, part named, items named inside that part).
fn crate_paths(code: &str) -> Vec<(usize, String, Vec<String>)> {
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let before_ok = at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
            let after = &rest[at + "crate::".len()..];
            if before_ok {
                if let Some(list) = after.strip_prefix('{') {
                    // `use crate::{a, b::c}`: each entry names a part.
                    for entry in names_after(&format!("{{{list}")) {
                        found.push((number + 1, entry, Vec::new()));
                    }
                } else {
                    let part = ident_at(after);
                    let inside = after[part.len()..]
                        .strip_prefix("::")
                        .map(names_after)
                        .unwrap_or_default();
                    found.push((number + 1, part.to_owned(), inside));
                }
            }
            rest = after;
        }
    }
    found
}

/// What is wrong in one file's code, as `file:line: …` lines.
fn problems_in(relative: &str, source: &str) -> Vec<String> {
    let part = part_of(relative);
    let code = code_only(source);
    let mut problems = Vec::new();
    if let Some((_, allowed)) = ALLOWED.iter().find(|(p, _)| *p == part) {
        for (line, named, inside) in crate_paths(&code) {
            if named == part {
                continue;
            }
            if !allowed.contains(&named.as_str()) {
                problems.push(format!(
                    "{relative}:{line}: `{part}` must not use `crate::{named}`"
                ));
            } else if named == "pack" && (part == "session" || part == "ui") {
                for item in inside.iter().filter(|i| !DRAFT_PART.contains(&i.as_str())) {
                    problems.push(format!(
                        "{relative}:{line}: `{part}` may use only the draft part of `pack`, not `pack::{item}`"
                    ));
                }
            }
        }
    }
    for (parts, word, why) in FORBIDDEN_WORDS {
        if !parts.contains(&part.as_str()) {
            continue;
        }
        for (number, line) in code.lines().enumerate() {
            let hit = line.match_indices(word).any(|(at, _)| {
                let before = &line[..at];
                let after = &line[at + word.len()..];
                !before.ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    && !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            if hit {
                problems.push(format!("{relative}:{}: `{word}` in `{part}`: {why}", number + 1));
            }
        }
    }
    if DRAFT_FILES.contains(&relative) && code.contains("std::fs") {
        problems.push(format!("{relative}: the draft part does no file I/O"));
    }
    problems
}

#[test]
fn every_part_uses_only_the_parts_the_design_allows() {
    let mut parts = BTreeSet::new();
    let mut problems = Vec::new();
    for (relative, source) in crate::common::rust_sources() {
        parts.insert(part_of(&relative));
        problems.extend(problems_in(&relative, &source));
    }
    assert!(
        problems.is_empty(),
        "arrows the design rules out:\n{}",
        problems.join("\n")
    );
    // Every part is either in the table or an entry point: a new part must be placed.
    let entry_points = ["main", "lib", "app", "cli", "bench"];
    for part in &parts {
        assert!(
            entry_points.contains(&part.as_str()) || ALLOWED.iter().any(|(p, _)| p == part),
            "`{part}` is not in ALLOWED: say which parts it may use"
        );
    }
}

#[test]
fn the_check_catches_an_arrow_backwards() {
    let ui = "use crate::store::Store;\nfn f() { crate::session::Action::Profile(crate::session::ProfileAction::GoHome); }\n";
    assert_eq!(
        problems_in("src/ui/home.rs", ui),
        ["src/ui/home.rs:1: `ui` must not use `crate::store`"]
    );
    let session = "use crate::{model, store::Store};\n";
    assert_eq!(
        problems_in("src/session/home.rs", session),
        ["src/session/home.rs:1: `session` must not use `crate::store`"]
    );
    let loader = "use crate::pack::{FieldPath, load_dir};\n";
    assert_eq!(
        problems_in("src/ui/pack_editor.rs", loader),
        ["src/ui/pack_editor.rs:1: `ui` may use only the draft part of `pack`, not `pack::load_dir`"]
    );
    let sql = "fn f(c: &rusqlite::Connection) {}\n";
    assert_eq!(
        problems_in("src/session/quiz.rs", sql),
        ["src/session/quiz.rs:1: `rusqlite` in `session`: only the store speaks SQL"]
    );
    let store = "use crate::session::idle;\n";
    assert_eq!(
        problems_in("src/store/settings.rs", store),
        ["src/store/settings.rs:1: `store` must not use `crate::session`"]
    );
}

#[test]
fn comments_strings_and_tests_are_not_code() {
    let source = "//! Drawn by `crate::store`.\n/// See crate::app.\nconst A: &str = \"crate::store\";\nconst Q: char = '\"';\nfn f<'a>() {}\n#[cfg(test)]\nmod tests {\n    use crate::store::Store;\n}\n";
    assert!(problems_in("src/model/a.rs", source).is_empty());
    let after_quote = "const Q: char = '\"';\nuse crate::store::Store;\n";
    assert_eq!(
        problems_in("src/model/a.rs", after_quote),
        ["src/model/a.rs:2: `model` must not use `crate::store`"]
    );
}
