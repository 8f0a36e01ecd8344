//! `passerelle attestation …`: check a signed attestation offline, show this structure's
//! key to give to others, trust another structure's key (see `signing.rs`).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::data_store::{self, Access};
use super::{AttestationCommand, pin};
use crate::i18n::{I18n, Tr};
use crate::model::Lang;
use crate::model::attestation_check::{CheckOutcome, Facts, Signer};
use crate::model::calendar::format_date;
use crate::signing;
use crate::store::Store;

/// Runs `passerelle attestation …` on the data folder's store.
pub fn run(data_dir: Option<std::path::PathBuf>, command: &AttestationCommand, lang: Lang) -> ExitCode {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let access = match command {
        AttestationCommand::Trust { .. } | AttestationCommand::TrustFile { .. } => Access::Write,
        AttestationCommand::Verify { .. } | AttestationCommand::Key | AttestationCommand::Keys { .. } => {
            Access::Read
        }
    };
    let mut opened = match data_store::open(data_dir, access, &tr) {
        Ok(opened) => opened,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let store = &mut opened.store;
    let mut out = std::io::stdout().lock();
    let result = match command {
        AttestationCommand::Verify { file } => verify(store, file, &tr, &mut out),
        AttestationCommand::Key => key(store, &tr, &mut out),
        AttestationCommand::Keys { out: path } => keys(store, path, &tr, &mut out),
        AttestationCommand::TrustFile { file, pin_stdin } => pin::require(store, false, *pin_stdin, &tr)
            .map_err(|e| e.to_string())
            .and_then(|()| trust_file(store, file, &tr, &mut out)),
        AttestationCommand::Trust {
            key,
            structure,
            pin_stdin,
        } => pin::require(store, false, *pin_stdin, &tr)
            .map_err(|e| e.to_string())
            .and_then(|()| trust(store, key, structure, &tr, &mut out)),
    };
    super::exit_status(result)
}

/// Prints what checking `file` (a PDF, or the text of its signature) found; `Ok(true)`
/// only when it is valid and its signer known.
fn verify(store: &Store, file: &str, tr: &Tr<'_>, out: &mut impl Write) -> Result<bool, String> {
    let bytes = if signing::looks_signed(file) {
        file.as_bytes().to_vec()
    } else {
        let path = Path::new(file);
        crate::file_read::read_limited(path, crate::file_read::max_bytes_for(path)).map_err(|e| {
            tr.args(
                "cli-attestation-unreadable",
                &[("path", file.into()), ("detail", e.message(tr).into())],
            )
        })?
    };
    let outcomes = signing::outcomes(&bytes, |key| store.signer(key)).map_err(|e| e.message(tr))?;
    let count = outcomes.len();
    let mut all_known = true;
    for (page, outcome) in outcomes.iter().enumerate() {
        if count > 1 {
            let _ = writeln!(
                out,
                "{}{}",
                if page > 0 { "\n" } else { "" },
                tr.args(
                    "cli-attestation-page",
                    &[("page", (page + 1).into()), ("count", count.into())]
                )
            );
        }
        all_known &= print_outcome(outcome, file, tr, out);
    }
    Ok(all_known)
}

/// Prints one attestation's verdict and facts; true when it is valid and its signer known.
fn print_outcome(outcome: &CheckOutcome, file: &str, tr: &Tr<'_>, out: &mut impl Write) -> bool {
    let (verdict, facts, known) = match outcome {
        CheckOutcome::Unsigned => (
            tr.args("cli-attestation-unsigned", &[("path", file.into())]),
            None,
            false,
        ),
        CheckOutcome::Altered => (tr.t("cli-attestation-altered"), None, false),
        CheckOutcome::Signed {
            facts,
            signer,
            fingerprint,
        } => {
            let key = fingerprint.as_str().into();
            let verdict = match signer {
                Signer::Own => tr.args("cli-attestation-valid-own", &[("key", key)]),
                Signer::Trusted(name) => tr.args(
                    "cli-attestation-valid-trusted",
                    &[("structure", name.as_str().into()), ("key", key)],
                ),
                Signer::Unknown => tr.args(
                    "cli-attestation-unknown-signer",
                    &[("key", key), ("public", facts.key.as_str().into())],
                ),
            };
            (verdict, Some(facts), !matches!(signer, Signer::Unknown))
        }
    };
    let _ = writeln!(out, "{verdict}");
    if let Some(facts) = facts {
        print_facts(facts, tr, out);
    }
    known
}

/// The signed facts, as the attestation states them.
fn print_facts(facts: &Facts, tr: &Tr<'_>, out: &mut impl Write) {
    let lang = tr.lang;
    let _ = writeln!(
        out,
        "{}",
        tr.args("attestation-check-name", &[("name", facts.name.as_str().into())])
    );
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "attestation-check-structure",
            &[("structure", facts.structure.as_str().into())]
        )
    );
    if !facts.leader.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            tr.args(
                "attestation-check-leader",
                &[("leader", facts.leader.as_str().into())]
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "attestation-issued",
            &[("date", format_date(facts.issued_at, lang).into())]
        )
    );
    for lesson in &facts.lessons {
        let _ = writeln!(out, "{}", crate::ui::attestation_check::lesson_line(lesson, tr));
    }
}

