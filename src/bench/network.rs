//! The library network's figures, on a PostgreSQL server on this PC (`passerelle bench
//! --network URL`, the URL of a database owner; `scripts/bench.sh` starts a throw-away
//! one): each next to plain `COPY` of the same rows in the same run.
//!
//! - the first push of a library whose 10,000 cards follow their residents (1,000,000
//!   answers), against `COPY … FROM STDIN` of the rows it wrote;
//! - the first pull of all of it on a fresh PC, merged and checked, against `COPY … TO
//!   STDOUT` of the same rows by the same site;
//! - a busy day's steady round (100 residents answered 10 questions here, 100 others at
//!   another site), target under 1 s, against `COPY` out of the rows it moved.
//!
//! Each measure's target is 3× its baseline (1 s for the steady round); the table shows
//! the ratio. The database and the site roles made for it are dropped at the end.

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::time::Duration;

use postgres::{Client, Config};

use super::{Measure, time};
use crate::model::{Lang, ResidentId, Response};
use crate::network::connect::{connect, connect_site};
use crate::network::join_file::{JoinFile, is_loopback};
use crate::network::server::{ServerAddress, add_site, init_server};
use crate::network::sync;
use crate::store::{AnswerRecord, Store};

type Error = Box<dyn std::error::Error>;

/// A scratch database on the server, with two sites; dropped (with the sites' roles)
/// when it goes.
struct Scratch {
    admin: Client,
    database: String,
    roles: Vec<String>,
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = self
            .admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.database));
        for role in &self.roles {
            let _ = self
                .admin
                .batch_execute(&format!("DROP ROLE IF EXISTS \"{role}\""));
        }
    }
}

