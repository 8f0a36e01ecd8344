//! What happens to files once they are read: progress merged, packs installed,
//! attestations checked, keys trusted. Each file is told in one line of one notice; a
//! bad file is refused whole and the others go on.

use super::{AppError, PasserelleApp};
use crate::file_read::FileError;
use crate::i18n::Tr;
use crate::model::{Lang, Text};
use crate::session::{AgentView, Notice, Route};
use crate::store::exchange::ProgressFile;
use crate::store::now;

/// Files read in the background: each with its bytes, or why not.
pub(super) type ReadFiles = Vec<(std::path::PathBuf, Result<Vec<u8>, FileError>)>;

impl PasserelleApp {
    /// Trusts the structures of each keys file chosen; a bad file is refused whole, with
    /// its line and field, and the others go on.
    pub(super) fn trust_key_files(&mut self, files: ReadFiles) {
        let mut lines = Vec::new();
        let mut refused = false;
        for (path, bytes) in files {
            let shown = shown_name(&path);
            let line = match bytes {
                Err(e) => Err(self.i18n.both(|tr| {
                    tr.args(
                        "attestation-check-unreadable",
                        &[("file", shown.as_str().into()), ("detail", e.message(tr).into())],
                    )
                })),
                Ok(bytes) => match crate::store::key_file::parse(&bytes) {
                    Err(problem) => Err(self.i18n.both(|tr| problem.message(&shown, tr))),
                    Ok(entries) => match self.store.trust_keys(&entries, now()) {
                        Ok(trusted) => Ok(self.i18n.both(|tr| trusted.message(&shown, tr))),
                        Err(e) => Err(self.i18n.both(|tr| e.message(tr))),
                    },
                },
            };
            refused |= line.is_err();
            lines.push(line.unwrap_or_else(|refusal| refusal));
        }
        self.state.notice = Some(notice_of(&lines, refused));
    }

    /// Shows what checking the first chosen attestation found.
    pub(super) fn check_attestation(&mut self, files: ReadFiles) {
        let Some((path, bytes)) = files.into_iter().next() else {
            return;
        };
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(e) => {
                let shown = shown_name(&path);
                self.tell(true, |tr| {
                    tr.args(
                        "attestation-check-unreadable",
                        &[("file", shown.as_str().into()), ("detail", e.message(tr).into())],
                    )
                });
                return;
            }
        };
        match crate::signing::outcomes(&bytes, |key| self.store.signer(key)) {
            Ok(outcomes) => {
                let mut outcomes = outcomes.into_iter();
                let outcome = outcomes
                    .next()
                    .unwrap_or(crate::model::attestation_check::CheckOutcome::Unsigned);
                let trust_name = match &outcome {
                    crate::model::attestation_check::CheckOutcome::Signed { facts, .. } => {
                        facts.structure.clone()
                    }
                    _ => String::new(),
                };
                let checked = crate::model::attestation_check::CheckedAttestation {
                    file: shown_name(&path),
                    outcome,
                    others: outcomes.collect(),
                    trust_name,
                };
                self.state.route = Route::Agent(AgentView::CheckedAttestation(Box::new(checked)));
            }
            Err(e) => self.tell(true, |tr| e.message(tr)),
        }
    }

    pub(super) fn merge_files(&mut self, files: ReadFiles) {
        let mut lines = Vec::new();
        let mut refused = false;
        for (path, bytes) in files {
            let shown = shown_name(&path);
            let outcome = bytes
                .map_err(AppError::from)
                .and_then(|b| ProgressFile::from_bytes(&b).map_err(AppError::from))
                .and_then(|file| self.store.merge_progress(&file).map_err(AppError::from));
            lines.push(self.i18n.both(|tr| match &outcome {
                Ok(report) => report.message(&shown, tr),
                Err(refusal) => tr.args(
                    "exchange-refused",
                    &[
                        ("path", shown.as_str().into()),
                        ("reason", refusal.message(tr).into()),
                    ],
                ),
            }));
            refused |= outcome.is_err();
        }
        self.state.notice = Some(notice_of(&lines, refused));
        // Show the new cards, or the new figures.
        let refreshed = match &self.state.route {
            Route::Profiles(_) => self.show_profiles(),
            Route::Agent(AgentView::Open { .. }) => self.open_agent_area(),
            _ => Ok(()),
        };
        if let Err(e) = refreshed {
            log::error!("{e}");
        }
    }

    /// Installs pack files; tells what happened to each. A file holding an older version
    /// than the one installed waits for the leader's confirmation.
    pub(super) fn install_files(&mut self, files: ReadFiles) {
        let mut lines = Vec::new();
        let mut refused = false;
        for (path, bytes) in files {
            let shown = shown_name(&path);
            let bytes = match bytes {
                Ok(bytes) => bytes,
                Err(error) => {
                    refused = true;
                    lines.push(self.i18n.both(|tr| {
                        let reason = format!("{shown}: {}", error.message(tr));
                        tr.args("pack-install-refused", &[("reason", reason.into())])
                    }));
                    continue;
                }
            };
            let outcome = crate::pack_install::install_pack(&mut self.store, &bytes, &shown, false);
            if let Err(crate::pack_install::InstallProblem::Older { installed, offered }) = &outcome {
                self.state.older_pack = Some(crate::session::OlderPack {
                    file: shown.clone(),
                    installed: installed.clone(),
                    offered: offered.clone(),
                });
                self.older_pack_bytes = Some(bytes);
                continue;
            }
            refused |= outcome.is_err();
            lines.push(self.i18n.both(|tr| install_message(&outcome, tr)));
        }
        if !lines.is_empty() {
            self.state.notice = Some(notice_of(&lines, refused));
        }
    }

    /// The leader answered: replace the installed pack with the older version, or not.
    pub(super) fn answer_older_pack(&mut self, replace: bool) {
        let (Some(older), Some(bytes)) = (self.state.older_pack.take(), self.older_pack_bytes.take()) else {
            return;
        };
        if !replace {
            return;
        }
        let outcome = crate::pack_install::install_pack(&mut self.store, &bytes, &older.file, true);
        self.tell(outcome.is_err(), |tr| install_message(&outcome, tr));
    }
}

/// A file's name as a person reads it in a message.
pub(super) fn shown_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// One notice of several lines (one per file), in both languages.
pub(super) fn notice_of(lines: &[Text], is_error: bool) -> Notice {
    let join = |lang: Lang| {
        lines
            .iter()
            .map(|l| l.get(lang).as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    Notice {
        text: Text::new(join(Lang::Fr), join(Lang::En)),
        is_error,
        page: None,
    }
}

/// What a pack install did, in a sentence.
fn install_message(
    outcome: &Result<crate::pack_install::Installed, crate::pack_install::InstallProblem>,
    tr: &Tr<'_>,
) -> String {
    match outcome {
        Ok(done) => tr.args(
            "pack-installed",
            &[
                ("id", done.id.as_str().into()),
                ("version", done.version.as_str().into()),
            ],
        ),
        Err(problem) => tr.args("pack-install-refused", &[("reason", problem.message(tr).into())]),
    }
}
