//! Cards locked with a picture code: the code kept only as a hash, wrong tries counted
//! per card and slowed down, a code removed by its resident or by a leader; and the
//! leaders' choice to show cards by their initial only.

use rusqlite::{OptionalExtension, params};

use super::agent::{hash, verify};
use super::{Result, Store};
use crate::model::ResidentId;
use crate::model::picture_code::{CODE_THROTTLE, PictureCode};
use crate::model::pin::PinCheck;

const CARDS_BY_INITIAL: &str = "cards.by_initial";

impl Store {
    /// Locks the card `id` with `code` (a new code replaces the old one).
    pub fn set_card_code(&mut self, id: ResidentId, code: &PictureCode) -> Result<()> {
        let hashed = hash(&code.secret())?;
        self.conn
            .prepare_cached(include_str!("card_code/set_card_code.sql"))?
            .execute(params![id, hashed])?;
        Ok(())
    }

    /// Unlocks the card `id` for good (the resident's choice, or a leader's for a
    /// forgotten code).
    pub fn remove_card_code(&mut self, id: ResidentId) -> Result<()> {
        // The hash is overwritten on the page, not only marked free.
        self.conn.pragma_update(None, "secure_delete", true)?;
        let at = self.clock_tick()?;
        self.conn
            .prepare_cached(include_str!("card_code/remove_card_code.sql"))?
            .execute(rusqlite::params![id, at])?;
        Ok(())
    }

    /// Tries `code` on the card `id` at `now_ms`: `NotSet` when the card is not locked.
    /// Too soon after wrong tries, the code is not even checked.
    pub fn check_card_code(&mut self, id: ResidentId, code: &PictureCode, now_ms: i64) -> Result<PinCheck> {
        let row: Option<(Option<String>, u32, i64)> = self
            .conn
            .prepare_cached(include_str!("card_code/check_card_code_select_resident.sql"))?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((Some(stored), failures, failed_at)) = row else {
            return Ok(PinCheck::NotSet);
        };
        let allowed_at = failed_at.saturating_add(CODE_THROTTLE.wait_ms(failures));
        if now_ms < allowed_at {
            return Ok(PinCheck::TooSoon {
                wait_ms: allowed_at - now_ms,
            });
        }
        if verify(&code.secret(), &stored) {
            self.conn
                .prepare_cached(include_str!("card_code/check_card_code_update_resident.sql"))?
                .execute([id])?;
            return Ok(PinCheck::Right);
        }
        self.conn
            .prepare_cached(include_str!("card_code/check_card_code_update_resident_2.sql"))?
            .execute(params![id, now_ms])?;
        Ok(PinCheck::Wrong {
            wait_ms: CODE_THROTTLE.wait_ms(failures + 1),
        })
    }

    /// Whether the profile cards show each resident's initial instead of their name.
    pub fn cards_by_initial(&self) -> Result<bool> {
        Ok(self.setting(CARDS_BY_INITIAL)?.is_some_and(|v| v == "1"))
    }

    /// Sets whether the profile cards show initials only.
    pub fn set_cards_by_initial(&mut self, by_initial: bool) -> Result<()> {
        self.set_setting(CARDS_BY_INITIAL, if by_initial { "1" } else { "0" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::picture_code::CodePicture::{Fish, Sun, Tree};
    use crate::model::{Avatar, DisplaySettings, Lang};

    #[test]
    fn a_locked_card_opens_with_its_code_and_wrong_tries_slow_down() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let ana = store.create_resident("Ana", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
        let (Some(code), Some(wrong)) = (
            PictureCode::from_picked(&[Sun, Tree, Fish]),
            PictureCode::from_picked(&[Fish, Tree, Sun]),
        ) else {
            panic!("three pictures make a code");
        };
        assert_eq!(store.check_card_code(ana.id, &code, 0)?, PinCheck::NotSet);
        store.set_card_code(ana.id, &code)?;
        assert!(store.residents()?[0].locked);
        let hashed: String = store
            .conn
            .query_row("SELECT code_hash FROM resident", [], |r| r.get(0))?;
        assert!(!hashed.contains("sun"), "only a hash is kept");
        assert_eq!(store.check_card_code(ana.id, &code, 1)?, PinCheck::Right);
        for t in 0..2 {
            assert_eq!(
                store.check_card_code(ana.id, &wrong, 10 + t)?,
                PinCheck::Wrong { wait_ms: 0 }
            );
        }
        assert_eq!(
            store.check_card_code(ana.id, &wrong, 20)?,
            PinCheck::Wrong { wait_ms: 30_000 }
        );
        // Even the right code waits, and is not checked meanwhile.
        assert_eq!(
            store.check_card_code(ana.id, &code, 10_020)?,
            PinCheck::TooSoon { wait_ms: 20_000 }
        );
        assert_eq!(store.check_card_code(ana.id, &code, 30_020)?, PinCheck::Right);
        store.remove_card_code(ana.id)?;
        assert!(!store.residents()?[0].locked);
        assert_eq!(store.check_card_code(ana.id, &code, 40_000)?, PinCheck::NotSet);
        Ok(())
    }

    #[test]
    fn every_change_of_consent_is_kept() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let ana = store.create_resident("Ana", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
        store.set_shares_results(ana.id, true)?;
        store.set_shares_results(ana.id, true)?;
        store.set_shares_results(ana.id, false)?;
        let history: Vec<bool> = store
            .conn
            .prepare("SELECT shares FROM consent_change ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        assert_eq!(history, [false, true, false], "made without, then yes, then no");
        Ok(())
    }
}
