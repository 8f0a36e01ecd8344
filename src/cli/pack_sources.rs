//! `pack check`'s word on the sources of each lesson's facts: a warning for facts never
//! checked or checked more than 12 months ago (the pack stays valid), and with
//! `--sources`, every lesson's list.

use std::io::Write;
use std::path::Path;

use crate::i18n::Tr;
use crate::model::Pack;
use crate::model::calendar::Day;
use crate::model::source::{Freshness, freshness};

/// Writes the warnings about `pack`'s sources (found in `dir`), and with
/// `show_sources`, the sources of each lesson.
pub(super) fn report(
    dir: &Path,
    pack: &Pack,
    show_sources: bool,
    tr: &Tr<'_>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let path = dir.display().to_string();
    let today = Day::today();
    for lesson in &pack.lessons {
        let (path, id) = (path.as_str(), lesson.id.as_str());
        match freshness(&lesson.sources, today) {
            Freshness::NoSources | Freshness::Checked(_) => {}
            Freshness::NeverChecked => writeln!(
                out,
                "{}",
                tr.args(
                    "cli-pack-never-checked",
                    &[("path", path.into()), ("lesson", id.into())]
                )
            )?,
            Freshness::CheckAgain(day) => writeln!(
                out,
                "{}",
                tr.args(
                    "cli-pack-check-again",
                    &[
                        ("path", path.into()),
                        ("lesson", id.into()),
                        ("date", day.shown(tr.lang).into()),
                    ],
                )
            )?,
        }
        if !show_sources {
            continue;
        }
        let count = lesson.sources.len();
        writeln!(
            out,
            "{}",
            tr.args(
                "cli-pack-sources",
                &[
                    ("path", path.into()),
                    ("lesson", id.into()),
                    ("count", count.into())
                ],
            )
        )?;
        for source in &lesson.sources {
            let checked = source.checked.map_or_else(
                || tr.t("cli-pack-source-not-checked"),
                |day| tr.args("cli-pack-source-checked", &[("date", day.shown(tr.lang).into())]),
            );
            writeln!(
                out,
                "{}",
                tr.args(
                    "cli-pack-source",
                    &[
                        ("title", source.title.as_str().into()),
                        ("address", source.address.as_str().into()),
                        ("checked", checked.into()),
                    ],
                )
            )?;
        }
    }
    Ok(())
}
