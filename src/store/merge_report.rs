//! What merging a progress file did, for the person who loaded it: what was added, whose
//! card changed and how, and what was left out and why.

use super::exchange::Card;
use super::exchange_check::{LeftOut, Record};
use crate::i18n::Tr;

/// What a merge changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Residents new to this PC.
    pub residents_added: u32,
    /// Answers and activity tries new to this PC.
    pub answers_added: u32,
    /// People of this PC whose card the file changed, with what changed.
    pub changed: Vec<PersonChanged>,
    /// Records refused, with why.
    pub left_out: Vec<LeftOut>,
    /// Records kept for packs this PC does not have (yet).
    pub kept_for_other_packs: u32,
}

/// A person of this PC whose card a file changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonChanged {
    /// Their name, after the merge.
    pub name: String,
    /// What changed.
    pub fields: Vec<CardField>,
}

/// A part of a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardField {
    /// The first name or pseudonym.
    Name,
    /// The colour or the picture.
    Look,
    /// The language.
    Language,
    /// Text size, contrast or easy text.
    Display,
    /// Sharing their results was switched off.
    SharingOff,
}

impl CardField {
    /// The Fluent id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            CardField::Name => "exchange-changed-name",
            CardField::Look => "exchange-changed-look",
            CardField::Language => "exchange-changed-language",
            CardField::Display => "exchange-changed-display",
            CardField::SharingOff => "exchange-changed-sharing-off",
        }
    }
}

/// What differs from `before` to `after`.
pub(super) fn changed_fields(before: &Card, after: &Card) -> Vec<CardField> {
    let mut fields = Vec::new();
    if before.name != after.name {
        fields.push(CardField::Name);
    }
    if (&before.colour, &before.symbol) != (&after.colour, &after.symbol) {
        fields.push(CardField::Look);
    }
    if before.language != after.language {
        fields.push(CardField::Language);
    }
    if (before.text_percent, before.high_contrast, before.easy_text)
        != (after.text_percent, after.high_contrast, after.easy_text)
    {
        fields.push(CardField::Display);
    }
    if before.shares_results && !after.shares_results {
        fields.push(CardField::SharingOff);
    }
    fields
}

impl MergeReport {
    /// The outcome for `path`, in `tr`'s language: what was loaded, then one line for
    /// each person whose card changed and for each kind of record left out.
    pub fn message(&self, path: &str, tr: &Tr<'_>) -> String {
        let mut lines = vec![tr.args(
            "exchange-imported",
            &[
                ("path", path.into()),
                ("residents", self.residents_added.into()),
                ("answers", self.answers_added.into()),
            ],
        )];
        for person in &self.changed {
            let fields: Vec<String> = person.fields.iter().map(|f| tr.t(f.message_id())).collect();
            lines.push(tr.args(
                "exchange-person-changed",
                &[
                    ("name", crate::pack::limits::printable(&person.name).into()),
                    ("fields", fields.join(", ").into()),
                ],
            ));
        }
        for left in &self.left_out {
            let record = match left.record {
                Record::Person => "person",
                Record::Lesson => "lesson",
                Record::Answer => "answer",
                Record::Try => "try",
                Record::Review => "review",
                Record::Test => "test",
                Record::Workshop => "workshop",
            };
            lines.push(tr.args(
                "exchange-left-out",
                &[
                    ("name", crate::pack::limits::printable(&left.person).into()),
                    ("record", record.into()),
                    ("count", left.count.into()),
                    ("reason", tr.t(left.reason.message_id()).into()),
                ],
            ));
        }
        if self.kept_for_other_packs > 0 {
            lines.push(tr.args(
                "exchange-kept-for-other-packs",
                &[("count", self.kept_for_other_packs.into())],
            ));
        }
        lines.join("\n")
    }
}
