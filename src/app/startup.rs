//! What the window needs from the disk before its first frame: the messages, the store
//! (opened, checked, restored from a backup when damaged, backed up once a day) and the
//! built-in packs brought up to date. It runs on its own thread while the window and its
//! GL context are made, which is most of the start-up, so that neither waits on the other.

use std::path::{Path, PathBuf};

use crate::i18n::{I18n, Tr};
use crate::model::Lang;
use crate::model::calendar::format_date;
use crate::session::Notice;
use crate::store::recovery::{Recovery, open_or_recover};
use crate::store::{self, Store};
use crate::{pack, pack_install};

/// What the window starts with.
pub struct Prepared {
    /// Both languages' messages.
    pub i18n: I18n,
    /// The store, open and checked (but for the answer history, checked once the window
    /// is up: see `store::recovery`).
    pub store: Store,
    /// A message to show first: a restored backup, a pack that could not be updated…
    pub notice: Option<Notice>,
}

/// Prepares the store in `data_dir` on a new thread. The thread's result is what the
/// window starts with, or the message (in `lang`) of the problem that stops Passerelle.
pub fn prepare_in_background(
    data_dir: PathBuf,
    backup_dir: PathBuf,
    lang: Lang,
) -> std::thread::JoinHandle<Result<Prepared, String>> {
    std::thread::spawn(move || prepare(&data_dir, &backup_dir, lang))
}

/// Opens (or recovers) the store in `data_dir`, takes the day's backup into `backup_dir`,
/// and installs or updates the built-in packs.
///
/// # Errors
/// The translated message of a problem that stops Passerelle from starting: a store that
/// can neither be opened nor recovered, a built-in pack the store refuses to take.
pub fn prepare(data_dir: &Path, backup_dir: &Path, lang: Lang) -> Result<Prepared, String> {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let (mut store, recovery) = open_or_recover(data_dir).map_err(|e| e.message(&tr))?;
    if let Err(e) = store.backup_if_due(backup_dir, store::now()) {
        log::error!("backup: {e}");
    }
    let mut notice = recovery_notice(&i18n, &recovery);
    let report =
        pack_install::sync_builtin(&mut store, &pack::builtin::packs()).map_err(|e| e.message(&tr))?;
    if !report.problems.is_empty() {
        for problem in &report.problems {
            log::error!("{}", problem.message(&i18n.tr(Lang::En)));
        }
        notice = notice.or_else(|| Some(both(&i18n, |tr| tr.t("error-builtin-pack"))));
    }
    Ok(Prepared { i18n, store, notice })
}

/// An error notice in both languages (it must follow a language switch).
fn both(i18n: &I18n, message: impl Fn(&Tr<'_>) -> String) -> Notice {
    Notice {
        text: i18n.both(message),
        is_error: true,
        page: None,
    }
}

/// What to tell the person when the store had to be recovered.
fn recovery_notice(i18n: &I18n, recovery: &Recovery) -> Option<Notice> {
    match recovery {
        Recovery::None => None,
        Recovery::Restored {
            damaged,
            backup_taken_at,
        } => Some(both(i18n, |tr| {
            tr.args(
                "error-store-restored",
                &[
                    ("date", format_date(*backup_taken_at, tr.lang).into()),
                    ("path", damaged.display().to_string().into()),
                ],
            )
        })),
        Recovery::RestoredLost {
            set_aside,
            backup_taken_at,
        } => Some(both(i18n, |tr| {
            let date = format_date(*backup_taken_at, tr.lang);
            match set_aside {
                Some(path) => tr.args(
                    "error-store-restored-empty",
                    &[("date", date.into()), ("path", path.display().to_string().into())],
                ),
                None => tr.args("error-store-restored-missing", &[("date", date.into())]),
            }
        })),
        Recovery::StartedFresh { damaged } => Some(both(i18n, |tr| {
            tr.args(
                "error-store-fresh",
                &[("path", damaged.display().to_string().into())],
            )
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_data_folder_is_prepared_with_the_built_in_packs_and_no_notice() {
        let dir = tempfile::tempdir().expect("temp dir");
        let prepared = prepare(dir.path(), &dir.path().join("backups"), Lang::Fr).expect("prepared");
        assert!(prepared.notice.is_none());
        let packs = prepared.store.packs().expect("packs");
        assert_eq!(packs.len(), pack::builtin::packs().len());
    }

    #[test]
    fn a_store_that_cannot_open_stops_with_a_message_in_the_persons_language() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join(store::FILE_NAME)).expect("a folder in its place");
        let Err(message) = prepare(dir.path(), &dir.path().join("backups"), Lang::En) else {
            panic!("a folder is no store");
        };
        assert!(
            message.contains("this is a folder, where a file was expected"),
            "{message}"
        );
    }

    #[test]
    fn what_is_prepared_can_go_to_the_window_thread() {
        fn sent<T: Send>() {}
        sent::<Prepared>();
    }
}
