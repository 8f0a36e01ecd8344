//! The agent area's PIN and its recovery code, kept only as Argon2 hashes, and the count
//! of wrong tries that makes the next ones wait.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use rusqlite::OptionalExtension;

use super::{Result, Store, StoreError};
use crate::model::pin::{PIN_THROTTLE, PinCheck, RecoveryAnswer};
use crate::model::progress::ResidentSummary;
use crate::model::{Competence, Level, ResidentUid};

const PIN_HASH: &str = "agent.pin_hash";
const RECOVERY_HASH: &str = "agent.recovery_hash";
const FAILURES: &str = "agent.failures";
const LAST_FAILURE: &str = "agent.last_failure_at";
/// Wrong recovery codes are counted apart: a resident trying PINs never delays the
/// recovery code, and the code has its own wait.
const RECOVERY_FAILURES: &str = "agent.recovery_failures";
const RECOVERY_LAST_FAILURE: &str = "agent.recovery_last_failure_at";
/// Where wrong PINs and wrong recovery codes are counted.
const PIN_TRIES: (&str, &str) = (FAILURES, LAST_FAILURE);
const CODE_TRIES: (&str, &str) = (RECOVERY_FAILURES, RECOVERY_LAST_FAILURE);

/// The wait after `failures` wrong tries, in milliseconds.
const STRUCTURE_NAME: &str = "agent.structure_name";
/// The leader's name printed (and signed) on attestations.
const LEADER_NAME: &str = "agent.leader_name";

pub(super) fn hash(secret: &str) -> Result<String> {
    Argon2::default()
        .hash_password(secret.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Secret(e.to_string()))
}

pub(super) fn verify(secret: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| Argon2::default().verify_password(secret.as_bytes(), &h).is_ok())
}

