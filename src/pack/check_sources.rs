//! Checking a lesson's `[[sources]]`: each names a page by its title and web address,
//! and says, when someone has read it again, on which day (not after today).

use super::ProblemKind;
use super::checker::{Checker, FileCtx};
use super::field_path::FieldPath;
use super::format::RawSource;
use crate::model::calendar::Day;
use crate::model::source::{Source, is_web_address};

impl Checker {
    /// The sources of a lesson, or `None` (with problems) when one is wrong.
    pub(super) fn sources(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &[RawSource],
        path: &FieldPath,
    ) -> Option<Vec<Source>> {
        let today = Day::today();
        let sources: Vec<Option<Source>> = raw
            .iter()
            .enumerate()
            .map(|(i, source)| {
                let path = path.index(i);
                let trimmed = |text: String| text.trim().to_owned();
                let title = self
                    .required_string(ctx, source.title.clone(), &path.key("title"))
                    .map(trimmed);
                let address = self
                    .required_string(ctx, source.address.clone(), &path.key("address"))
                    .map(trimmed);
                let address = address.and_then(|address| {
                    if is_web_address(&address) {
                        Some(address)
                    } else {
                        let field = path.key("address");
                        let kind = ProblemKind::NotAWebAddress {
                            field: field.to_string(),
                            value: address,
                        };
                        self.report(ctx, &field, kind);
                        None
                    }
                });
                // Empty (as the editor leaves a field cleared): not checked yet.
                let checked = match source.checked.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                    None => Some(None),
                    Some(text) => match Day::parse_iso(text).filter(|day| *day <= today) {
                        Some(day) => Some(Some(day)),
                        None => {
                            let field = path.key("checked");
                            let kind = ProblemKind::NotACheckDay {
                                field: field.to_string(),
                                value: text.to_owned(),
                            };
                            self.report(ctx, &field, kind);
                            None
                        }
                    },
                };
                Some(Source {
                    title: title?,
                    address: address?,
                    checked: checked?,
                })
            })
            .collect();
        sources.into_iter().collect()
    }
}