/// Runs the network's measures with the server at `admin_url` (loopback only: the
/// figures are Passerelle's, not the network's), in `dir`.
pub fn measure(admin_url: &str, dir: &Path) -> Result<Vec<Measure>, Error> {
    let config: Config = admin_url.parse()?;
    let host = match config.get_hosts() {
        [postgres::config::Host::Tcp(host)] if is_loopback(host) => host.clone(),
        _ => return Err("the network bench needs a server on this PC (127.0.0.1 or localhost)".into()),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let mut admin = connect(&config, "")?;
    let tag = std::process::id();
    let database = format!("passerelle_bench_{tag}");
    admin.batch_execute(&format!("CREATE DATABASE {database}"))?;
    let mut scratch = Scratch {
        admin,
        database: database.clone(),
        roles: Vec::new(),
    };
    let mut owner = connect(config.clone().dbname(&database), "")?;
    init_server(&mut owner)?;
    let mut joins = Vec::new();
    for name in [format!("bench-a-{tag}"), format!("bench-b-{tag}")] {
        let join = add_site(
            &mut owner,
            &name,
            ServerAddress {
                host: host.clone(),
                port,
                dbname: database.clone(),
                certificate: String::new(),
            },
        )?;
        scratch.roles.push(join.user.clone());
        joins.push(join);
    }
    let measures = run(&mut owner, &joins, dir);
    drop(owner);
    drop(scratch);
    measures
}

fn run(owner: &mut Client, joins: &[JoinFile], dir: &Path) -> Result<Vec<Measure>, Error> {
    let [join_a, join_b] = joins else {
        return Err("two sites".into());
    };
    let mut measures = Vec::new();
    let packs = crate::pack::builtin::packs();

    // The first push: a library PC whose 10,000 cards follow their residents.
    let mut a = Store::open(&dir.join("network-a.sqlite3"))?;
    crate::pack_install::sync_builtin(&mut a, &packs)?;
    a.seed(10_000, 100)?;
    a.seed_following()?;
    let mut client_a = connect_site(join_a)?;
    let pc_a = a.network_pc()?;
    let (pushed, took) = time(|| sync::push(&mut a, &mut client_a, &pc_a));
    if pushed?.0 != 10_000 {
        return Err("the first push did not send every card".into());
    }
    // The same rows, out and back in with plain COPY.
    let select =
        format!("COPY (SELECT seq, resident, body FROM passerelle.change WHERE pc = '{pc_a}') TO STDOUT");
    let (rows, pull_baseline) = time(|| -> Result<Vec<u8>, Error> {
        let mut client_b = connect_site(join_b)?;
        let mut rows = Vec::new();
        client_b.copy_out(select.as_str())?.read_to_end(&mut rows)?;
        Ok(rows)
    });
    let rows = rows?;
    owner.batch_execute("CREATE TABLE bench_copy (seq bigint, resident uuid, body jsonb)")?;
    let (copied, baseline) = time(|| -> Result<(), Error> {
        let mut copy = owner.copy_in("COPY bench_copy FROM STDIN")?;
        copy.write_all(&rows)?;
        copy.finish()?;
        Ok(())
    });
    copied?;
    measures.push(Measure {
        what: "network: first push, 10,000 cards / 1,000,000 answers (target: 3× COPY in)",
        took,
        baseline,
        target: baseline * 3,
    });

    // The first pull, on a fresh PC of the other site.
    let mut b = Store::open(&dir.join("network-b.sqlite3"))?;
    crate::pack_install::sync_builtin(&mut b, &packs)?;
    let mut client_b = connect_site(join_b)?;
    let pc_b = b.network_pc()?;
    let mut report = sync::RoundReport::default();
    let (pulled, took) = time(|| b.with_bulk_cache(|b| sync::pull(b, &mut client_b, &pc_b, &mut report)));
    pulled?;
    if report.answers_added != 1_000_000 || report.left_out != 0 {
        return Err(format!("the first pull merged {report:?}").into());
    }
    measures.push(Measure {
        what: "network: first pull on a fresh PC, merged and checked (target: 3× COPY out)",
        took,
        baseline: pull_baseline,
        target: pull_baseline * 3,
    });

    // A busy day: 100 residents answer 10 questions on A, 100 others on B; B syncs,
    // then A's round is measured.
    let heads: Vec<(String, i64)> = client_a
        .query(
            "SELECT pc::text, max(seq) FROM passerelle.change GROUP BY pc",
            &[],
        )?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    busy_day(&mut a, 0)?;
    busy_day(&mut b, 100)?;
    sync::round(&mut b, &mut client_b)?;
    let (round, took) = time(|| sync::round(&mut a, &mut client_a));
    let round = round?;
    if round.pushed != 100 || round.pulled != 100 {
        return Err(format!("the steady round moved {round:?}").into());
    }
    let since: Vec<String> = heads
        .iter()
        .map(|(pc, seq)| format!("(pc = '{pc}' AND seq > {seq})"))
        .collect();
    let moved = format!(
        "COPY (SELECT seq, resident, body FROM passerelle.change WHERE {}) TO STDOUT",
        since.join(" OR ")
    );
    let (out, baseline) = time(|| -> Result<usize, Error> {
        let mut rows = Vec::new();
        client_a.copy_out(moved.as_str())?.read_to_end(&mut rows)?;
        Ok(rows.len())
    });
    out?;
    measures.push(Measure {
        what: "network: a busy day's round (100 residents pushed, 100 pulled)",
        took,
        baseline,
        target: Duration::from_secs(1),
    });
    Ok(measures)
}

/// 100 residents (from the `first`th most recent) answer 10 questions each.
fn busy_day(store: &mut Store, first: usize) -> Result<(), Error> {
    let packs = store.packs()?;
    let pack = packs.first().ok_or("a pack")?;
    let lesson = pack.lessons.first().ok_or("a lesson")?;
    let questions = store
        .lesson(&pack.manifest.id, &lesson.id)?
        .map(|l| l.questions)
        .unwrap_or_default();
    let residents: Vec<ResidentId> = store
        .residents()?
        .into_iter()
        .skip(first)
        .take(100)
        .map(|r| r.id)
        .collect();
    for resident in residents {
        let progress = store.start_lesson(resident, &pack.manifest.id, &lesson.id)?;
        for question in questions.iter().cycle().take(10) {
            let response = Response::Choice("a".into());
            store.record_answer(&AnswerRecord {
                resident,
                pack: &pack.manifest.id,
                lesson: &lesson.id,
                question: &question.id,
                attempt: progress.attempt,
                response: &response,
                grade: crate::model::grade(&question.kind, &response),
                lang: Lang::Fr,
            })?;
        }
    }
    Ok(())
}