/// A recovery code: 12 letters and digits that are easy to read back (no 0/O, 1/I/L),
/// in groups of 4.
fn new_recovery_code() -> Result<String> {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let bytes = argon2::password_hash::try_generate_salt().map_err(|e| StoreError::Secret(e.to_string()))?;
    let chars: Vec<char> = bytes
        .iter()
        .take(12)
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    Ok(chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// A typed recovery code in the stored form: capitals, no spaces, dashes every 4.
fn normalise_code(code: &str) -> String {
    let chars: Vec<char> = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

impl Store {
    /// Whether the agent area has a PIN.
    pub fn agent_pin_is_set(&self) -> Result<bool> {
        Ok(self.setting(PIN_HASH)?.is_some())
    }

    /// Sets (or replaces) the PIN; returns a new recovery code to write down, which is
    /// stored only as a hash.
    pub fn set_agent_pin(&mut self, pin: &str) -> Result<String> {
        self.write_agent_pin(pin, None)
    }

    /// Writes a new PIN and recovery code, with the PIN's wrong tries back to 0 (and
    /// the counter `also_reset`), all in one transaction.
    /// A new key pair to sign attestations is made and sealed under the PIN with them.
    fn write_agent_pin(&mut self, pin: &str, also_reset: Option<&str>) -> Result<String> {
        let code = new_recovery_code()?;
        let (pin_hash, code_hash) = (hash(pin)?, hash(&code)?);
        let mut settings = vec![
            (PIN_HASH, pin_hash.as_str()),
            (RECOVERY_HASH, code_hash.as_str()),
            (FAILURES, "0"),
        ];
        settings.extend(also_reset.map(|counter| (counter, "0")));
        let structure = self.structure_name()?;
        self.transact(|tx| {
            super::settings::write_settings(tx, &settings)?;
            super::structure_keys::write_new_key(tx, pin, &structure, super::now())
        })?;
        Ok(code)
    }

    /// The wrong tries counted under `(count, last)` and, when the wait they impose is
    /// not over at `now_ms`, the milliseconds left.
    fn throttle(&self, (count, last): (&str, &str), now_ms: i64) -> Result<(u32, Option<i64>)> {
        let failures: u32 = self.setting(count)?.and_then(|f| f.parse().ok()).unwrap_or(0);
        let last: i64 = self.setting(last)?.and_then(|f| f.parse().ok()).unwrap_or(0);
        let allowed_at = last + PIN_THROTTLE.wait_ms(failures);
        Ok((failures, (now_ms < allowed_at).then_some(allowed_at - now_ms)))
    }

    /// Counts one more wrong try under `(count, last)`; returns the wait it imposes.
    fn count_failure(&mut self, (count, last): (&str, &str), failures: u32, now_ms: i64) -> Result<i64> {
        self.set_settings(&[(count, &(failures + 1).to_string()), (last, &now_ms.to_string())])?;
        Ok(PIN_THROTTLE.wait_ms(failures + 1))
    }

    /// Tries a PIN at time `now_ms`.
    pub fn check_agent_pin(&mut self, pin: &str, now_ms: i64) -> Result<PinCheck> {
        let Some(stored) = self.setting(PIN_HASH)? else {
            return Ok(PinCheck::NotSet);
        };
        let (failures, left) = self.throttle(PIN_TRIES, now_ms)?;
        if let Some(wait_ms) = left {
            return Ok(PinCheck::TooSoon { wait_ms });
        }
        if verify(pin, &stored) {
            self.set_setting(FAILURES, "0")?;
            return Ok(PinCheck::Right);
        }
        Ok(PinCheck::Wrong {
            wait_ms: self.count_failure(PIN_TRIES, failures, now_ms)?,
        })
    }

    /// Checks a PIN without recording anything (for a store opened read-only): the wait
    /// after earlier wrong tries is honoured all the same.
    pub fn verify_agent_pin(&self, pin: &str, now_ms: i64) -> Result<PinCheck> {
        let Some(stored) = self.setting(PIN_HASH)? else {
            return Ok(PinCheck::NotSet);
        };
        let (failures, left) = self.throttle(PIN_TRIES, now_ms)?;
        Ok(match left {
            Some(wait_ms) => PinCheck::TooSoon { wait_ms },
            None if verify(pin, &stored) => PinCheck::Right,
            None => PinCheck::Wrong {
                wait_ms: PIN_THROTTLE.wait_ms(failures + 1),
            },
        })
    }

    /// The ids of the residents who share their results with the leaders: the only ones
    /// a leader's export holds (see `docs/privacy.md`).
    pub fn sharing_resident_uids(&self) -> Result<Vec<ResidentUid>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("agent/sharing_resident_uids.sql"))?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets a new PIN with the recovery code, whatever wait wrong PINs imposed (the
    /// leaders are never locked out by a resident trying PINs). Wrong codes are slowed
    /// down on their own count.
    pub fn recover_agent_pin(&mut self, code: &str, new_pin: &str, now_ms: i64) -> Result<RecoveryAnswer> {
        let Some(stored) = self.setting(RECOVERY_HASH)? else {
            return Ok(RecoveryAnswer::Wrong { wait_ms: 0 });
        };
        let (failures, left) = self.throttle(CODE_TRIES, now_ms)?;
        if let Some(wait_ms) = left {
            return Ok(RecoveryAnswer::TooSoon { wait_ms });
        }
        if !verify(&normalise_code(code), &stored) {
            return Ok(RecoveryAnswer::Wrong {
                wait_ms: self.count_failure(CODE_TRIES, failures, now_ms)?,
            });
        }
        self.write_agent_pin(new_pin, Some(RECOVERY_FAILURES))
            .map(RecoveryAnswer::NewCode)
    }
}

/// The figures of the residents who share their results.
const SUMMARY: &str = include_str!("agent/summary.sql");

fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ResidentSummary> {
    Ok(ResidentSummary {
        uid: r.get(0)?,
        name: r.get(1)?,
        last_seen_at: r.get(2)?,
        lessons_done: r.get(3)?,
        answers: r.get(4)?,
        right: r.get(5)?,
    })
}

impl Store {
    /// The figures of every resident who shares their results, the most recently seen
    /// first. The others are only counted ([`Store::private_resident_count`]).
    pub fn resident_summaries(&self) -> Result<Vec<ResidentSummary>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{SUMMARY} ORDER BY r.last_seen_at DESC, r.id DESC"))?;
        let rows = stmt.query_map([], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The figures of one resident, if they share their results.
    pub fn resident_summary(&self, uid: &ResidentUid) -> Result<Option<ResidentSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SUMMARY} AND r.uid = ?1"))?;
        Ok(stmt.query_row([uid], summary_from_row).optional()?)
    }

    /// The highest level of the lessons a sharing resident finished, per CRCN
    /// competence, in the framework's order.
    pub fn competence_levels(&self, uid: &ResidentUid) -> Result<Vec<(Competence, Level)>> {
        self.levels_where("r.uid = ?1 AND r.shares_results = 1", &uid)
    }

    /// The same for the resident themselves (their own "my progress" page).
    pub fn own_competence_levels(
        &self,
        resident: crate::model::ResidentId,
    ) -> Result<Vec<(Competence, Level)>> {
        self.levels_where("r.id = ?1", &resident)
    }

    fn levels_where(&self, condition: &str, key: &dyn rusqlite::ToSql) -> Result<Vec<(Competence, Level)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT l.competence, max(l.level) FROM lesson_progress p
             JOIN resident r ON r.id = p.resident_id
             JOIN lesson l ON l.pack_id = p.pack_id AND l.id = p.lesson_id
             WHERE {condition} AND p.best_correct IS NOT NULL
             GROUP BY l.competence ORDER BY l.competence"
        ))?;
        let rows = stmt.query_map([key], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut levels = Vec::new();
        for row in rows {
            let (code, level) = row?;
            if let (Some(c), Some(l)) = (Competence::parse(&code), Level::new(level)) {
                levels.push((c, l));
            }
        }
        Ok(levels)
    }

    /// The lessons a sharing resident finished, oldest first, for their attestation.
    pub fn finished_lessons(&self, uid: &ResidentUid) -> Result<Vec<crate::model::progress::FinishedLesson>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("agent/finished_lessons.sql"))?;
        let rows = stmt.query_map([uid], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, u32>(2)?))
        })?;
        let mut lessons = Vec::new();
        for row in rows {
            let (json, finished_at, best_correct) = row?;
            let lesson: crate::model::Lesson = serde_json::from_str(&json)?;
            lessons.push(crate::model::progress::FinishedLesson {
                questions: u32::try_from(lesson.questions.len()).unwrap_or(u32::MAX),
                title: lesson.title,
                competence: lesson.competence,
                level: lesson.level,
                finished_at,
                best_correct,
            });
        }
        Ok(lessons)
    }

    /// The structure's name printed on attestations.
    pub fn structure_name(&self) -> Result<String> {
        Ok(self.setting(STRUCTURE_NAME)?.unwrap_or_default())
    }

    /// The leader's name printed and signed on attestations (empty: a line to write it
    /// by hand).
    pub fn leader_name(&self) -> Result<String> {
        Ok(self.setting(LEADER_NAME)?.unwrap_or_default())
    }

    /// Sets the structure's name and the leader's name printed on attestations, together.
    pub fn set_attestation_names(&mut self, structure: &str, leader: &str) -> Result<()> {
        self.transact(|tx| {
            super::settings::write_settings(
                tx,
                &[(STRUCTURE_NAME, structure.trim()), (LEADER_NAME, leader.trim())],
            )
        })
    }

    /// How many residents keep their results to themselves.
    pub fn private_resident_count(&self) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached(include_str!("agent/private_resident_count.sql"))?
            .query_row([], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_kept_hashed_and_wrong_tries_make_the_next_wait() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        assert_eq!(store.check_agent_pin("482915", 0)?, PinCheck::NotSet);
        let code = store.set_agent_pin("482915")?;
        let stored = store.setting(PIN_HASH)?.unwrap_or_default();
        assert!(stored.starts_with("$argon2id$") && !stored.contains("482915"));
        assert_eq!(store.check_agent_pin("482915", 0)?, PinCheck::Right);
        for i in 0..4 {
            assert_eq!(
                store.check_agent_pin("000000", i)?,
                PinCheck::Wrong { wait_ms: 0 }
            );
        }
        assert_eq!(
            store.check_agent_pin("000000", 10)?,
            PinCheck::Wrong { wait_ms: 30_000 }
        );
        // Even the right PIN is not checked before the wait is over.
        assert_eq!(
            store.check_agent_pin("482915", 20_000)?,
            PinCheck::TooSoon { wait_ms: 10_010 }
        );
        assert_eq!(store.check_agent_pin("482915", 30_010)?, PinCheck::Right);
        // The recovery code sets a new PIN; typed in lower case without dashes, it works.
        let typed = code.replace('-', " ").to_lowercase();
        assert_eq!(
            store.recover_agent_pin("WRONG-CODE-XXXX", "735102", 50_000)?,
            RecoveryAnswer::Wrong { wait_ms: 0 }
        );
        let next = store.recover_agent_pin(&typed, "735102", 50_001)?;
        assert!(matches!(next, RecoveryAnswer::NewCode(n) if n != code));
        assert_eq!(store.check_agent_pin("735102", 50_002)?, PinCheck::Right);
        Ok(())
    }

    #[test]
    fn a_resident_trying_pins_cannot_keep_the_leaders_out_and_codes_wait_on_their_own() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let code = store.set_agent_pin("482915")?;
        // Someone tries 30 wrong PINs, each as soon as allowed: the PIN waits, at most 15
        // minutes…
        let mut at = 0;
        for _ in 0..30 {
            if let PinCheck::Wrong { wait_ms } | PinCheck::TooSoon { wait_ms } =
                store.check_agent_pin("000000", at)?
            {
                at += wait_ms;
            }
        }
        let late = at - 1;
        assert!(matches!(
            store.check_agent_pin("482915", late)?,
            PinCheck::TooSoon { wait_ms } if wait_ms <= 15 * 60 * 1000
        ));
        // …but the recovery code does not wait for it.
        assert!(matches!(
            store.recover_agent_pin(&code, "735102", late)?,
            RecoveryAnswer::NewCode(_)
        ));
        assert_eq!(store.check_agent_pin("735102", late)?, PinCheck::Right);
        // Wrong codes are slowed down on their own count.
        let code = store.set_agent_pin("482915")?;
        for i in 0..5 {
            let _ = store.recover_agent_pin("WRONG-CODE-XXXX", "735102", late + i)?;
        }
        assert!(matches!(
            store.recover_agent_pin(&code, "735102", late + 10)?,
            RecoveryAnswer::TooSoon { .. }
        ));
        assert!(matches!(
            store.recover_agent_pin(&code, "735102", late + 10 + 30_000)?,
            RecoveryAnswer::NewCode(_)
        ));
        Ok(())
    }
}
