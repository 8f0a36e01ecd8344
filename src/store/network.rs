//! This PC's side of the library network: the resident's choice that their card follows
//! them to other sites, the site's sealed credentials, what was last pushed of each
//! resident and how far every other PC's log has been read. The PostgreSQL side is in
//! `src/network/`, which never touches this SQLite file but through these calls.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, now};
use crate::model::{ResidentId, ResidentUid};

const JOIN_SEALED: &str = "network.join";
const SITE: &str = "network.site";
const PC: &str = "network.pc";
const LAST_SYNC_AT: &str = "network.last_sync_at";
const LAST_PROBLEM: &str = "network.last_problem";
const CLOCK: &str = "network.clock";
const LAST_SEQ: &str = "network.last_seq";

/// How far ahead of this PC's clock a time from the network may be and still be trusted.
pub const CLOCK_TRUST_AHEAD_MS: i64 = 24 * 3600 * 1000;

/// What a sync round remembers between rounds of the question counts it exchanges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TallyMark {
    /// The hash of the counts this PC last sent.
    SentHash,
    /// What the server's counts looked like when last read (their number and time).
    ReadVersion,
}

impl TallyMark {
    fn key(self) -> &'static str {
        match self {
            TallyMark::SentHash => "network.tally_sent_hash",
            TallyMark::ReadVersion => "network.tally_read_version",
        }
    }
}

/// What this PC last knew of the network, for its leaders and the cards screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetworkState {
    /// The site this PC joined, if any.
    pub site: Option<String>,
    /// When the last sync round ended well (ms since 1970; 0: never).
    pub last_sync_at: i64,
    /// Why the last round failed, in words, when it did.
    pub last_problem: Option<String>,
}

impl Store {
    /// Sets whether the card `id` follows its resident to the network's other sites.
    pub fn set_follows_me(&mut self, id: ResidentId, follows: bool) -> Result<()> {
        let at = self.clock_tick()?;
        self.conn
            .prepare_cached(include_str!("network/set_follows_me.sql"))?
            .execute(params![id, follows, at, now()])?;
        Ok(())
    }

    /// The next time of the network's hybrid logical clock: never behind this PC's
    /// clock, nor behind a time it has seen from the network, so that a choice made
    /// after reading another is later than it even when the other PC's clock is ahead.
    pub fn clock_tick(&mut self) -> Result<i64> {
        let last: i64 = self.setting(CLOCK)?.and_then(|v| v.parse().ok()).unwrap_or(0);
        let at = now().max(last + 1);
        self.set_setting(CLOCK, &at.to_string())?;
        Ok(at)
    }

    /// Takes a time seen from the network into the clock (one more than a day ahead of
    /// this PC's clock is not one to trust: the caller leaves it out).
    pub fn clock_observe(&mut self, at: i64) -> Result<()> {
        let last: i64 = self.setting(CLOCK)?.and_then(|v| v.parse().ok()).unwrap_or(0);
        if at > last && at <= now() + CLOCK_TRUST_AHEAD_MS {
            self.set_setting(CLOCK, &at.to_string())?;
        }
        Ok(())
    }

    /// A resident's last choice about following: whether their card follows them, and
    /// when they chose (on the network's clock; 0: never). `None`: not on this PC.
    pub fn follows_decision(&self, uid: &str) -> Result<Option<(bool, i64)>> {
        Ok(self
            .conn
            .prepare_cached("SELECT follows_me, follows_at FROM resident WHERE uid = ?1")?
            .query_row([uid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Whether the card `id` follows its resident to other sites.
    pub fn follows_me(&self, id: ResidentId) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT follows_me FROM resident WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or(false))
    }

    /// The residents whose card follows them, by unique id.
    pub fn following_uids(&self) -> Result<Vec<ResidentUid>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("network/following_uids.sql"))?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records the network's word on a resident: their card follows them (a record
    /// came) or no longer does (they withdrew on another PC), as they chose at `at`.
    pub fn set_follows_by_uid(&mut self, uid: &str, follows: bool, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("network/set_follows_by_uid.sql"))?
            .execute(params![uid, follows, at])?;
        Ok(())
    }

