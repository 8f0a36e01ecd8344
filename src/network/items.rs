//! How each question goes, across the network (`model::item_stats`): each PC sends its
//! own counts (never an answer, a resident or a typed text) and reads the sum of every
//! PC's. This PC's counts are kept up to date by the store's triggers, and sent only
//! when they changed; the server's are read only when they changed.

use std::collections::BTreeMap;

use postgres::Client;

use super::sync::SyncError;
use crate::model::item_stats::{ItemTally, countable, keep_most_given};
use crate::model::{LessonId, PackId, Response};
use crate::store::network::TallyMark;
use crate::store::{MAX_ID_CHARS, Store, plain_id};

/// Sends this PC's counts when they changed; returns whether it sent.
pub fn push(store: &mut Store, client: &mut Client, pc: &str) -> Result<bool, SyncError> {
    let tallies = store.item_tally_here()?;
    let mut columns: [Vec<String>; 4] = Default::default();
    let mut numbers: [Vec<i32>; 2] = Default::default();
    for t in &tallies {
        columns[0].push(t.pack.as_str().to_owned());
        columns[1].push(t.lesson.as_str().to_owned());
        columns[2].push(t.question.clone());
        columns[3].push(serde_json::to_string(&t.wrong).unwrap_or_else(|_| "{}".into()));
        numbers[0].push(i32::try_from(t.answers).unwrap_or(i32::MAX));
        numbers[1].push(i32::try_from(t.right.min(t.answers)).unwrap_or(i32::MAX));
    }
    let hash = super::sync::hash(&format!("{columns:?}{numbers:?}"));
    if store.tally_mark(TallyMark::SentHash)?.as_deref() == Some(hash.as_str()) {
        return Ok(false);
    }
    let mut tx = client.transaction()?;
    tx.execute(
        "DELETE FROM passerelle.item_tally WHERE site = current_user AND pc = $1::text::uuid",
        &[&pc],
    )?;
    // One statement for every row: a few hundred questions, one round trip.
    tx.execute(
        "INSERT INTO passerelle.item_tally (pc, pack, lesson, question, answers, right_answers, wrong)
         SELECT $1::text::uuid, p, l, q, a, r, w::jsonb
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
              AS t(p, l, q, a, r, w)",
        &[
            &pc,
            &columns[0],
            &columns[1],
            &columns[2],
            &numbers[0],
            &numbers[1],
            &columns[3],
        ],
    )?;
    tx.commit()?;
    store.set_tally_mark(TallyMark::SentHash, &hash)?;
    Ok(true)
}

/// One PC's row from the server, checked: plain ids, counts that make sense, wrong
/// answers that read as answers and may be counted. `None`: left out.
fn checked(
    pack: String,
    lesson: String,
    question: String,
    answers: i32,
    right: i32,
    wrong: &str,
) -> Option<ItemTally> {
    let plain = |id: &str| plain_id(id, MAX_ID_CHARS);
    if !(plain(&pack) && plain(&lesson) && plain(&question)) {
        return None;
    }
    let answers = u32::try_from(answers).ok().filter(|a| *a > 0)?;
    let right = u32::try_from(right).ok().filter(|r| *r <= answers)?;
    let mut wrong: BTreeMap<String, u32> = serde_json::from_str(wrong).ok()?;
    wrong.retain(|response, count| {
        *count <= answers
            && response.len() <= 4096
            && serde_json::from_str::<Response>(response).is_ok_and(|r| countable(&r))
    });
    keep_most_given(&mut wrong);
    Some(ItemTally {
        pack: PackId(pack),
        lesson: LessonId(lesson),
        question,
        answers,
        right,
        wrong,
    })
}

/// Reads the sum of every PC's counts when they changed since the last read; returns
/// how many rows were left out as not to be trusted.
pub fn pull(store: &mut Store, client: &mut Client) -> Result<usize, SyncError> {
    let version: String = client
        .query_one(
            "SELECT count(*)::text || ' ' || coalesce(max(pushed_at)::text, '') FROM passerelle.item_tally",
            &[],
        )?
        .get(0);
    if store.tally_mark(TallyMark::ReadVersion)?.as_deref() == Some(version.as_str()) {
        return Ok(0);
    }
    let rows = client.query(
        "SELECT pack, lesson, question, answers, right_answers, wrong::text FROM passerelle.item_tally",
        &[],
    )?;
    let mut sums: BTreeMap<(PackId, LessonId, String), ItemTally> = BTreeMap::new();
    let mut left_out = 0;
    for row in rows {
        let wrong: String = row.get(5);
        let Some(t) = checked(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), &wrong) else {
            left_out += 1;
            continue;
        };
        let sum = sums
            .entry((t.pack.clone(), t.lesson.clone(), t.question.clone()))
            .or_insert_with(|| ItemTally {
                wrong: BTreeMap::new(),
                answers: 0,
                right: 0,
                ..t.clone()
            });
        sum.answers = sum.answers.saturating_add(t.answers);
        sum.right = sum.right.saturating_add(t.right);
        for (response, count) in t.wrong {
            let n = sum.wrong.entry(response).or_default();
            *n = n.saturating_add(count);
        }
    }
    let mut tallies: Vec<ItemTally> = sums.into_values().collect();
    for t in &mut tallies {
        keep_most_given(&mut t.wrong);
    }
    store.set_network_item_tally(&tallies)?;
    store.set_tally_mark(TallyMark::ReadVersion, &version)?;
    Ok(left_out)
}
