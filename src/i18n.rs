//! UI strings from Fluent files (`i18n/fr/*.ftl`, `i18n/en/*.ftl`), embedded in the binary.
//!
//! One file per area; a message id starts with its file's name (`home-continue` lives in
//! `home.ftl`). A missing message falls back to the other language, then to its id, and is
//! logged: it never panics.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::model::Lang;

/// Every `.ftl` file, as `("fr/home.ftl", bytes)`, embedded by `build.rs`.
pub const FILES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));

/// The Fluent files of one language, as `(file name, source)`.
pub fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    let prefix = lang.code();
    FILES.iter().filter_map(move |(path, bytes)| {
        let name = path.strip_prefix(prefix)?.strip_prefix('/')?;
        let source = std::str::from_utf8(bytes).ok()?;
        Some((name, source))
    })
}

/// The message bundles of both languages.
pub struct I18n {
    fr: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

impl I18n {
    /// Loads both languages from the embedded files. A broken file is logged and the rest
    /// of its messages are still used.
    pub fn new() -> Self {
        Self {
            fr: bundle(Lang::Fr),
            en: bundle(Lang::En),
        }
    }

    /// The translator for one language.
    pub fn tr(&self, lang: Lang) -> Tr<'_> {
        Tr { i18n: self, lang }
    }

    /// A message in both languages (for a notice that must follow a language switch).
    pub fn both(&self, message: impl Fn(&Tr<'_>) -> String) -> crate::model::Text {
        crate::model::Text::new(message(&self.tr(Lang::Fr)), message(&self.tr(Lang::En)))
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) would reach screen readers and tests as stray characters.
    bundle.set_use_isolating(false);
    // `{ DE($name) }` is French's "de" before a name: "d'" before a vowel or an h
    // ("le profil d'Hélène", "de Mireille").
    if let Err(error) = bundle.add_function("DE", |positional, _named| match positional.first() {
        Some(FluentValue::String(name)) => FluentValue::from(de_before(name)),
        _ => FluentValue::from("de "),
    }) {
        log::error!("i18n: {error}");
    }
    for (name, source) in sources(lang) {
        // French punctuation keeps its word on the line (see `french_spacing`); Fluent's
        // syntax has no `? ! : ; « »`, and indentation is never touched.
        let source = match lang {
            Lang::Fr => crate::model::french_spacing::with_no_break_spaces(source).into_owned(),
            Lang::En => source.to_owned(),
        };
        let resource = FluentResource::try_new(source).unwrap_or_else(|(res, errors)| {
            log::error!("i18n/{}/{name}: {errors:?}", lang.code());
            res
        });
        if let Err(errors) = bundle.add_resource(resource) {
            log::error!("i18n/{}/{name}: {errors:?}", lang.code());
        }
    }
    bundle
}

/// French "de" as written before `name`: elided before a vowel or an h.
fn de_before(name: &str) -> &'static str {
    let first = name
        .trim_start()
        .chars()
        .next()
        .map(|c| crate::model::matching::fold(&c.to_string()));
    match first.as_deref() {
        Some("a" | "e" | "i" | "o" | "u" | "y" | "h") => "d'",
        _ => "de ",
    }
}

/// Looks up messages in one language.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    i18n: &'a I18n,
    /// The language messages are looked up in.
    pub lang: Lang,
}

impl Tr<'_> {
    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments, e.g. `tr.args("home-hello", &[("name", name.into())])`.
    pub fn args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// What a procedure's pages asked (their types: `code`, `form`…), in words: "the code
    /// by text message, the form".
    pub fn portal_steps(&self, kinds: &[String]) -> String {
        kinds
            .iter()
            .map(|kind| self.t(&format!("activity-portal-step-{kind}")))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The network's state in words: "Synced at 10:42", or "Network unreachable: working
    /// offline, changes waiting for 37 people".
    pub fn network_state(&self, status: &crate::model::network_status::NetworkStatus) -> String {
        let waiting = status.waiting;
        if status.offline {
            return self.args("network-offline", &[("count", waiting.into())]);
        }
        if status.last_sync_at == 0 {
            return self.args("network-never-synced", &[("count", waiting.into())]);
        }
        self.args(
            "network-synced-at",
            &[
                (
                    "time",
                    crate::model::calendar::format_time(status.last_sync_at).into(),
                ),
                ("count", waiting.into()),
            ],
        )
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for lang in [self.lang, self.lang.other()] {
            let bundle = self.i18n.bundle(lang);
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            if lang != self.lang {
                log::warn!(
                    "i18n: `{id}` is missing in {}, shown in {}",
                    self.lang.code(),
                    lang.code()
                );
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::warn!("i18n: `{id}`: {errors:?}");
            }
            return text.into_owned();
        }
        log::warn!("i18n: `{id}` is missing in both languages");
        id.to_owned()
    }
}

/// A file error in plain words (a read-only folder, a full disk, a missing file, a
/// folder where a file was expected), in `tr`'s language; the system's own words only
/// for what has no plain name.
pub fn io_message(error: &std::io::Error, tr: &Tr<'_>) -> String {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::PermissionDenied | K::ReadOnlyFilesystem => tr.t("file-read-only"),
        K::StorageFull | K::QuotaExceeded => tr.t("file-disk-full"),
        K::NotFound => tr.t("file-not-found"),
        K::IsADirectory => tr.t("file-is-a-folder"),
        K::InvalidData => tr.t("file-damaged"),
        _ => tr.args("file-error", &[("detail", error.to_string().into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_have_no_isolation_marks() {
        let i18n = I18n::new();
        let text = i18n.tr(Lang::En).args("home-hello", &[("name", "Ana".into())]);
        assert!(text.contains("Ana"));
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    }

    #[test]
    fn french_elides_de_before_a_vowel_or_an_h() {
        let i18n = I18n::new();
        let open = |name: &str| {
            i18n.tr(Lang::Fr)
                .args("profiles-open", &[("name", name.into()), ("locked", "no".into())])
        };
        assert_eq!(open("Hélène"), "Ouvrir le profil d'Hélène");
        assert_eq!(open("Ana"), "Ouvrir le profil d'Ana");
        assert_eq!(open("Élodie"), "Ouvrir le profil d'Élodie");
        assert_eq!(open("Mireille"), "Ouvrir le profil de Mireille");
        assert_eq!(open("王芳"), "Ouvrir le profil de 王芳");
    }

    #[test]
    fn missing_message_falls_back_to_its_id() {
        let i18n = I18n::new();
        assert_eq!(i18n.tr(Lang::Fr).t("no-such-message"), "no-such-message");
    }

    #[test]
    fn both_languages_have_files() {
        assert!(sources(Lang::Fr).count() > 0);
        assert_eq!(sources(Lang::Fr).count(), sources(Lang::En).count());
    }
}
