//! Checks of a portal procedure (`type = "portal"`): its site, its address, its file
//! number and each page by its type.

use super::ProblemKind;
use super::checker::{Checker, FileCtx};
use super::field_path::FieldPath;
use super::format::{RawActivity, RawPortalPage, RawSlot, RawText};
use crate::model::portal::{PageKind, Portal, PortalPage, Slot, digits_of};
use crate::model::source::is_web_address;
use crate::model::{ChoiceId, Text};

/// A procedure has at least this many pages, and at most this many.
const PAGES: (usize, usize) = (2, 20);

impl Checker {
    pub(super) fn portal(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawActivity,
        path: &FieldPath,
    ) -> Option<Portal> {
        let site = self.text(ctx, raw.site.as_ref(), &path.key("site"));
        let address_path = path.key("address");
        let address = self.required_string(ctx, raw.address.clone(), &address_path);
        let address = address.and_then(|a| {
            let a = a.trim().to_owned();
            if is_web_address(&a) {
                Some(a)
            } else {
                self.report(
                    ctx,
                    &address_path,
                    ProblemKind::NotAWebAddress {
                        field: address_path.to_string(),
                        value: a,
                    },
                );
                None
            }
        });
        let reference = raw.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
        let pages_path = path.key("pages");
        if raw.pages.len() > PAGES.1 {
            self.report(
                ctx,
                &pages_path,
                ProblemKind::OutOfRange {
                    field: pages_path.to_string(),
                    value: i64::try_from(raw.pages.len()).unwrap_or(i64::MAX),
                    min: i64::try_from(PAGES.0).unwrap_or(0),
                    max: i64::try_from(PAGES.1).unwrap_or(i64::MAX),
                },
            );
        }
        let pages = self.parts(
            ctx,
            &raw.pages,
            &pages_path,
            PAGES.0,
            |p| p.id.as_deref(),
            |this, page, page_path, id| this.portal_page(ctx, page, page_path, id, reference.is_some()),
        );
        Some(Portal {
            site: site?,
            address: address?,
            reference: reference.map(str::to_owned),
            pages: pages?,
        })
    }

    fn portal_page(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawPortalPage,
        path: &FieldPath,
        id: Option<ChoiceId>,
        has_reference: bool,
    ) -> Option<PortalPage> {
        let title = self.text(ctx, raw.title.as_ref(), &path.key("title"));
        let text = match &raw.text {
            Some(t) => Some(self.text(ctx, Some(t), &path.key("text"))?),
            None => None,
        };
        let type_path = path.key("type");
        let Some(kind) = raw.kind.as_deref() else {
            self.missing(ctx, &type_path);
            return None;
        };
        let kind = match kind {
            "sign-in" => self.sign_in_page(ctx, raw, path),
            "code" => self.code_page(ctx, raw, path),
            "form" => Some(PageKind::Form {
                fields: self.form_fields(ctx, &raw.fields, &path.key("fields"))?,
            }),
            "attach" => {
                let files = self.texts(ctx, &raw.files, &path.key("files"), 2);
                let right = self.one_of(ctx, raw.right, &path.key("right"), raw.files.len());
                Some(PageKind::Attach {
                    files: files?,
                    right: right?,
                })
            }
            "slots" => self.slots_page(ctx, &raw.slots, &path.key("slots")),
            "confirmation" => self
                .needs_reference(ctx, path, has_reference)
                .then_some(PageKind::Confirmation),
            "status" => {
                let status = self.text(ctx, raw.status.as_ref(), &path.key("status"));
                self.needs_reference(ctx, path, has_reference)
                    .then_some(())
                    .and(status)
                    .map(|status| PageKind::Status { status })
            }
            "download" => Some(PageKind::Download {
                document: self.text(ctx, raw.document.as_ref(), &path.key("document"))?,
            }),
            other => {
                self.report(
                    ctx,
                    &type_path,
                    ProblemKind::UnknownPageType {
                        field: type_path.to_string(),
                        value: other.to_owned(),
                    },
                );
                None
            }
        };
        Some(PortalPage {
            id: id?,
            title: title?,
            text,
            kind: kind?,
        })
    }

