//! New, empty parts of a pack being written: a question or a practice activity of each
//! type, choices, fields, pairs, zones, messages, with ids that are free. What the pack
//! editor adds when a trainer presses "Add"; no I/O.

use std::collections::BTreeSet;

use super::format::{
    RawActivity, RawChoice, RawField, RawFormField, RawMessage, RawNumber, RawPair, RawPortalPage,
    RawQuestion, RawSlot, RawText, RawTextList, RawZone,
};

/// The question types a trainer can add, in the order offered.
pub const QUESTION_TYPES: [&str; 9] = [
    "single",
    "multiple",
    "true-false",
    "typed",
    "number",
    "fields",
    "order",
    "match",
    "zone",
];

/// The activity types a trainer can add, in the order offered.
pub const ACTIVITY_TYPES: [&str; 7] = [
    "mouse", "keyboard", "mailbox", "form", "password", "files", "portal",
];

/// The first letter id (`a`, `b`…) not in `taken`, else `p27`….
pub fn free_part_id(taken: impl IntoIterator<Item = Option<String>>) -> String {
    let taken: BTreeSet<String> = taken.into_iter().flatten().collect();
    ('a'..='z')
        .map(String::from)
        .chain((27..).map(|n| format!("p{n}")))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}

/// A choice `id` with no text yet.
pub fn empty_choice(id: String) -> RawChoice {
    RawChoice {
        id: Some(id),
        fr: Some(String::new()),
        en: Some(String::new()),
        explanation: None,
    }
}

/// Lists of texts, empty in both languages.
pub fn empty_lists() -> RawTextList {
    RawTextList {
        fr: Some(Vec::new()),
        en: Some(Vec::new()),
    }
}

/// A box to fill in `id`, with no accepted answer yet.
pub fn new_field(id: String) -> RawField {
    RawField {
        id: Some(id),
        label: Some(RawText::default()),
        accepted: Some(empty_lists()),
        spelling: None,
    }
}

/// A pair `id` to match, with no texts yet.
pub fn new_pair(id: String) -> RawPair {
    RawPair {
        id: Some(id),
        left: Some(RawText::default()),
        right: Some(RawText::default()),
        explanation: None,
    }
}

/// A zone `id` of a picture: 60 × 40 pixels in its top left corner, to move.
pub fn new_zone(id: String) -> RawZone {
    RawZone {
        id: Some(id),
        label: Some(RawText::default()),
        x: Some(0),
        y: Some(0),
        width: Some(60),
        height: Some(40),
    }
}

/// A number to type: no value yet, no tolerance.
pub fn new_number() -> RawNumber {
    RawNumber {
        value: None,
        tolerance: Some(toml::Value::Float(0.0)),
    }
}

/// A new question of a type, with its texts empty and the fewest parts it needs.
pub fn new_question(kind: &str, id: String) -> RawQuestion {
    let mut q = RawQuestion {
        id: Some(id),
        kind: Some(kind.to_owned()),
        prompt: Some(RawText::default()),
        explanation: Some(RawText::default()),
        ..RawQuestion::default()
    };
    let two = || ["a", "b"].map(String::from);
    match kind {
        "single" | "multiple" => q.choices = two().map(empty_choice).into(),
        "order" => q.items = two().map(empty_choice).into(),
        "match" => q.pairs = two().map(new_pair).into(),
        "fields" => q.fields = vec![new_field("a".into())],
        "typed" => q.accepted = Some(empty_lists()),
        "number" => q.numbers = vec![new_number()],
        "zone" => q.zones = vec![new_zone("a".into())],
        _ => {}
    }
    q
}

/// A new activity of a type, with its texts empty and the fewest parts it needs.
pub fn new_activity(kind: &str, id: String) -> RawActivity {
    let mut a = RawActivity {
        id: Some(id),
        kind: Some(kind.to_owned()),
        ..RawActivity::default()
    };
    match kind {
        "keyboard" => a.text = Some(RawText::default()),
        "mailbox" => a.messages = vec![new_message("m1", true), new_message("m2", false)],
        "form" => {
            a.title = Some(RawText::default());
            a.confirmation = Some(RawText::default());
            a.fields = vec![new_form_field("f1".into())];
        }
        "files" => {
            a.file = Some(RawText::default());
            a.rename_to = Some(RawText::default());
            a.folder = Some(RawText::default());
            a.recipient = Some(String::new());
        }
        "portal" => {
            a.site = Some(RawText::default());
            a.address = Some(String::new());
            a.reference = Some(String::new());
            a.pages = vec![
                new_portal_page("sign-in", "p1"),
                new_portal_page("confirmation", "p2"),
            ];
        }
        _ => {}
    }
    a
}

/// A page `id` of type `kind` of a pretend portal, with the parts its type needs and no
/// texts yet.
pub fn new_portal_page(kind: &str, id: &str) -> RawPortalPage {
    let mut page = RawPortalPage {
        id: Some(id.to_owned()),
        kind: Some(kind.to_owned()),
        title: Some(RawText::default()),
        ..RawPortalPage::default()
    };
    match kind {
        "sign-in" => {
            page.service = Some(RawText::default());
            page.providers = vec![RawText::default(), RawText::default()];
            page.account = Some(1);
        }
        "code" => {
            page.code = Some(String::new());
            page.sms = Some(RawText::default());
        }
        "form" => page.fields = vec![new_form_field("f1".into())],
        "attach" => {
            page.files = vec![RawText::default(), RawText::default()];
            page.right = Some(1);
        }
        "slots" => page.slots = vec![RawSlot::default(), RawSlot::default()],
        "status" => page.status = Some(RawText::default()),
        "download" => page.document = Some(RawText::default()),
        _ => {}
    }
    page
}

/// A message `id` of the pretend mailbox, a scam or not, with no texts yet.
pub fn new_message(id: &str, scam: bool) -> RawMessage {
    RawMessage {
        id: Some(id.to_owned()),
        from: Some(String::new()),
        subject: Some(RawText::default()),
        body: Some(RawText::default()),
        scam: Some(scam),
        clues: vec![RawText::default()],
    }
}

/// A field `id` of the pretend form: required, any text, with no label yet.
pub fn new_form_field(id: String) -> RawFormField {
    RawFormField {
        id: Some(id),
        label: Some(RawText::default()),
        format: Some("text".to_owned()),
        required: true,
    }
}
