//! A large store for measurements: many residents, each with answers, as a library PC
//! might hold after years of workshops. Used by `passerelle seed` and `passerelle bench`.

use rusqlite::params;

use super::{Result, Store, now};
use crate::model::{Avatar, AvatarColour, AvatarSymbol};

impl Store {
    /// Adds `residents` residents with `answers_each` answers each to the first lesson of
    /// the first pack (which must be imported), in one transaction. They share their
    /// results, so that the leaders' screens and exports have everything to show.
    pub fn seed(&mut self, residents: usize, answers_each: usize) -> Result<()> {
        let packs = self.packs()?;
        let Some((pack, lesson)) = packs
            .first()
            .and_then(|p| Some((p.manifest.id.clone(), p.lessons.first()?.id.clone())))
        else {
            return Ok(());
        };
        let questions: Vec<String> = self
            .lesson(&pack, &lesson)?
            .map(|l| l.questions.into_iter().map(|q| q.id.0).collect())
            .unwrap_or_default();
        let answers_each = if questions.is_empty() { 0 } else { answers_each };
        let now = now();
        self.transact(|tx| {
            let mut add_resident = tx.prepare(include_str!("seed/seed.sql"))?;
            let mut add_answer = tx.prepare(
                "INSERT INTO answer (uid, resident_id, pack_id, lesson_id, question_id, attempt,
                                     response_json, correct, score, language, answered_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1, '{\"kind\":\"bool\",\"value\":true}', ?6, ?7, 'fr', ?8)",
            )?;
            for i in 0..residents {
                let avatar = Avatar {
                    colour: AvatarColour::ALL[i % AvatarColour::ALL.len()],
                    symbol: AvatarSymbol::ALL[i % AvatarSymbol::ALL.len()],
                };
                let seen = now - i64::try_from(i).unwrap_or(0) * 60_000;
                add_resident.execute(params![
                    uuid::Uuid::new_v4().to_string(),
                    format!("Résident {i}"),
                    avatar.colour.key(),
                    avatar.symbol.key(),
                    seen
                ])?;
                let id = tx.last_insert_rowid();
                for a in 0..answers_each {
                    let correct = a % 3 != 0;
                    add_answer.execute(params![
                        uuid::Uuid::new_v4().to_string(),
                        id,
                        pack,
                        lesson,
                        questions[a % questions.len()],
                        correct,
                        if correct { 1.0 } else { 0.0 },
                        seen
                    ])?;
                }
            }
            Ok(())
        })
    }
}

impl Store {
    /// Lets every resident's card follow them to the network (for the network's
    /// measurements: a library whose every card is on the network).
    pub fn seed_following(&mut self) -> Result<()> {
        self.conn.execute("UPDATE resident SET follows_me = 1", [])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::builtin;
    use crate::pack_install;

    #[test]
    fn seeds_residents_and_answers() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        pack_install::sync_builtin(&mut store, &builtin::packs())?;
        store.seed(50, 4)?;
        assert_eq!(store.residents()?.len(), 50);
        let answers: i64 = store
            .conn
            .query_row("SELECT count(*) FROM answer", [], |r| r.get(0))?;
        assert_eq!(answers, 200);
        // The counts kept by triggers agree.
        let counted: u32 = store.resident_summaries()?.iter().map(|r| r.answers).sum();
        assert_eq!(counted, 200);
        Ok(())
    }
}
