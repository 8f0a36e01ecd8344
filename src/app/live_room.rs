//! The live room in the window, on a thread of its own with its own connection to the
//! server, started with the network's rounds (once the leaders' PIN opened the site's
//! credentials on this PC), so that neither a resident's screen nor the agent's ever
//! waits on the network.
//!
//! - On a resident's PC: while a resident whose card follows them is in a lesson on the
//!   day of a workshop they are in, each move (a step, an answer) puts their seat on the
//!   server; leaving the lesson takes it off. Only the newest seat waits when the line
//!   is down.
//! - On the agent's PC: while a workshop of today is open in the leaders' area, the
//!   thread listens for the server's notifications about it (LISTEN/NOTIFY: they carry
//!   only the workshop's random id) and reads its seats within about a second of a
//!   move, and every 15 seconds for the quiet ones.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use postgres::Client;

use super::PasserelleApp;
use crate::model::calendar::Day;
use crate::model::live_room::{LiveRoomView, LiveRow, LiveSeat, SeatNow};
use crate::model::{PackId, ResidentId, ResidentUid, WorkshopUid};
use crate::network::connect::connect_site;
use crate::network::join_file::JoinFile;
use crate::network::live;
use crate::session::{AgentView, Route};

/// How often a watched workshop's seats are read again without a notification (for
/// "no move for 5 minutes").
const READ_AGAIN: Duration = Duration::from_secs(15);
/// How long the thread waits for a notification before it looks at its commands.
const LISTEN_SLICE: Duration = Duration::from_millis(500);
/// How long before trying the server again once it could not be reached.
const RETRY: Duration = Duration::from_secs(10);

/// What the window asks of the thread.
enum Command {
    /// A resident's seat now (`None`: they left their lesson).
    Seat(ResidentUid, Option<SeatNow>),
    /// The workshop the agent has open (`None`: none).
    Watch(Option<WorkshopUid>),
}

/// The thread, and what the window last told it.
pub(super) struct LiveRoom {
    commands: Sender<Command>,
    seats: Receiver<(WorkshopUid, Vec<LiveSeat>)>,
    /// The resident whose seat was last sent, with it.
    sent: Option<(ResidentUid, Option<SeatNow>)>,
    /// The workshop watched.
    watching: Option<WorkshopUid>,
    /// The open resident's workshop of today (read once per resident and day, not at
    /// every frame).
    today: Option<Today>,
}

/// A resident's workshop of the day, as last read.
struct Today {
    resident: ResidentId,
    day: Day,
    /// Their unique id and the workshop, if they are in one that day.
    workshop: Option<(ResidentUid, WorkshopUid)>,
}

impl LiveRoom {
    pub(super) fn start(join: JoinFile, pc: String, ctx: egui::Context) -> LiveRoom {
        let (commands, commanded) = mpsc::channel();
        let (tell, seats) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("live room".into())
            .spawn(move || run(&join, &pc, &commanded, &tell, &ctx));
        if let Err(e) = spawned {
            log::error!("no thread for the live room: {e}");
        }
        LiveRoom {
            commands,
            seats,
            sent: None,
            watching: None,
            today: None,
        }
    }
}

