//! Where a field is in a TOML file (`questions[2].prompt.en`), and on which line.

use std::fmt;

use toml::de::{DeTable, DeValue};

/// One part of a field path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// The path to a field inside a file, e.g. `questions[2].prompt.en`. It may carry the
/// id of the question it is in (see [`FieldPath::in_question`]), for messages; two paths
/// to the same field are equal whether or not they carry it.
#[derive(Clone, Debug, Default)]
pub struct FieldPath(Vec<Segment>, Option<String>);

impl PartialEq for FieldPath {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for FieldPath {}

impl FieldPath {
    /// The path of the whole file.
    pub fn root() -> Self {
        Self::default()
    }

    /// This path followed by a key.
    pub fn key(&self, key: &str) -> Self {
        let mut path = self.clone();
        path.0.push(Segment::Key(key.to_owned()));
        path
    }

    /// This path, known to be inside the question `id` (every path made from it too).
    pub fn in_question(&self, id: Option<&str>) -> Self {
        let mut path = self.clone();
        path.1 = id.filter(|id| !id.trim().is_empty()).map(str::to_owned);
        path
    }

    /// The id of the question this path is inside, when known.
    pub fn question(&self) -> Option<&str> {
        self.1.as_deref()
    }

    /// This path followed by an array index.
    pub fn index(&self, index: usize) -> Self {
        let mut path = self.clone();
        path.0.push(Segment::Index(index));
        path
    }

    /// The parts of the path after `prefix` (all of them when it is not a prefix), as
    /// keys with the 0-based index that follows each, if any: `choices[2]` → `("choices",
    /// Some(1))`.
    pub fn parts_after(&self, prefix: &FieldPath) -> Vec<(&str, Option<usize>)> {
        let rest = self.0.strip_prefix(prefix.0.as_slice()).unwrap_or(&self.0);
        let mut parts: Vec<(&str, Option<usize>)> = Vec::new();
        for segment in rest {
            match segment {
                Segment::Key(key) => parts.push((key, None)),
                Segment::Index(i) => match parts.last_mut() {
                    Some((_, index @ None)) => *index = Some(*i),
                    _ => parts.push(("", Some(*i))),
                },
            }
        }
        parts
    }

    /// Whether this path is `other` or inside it.
    pub fn starts_with(&self, other: &FieldPath) -> bool {
        self.0.starts_with(&other.0)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                // Shown counting from 1, as a person counts.
                Segment::Index(index) => write!(f, "[{}]", index + 1)?,
            }
        }
        Ok(())
    }
}

/// Finds the line of a field in a parsed TOML document.
pub(crate) struct Locator<'a> {
    /// Where each line after the first starts (the byte after each newline), to find a
    /// line in O(log n): a pack with thousands of ids asks for thousands of lines.
    newlines: Vec<usize>,
    root: Option<toml::Spanned<DeTable<'a>>>,
}

impl<'a> Locator<'a> {
    /// Parses `source` for its spans; a source that does not parse locates nothing.
    pub(crate) fn new(source: &'a str) -> Self {
        Self {
            newlines: source
                .bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect(),
            root: DeTable::parse(source).ok(),
        }
    }

    /// The 1-based line of the deepest part of `path` that exists in the file.
    pub(crate) fn line(&self, path: &FieldPath) -> Option<usize> {
        let root = self.root.as_ref()?;
        let mut span = None;
        let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
        let mut value: Option<&DeValue<'_>> = None;
        for segment in &path.0 {
            let next = match (segment, table, value) {
                (Segment::Key(key), Some(t), _) => t.get(key.as_str()),
                (Segment::Key(key), None, Some(v)) => v.get(key.as_str()),
                (Segment::Index(i), None, Some(v)) => v.get(*i),
                _ => None,
            };
            let Some(next) = next else { break };
            span = Some(next.span());
            table = None;
            value = Some(next.get_ref());
        }
        let offset = span.map_or(0, |s| s.start);
        Some(self.newlines.partition_point(|&newline| newline < offset) + 1)
    }
}

/// The 1-based line holding byte `offset`.
pub(crate) fn line_of_offset(source: &str, offset: usize) -> usize {
    source
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_is_shown_counting_from_one() {
        let path = FieldPath::root()
            .key("questions")
            .index(1)
            .key("prompt")
            .key("en");
        assert_eq!(path.to_string(), "questions[2].prompt.en");
        let question = FieldPath::root().key("questions").index(1);
        assert!(path.starts_with(&question));
        assert_eq!(path.parts_after(&question), [("prompt", None), ("en", None)]);
        let choice = question.key("choices").index(0);
        assert_eq!(choice.parts_after(&question), [("choices", Some(0))]);
    }

    #[test]
    fn finds_the_line_of_nested_fields() {
        let source = "id = \"x\"\n\n[[questions]]\nid = \"a\"\n\n[[questions]]\nid = \"b\"\n[questions.prompt]\nfr = \"Oui\"\n";
        let locator = Locator::new(source);
        let q2 = FieldPath::root().key("questions").index(1);
        assert_eq!(locator.line(&FieldPath::root().key("id")), Some(1));
        assert_eq!(locator.line(&q2.key("id")), Some(7));
        assert_eq!(locator.line(&q2.key("prompt").key("fr")), Some(9));
        // A missing field points at its closest parent that exists.
        assert_eq!(locator.line(&q2.key("prompt").key("en")), Some(8));
    }
}
