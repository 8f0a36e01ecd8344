//! A network partition made with network namespaces (`scripts/test-partition.sh`): the
//! server sits behind a virtual cable that goes dead in the middle of a round, without a
//! reset or a refusal, as when a library's line drops. The round ends on its own within
//! a minute, nobody's answers wait on it meanwhile, a round started during the cut says
//! "unreachable" within seconds, and once the line is back nothing is lost or doubled.
//!
//! Needs root (network namespaces) and iproute2; elsewhere it says loudly that it was
//! skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use passerelle::network::connect::{connect_site, connect_url};
use passerelle::network::server::{self, ServerAddress};
use passerelle::network::sync;

use super::network::{all_answers, answer, answers_of, follower, pc, round};
use crate::common::open_store;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A throw-away cluster in a network namespace behind a cable that can be cut; stopped
/// and removed when dropped.
struct Partition {
    namespace: String,
    folder: String,
    /// The admin URL, without a database.
    url: String,
    /// The certificate of the authority that signed the server's.
    ca: String,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/test-partition.sh")
}

impl Partition {
    /// `None`, after saying so loudly, where the machine does not allow it.
    fn start() -> Option<Partition> {
        let out = Command::new("bash")
            .arg(script())
            .arg("start")
            .stdin(Stdio::null())
            .output()
            .expect("bash runs");
        if !out.status.success() {
            eprintln!(
                "SKIPPED (no network namespaces here: {}): network partition test",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return None;
        }
        let said = String::from_utf8_lossy(&out.stdout);
        let lines: Vec<&str> = said.lines().collect();
        let [namespace, folder, url] = lines[..] else {
            panic!("test-partition.sh said: {said}");
        };
        let ca = std::fs::read_to_string(Path::new(folder).join("ca.crt")).expect("authority");
        Some(Partition {
            namespace: namespace.to_owned(),
            folder: folder.to_owned(),
            url: url.to_owned(),
            ca,
        })
    }

    fn line(&self, how: &str) {
        let ok = Command::new("bash")
            .arg(script())
            .args([how, &self.namespace])
            .status()
            .expect("bash runs")
            .success();
        assert!(ok, "test-partition.sh {how}");
    }
}

impl Drop for Partition {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(script())
            .args(["stop", &self.namespace, &self.folder])
            .stdout(Stdio::null())
            .status();
    }
}

#[test]
fn a_line_gone_silent_in_the_middle_of_a_round_ends_it_and_loses_nothing() -> Result {
    let Some(line) = Partition::start() else {
        return Ok(());
    };
    let admin = format!("{}/postgres", line.url);
    let mut client = connect_url(&admin, &line.ca)?;
    server::init_server(&mut client)?;
    let config: postgres::Config = admin.parse()?;
    let postgres::config::Host::Tcp(host) = &config.get_hosts()[0] else {
        panic!("an address");
    };
    let mut site = |name: &str| {
        let address = ServerAddress {
            host: host.clone(),
            port: config.get_ports()[0],
            dbname: "postgres".into(),
            certificate: line.ca.clone(),
        };
        server::add_site(&mut client, name, address).expect("site added")
    };
    let (site_a, site_b) = (site("partition-a"), site("partition-b"));
    let dir = tempfile::tempdir()?;
    let mut a = pc(dir.path(), "a", &site_a);
    let mut b = pc(dir.path(), "b", &site_b);

    // B's cards take three batches to pull: the cut falls between two of them.
    let on_b = 2 * usize::try_from(sync::PULL_BATCH)? + 100;
    b.seed(on_b, 20)?;
    b.seed_following()?;
    round(&mut b);
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 3);

    // A's round runs on its own thread, as the window runs it.
    let mut link = connect_site(&site_a)?;
    let running = std::thread::spawn(move || {
        let result = sync::round(&mut a, &mut link).map_err(|e| e.to_string());
        (a, result)
    });
    // The window's own connection to A's store.
    let mut window = open_store(&dir.path().join("a.sqlite3"));
    let started = Instant::now();
    while window.residents()?.len() < 2 {
        assert!(
            started.elapsed() < Duration::from_mins(1),
            "the round never merged its first batch"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    line.line("cut");
    let cut_at = Instant::now();

    // Ana answers while the round hangs on the dead line: her answer is kept at once.
    let answered = Instant::now();
    answer(&mut window, ana, 1);
    assert!(
        answered.elapsed() < Duration::from_secs(2),
        "an answer waited {:?} on the network",
        answered.elapsed()
    );
    // A round started during the cut says the network is unreachable within seconds.
    let tried = Instant::now();
    assert!(connect_site(&site_b).is_err(), "the server is out of reach");
    assert!(tried.elapsed() < Duration::from_secs(15), "{:?}", tried.elapsed());

    while !running.is_finished() {
        assert!(
            cut_at.elapsed() < Duration::from_secs(90),
            "the round still hangs on the dead line after 90 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let ended = cut_at.elapsed();
    let (mut a, result) = running.join().expect("the round's thread");
    assert!(result.is_err(), "the round ended though the line was dead");
    assert!(
        ended < Duration::from_mins(1),
        "the round took {ended:?} to give up"
    );
    eprintln!("a round on a dead line gave up after {ended:?}: {result:?}");
    assert!(
        a.residents()?.len() < on_b + 1,
        "the cut fell before the last batch"
    );

    // The line is back: the next rounds take up where this one stopped.
    line.line("mend");
    round(&mut a);
    round(&mut b);
    assert_eq!(a.residents()?.len(), on_b + 1);
    assert_eq!(all_answers(&a), on_b * 20 + 4, "A has every answer once");
    assert_eq!(all_answers(&b), on_b * 20 + 4, "B has every answer once");
    assert_eq!(
        answers_of(&b, &ana_uid),
        4,
        "B has Ana's answer given during the cut"
    );
    assert_eq!(sync::waiting(&a)?, 0);
    Ok(())
}