/// Prints this structure's public key, to give to the structures that check its
/// attestations.
fn key(store: &Store, tr: &Tr<'_>, out: &mut impl Write) -> Result<bool, String> {
    let Some(public) = store.own_public_key().map_err(|e| e.message(tr))? else {
        let _ = writeln!(out, "{}", tr.t("cli-attestation-no-key"));
        return Ok(false);
    };
    let structure = store.structure_name().map_err(|e| e.message(tr))?;
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "cli-attestation-key",
            &[
                ("structure", structure.as_str().into()),
                ("key", signing::fingerprint(&public).into()),
                ("public", public.as_str().into()),
            ],
        )
    );
    Ok(true)
}

/// Trusts another structure's key (its full public key, as `attestation key` prints it).
fn trust(
    store: &mut Store,
    key: &str,
    structure: &str,
    tr: &Tr<'_>,
    out: &mut impl Write,
) -> Result<bool, String> {
    let key = key.trim().to_ascii_lowercase();
    if !signing::is_public_key(&key) || structure.trim().is_empty() {
        let _ = writeln!(out, "{}", tr.t("cli-attestation-bad-key"));
        return Ok(false);
    }
    store
        .trust_key(&key, structure.trim(), crate::store::now())
        .map_err(|e| e.message(tr))?;
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "cli-attestation-trusted",
            &[
                ("structure", structure.trim().into()),
                ("key", signing::fingerprint(&key).into())
            ],
        )
    );
    Ok(true)
}

/// Writes the keys this PC knows to `path`, for other structures to trust.
fn keys(store: &Store, path: &Path, tr: &Tr<'_>, out: &mut impl Write) -> Result<bool, String> {
    let Some(text) = store.keys_file().map_err(|e| e.message(tr))? else {
        let _ = writeln!(out, "{}", tr.t("cli-attestation-keys-none"));
        return Ok(false);
    };
    std::fs::write(path, &text).map_err(|e| {
        tr.args(
            "cli-attestation-not-written",
            &[
                ("path", path.display().to_string().into()),
                ("detail", crate::i18n::io_message(&e, tr).into()),
            ],
        )
    })?;
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "attestation-keys-saved",
            &[("path", path.display().to_string().into())]
        )
    );
    Ok(true)
}

/// Trusts the structures of the keys file `path`; a bad file changes nothing.
fn trust_file(store: &mut Store, path: &Path, tr: &Tr<'_>, out: &mut impl Write) -> Result<bool, String> {
    let shown = path.display().to_string();
    let bytes = crate::file_read::read_limited(path, crate::file_read::max_bytes_for(path)).map_err(|e| {
        tr.args(
            "cli-attestation-unreadable",
            &[("path", shown.as_str().into()), ("detail", e.message(tr).into())],
        )
    })?;
    let entries = crate::store::key_file::parse(&bytes).map_err(|e| e.message(&shown, tr))?;
    let trusted = store
        .trust_keys(&entries, crate::store::now())
        .map_err(|e| e.message(tr))?;
    let _ = writeln!(out, "{}", trusted.message(&shown, tr));
    Ok(true)
}
