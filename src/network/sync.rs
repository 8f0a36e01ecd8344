//! One sync round between this PC's store and the network's server: push, then pull.
//!
//! - **Push.** Each resident whose card follows them goes to the server as the record a
//!   progress file would carry (with their picture code's hash, so that the code
//!   protects the card at every site; never the leaders' note), appended to this PC's
//!   log with the next `seq`, in one server transaction, and only when it changed since
//!   the last push (a hash is kept per resident). The PC's older rows for that resident
//!   go in the same transaction: a record is whole, the newest says everything. A
//!   resident who no longer follows, or was erased here, is withdrawn: this PC's rows
//!   for them are deleted and a withdrawal row tells the other PCs, which delete their
//!   own rows when they read it (without echoing it).
//! - **Pull.** Every other PC's log is read from where this PC stopped (a cursor per PC
//!   on the server), in batches, each merged with the rules and the checks of progress
//!   files (`store::exchange`): the server is not trusted blindly, what cannot be
//!   trusted is left out and counted. A record merged makes the card follow its
//!   resident here too; a withdrawal stops it.
//!
//! - **Packs** published to the network since the last round are installed (`packs.rs`).
//! - **Question counts**: this PC's are sent when they changed, the network's read when
//!   they changed (`items.rs`).
//!
//! Pushing before pulling means that what this PC knew is on the server before it
//! merges what others knew, so a merged record counts as already pushed (no echo).
//! A round cut off anywhere loses nothing: a push not committed is pushed again, a pull
//! not recorded is merged again, and merging is idempotent.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;

use blake2::{Blake2b512, Digest};
use postgres::Client;
use serde::{Deserialize, Serialize};

use crate::model::ResidentUid;
use crate::model::network_status::NetworkStatus;
use crate::store::exchange::{FORMAT_TAG, FORMAT_VERSION, ProgressFile, ResidentRecord};
use crate::store::network::CLOCK_TRUST_AHEAD_MS;
use crate::store::{Store, StoreError};

/// Residents whose records are made at a time while pushing.
const PUSH_CHUNK: usize = 500;

/// Deletes this PC's rows for a resident.
const FORGET_OWN_ROWS: &str = "DELETE FROM passerelle.change
     WHERE site = current_user AND pc = $1::text::uuid AND resident = $2::text::uuid";

/// What `network_pushed` holds for a resident merged from the network and not changed
/// here since: no record of theirs has a hash like it, so a change here sends theirs.
const MERGED: &str = "merged";

/// Records read from the server per query.
pub const PULL_BATCH: i64 = 500;

/// The largest record accepted from the server (a resident's whole history is far less).
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// What travels for one resident.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkCard {
    /// Their card and history, as in a progress file.
    pub record: ResidentRecord,
    /// The hash of their picture code (Argon2id), when their card has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_hash: Option<String>,
    /// When they chose to let their card follow them (the network's clock).
    #[serde(default)]
    pub follows_at: i64,
}

/// What a round moved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoundReport {
    /// Residents pushed (new or changed).
    pub pushed: usize,
    /// Residents withdrawn from the server.
    pub withdrawn: usize,
    /// Records read from other PCs and merged.
    pub pulled: usize,
    /// Answers and tries new to this PC.
    pub answers_added: u32,
    /// Residents new to this PC.
    pub residents_added: u32,
    /// Records (or parts) left out because they could not be trusted.
    pub left_out: usize,
    /// Packs published to the network and installed here.
    pub packs_installed: usize,
    /// Packs published to the network and refused here (not good packs, or not signed
    /// by the structure of the site that published them).
    pub packs_refused: usize,
    /// Other structures' public keys new to this PC, now trusted.
    pub keys_added: usize,
}