    fn sign_in_page(&mut self, ctx: &FileCtx<'_>, raw: &RawPortalPage, path: &FieldPath) -> Option<PageKind> {
        let service = self.text(ctx, raw.service.as_ref(), &path.key("service"));
        let providers = self.texts(ctx, &raw.providers, &path.key("providers"), 2);
        let account = self.one_of(ctx, raw.account, &path.key("account"), raw.providers.len());
        Some(PageKind::SignIn {
            service: service?,
            providers: providers?,
            account: account?,
        })
    }

    fn code_page(&mut self, ctx: &FileCtx<'_>, raw: &RawPortalPage, path: &FieldPath) -> Option<PageKind> {
        let code_path = path.key("code");
        let code = self
            .required_string(ctx, raw.code.clone(), &code_path)
            .and_then(|code| {
                let digits = digits_of(&code);
                let only_digits = code.chars().all(|c| c.is_ascii_digit() || c == ' ');
                if only_digits && (4..=8).contains(&digits.len()) {
                    Some(digits)
                } else {
                    self.report(
                        ctx,
                        &code_path,
                        ProblemKind::NotACode {
                            field: code_path.to_string(),
                            value: code,
                        },
                    );
                    None
                }
            });
        let sms_path = path.key("sms");
        let sms = self.text(ctx, raw.sms.as_ref(), &sms_path);
        if let (Some(code), Some(sms)) = (&code, &sms) {
            for (lang, text) in [("fr", &sms.fr), ("en", &sms.en)] {
                if !digits_of(text).contains(code.as_str()) {
                    self.report(
                        ctx,
                        &sms_path,
                        ProblemKind::CodeNotInSms {
                            field: sms_path.to_string(),
                            lang: lang.to_owned(),
                        },
                    );
                }
            }
        }
        let caller = match &raw.caller {
            Some(c) => Some(self.text(ctx, Some(c), &path.key("caller"))?),
            None => None,
        };
        Some(PageKind::Code {
            code: code?,
            sms: sms?,
            caller,
        })
    }

    fn slots_page(&mut self, ctx: &FileCtx<'_>, raw: &[RawSlot], path: &FieldPath) -> Option<PageKind> {
        let texts: Vec<RawText> = raw
            .iter()
            .map(|s| RawText {
                fr: s.fr.clone(),
                en: s.en.clone(),
            })
            .collect();
        let labels = self.texts(ctx, &texts, path, 2)?;
        if raw.iter().all(|s| s.taken) {
            self.report(
                ctx,
                path,
                ProblemKind::NoFreeSlot {
                    field: path.to_string(),
                },
            );
            return None;
        }
        Some(PageKind::Slots {
            slots: labels
                .into_iter()
                .zip(raw)
                .map(|(label, s)| Slot {
                    label,
                    taken: s.taken,
                })
                .collect(),
        })
    }

    /// At least `min` texts, each in both languages.
    fn texts(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &[RawText],
        path: &FieldPath,
        min: usize,
    ) -> Option<Vec<Text>> {
        if raw.len() < min {
            self.report(
                ctx,
                path,
                ProblemKind::TooFew {
                    field: path.to_string(),
                    min,
                },
            );
        }
        let texts: Vec<Option<Text>> = raw
            .iter()
            .enumerate()
            .map(|(i, t)| self.text(ctx, Some(t), &path.index(i)))
            .collect();
        let texts: Vec<Text> = texts.into_iter().collect::<Option<_>>()?;
        (texts.len() >= min).then_some(texts)
    }

    /// A number from 1 to `count` that names one of a list (as trainers count), as an index.
    fn one_of(
        &mut self,
        ctx: &FileCtx<'_>,
        value: Option<i64>,
        path: &FieldPath,
        count: usize,
    ) -> Option<usize> {
        let Some(value) = value else {
            self.missing(ctx, path);
            return None;
        };
        let max = i64::try_from(count).unwrap_or(i64::MAX);
        if (1..=max).contains(&value) {
            usize::try_from(value - 1).ok()
        } else {
            self.report(
                ctx,
                path,
                ProblemKind::OutOfRange {
                    field: path.to_string(),
                    value,
                    min: 1,
                    max: max.max(1),
                },
            );
            None
        }
    }

    /// A page that shows or asks for the file number: the procedure must have one.
    fn needs_reference(&mut self, ctx: &FileCtx<'_>, path: &FieldPath, has_reference: bool) -> bool {
        if !has_reference {
            self.report(
                ctx,
                path,
                ProblemKind::NoReference {
                    field: path.to_string(),
                },
            );
        }
        has_reference
    }
}
