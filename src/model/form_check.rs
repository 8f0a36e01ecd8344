//! The pretend form's rules: what each field format accepts, and the mistake found,
//! which the form shows next to the field (each mistake has its own message).

use super::FieldFormat;

/// What is wrong with a field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldMistake {
    /// A required field left empty.
    Missing,
    /// Not a real date written day/month/year.
    Date,
    /// Not an email address.
    Email,
    /// Not a French phone number.
    Phone,
    /// Not a French postcode.
    Postcode,
}

impl FieldMistake {
    /// The Fluent id of the mistake's message.
    pub fn message_id(self) -> &'static str {
        match self {
            FieldMistake::Missing => "activity-form-error-missing",
            FieldMistake::Date => "activity-form-error-date",
            FieldMistake::Email => "activity-form-error-email",
            FieldMistake::Phone => "activity-form-error-phone",
            FieldMistake::Postcode => "activity-form-error-postcode",
        }
    }
}

/// Checks one field's value.
pub fn check_field(format: FieldFormat, required: bool, value: &str) -> Result<(), FieldMistake> {
    let value = value.trim();
    if value.is_empty() {
        return if required {
            Err(FieldMistake::Missing)
        } else {
            Ok(())
        };
    }
    let ok = match format {
        FieldFormat::Text => true,
        FieldFormat::Date => super::calendar::Day::parse_dmy(value).is_some(),
        FieldFormat::Email => is_email(value),
        FieldFormat::Phone => is_phone(value),
        FieldFormat::Postcode => value.len() == 5 && value.chars().all(|c| c.is_ascii_digit()),
    };
    if ok {
        Ok(())
    } else {
        Err(match format {
            FieldFormat::Text => FieldMistake::Missing,
            FieldFormat::Date => FieldMistake::Date,
            FieldFormat::Email => FieldMistake::Email,
            FieldFormat::Phone => FieldMistake::Phone,
            FieldFormat::Postcode => FieldMistake::Postcode,
        })
    }
}

/// One `@`, something before it, and a domain with a dot, without spaces.
fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !value.contains(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

/// A French number: 10 digits starting with 0, or +33 and 9 digits; spaces, dots and
/// dashes between digits are allowed.
fn is_phone(value: &str) -> bool {
    let digits: String = value.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect();
    if let Some(rest) = digits.strip_prefix("+33") {
        rest.len() == 9 && rest.chars().all(|c| c.is_ascii_digit()) && !rest.starts_with('0')
    } else {
        digits.len() == 10 && digits.starts_with('0') && digits.chars().all(|c| c.is_ascii_digit())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldFormat as F;

    #[test]
    fn dates_must_exist() {
        assert!(check_field(F::Date, true, "05/03/2025").is_ok());
        assert!(check_field(F::Date, true, "5/3/2025").is_ok());
        assert!(check_field(F::Date, true, "29/02/2024").is_ok());
        assert_eq!(check_field(F::Date, true, "29/02/2025"), Err(FieldMistake::Date));
        assert_eq!(check_field(F::Date, true, "2025-03-05"), Err(FieldMistake::Date));
        assert_eq!(check_field(F::Date, true, "31/04/2025"), Err(FieldMistake::Date));
        assert_eq!(check_field(F::Date, true, ""), Err(FieldMistake::Missing));
        assert!(check_field(F::Date, false, "").is_ok());
    }

    #[test]
    fn emails_phones_and_postcodes() {
        assert!(check_field(F::Email, true, "marie.dupont@exemple.fr").is_ok());
        for bad in [
            "marie.dupont",
            "marie@exemple",
            "marie @exemple.fr",
            "@exemple.fr",
            "a@b@c.fr",
        ] {
            assert_eq!(
                check_field(F::Email, true, bad),
                Err(FieldMistake::Email),
                "{bad}"
            );
        }
        for good in [
            "06 12 34 56 78",
            "06.12.34.56.78",
            "0612345678",
            "+33 6 12 34 56 78",
        ] {
            assert!(check_field(F::Phone, true, good).is_ok(), "{good}");
        }
        for bad in [
            "06 12 34 56",
            "6 12 34 56 78",
            "+33 06 12 34 56 78",
            "06 12 34 56 7a",
        ] {
            assert_eq!(
                check_field(F::Phone, true, bad),
                Err(FieldMistake::Phone),
                "{bad}"
            );
        }
        assert!(check_field(F::Postcode, true, "69001").is_ok());
        assert_eq!(
            check_field(F::Postcode, true, "6900"),
            Err(FieldMistake::Postcode)
        );
        assert!(check_field(F::Text, true, "Dupont").is_ok());
        assert_eq!(check_field(F::Text, true, "  "), Err(FieldMistake::Missing));
    }
}
