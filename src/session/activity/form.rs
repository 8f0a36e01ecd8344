//! The pretend online form: the resident fills it in and sends it; the mistakes are shown
//! beside their fields until corrected, then a confirmation page.

use std::collections::BTreeMap;

use crate::model::form_check::{FieldMistake, check_field};
use crate::model::{ChoiceId, FormField};

/// What is typed in the form, and the mistakes shown after the last "Send".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormRun {
    /// Each field's text, by field id.
    pub values: BTreeMap<ChoiceId, String>,
    /// The mistakes found when the form was last sent.
    pub mistakes: BTreeMap<ChoiceId, FieldMistake>,
}

impl FormRun {
    fn find_mistakes(&self, fields: &[FormField]) -> BTreeMap<ChoiceId, FieldMistake> {
        fields
            .iter()
            .filter_map(|f| {
                let value = self.values.get(&f.id).map_or("", String::as_str);
                check_field(f.format, f.required, value)
                    .err()
                    .map(|m| (f.id.clone(), m))
            })
            .collect()
    }

    /// Success (no mistake), fields right, fields with a mistake.
    pub fn score(&self, fields: &[FormField]) -> (bool, u32, u32) {
        let wrong = self.find_mistakes(fields).len();
        let right = fields.len() - wrong;
        (
            wrong == 0,
            u32::try_from(right).unwrap_or(u32::MAX),
            u32::try_from(wrong).unwrap_or(u32::MAX),
        )
    }

    /// Shows the mistakes found now beside their fields.
    pub fn show_mistakes(&mut self, fields: &[FormField]) {
        self.mistakes = self.find_mistakes(fields);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FieldFormat, Text};

    #[test]
    fn mistakes_are_found_per_field() {
        let field = |id: &str, format, required| FormField {
            id: id.into(),
            label: Text::new(id, id),
            format,
            required,
        };
        let fields = [
            field("nom", FieldFormat::Text, true),
            field("mail", FieldFormat::Email, true),
            field("tel", FieldFormat::Phone, false),
        ];
        let mut run = FormRun::default();
        run.values.insert("mail".into(), "marie.exemple.fr".into());
        assert_eq!(run.score(&fields), (false, 1, 2));
        run.show_mistakes(&fields);
        assert_eq!(
            run.mistakes.get(&ChoiceId::from("nom")),
            Some(&FieldMistake::Missing)
        );
        assert_eq!(
            run.mistakes.get(&ChoiceId::from("mail")),
            Some(&FieldMistake::Email)
        );
        run.values.insert("nom".into(), "Marie".into());
        run.values.insert("mail".into(), "marie@exemple.fr".into());
        assert_eq!(run.score(&fields), (true, 3, 0));
    }
}
