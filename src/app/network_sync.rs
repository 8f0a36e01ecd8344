//! The library network's sync rounds in the window: on a thread of their own, with their
//! own connection to the store, so that a frame never waits on the network. They start
//! when the leaders open their area with the PIN (which opens the site's credentials),
//! then run every few minutes and whenever a leader asks, until the window closes.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use super::{AppError, PasserelleApp};
use crate::model::network_status::NetworkStatus;
use crate::network::connect::connect_site;
use crate::network::join_file::JoinFile;
use crate::network::{sealed, sync};
use crate::store::{Store, now};

/// Time between two rounds when nobody asks.
pub const EVERY: Duration = Duration::from_mins(2);

/// A round's end: the network's state after it, counted on the thread (counting what
/// waits reads every following resident's record: never on a frame).
type Finished = Option<NetworkStatus>;

/// The thread that syncs, and how to talk to it.
pub(super) struct NetworkSync {
    /// The site's credentials, open (to seal them again under a new PIN).
    join: JoinFile,
    /// Asks for a round now.
    poke: Sender<()>,
    /// Each round's end.
    finished: Receiver<Finished>,
}

impl NetworkSync {
    fn start(path: PathBuf, join: JoinFile, ctx: egui::Context) -> NetworkSync {
        let (poke, poked) = mpsc::channel();
        let (tell, finished) = mpsc::channel();
        let credentials = join.clone();
        let spawned = std::thread::Builder::new()
            .name("network sync".into())
            .spawn(move || rounds(&path, &credentials, &poked, &tell, &ctx));
        if let Err(e) = spawned {
            log::error!("no thread for the network: {e}");
        }
        NetworkSync { join, poke, finished }
    }
}

fn rounds(
    path: &std::path::Path,
    join: &JoinFile,
    poked: &Receiver<()>,
    tell: &Sender<Finished>,
    ctx: &egui::Context,
) {
    let mut store = match Store::open(path) {
        Ok(store) => store,
        Err(e) => {
            log::error!("network: the store did not open: {e}");
            let _ = tell.send(None);
            return;
        }
    };
    loop {
        let outcome = connect_site(join)
            .map_err(|e| e.to_string())
            .and_then(|mut client| sync::round(&mut store, &mut client).map_err(|e| e.to_string()));
        match outcome {
            Ok(report) => log::info!("network: {report:?}"),
            Err(why) => {
                log::warn!("network unreachable: {why}");
                let _ = store.note_network_round(now(), Some(&why));
            }
        }
        let status = sync::status(&store, true).unwrap_or_else(|e| {
            log::error!("{e}");
            None
        });
        if tell.send(status).is_err() {
            return;
        }
        ctx.request_repaint();
        match poked.recv_timeout(EVERY) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The leaders' PIN changed: the credentials, open since the area was, are sealed again
/// under the new one (without them, the PC joins again with its join file).
pub(super) fn reseal(store: &mut Store, network: Option<&NetworkSync>, pin: &str) -> Result<(), AppError> {
    if let Some(network) = network
        && let Ok(sealed) = sealed::seal(&network.join, pin)
    {
        store.join_network(&network.join.site, &sealed)?;
    }
    Ok(())
}

impl PasserelleApp {
    /// With the leaders' right PIN: opens the site's credentials and starts the rounds
    /// (once per window).
    pub(super) fn start_network(&mut self, pin: &str) -> Result<(), AppError> {
        if self.network.is_some() {
            return Ok(());
        }
        let (Some(sealed_join), Some(path)) = (self.store.network_join_sealed()?, self.store.file_path())
        else {
            return Ok(());
        };
        match sealed::open(&sealed_join, pin) {
            Ok(join) => {
                let pc = self.store.network_pc()?;
                self.live_room = Some(super::live_room::LiveRoom::start(
                    join.clone(),
                    pc,
                    self.ctx.clone(),
                ));
                self.network = Some(NetworkSync::start(path, join, self.ctx.clone()));
                if let Some(status) = &mut self.state.network {
                    status.syncing = true;
                }
            }
            Err(problem) => log::warn!("the network's credentials did not open: {problem:?}"),
        }
        Ok(())
    }

    /// A join file chosen in the leaders' area: checked whole (a bad one is named with
    /// its field and changes nothing), sealed under the PIN, and the rounds start (the
    /// first one says whether the server takes the credentials).
    pub(super) fn join_network_file(&mut self, files: super::file_loads::ReadFiles) -> Result<(), AppError> {
        let Some((path, bytes)) = files.into_iter().next() else {
            return Ok(());
        };
        let shown = super::file_loads::shown_name(&path);
        let join = match bytes {
            Err(e) => {
                self.tell(true, |tr| format!("{shown}: {}", e.message(tr)));
                return Ok(());
            }
            Ok(bytes) => match JoinFile::from_bytes(&bytes) {
                Ok(join) => join,
                Err(problem) => {
                    self.tell(true, |tr| problem.message(&shown, tr));
                    return Ok(());
                }
            },
        };
        let Some(pin) = self.leaders_pin.clone() else {
            return Ok(()); // Only from the open area.
        };
        let sealed =
            sealed::seal(&join, &pin).map_err(|e| crate::file_read::FileError::Said(e.to_string()))?;
        self.store.join_network(&join.site, &sealed)?;
        // Another site's credentials replace the old ones: the old rounds stop.
        self.network = None;
        self.live_room = None;
        self.state.network = sync::status(&self.store, false)?;
        self.start_network(&pin)?;
        let site = join.site.clone();
        self.tell(false, |tr| {
            tr.args("network-joined", &[("site", site.as_str().into())])
        });
        self.open_agent_area()
    }

    /// A leader asked for a round now.
    pub(super) fn sync_network_now(&mut self) {
        if let Some(network) = &self.network {
            let _ = network.poke.send(());
            if let Some(status) = &mut self.state.network {
                status.syncing = true;
            }
        }
    }

    /// Takes the end of a round, if one ended, into what the screens show.
    pub(super) fn poll_network(&mut self) {
        let Some(network) = &self.network else {
            return;
        };
        if let Some(status) = network.finished.try_iter().last() {
            self.state.network = status;
        }
    }
}
