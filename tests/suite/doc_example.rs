//! The complete example in `docs/pack-format.md` is a valid pack.

use crate::common;

use passerelle::pack::{PackFiles, load_files};

/// The TOML block that follows the line `` `name`: `` in the document.
fn block_after(doc: &str, name: &str) -> String {
    let start = doc
        .find(&format!("`{name}`:"))
        .unwrap_or_else(|| panic!("{name} in the doc"));
    let rest = &doc[start..];
    let open = rest.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let close = rest[open..].find("```").expect("the block ends");
    rest[open..open + close].to_owned()
}

#[test]
fn the_documented_example_pack_is_valid() {
    let doc = include_str!("../../docs/pack-format.md");
    let files = PackFiles {
        root: "example".into(),
        files: vec![
            ("pack.toml".into(), block_after(doc, "pack.toml").into_bytes()),
            (
                "lessons/01-souris.toml".into(),
                block_after(doc, "lessons/01-souris.toml").into_bytes(),
            ),
            (
                "lessons/02-demarche.toml".into(),
                block_after(doc, "lessons/02-demarche.toml").into_bytes(),
            ),
            ("media/souris.png".into(), common::PNG.to_vec()),
        ],
    };
    let pack = load_files(&files).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(pack.lessons[0].questions.len(), 4);
    // The procedure's example uses every page type.
    let procedure = pack.lessons[1]
        .steps
        .iter()
        .find_map(|s| match s.activity.as_ref().map(|a| &a.kind) {
            Some(passerelle::model::ActivityKind::Portal(p)) => Some(p),
            _ => None,
        })
        .expect("the documented procedure");
    let types: Vec<&str> = procedure.pages.iter().map(|p| p.kind.type_name()).collect();
    assert_eq!(
        types,
        [
            "sign-in",
            "code",
            "form",
            "attach",
            "slots",
            "confirmation",
            "status",
            "download"
        ]
    );
}
