//! The leaders' PIN on the command line: anything that reads or writes more than one
//! person asks for it, as the window does. It is read from the first line of standard
//! input: typed after a prompt on a terminal, or given by a script with `--pin-stdin`.
//! Wrong tries are slowed down and counted as in the window (only waited for, not
//! counted, when the store is open read-only).

use std::io::{BufRead, IsTerminal, Write};

use super::data_store::CliError;
use crate::i18n::Tr;
use crate::model::pin::PinCheck;
use crate::store::Store;

/// Asks for the PIN and checks it; `Err` says why the command stops.
pub fn require(store: &mut Store, read_only: bool, pin_stdin: bool, tr: &Tr<'_>) -> Result<(), CliError> {
    require_pin(store, read_only, pin_stdin, tr).map(drop)
}

/// Asks for the PIN and checks it, and returns it (for what is sealed under it).
pub fn require_pin(
    store: &mut Store,
    read_only: bool,
    pin_stdin: bool,
    tr: &Tr<'_>,
) -> Result<String, CliError> {
    if !store.agent_pin_is_set().map_err(|e| CliError(e.message(tr)))? {
        return Err(CliError(tr.t("cli-pin-not-set")));
    }
    let stdin = std::io::stdin();
    if !pin_stdin {
        if !stdin.is_terminal() {
            return Err(CliError(tr.t("cli-pin-needed")));
        }
        eprint!("{} ", tr.t("cli-pin-prompt"));
        let _ = std::io::stderr().flush();
    }
    let mut pin = String::new();
    stdin
        .lock()
        .read_line(&mut pin)
        .map_err(|e| CliError(crate::i18n::io_message(&e, tr)))?;
    let pin = pin.trim_end_matches(['\n', '\r']);
    let now = crate::store::now();
    let checked = if read_only {
        store.verify_agent_pin(pin, now)
    } else {
        store.check_agent_pin(pin, now)
    }
    .map_err(|e| CliError(e.message(tr)))?;
    match checked {
        PinCheck::Right => Ok(pin.to_owned()),
        PinCheck::NotSet => Err(CliError(tr.t("cli-pin-not-set"))),
        PinCheck::Wrong { .. } => {
            // A script cannot try thousands of PINs a minute.
            std::thread::sleep(std::time::Duration::from_secs(2));
            Err(CliError(tr.t("cli-pin-wrong")))
        }
        PinCheck::TooSoon { wait_ms } => Err(CliError(tr.args(
            "cli-pin-too-soon",
            &[("seconds", ((wait_ms + 999) / 1000).into())],
        ))),
    }
}
