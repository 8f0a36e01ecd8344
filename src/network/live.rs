//! The live room on the server (schema version 5, `passerelle.live_seat`): a PC says
//! where each of its residents in today's workshop is, and the agent's PC listens on
//! channel `passerelle_live`, whose notifications carry only a workshop's random id, and
//! reads the seats of its own workshop. Only residents whose card follows them have a
//! seat (the caller checks: see `app/live_room.rs`).

use std::time::Duration;

use postgres::Client;
use postgres::fallible_iterator::FallibleIterator as _;

use crate::model::live_room::{LiveSeat, SeatNow};
use crate::model::{ResidentUid, WorkshopUid};

/// The channel the server notifies on.
pub const CHANNEL: &str = "passerelle_live";

/// Deletes this PC's seat of a resident (they withdrew from the network).
pub(super) const FORGET_SEAT: &str = "DELETE FROM passerelle.live_seat
     WHERE site = current_user AND pc = $1::text::uuid AND resident = $2::text::uuid";

/// Puts a resident's seat on the server (replacing the one they had), and lets go of
/// this PC's seats older than a day.
pub fn send(client: &mut Client, pc: &str, seat: &SeatNow) -> Result<(), postgres::Error> {
    let clamp = |n: usize| i32::try_from(n.min(10_000)).unwrap_or(10_000);
    client.execute(
        "INSERT INTO passerelle.live_seat
           (pc, resident, workshop, pack, lesson, step, steps, wrong_in_a_row, moved_at)
         VALUES ($1::text::uuid, $2::text::uuid, $3::text::uuid, $4, $5, $6, $7, $8, now())
         ON CONFLICT (site, pc, resident) DO UPDATE SET workshop = excluded.workshop,
           pack = excluded.pack, lesson = excluded.lesson, step = excluded.step,
           steps = excluded.steps, wrong_in_a_row = excluded.wrong_in_a_row, moved_at = now()",
        &[
            &pc,
            &seat.resident.as_str(),
            &seat.workshop.as_str(),
            &seat.pack,
            &seat.lesson,
            &clamp(seat.step),
            &clamp(seat.steps),
            &clamp(seat.wrong_in_a_row),
        ],
    )?;
    client.execute(
        "DELETE FROM passerelle.live_seat
         WHERE site = current_user AND pc = $1::text::uuid AND moved_at < now() - interval '1 day'",
        &[&pc],
    )?;
    Ok(())
}

/// The resident left their lesson: their seat goes.
pub fn leave(client: &mut Client, pc: &str, resident: &ResidentUid) -> Result<(), postgres::Error> {
    client.execute(FORGET_SEAT, &[&pc, &resident.as_str()])?;
    Ok(())
}

/// Starts listening for the live room's notifications on this connection.
pub fn listen(client: &mut Client) -> Result<(), postgres::Error> {
    client.batch_execute(&format!("LISTEN {CHANNEL}"))
}

/// Waits up to `timeout` for a notification about `workshop`: whether one came (others
/// are passed over).
pub fn moved(
    client: &mut Client,
    workshop: &WorkshopUid,
    timeout: Duration,
) -> Result<bool, postgres::Error> {
    let mut notifications = client.notifications();
    let mut iter = notifications.timeout_iter(timeout);
    while let Some(n) = iter.next()? {
        if n.channel() == CHANNEL && n.payload() == workshop.as_str() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The seats of a workshop, from every site, with how long since each moved (by the
/// server's clock, so that PCs' clocks do not matter).
pub fn seats(client: &mut Client, workshop: &WorkshopUid) -> Result<Vec<LiveSeat>, postgres::Error> {
    let rows = client.query(
        "SELECT resident::text, pack, lesson, step, steps, wrong_in_a_row,
                extract(epoch FROM now() - moved_at)::bigint
         FROM passerelle.live_seat WHERE workshop = $1::text::uuid
         ORDER BY moved_at DESC",
        &[&workshop.as_str()],
    )?;
    let count = |n: i32| usize::try_from(n).unwrap_or(0);
    Ok(rows
        .iter()
        .map(|r| LiveSeat {
            resident: ResidentUid(r.get(0)),
            pack: r.get(1),
            lesson: r.get(2),
            step: count(r.get(3)),
            steps: count(r.get(4)),
            wrong_in_a_row: count(r.get(5)),
            quiet_for_s: u64::try_from(r.get::<_, i64>(6)).unwrap_or(0),
        })
        .collect())
}
