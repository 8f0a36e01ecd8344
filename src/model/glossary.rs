//! Which glossary words appear in a text.

use super::{GlossaryTerm, Lang, matching};

/// The terms whose word appears in `text` (in `lang`), in glossary order. A word matches
/// whole words at their start, ignoring case and accents, so `fenêtre` also finds
/// `Fenêtres` and `double-clic` finds `double-clic`, while `clic` does not match `cliquer`
/// in the middle of another word.
pub fn terms_in<'a>(glossary: &'a [GlossaryTerm], text: &str, lang: Lang) -> Vec<&'a GlossaryTerm> {
    let words: Vec<String> = matching::fold(text).split(' ').map(str::to_owned).collect();
    glossary
        .iter()
        .filter(|term| {
            let term_words: Vec<String> = matching::fold(term.word.get(lang))
                .split(' ')
                .map(str::to_owned)
                .collect();
            let Some((last, first)) = term_words.split_last() else {
                return false;
            };
            (0..words.len()).any(|start| {
                let end = start + first.len();
                end < words.len()
                    && words[start..end] == *first
                    && words[end].starts_with(last.as_str())
                    && words[end].len() <= last.len() + 2
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn term(fr: &str, en: &str) -> GlossaryTerm {
        GlossaryTerm {
            word: Text::new(fr, en),
            definition: Text::new("…", "…"),
        }
    }

    #[test]
    fn finds_words_whatever_their_case_accents_or_plural() {
        let glossary = [
            term("fenêtre", "window"),
            term("souris", "mouse"),
            term("barre de titre", "title bar"),
        ];
        let found = terms_in(&glossary, "Les Fenetres ont une barre de titre.", Lang::Fr);
        let words: Vec<&str> = found.iter().map(|t| t.word.fr.as_str()).collect();
        assert_eq!(words, ["fenêtre", "barre de titre"]);
        let found = terms_in(&glossary, "Move the mouse to the window's title bar.", Lang::En);
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn a_word_inside_another_word_does_not_match() {
        let glossary = [term("clic", "click"), term("menu", "menu")];
        assert!(terms_in(&glossary, "Vous allez cliquer.", Lang::Fr).is_empty());
        assert!(terms_in(&glossary, "Un déclic.", Lang::Fr).is_empty());
        assert_eq!(terms_in(&glossary, "Un clic, deux clics.", Lang::Fr).len(), 1);
    }
}
