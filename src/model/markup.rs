//! The simple formatting allowed in lesson text: paragraphs separated by a blank line,
//! lines starting with `- ` as a list, and `**bold**` for the one word that matters.

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
    /// A paragraph.
    Paragraph(Vec<Span>),
    /// One item of a list.
    Bullet(Vec<Span>),
}

/// Splits lesson text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(spans(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else if let Some(item) = line.strip_prefix("- ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Bullet(spans(item.trim())));
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut blocks);
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
        .map(|block| match block {
            Block::Paragraph(s) | Block::Bullet(s) => s.into_iter().map(|s| s.text).collect(),
        })
        .collect::<Vec<String>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_bold() {
        let blocks = parse("La **souris** bouge.\nElle glisse.\n\n- un clic\n- deux clics");
        assert_eq!(blocks.len(), 3);
        assert_eq!(
            blocks[0],
            Block::Paragraph(vec![
                Span {
                    text: "La ".into(),
                    bold: false
                },
                Span {
                    text: "souris".into(),
                    bold: true
                },
                Span {
                    text: " bouge. Elle glisse.".into(),
                    bold: false
                },
            ])
        );
        assert_eq!(
            blocks[2],
            Block::Bullet(vec![Span {
                text: "deux clics".into(),
                bold: false
            }])
        );
    }

    #[test]
    fn plain_text_has_no_markers() {
        assert_eq!(plain("Un **mot**.\n\n- a"), "Un mot.\na");
    }
}