/// Why a round stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The server refused or the connection broke.
    #[error("{}", super::connect::words(.0))]
    Server(#[from] postgres::Error),
    /// This PC's store failed.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// Sending to the server broke off.
    #[error("{0}")]
    Send(#[from] std::io::Error),
    /// The server's schema is older than this Passerelle's (its IT has not run
    /// `init-server` since Passerelle was updated): nothing was sent or taken.
    #[error("the server's schema is version {found}, this Passerelle needs version {needed}")]
    ServerBehind {
        /// The server's version.
        found: i32,
        /// This Passerelle's.
        needed: i32,
    },
}

/// A short hash of `text` (hex), to tell whether what would be sent changed.
pub(super) fn hash(text: &str) -> String {
    crate::signing::to_hex(&Blake2b512::digest(text.as_bytes())[..16])
}

/// Whether a picture code's hash from the server looks like one this PC would make.
fn plausible_code_hash(hash: &str) -> bool {
    hash.starts_with("$argon2id$")
        && hash.len() < 200
        && hash.is_ascii()
        && !hash.contains(char::is_whitespace)
}

/// What this PC would push now of one resident.
struct Outgoing {
    uid: String,
    /// Their record as it travels (`NetworkCard`, JSON).
    body: String,
    /// The body's hash, to push only what changed.
    hash: String,
    /// When they chose to let their card follow them (the network's clock).
    follows_at: i64,
}

/// What this PC would push now for `uids`.
fn bodies(store: &Store, uids: &[ResidentUid]) -> Result<Vec<Outgoing>, StoreError> {
    let file = store.export_progress(Some(uids))?;
    let mut out = Vec::with_capacity(file.residents.len());
    for mut record in file.residents {
        // The leaders' note and rename stay on the PC they were written on.
        record.note.clear();
        record.note_at = 0;
        record.renamed_at = 0;
        let uid = record.uid.clone();
        let follows_at = store.follows_decision(&uid)?.map_or(0, |(_, at)| at);
        let card = NetworkCard {
            code_hash: store.card_code_hash(&uid)?,
            follows_at,
            record,
        };
        let body = serde_json::to_string(&card).unwrap_or_default();
        let hash = hash(&body);
        out.push(Outgoing {
            uid,
            body,
            hash,
            follows_at,
        });
    }
    Ok(out)
}

/// What the next push has to look at.
struct Pending {
    /// Followers whose record may have changed since the network last had it, with
    /// the generation of their change mark.
    candidates: Vec<(ResidentUid, i64)>,
    /// Residents pushed before who no longer follow (or are no longer on this PC).
    withdrawn: Vec<String>,
    /// The hash of what was last pushed of each resident.
    pushed: BTreeMap<String, String>,
}

fn pending(store: &Store) -> Result<Pending, StoreError> {
    let candidates = store.network_candidates()?;
    let following: BTreeSet<ResidentUid> = store.following_uids()?.into_iter().collect();
    let pushed = store.network_pushed()?;
    let withdrawn = pushed
        .keys()
        .filter(|uid| !following.contains(&ResidentUid((*uid).clone())))
        .cloned()
        .collect();
    Ok(Pending {
        candidates,
        withdrawn,
        pushed,
    })
}

/// How many residents have changes waiting for the next push (withdrawals included).
/// Cheap: it reads the change marks, not the records.
pub fn waiting(store: &Store) -> Result<usize, StoreError> {
    let pending = pending(store)?;
    Ok(pending.candidates.len() + pending.withdrawn.len())
}

/// What `store` knows of the network, for people to read (`None`: not on one); with
/// `count_waiting`, how many people's changes wait.
pub fn status(store: &Store, count_waiting: bool) -> Result<Option<NetworkStatus>, StoreError> {
    let state = store.network_state()?;
    let Some(site) = state.site else {
        return Ok(None);
    };
    Ok(Some(NetworkStatus {
        site,
        last_sync_at: state.last_sync_at,
        offline: state.last_problem.is_some(),
        waiting: if count_waiting { waiting(store)? } else { 0 },
        syncing: false,
    }))
}

/// Appends `text` as a field of PostgreSQL's `COPY … FROM STDIN` text format.
fn copy_field(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
}

/// One row of the push: its `seq`, the resident, when they chose, and their record
/// (`None`: withdrawn).
fn copy_row(seq: i64, uid: &str, decided_at: i64, body: Option<&str>, line: &mut String) {
    line.clear();
    line.push_str(&seq.to_string());
    line.push('\t');
    copy_field(uid, line);
    line.push('\t');
    line.push_str(&decided_at.to_string());
    line.push('\t');
    match body {
        Some(body) => copy_field(body, line),
        None => line.push_str("\\N"),
    }
    line.push('\n');
}

/// Pushes what changed since the last push; returns (pushed, withdrawn).
///
/// The rows go with `COPY` into a temporary table, then into the log with one `INSERT`
/// (PostgreSQL checks row-level policies on `INSERT`, and refuses `COPY` into a table
/// that has them), in one transaction with the deletion of this PC's older rows for
/// the same residents. Records are made a few hundred at a time, so that a first push
/// of a whole library does not hold every record in memory at once.
pub fn push(store: &mut Store, client: &mut Client, pc: &str) -> Result<(usize, usize), SyncError> {
    let Pending {
        candidates,
        withdrawn,
        pushed,
    } = pending(store)?;
    if candidates.is_empty() && withdrawn.is_empty() {
        return Ok((0, 0));
    }
    // When each withdrew (a card erased here withdraws now).
    let mut withdrawals = Vec::with_capacity(withdrawn.len());
    for uid in withdrawn {
        let at = match store.follows_decision(&uid)? {
            Some((_, at)) if at > 0 => at,
            _ => store.clock_tick()?,
        };
        withdrawals.push((uid, at));
    }
    let withdrawn = withdrawals;
    let mut tx = client.transaction()?;
    // Never a number used before: rows are deleted (a newer record replaces one, a
    // withdrawal removes them), and another PC that read up to a number would never read
    // a new row given it again. So the last number is kept here too.
    let on_server: i64 = tx
        .query_one(
            "SELECT coalesce(max(seq), 0) FROM passerelle.change WHERE site = current_user AND pc = $1::text::uuid",
            &[&pc],
        )?
        .get(0);
    let mut seq = on_server.max(store.network_last_seq()?);
    tx.batch_execute(
        "CREATE TEMPORARY TABLE passerelle_push (seq bigint, resident uuid, decided_at bigint, body text)
         ON COMMIT DROP",
    )?;
    let mut done: Vec<(String, Option<String>)> = Vec::new();
    let mut copy = tx.copy_in("COPY passerelle_push (seq, resident, decided_at, body) FROM STDIN")?;
    let mut line = String::new();
    for (uid, decided_at) in &withdrawn {
        seq += 1;
        copy_row(seq, uid, *decided_at, None, &mut line);
        copy.write_all(line.as_bytes())?;
        done.push((uid.clone(), None));
    }
    for chunk in candidates.chunks(PUSH_CHUNK) {
        let uids: Vec<ResidentUid> = chunk.iter().map(|(uid, _)| uid.clone()).collect();
        for out in bodies(store, &uids)? {
            if pushed.get(&out.uid) == Some(&out.hash) {
                continue;
            }
            seq += 1;
            copy_row(seq, &out.uid, out.follows_at, Some(&out.body), &mut line);
            copy.write_all(line.as_bytes())?;
            done.push((out.uid, Some(out.hash)));
        }
    }
    copy.finish()?;
    if done.is_empty() {
        // Marked, but the network holds all of it already.
        drop(tx);
        store.clear_network_changed(&candidates)?;
        return Ok((0, 0));
    }
    // Only this PC's own rows: another PC's (of this site too) may hold what this one
    // has not read yet.
    tx.execute(
        "DELETE FROM passerelle.change c USING passerelle_push p
         WHERE c.site = current_user AND c.pc = $1::text::uuid AND c.resident = p.resident",
        &[&pc],
    )?;
    // Who withdrew has no seat in a live room either.
    tx.execute(
        "DELETE FROM passerelle.live_seat s USING passerelle_push p
         WHERE s.site = current_user AND s.pc = $1::text::uuid AND s.resident = p.resident
           AND p.body IS NULL",
        &[&pc],
    )?;
    tx.execute(
        "INSERT INTO passerelle.change (pc, seq, resident, follows, decided_at, body)
         SELECT $1::text::uuid, seq, resident, body IS NOT NULL, decided_at, body::jsonb
         FROM passerelle_push ORDER BY seq",
        &[&pc],
    )?;
    // Noted before the server commits: a number lost to a failed commit is a gap, never
    // a number given twice.
    store.set_network_last_seq(seq)?;
    tx.commit()?;
    store.set_network_pushed(&done)?;
    store.clear_network_changed(&candidates)?;
    let withdrawn = withdrawn.len();
    Ok((done.len() - withdrawn, withdrawn))
}

/// Reads every other PC's log from where this PC stopped, merging as it goes.
pub fn pull(
    store: &mut Store,
    client: &mut Client,
    pc: &str,
    report: &mut RoundReport,
) -> Result<(), SyncError> {
    let heads = client.query(
        "SELECT site::text, pc::text, max(seq) FROM passerelle.change
         WHERE pc <> $1::text::uuid GROUP BY site, pc ORDER BY site, pc",
        &[&pc],
    )?;
    let cursors = store.network_cursors()?;
    let catalogue = store.progress_catalogue()?;
    let read = client.prepare(
        "SELECT seq, resident::text, follows, body::text, decided_at FROM passerelle.change
         WHERE site = $1::text::name AND pc = $2::text::uuid AND seq > $3 ORDER BY seq LIMIT $4",
    )?;
    let trusted_until = crate::store::now() + CLOCK_TRUST_AHEAD_MS;
    for head in heads {
        let (site, other_pc, last): (String, String, i64) = (head.get(0), head.get(1), head.get(2));
        let mut from = cursors
            .get(&(site.clone(), other_pc.clone()))
            .copied()
            .unwrap_or(0);
        while from < last {
            let rows = client.query(&read, &[&site, &other_pc, &from, &PULL_BATCH])?;
            let Some(end) = rows.last().map(|r| r.get::<_, i64>(0)) else {
                break;
            };
            let mut cards = Vec::new();
            for row in &rows {
                let resident: String = row.get(1);
                let decided_at: i64 = row.get(4);
                if decided_at > trusted_until {
                    report.left_out += 1;
                    continue;
                }
                store.clock_observe(decided_at)?;
                let here = store.follows_decision(&resident)?;
                if !row.get::<_, bool>(2) {
                    // Withdrawn on another PC, unless the resident chose again here since.
                    if matches!(here, Some((true, at)) if at > decided_at) {
                        continue;
                    }
                    // This PC's rows go too, at once and without a withdrawal of its own
                    // (which, read later elsewhere, could undo the resident's next choice).
                    store.set_follows_by_uid(&resident, false, decided_at)?;
                    client.execute(FORGET_OWN_ROWS, &[&pc, &resident])?;
                    client.execute(super::live::FORGET_SEAT, &[&pc, &resident])?;
                    store.set_network_pushed(&[(resident, None)])?;
                    continue;
                }
                let body: Option<String> = row.get(3);
                let card = body
                    .filter(|b| b.len() <= MAX_RECORD_BYTES)
                    .and_then(|b| serde_json::from_str::<NetworkCard>(&b).ok())
                    .filter(|card| card.record.uid == resident && card.follows_at <= trusted_until);
                match card {
                    // The resident withdrew here after the choice this record stands for:
                    // it is not taken (nor does it make their card follow them again).
                    Some(card) if matches!(here, Some((false, at)) if at > card.follows_at) => {}
                    Some(card) => cards.push(card),
                    None => report.left_out += 1,
                }
            }
            merge(store, &catalogue, cards, report)?;
            store.set_network_cursor(&site, &other_pc, end)?;
            from = end;
        }
    }
    Ok(())
}

fn merge(
    store: &mut Store,
    catalogue: &crate::store::Catalogue,
    cards: Vec<NetworkCard>,
    report: &mut RoundReport,
) -> Result<(), SyncError> {
    if cards.is_empty() {
        return Ok(());
    }
    let codes: Vec<(ResidentUid, Option<String>, i64)> = cards
        .iter()
        .map(|c| {
            (
                ResidentUid(c.record.uid.clone()),
                c.code_hash.clone(),
                c.follows_at,
            )
        })
        .collect();
    let uids: Vec<ResidentUid> = codes.iter().map(|(uid, _, _)| uid.clone()).collect();
    let file = ProgressFile {
        format: FORMAT_TAG.into(),
        version: FORMAT_VERSION,
        residents: cards.into_iter().map(|c| c.record).collect(),
    };
    // One write, so that the window cannot change a resident between the merge and the
    // record noted as what the network holds.
    store.in_one_write(|store| -> Result<(), SyncError> {
        // Changed here since this round's push: what this PC holds goes to the network
        // at the next round, merged.
        let changed_here = store.network_changed_among(&uids)?;
        let merged = store.merge_progress_against(&file, catalogue)?;
        report.pulled += file.residents.len();
        report.answers_added += merged.answers_added;
        report.residents_added += merged.residents_added;
        report.left_out += merged.left_out.iter().map(|l| l.count as usize).sum::<usize>();
        for (uid, code, follows_at) in &codes {
            store.clock_observe(*follows_at)?;
            store.set_follows_by_uid(uid.as_str(), true, *follows_at)?;
            if let Some(code) = code.as_deref().filter(|c| plausible_code_hash(c)) {
                store.set_card_code_hash(uid.as_str(), code)?;
            }
        }
        // Otherwise what this PC now holds of them is what the network holds: nothing
        // to push back until they change here (their record is not made again to be
        // hashed: a change here marks them, and a marked record is sent).
        let settled: Vec<ResidentUid> = uids
            .iter()
            .zip(&changed_here)
            .filter(|(_, changed)| !**changed)
            .map(|(uid, _)| uid.clone())
            .collect();
        let now_held: Vec<(String, Option<String>)> = settled
            .iter()
            .map(|uid| (uid.as_str().to_owned(), Some(MERGED.to_owned())))
            .collect();
        store.set_network_pushed(&now_held)?;
        store.forget_network_changed(&settled)?;
        Ok(())
    })
}

/// One whole round: push, then pull, then note the time.
pub fn round(store: &mut Store, client: &mut Client) -> Result<RoundReport, SyncError> {
    // An older server lacks tables a round uses: said as such, before anything moves.
    let found = match super::server::server_version(client) {
        Ok(found) => found,
        Err(super::server::ServerError::Server(e)) => return Err(SyncError::Server(e)),
        Err(_) => 0,
    };
    if found < super::server::SERVER_VERSION {
        return Err(SyncError::ServerBehind {
            found,
            needed: super::server::SERVER_VERSION,
        });
    }
    let pc = store.network_pc()?;
    let (pushed, withdrawn) = push(store, client, &pc)?;
    let mut report = RoundReport {
        pushed,
        withdrawn,
        ..RoundReport::default()
    };
    store.with_bulk_cache(|store| pull(store, client, &pc, &mut report))?;
    report.keys_added = super::keys::exchange(store, client)?;
    super::packs::take(store, client, &mut report)?;
    let now = crate::store::now();
    super::items::push(store, client, &pc)?;
    report.left_out += super::items::pull(store, client)?;
    store.note_network_round(now, None)?;
    Ok(report)
}