    /// The followers whose record may differ from what the network holds (changed
    /// since the last round, or never pushed from this PC), each with the generation of
    /// their change, for [`Store::clear_network_changed`].
    pub fn network_candidates(&self) -> Result<Vec<(ResidentUid, i64)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("network/candidates.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Clears the change marks of residents whose record the network now holds as read
    /// at `generation`; a mark made since stays, for the next round.
    pub fn clear_network_changed(&mut self, read: &[(ResidentUid, i64)]) -> Result<()> {
        self.transact(|tx| {
            let mut clear = tx.prepare_cached(include_str!("network/clear_changed.sql"))?;
            for (uid, generation) in read.iter().filter(|(_, g)| *g > 0) {
                clear.execute(params![uid, generation])?;
            }
            Ok(())
        })
    }

    /// Which of `uids` changed on this PC since the network last had them.
    pub fn network_changed_among(&self, uids: &[ResidentUid]) -> Result<Vec<bool>> {
        let mut stmt = self.conn.prepare_cached(include_str!("network/is_changed.sql"))?;
        uids.iter()
            .map(|uid| Ok(stmt.query_row([uid], |r| r.get(0))?))
            .collect()
    }

    /// Clears the change marks of `uids` whatever their generation (inside
    /// [`Store::in_one_write`], where nothing else can change them meanwhile).
    pub fn forget_network_changed(&mut self, uids: &[ResidentUid]) -> Result<()> {
        self.transact(|tx| {
            let mut forget = tx.prepare_cached(include_str!("network/forget_changed.sql"))?;
            for uid in uids {
                forget.execute([uid])?;
            }
            Ok(())
        })
    }

    /// The hash of a resident's picture code, by unique id (it travels with a card that
    /// follows its resident, so that the code protects it at every site).
    pub fn card_code_hash(&self, uid: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(include_str!("network/code_hash.sql"))?
            .query_row([uid], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Takes a picture code's hash that came with a card from the network.
    pub fn set_card_code_hash(&mut self, uid: &str, hash: &str) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("network/set_code_hash.sql"))?
            .execute(params![uid, hash])?;
        Ok(())
    }

    /// The site's credentials, sealed under the leaders' PIN, when this PC has joined.
    pub fn network_join_sealed(&self) -> Result<Option<String>> {
        self.setting(JOIN_SEALED)
    }

    /// Joins the network as `site` with its sealed credentials (replacing any earlier
    /// join; what was read of the server is kept, as the same server's rows stay valid).
    pub fn join_network(&mut self, site: &str, sealed: &str) -> Result<()> {
        self.set_settings(&[(JOIN_SEALED, sealed), (SITE, site)])
    }

    /// This PC's id on the network, made the first time it is asked for.
    pub fn network_pc(&mut self) -> Result<String> {
        if let Some(pc) = self.setting(PC)? {
            return Ok(pc);
        }
        let pc = uuid::Uuid::new_v4().to_string();
        self.set_setting(PC, &pc)?;
        Ok(pc)
    }

    /// What this PC last knew of the network.
    pub fn network_state(&self) -> Result<NetworkState> {
        Ok(NetworkState {
            site: self.setting(SITE)?,
            last_sync_at: self
                .setting(LAST_SYNC_AT)?
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            last_problem: self.setting(LAST_PROBLEM)?.filter(|p| !p.is_empty()),
        })
    }

    /// Records the end of a sync round: at `at`, well (`None`) or with a problem.
    pub fn note_network_round(&mut self, at: i64, problem: Option<&str>) -> Result<()> {
        match problem {
            None => self.set_settings(&[(LAST_SYNC_AT, &at.to_string()), (LAST_PROBLEM, "")]),
            Some(problem) => self.set_setting(LAST_PROBLEM, problem),
        }
    }

    /// A mark of the question counts' exchange.
    pub fn tally_mark(&self, mark: TallyMark) -> Result<Option<String>> {
        self.setting(mark.key())
    }

    /// Sets a mark of the question counts' exchange.
    pub fn set_tally_mark(&mut self, mark: TallyMark, value: &str) -> Result<()> {
        self.set_setting(mark.key(), value)
    }

    /// The last number this PC gave a row of its log on the server.
    pub fn network_last_seq(&self) -> Result<i64> {
        Ok(self.setting(LAST_SEQ)?.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// Notes the last number this PC gave a row of its log.
    pub fn set_network_last_seq(&mut self, seq: i64) -> Result<()> {
        self.set_setting(LAST_SEQ, &seq.to_string())
    }

    /// The hash of what was last pushed of each resident, by unique id.
    pub fn network_pushed(&self) -> Result<BTreeMap<String, String>> {
        let mut stmt = self.conn.prepare_cached(include_str!("network/pushed.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records what the server now holds of residents: `Some(hash)` pushed (or pulled
    /// and merged), `None` withdrawn.
    pub fn set_network_pushed(&mut self, pushed: &[(String, Option<String>)]) -> Result<()> {
        self.transact(|tx| {
            let mut set = tx.prepare_cached(include_str!("network/set_pushed.sql"))?;
            let mut forget = tx.prepare_cached(include_str!("network/forget_pushed.sql"))?;
            for (uid, hash) in pushed {
                match hash {
                    Some(hash) => set.execute(params![uid, hash])?,
                    None => forget.execute([uid])?,
                };
            }
            Ok(())
        })
    }

    /// How far each other PC's log has been read: `(site, pc)` → last `seq`.
    pub fn network_cursors(&self) -> Result<BTreeMap<(String, String), i64>> {
        let mut stmt = self.conn.prepare_cached(include_str!("network/cursors.sql"))?;
        let rows = stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that the log of `(site, pc)` has been read up to `seq`.
    pub fn set_network_cursor(&mut self, site: &str, pc: &str, seq: i64) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("network/set_cursor.sql"))?
            .execute(params![site, pc, seq])?;
        Ok(())
    }

    /// The packs published to the network this PC has already taken: (site, id, version).
    pub fn network_packs_seen(&self) -> Result<std::collections::BTreeSet<(String, String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT site, id, version FROM network_pack_seen")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that a published pack was taken (installed or refused).
    pub fn set_network_pack_seen(&mut self, site: &str, id: &str, version: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT OR IGNORE INTO network_pack_seen (site, id, version) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![site, id, version])?;
        Ok(())
    }
}