/// The thread: sends the seats it is given, newest only, and reads the watched
/// workshop's when told by the server that something moved there.
fn run(
    join: &JoinFile,
    pc: &str,
    commanded: &Receiver<Command>,
    tell: &Sender<(WorkshopUid, Vec<LiveSeat>)>,
    ctx: &egui::Context,
) {
    let mut client: Option<Client> = None;
    let mut unsent: HashMap<ResidentUid, Option<SeatNow>> = HashMap::new();
    let mut watching: Option<WorkshopUid> = None;
    let mut read_at: Option<Instant> = None;
    let mut failed_at: Option<Instant> = None;
    loop {
        // Nothing to do: wait for the window.
        let idle = unsent.is_empty() && watching.is_none();
        let first = if idle {
            match commanded.recv() {
                Ok(command) => Some(command),
                Err(_) => return,
            }
        } else {
            match commanded.recv_timeout(Duration::ZERO) {
                Ok(command) => Some(command),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        };
        for command in first.into_iter().chain(commanded.try_iter()) {
            match command {
                Command::Seat(resident, seat) => {
                    unsent.insert(resident, seat);
                }
                Command::Watch(workshop) => {
                    watching = workshop;
                    read_at = None;
                }
            }
        }
        if client.is_none() {
            if failed_at.is_some_and(|at| at.elapsed() < RETRY) {
                std::thread::sleep(LISTEN_SLICE);
                continue;
            }
            match connect_site(join).map_err(|e| e.to_string()).and_then(|mut c| {
                live::listen(&mut c).map_err(|e| e.to_string())?;
                Ok(c)
            }) {
                Ok(c) => {
                    client = Some(c);
                    failed_at = None;
                }
                Err(why) => {
                    log::warn!("live room: the server is out of reach: {why}");
                    failed_at = Some(Instant::now());
                    continue;
                }
            }
        }
        let Some(c) = client.as_mut() else {
            continue;
        };
        if let Err(e) = serve(c, pc, &mut unsent, watching.as_ref(), &mut read_at, tell, ctx) {
            log::warn!("live room: {e}");
            client = None;
            failed_at = Some(Instant::now());
        }
    }
}

/// One turn with the server: the waiting seats, then the watched workshop.
fn serve(
    client: &mut Client,
    pc: &str,
    unsent: &mut HashMap<ResidentUid, Option<SeatNow>>,
    watching: Option<&WorkshopUid>,
    read_at: &mut Option<Instant>,
    tell: &Sender<(WorkshopUid, Vec<LiveSeat>)>,
    ctx: &egui::Context,
) -> Result<(), postgres::Error> {
    let waiting: Vec<ResidentUid> = unsent.keys().cloned().collect();
    for resident in waiting {
        match &unsent[&resident] {
            Some(seat) => live::send(client, pc, seat)?,
            None => live::leave(client, pc, &resident)?,
        }
        unsent.remove(&resident);
    }
    let Some(workshop) = watching else {
        return Ok(());
    };
    let due = read_at.is_none_or(|at| at.elapsed() >= READ_AGAIN);
    if due || live::moved(client, workshop, LISTEN_SLICE)? {
        let seats = live::seats(client, workshop)?;
        *read_at = Some(Instant::now());
        let _ = tell.send((workshop.clone(), seats));
        ctx.request_repaint();
    }
    Ok(())
}

impl PasserelleApp {
    /// After each frame: tells the live room where the open resident is, and which
    /// workshop the agent has open; takes in the seats read since.
    pub(super) fn tend_live_room(&mut self) {
        let Some(room) = self.live_room.as_mut() else {
            return;
        };
        // The agent's side.
        let open = match &self.state.route {
            Route::Agent(AgentView::Workshop(report)) if report.workshop.day == Day::today() => {
                Some(report.workshop.uid.clone())
            }
            _ => None,
        };
        if open != room.watching {
            room.watching.clone_from(&open);
            let _ = room.commands.send(Command::Watch(open));
            if room.watching.is_none() {
                self.state.live_room = None;
            }
        }
        if let Some((workshop, seats)) = room.seats.try_iter().last() {
            let mut rows: Vec<LiveRow> = seats.iter().map(|seat| live_row(&self.store, seat)).collect();
            rows.sort_by_key(|row| row.stuck.is_none());
            self.state.live_room = Some(LiveRoomView { workshop, rows });
        }
        // The resident's side.
        let seat = self.seat_now();
        let Some(room) = self.live_room.as_mut() else {
            return;
        };
        let (resident, seat) = match (seat, room.sent.as_ref()) {
            (Some((resident, seat)), _) => (resident, seat),
            // Their session closed in a lesson: their seat goes.
            (None, Some((resident, Some(_)))) => (resident.clone(), None),
            (None, _) => return,
        };
        if room.sent.as_ref() != Some(&(resident.clone(), seat.clone())) {
            let _ = room.commands.send(Command::Seat(resident.clone(), seat.clone()));
            room.sent = Some((resident, seat));
        }
    }

    /// The open resident's seat now, when their card follows them and they are in a
    /// workshop today: `Some((them, None))` out of a lesson.
    fn seat_now(&mut self) -> Option<(ResidentUid, Option<SeatNow>)> {
        let resident = self.state.resident.as_ref().filter(|r| r.follows_me)?;
        let today = Day::today();
        let room = self.live_room.as_mut()?;
        if !room
            .today
            .as_ref()
            .is_some_and(|t| t.resident == resident.id && t.day == today)
        {
            let found = self
                .store
                .workshop_on(resident.id, today)
                .ok()
                .flatten()
                .and_then(|workshop| Some((self.store.resident_uid(resident.id).ok()?, workshop)));
            room.today = Some(Today {
                resident: resident.id,
                day: today,
                workshop: found,
            });
        }
        let (uid, workshop) = room.today.as_ref()?.workshop.as_ref()?;
        let seat = match &self.state.route {
            Route::Lesson(session) if session.preview.is_none() => {
                let (step, steps) = session.position();
                Some(SeatNow {
                    resident: uid.clone(),
                    workshop: workshop.clone(),
                    pack: session.pack.as_str().to_owned(),
                    lesson: session.lesson.id.as_str().to_owned(),
                    step,
                    steps,
                    wrong_in_a_row: session.wrong_in_a_row(),
                })
            }
            _ => None,
        };
        Some((uid.clone(), seat))
    }
}

/// A seat as the agent's screen shows it: the lesson's title when its pack is here.
fn live_row(store: &crate::store::Store, seat: &LiveSeat) -> LiveRow {
    let lesson = store
        .lesson(
            &PackId(seat.pack.clone()),
            &crate::model::LessonId(seat.lesson.clone()),
        )
        .ok()
        .flatten()
        .map(|l| l.title);
    LiveRow {
        resident: seat.resident.clone(),
        lesson,
        step: (seat.step + 1).min(seat.steps.max(1)),
        steps: seat.steps,
        stuck: seat.stuck(),
    }
}
