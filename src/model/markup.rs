//! The simple formatting allowed in lesson text: one sentence per line is kept as written
//! (easy-to-read style), a blank line separates groups of lines, lines starting with `- `
//! are a list, and `**word**` marks the one word that matters.

/// A run of text, bold or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Whether it is bold.
    pub bold: bool,
}

/// A block of lesson text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A line of text.
    Line(Vec<Span>),
    /// One item of a list.
    Bullet(Vec<Span>),
    /// Space between two groups of lines.
    Gap,
}

/// Splits lesson text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    for line in text.trim().lines().map(str::trim) {
        if line.is_empty() {
            if blocks.last().is_some_and(|b| *b != Block::Gap) {
                blocks.push(Block::Gap);
            }
        } else if let Some(item) = line.strip_prefix("- ") {
            blocks.push(Block::Bullet(spans(item.trim())));
        } else {
            blocks.push(Block::Line(spans(line)));
        }
    }
    blocks
}

/// Splits a line at `**` markers; an unclosed marker stays bold to the end of the line.
fn spans(line: &str) -> Vec<Span> {
    line.split("**")
        .enumerate()
        .filter(|(_, text)| !text.is_empty())
        .map(|(i, text)| Span {
            text: text.to_owned(),
            bold: i % 2 == 1,
        })
        .collect()
}

/// The text with its markers removed, as a screen reader should hear it.
pub fn plain(text: &str) -> String {
    parse(text)
        .into_iter()
        .filter_map(|block| match block {
            Block::Line(s) | Block::Bullet(s) => Some(s.into_iter().map(|s| s.text).collect()),
            Block::Gap => None,
        })
        .collect::<Vec<String>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain_span(text: &str) -> Span {
        Span {
            text: text.into(),
            bold: false,
        }
    }

    #[test]
    fn lines_gaps_lists_and_bold() {
        let blocks = parse("\nLa **souris** bouge.\nElle glisse.\n\n\n- un clic\n- deux clics\n");
        assert_eq!(
            blocks,
            vec![
                Block::Line(vec![
                    plain_span("La "),
                    Span {
                        text: "souris".into(),
                        bold: true
                    },
                    plain_span(" bouge."),
                ]),
                Block::Line(vec![plain_span("Elle glisse.")]),
                Block::Gap,
                Block::Bullet(vec![plain_span("un clic")]),
                Block::Bullet(vec![plain_span("deux clics")]),
            ]
        );
    }

    #[test]
    fn plain_text_has_no_markers() {
        assert_eq!(plain("Un **mot**.\n\n- a"), "Un mot.\na");
    }
}
