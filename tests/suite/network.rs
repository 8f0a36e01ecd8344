//! The library network against a real PostgreSQL (`common/postgres.rs`): three data
//! folders as three PCs of two sites, one server. Answers cross between PCs; only cards
//! that follow their resident ever reach the server (checked with SQL on the server);
//! a withdrawal reaches every PC; a batch delivered twice or a round cut off loses and
//! duplicates nothing; the server's own policies refuse a site's writes to another's rows.

use crate::common::{self, open_store, pg_cluster, pg_cluster::database};

use passerelle::model::picture_code::{CodePicture, PictureCode};
use passerelle::model::{Avatar, DisplaySettings, Lang, ResidentId, Response};
use passerelle::network::connect::{connect_site, connect_url};
use passerelle::network::join_file::JoinFile;
use passerelle::network::server::{self, ServerAddress};
use passerelle::network::sync;
use passerelle::store::Store;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

pub(crate) const PIN: &str = "482915";

/// A server set up in its own database, and a way to give it sites.
pub(crate) struct Network {
    admin: String,
    prefix: String,
}

impl Network {
    pub(crate) fn new(name: &str) -> Option<Network> {
        let admin = database(name)?;
        let mut client = connect_url(&admin, "").expect("admin connects");
        assert_eq!(
            server::init_server(&mut client).expect("init"),
            (0, server::SERVER_VERSION)
        );
        // Twice is harmless: already up to date.
        let version = server::SERVER_VERSION;
        assert_eq!(
            server::init_server(&mut client).expect("init again"),
            (version, version)
        );
        Some(Network {
            admin,
            prefix: name.replace('_', "-"),
        })
    }

    /// A new site's join file (its role made fresh on the cluster).
    pub(crate) fn site(&self, name: &str) -> JoinFile {
        let name = format!("{}-{name}", self.prefix);
        let mut client = connect_url(&self.admin, "").expect("admin connects");
        let role = passerelle::network::join_file::role_of(&name);
        client
            .batch_execute(&format!("DROP ROLE IF EXISTS \"{role}\""))
            .expect("old role dropped");
        let config: postgres::Config = self.admin.parse().expect("url");
        server::add_site(
            &mut client,
            &name,
            ServerAddress {
                host: "127.0.0.1".into(),
                port: config.get_ports()[0],
                dbname: config.get_dbname().expect("db").into(),
                certificate: String::new(),
            },
        )
        .expect("site added")
    }

    pub(crate) fn admin(&self) -> postgres::Client {
        connect_url(&self.admin, "").expect("admin connects")
    }
}

/// A PC: its store, joined to the network as `join`'s site.
pub(crate) fn pc(dir: &std::path::Path, name: &str, join: &JoinFile) -> Store {
    let mut store = open_store(&dir.join(format!("{name}.sqlite3")));
    let sealed = passerelle::network::sealed::seal(join, PIN).expect("sealed");
    store.join_network(&join.site, &sealed).expect("joined");
    store
}

pub(crate) fn round(store: &mut Store) -> sync::RoundReport {
    let sealed = store.network_join_sealed().expect("store").expect("joined");
    let join = passerelle::network::sealed::open(&sealed, PIN).expect("opens with the PIN");
    let mut client = connect_site(&join).expect("site connects");
    sync::round(store, &mut client).expect("round")
}

/// Sites A and B, and a PC on each.
pub(crate) fn two_sites(net: &Network, dir: &std::path::Path) -> (JoinFile, JoinFile, Store, Store) {
    let (site_a, site_b) = (net.site("a"), net.site("b"));
    let a = pc(dir, "a", &site_a);
    let b = pc(dir, "b", &site_b);
    (site_a, site_b, a, b)
}

/// The resident of `store` named `name`.
fn named(store: &Store, name: &str) -> passerelle::model::Resident {
    store
        .residents()
        .expect("residents")
        .into_iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("{name} is on this PC"))
}

/// Records `count` answers to the first lesson's first question for `resident`.
pub(crate) fn answer(store: &mut Store, resident: ResidentId, count: usize) {
    let pack = store.packs().expect("packs").remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)
        .expect("lesson")
        .expect("lesson");
    let attempt = store
        .start_lesson(resident, &pack.manifest.id, &lesson.id)
        .expect("start")
        .attempt;
    for _ in 0..count {
        let response = Response::Choice("a".into());
        common::record(
            store,
            resident,
            (&pack.manifest.id, &lesson, attempt),
            &lesson.questions[0],
            &response,
        );
    }
}

/// The rows the server holds for the resident `uid` (`with_record`: only those that
/// carry their record, not a withdrawal).
fn server_rows(net: &Network, uid: &str, with_record: bool) -> i64 {
    net.admin()
        .query_one(
            "SELECT count(*) FROM passerelle.change WHERE resident = $1::text::uuid AND (body IS NOT NULL OR NOT $2)",
            &[&uid, &with_record],
        )
        .expect("counted")
        .get(0)
}

/// Runs frames until the window's background round has ended (10 s at most).
fn wait_for_round(h: &mut egui_kittest::Harness<'static, passerelle::app::PasserelleApp>) {
    for _ in 0..200 {
        h.run();
        if h.state()
            .state()
            .network
            .as_ref()
            .is_some_and(|s| s.last_sync_at > 0 && !s.syncing)
        {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Every answer `store` holds, of every resident.
pub(crate) fn all_answers(store: &Store) -> usize {
    store
        .export_progress(None)
        .expect("export")
        .residents
        .iter()
        .map(|r| r.answers.len())
        .sum()
}

/// The answers `store` holds for the resident `uid`.
pub(crate) fn answers_of(store: &Store, uid: &str) -> usize {
    store
        .export_progress(None)
        .expect("export")
        .residents
        .iter()
        .find(|r| r.uid == uid)
        .map_or(0, |r| r.answers.len())
}

/// A resident who locked their card and let it follow them.
pub(crate) fn follower(store: &mut Store, name: &str) -> (ResidentId, String) {
    let r = store
        .create_resident(name, Avatar::default(), Lang::Fr, DisplaySettings::default())
        .expect("resident");
    let code = PictureCode::from_picked(&[CodePicture::Sun, CodePicture::Tree, CodePicture::Fish])
        .expect("three pictures");
    store.set_card_code(r.id, &code).expect("code");
    store.set_follows_me(r.id, true).expect("follows");
    let uid = store.resident_uid(r.id).expect("uid").0;
    (r.id, uid)
}

#[test]
fn answers_cross_between_pcs_and_only_cards_that_follow_their_resident_leave() -> Result {
    let Some(net) = Network::new("net_follow") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (_, _, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 3);
    let bob = a.create_resident("Bob", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    a.set_shares_results(bob.id, true)?; // sharing with leaders is not the network's consent
    answer(&mut a, bob.id, 2);
    let bob_uid = a.resident_uid(bob.id)?.0;
    assert_eq!(sync::waiting(&a)?, 1);

    let report = round(&mut a);
    assert_eq!((report.pushed, report.withdrawn), (1, 0));
    assert_eq!(sync::waiting(&a)?, 0);
    assert_eq!(round(&mut a).pushed, 0, "nothing changed, nothing pushed");
    let report = round(&mut b);
    assert_eq!(
        (report.pulled, report.residents_added, report.answers_added),
        (1, 1, 3)
    );
    assert_eq!(answers_of(&b, &ana_uid), 3);
    assert_eq!(answers_of(&b, &bob_uid), 0, "Bob never chose the network");
    // On B, Ana's card is hers: it follows her and her picture code protects it.
    let ana_on_b = named(&b, "Ana");
    assert!(ana_on_b.locked && ana_on_b.follows_me);
    assert_eq!(b.card_code_hash(&ana_uid)?, a.card_code_hash(&ana_uid)?);
    assert_eq!(round(&mut b).pushed, 0, "what B merged is not echoed back");

    // Ana carries on at B; A sees it at its next round.
    answer(&mut b, ana_on_b.id, 2);
    assert_eq!(round(&mut b).pushed, 1);
    round(&mut a);
    assert_eq!(answers_of(&a, &ana_uid), 5);

    // On the server itself: nothing of Bob, nobody's leaders' note, only Ana.
    let mut admin = net.admin();
    assert_eq!(server_rows(&net, &bob_uid, false), 0);
    let bodies: String = admin
        .query_one(
            "SELECT coalesce(string_agg(body::text, ' '), '') FROM passerelle.change",
            &[],
        )?
        .get(0);
    assert!(bodies.contains("Ana") && !bodies.contains("Bob"));
    Ok(())
}

#[test]
fn a_withdrawal_reaches_every_pc_and_empties_the_server_of_that_resident() -> Result {
    let Some(net) = Network::new("net_withdraw") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (_, _, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 1);
    round(&mut a);
    round(&mut b);
    let ana_on_b = named(&b, "Ana");
    answer(&mut b, ana_on_b.id, 1);
    round(&mut b);

    a.set_follows_me(ana, false)?;
    assert_eq!(round(&mut a).withdrawn, 1);
    round(&mut b);
    assert!(!b.follows_me(ana_on_b.id)?, "the withdrawal reached B");
    round(&mut b);
    assert_eq!(
        server_rows(&net, &ana_uid, true),
        0,
        "no site keeps Ana's record on the server"
    );

    // Ana changes her mind again on A: her card follows her to B again, and stays so.
    a.set_follows_me(ana, true)?;
    for _ in 0..2 {
        round(&mut a);
        round(&mut b);
    }
    assert!(
        a.follows_me(ana)? && b.follows_me(ana_on_b.id)?,
        "no old withdrawal undoes her choice"
    );
    Ok(())
}

#[test]
fn a_batch_delivered_twice_or_a_round_cut_off_loses_and_duplicates_nothing() -> Result {
    let Some(net) = Network::new("net_twice") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, site_b) = (net.site("a"), net.site("b"));
    let mut a = pc(dir.path(), "a", &site_a);
    let mut a2 = pc(dir.path(), "a2", &site_a); // a second PC of the same site
    let mut b = pc(dir.path(), "b", &site_b);
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 4);
    round(&mut a);
    // A forgets it pushed (as if cut off before it could note it): it pushes again.
    a.set_network_pushed(&[(ana_uid.clone(), None)])?;
    a.set_follows_me(ana, true)?;
    assert_eq!(round(&mut a).pushed, 1);
    // B merges both deliveries; a second PC of A's site reads A's log too.
    round(&mut b);
    round(&mut a2);
    assert_eq!(answers_of(&b, &ana_uid), 4);
    assert_eq!(answers_of(&a2, &ana_uid), 4);
    // A round cut off after its push: the next round finishes the job.
    let sealed = b.network_join_sealed()?.ok_or("joined")?;
    let join = passerelle::network::sealed::open(&sealed, PIN).map_err(|e| format!("{e:?}"))?;
    let ana_on_b = named(&b, "Ana");
    answer(&mut b, ana_on_b.id, 2);
    let pc_b = b.network_pc()?;
    sync::push(&mut b, &mut connect_site(&join)?, &pc_b)?;
    round(&mut a);
    assert_eq!(answers_of(&a, &ana_uid), 6);
    round(&mut b);
    assert_eq!(answers_of(&b, &ana_uid), 6);
    Ok(())
}

/// Two PCs of one site, both used by Ana before either reads the other: neither push
/// removes what the other sent, and a third PC gets every answer.
#[test]
fn two_pcs_of_one_site_never_erase_each_others_rows() -> Result {
    let Some(net) = Network::new("net_same_site") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, site_b) = (net.site("a"), net.site("b"));
    let mut a = pc(dir.path(), "a", &site_a);
    let mut a2 = pc(dir.path(), "a2", &site_a);
    let mut b = pc(dir.path(), "b", &site_b);
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 1);
    round(&mut a);
    round(&mut a2);
    let ana_on_a2 = named(&a2, "Ana");
    answer(&mut a2, ana_on_a2.id, 2);
    answer(&mut a, ana, 3);
    let pc_a2 = a2.network_pc()?;
    sync::push(&mut a2, &mut connect_site(&site_a)?, &pc_a2)?;
    let pc_a = a.network_pc()?;
    sync::push(&mut a, &mut connect_site(&site_a)?, &pc_a)?;
    round(&mut b);
    assert_eq!(answers_of(&b, &ana_uid), 6);
    Ok(())
}

/// A's clock runs 10 minutes ahead of B's: every answer still reaches both, and both
/// PCs end with the same card and history (merging never depends on whose clock is right).
#[test]
fn pcs_whose_clocks_are_ten_minutes_apart_lose_nothing_and_agree() -> Result {
    let Some(net) = Network::new("net_clocks") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (_, _, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 2);
    // What A wrote, it wrote 10 minutes ahead.
    let ahead = 10 * 60 * 1000;
    let raw = rusqlite::Connection::open(dir.path().join("a.sqlite3"))?;
    raw.execute("UPDATE answer SET answered_at = answered_at + ?1", [ahead])?;
    raw.execute("UPDATE resident SET last_seen_at = last_seen_at + ?1", [ahead])?;
    drop(raw);
    round(&mut a);
    round(&mut b);
    let ana_on_b = named(&b, "Ana");
    answer(&mut b, ana_on_b.id, 1);
    b.set_resident_display(
        ana_on_b.id,
        DisplaySettings {
            text_percent: 200,
            ..DisplaySettings::default()
        },
    )?;
    round(&mut b);
    round(&mut a);
    round(&mut b);
    assert_eq!((answers_of(&a, &ana_uid), answers_of(&b, &ana_uid)), (3, 3));
    let card = |store: &Store| {
        store
            .export_progress(None)
            .ok()
            .and_then(|f| f.residents.into_iter().find(|r| r.uid == ana_uid))
            .map(|r| (r.card, r.answers))
    };
    assert_eq!(card(&a), card(&b), "both PCs agree on Ana's card and answers");
    // B's change came after it had read A's card: it wins, though A's clock is ahead
    // (every change to a card moves its time past the card's last one).
    let text_percent = |store: &Store| card(store).map(|(card, _)| card.text_percent);
    assert_eq!(
        (text_percent(&a), text_percent(&b)),
        (Some(200), Some(200)),
        "the later change is kept on both PCs"
    );
    Ok(())
}

/// A pack published from C reaches A and B at their next sync; a file that is not a
/// good pack is refused before it reaches the server, and a bad one already there
/// (written past Passerelle) is refused by each PC, once.
#[test]
fn a_pack_published_from_one_pc_reaches_the_others_and_a_bad_one_does_not() -> Result {
    let Some(net) = Network::new("net_packs") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, site_b, site_c) = (net.site("a"), net.site("b"), net.site("c"));
    let mut a = pc(dir.path(), "a", &site_a);
    let mut b = pc(dir.path(), "b", &site_b);
    // C's trainer publishes, signed by C's structure key (opened with C's PIN).
    let mut c = pc(dir.path(), "c", &site_c);
    c.set_agent_pin(PIN)?;
    let key = c.structure_key(PIN)?.ok_or("C's key")?;
    let bytes = passerelle::pack::archive::build(&common::valid_pack())?;
    let mut as_c = connect_site(&site_c)?;
    let publish = |client: &mut postgres::Client, bytes: &[u8], name: &str| {
        passerelle::network::packs::publish(client, bytes, name, &key, "Médiathèque C")
    };
    let published = publish(&mut as_c, &bytes, "essai.passerelle-pack").map_err(|e| format!("{e:?}"))?;
    assert_eq!(published, ("essai".to_owned(), "1.0.0".to_owned()));
    assert!(
        publish(&mut as_c, b"not a pack", "bad.passerelle-pack").is_err(),
        "a file that is not a pack never reaches the server"
    );
    // Past Passerelle, straight into the server as site C: checked again on each PC.
    as_c.execute(
        "INSERT INTO passerelle.pack (id, version, bytes) VALUES ('forged', '9.9.9', $1)",
        &[&b"PK\x03\x04 forged".as_slice()],
    )?;
    for store in [&mut a, &mut b] {
        assert!(store.pack_version(&"essai".into())?.is_none());
        let report = round(store);
        assert_eq!((report.packs_installed, report.packs_refused), (1, 1));
        assert_eq!(store.pack_version(&"essai".into())?.as_deref(), Some("1.0.0"));
        // C's structure key is now known here, named with its site.
        assert_eq!(
            store.signer(&key.public())?,
            passerelle::model::attestation_check::Signer::Trusted(format!("Médiathèque C ({})", site_c.site))
        );
        let again = round(store);
        assert_eq!(
            (again.packs_installed, again.packs_refused),
            (0, 0),
            "each pack is taken once"
        );
    }
    // Newer versions put on the server past Passerelle by site C: unsigned, signed by a
    // key C never put on the server, and C's signature over other bytes. Each is refused
    // on every PC; the pack stays at 1.0.0.
    let mut other = open_store(&dir.path().join("other.sqlite3"));
    other.set_agent_pin(PIN)?;
    let stranger = other.structure_key(PIN)?.ok_or("a stranger's key")?;
    let version = |v: &str| -> Result<Vec<u8>> {
        let mut files = common::valid_pack();
        let manifest = &mut files.files[0].1;
        *manifest = String::from_utf8(manifest.clone())?
            .replace("1.0.0", v)
            .into_bytes();
        Ok(passerelle::pack::archive::build(&files)?)
    };
    let (v2, v3, v4, v5) = (
        version("2.0.0")?,
        version("3.0.0")?,
        version("4.0.0")?,
        version("5.0.0")?,
    );
    let signed = |key: &passerelle::signing::StructureKey, over: &[u8]| {
        (Some(key.public()), Some(key.sign_pack(over)))
    };
    for (v, pack, (signer, signature)) in [
        ("2.0.0", &v2, (None, None)),
        ("3.0.0", &v3, signed(&stranger, &v3)),
        ("4.0.0", &v4, signed(&key, &bytes)),
    ] {
        as_c.execute(
            "INSERT INTO passerelle.pack (id, version, bytes, signer, signature)
             VALUES ('essai', $1, $2, $3, $4)",
            &[&v, &pack, &signer, &signature],
        )?;
    }
    for store in [&mut a, &mut b] {
        let report = round(store);
        assert_eq!((report.packs_installed, report.packs_refused), (0, 3));
        assert_eq!(store.pack_version(&"essai".into())?.as_deref(), Some("1.0.0"));
    }
    // Signed rightly, the next version goes in: the check is the signature's.
    publish(&mut as_c, &v5, "essai-5.passerelle-pack").map_err(|e| format!("{e:?}"))?;
    for store in [&mut a, &mut b] {
        assert_eq!(round(store).packs_installed, 1);
        assert_eq!(store.pack_version(&"essai".into())?.as_deref(), Some("5.0.0"));
    }
    Ok(())
}

/// The server is not trusted blindly: records written to it past Passerelle (answers
/// dated in 2100, a record filed under another resident, a body that is no record) are
/// left out and counted, and nothing of them reaches the PC.
#[test]
fn forged_records_on_the_server_are_left_out_and_counted() -> Result {
    let Some(net) = Network::new("net_forged") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, _site_b, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 2);
    round(&mut a);
    // Ana's record as A sent it, forged three ways by someone holding A's credentials.
    let mut as_a = connect_site(&site_a)?;
    let body: String = as_a
        .query_one("SELECT body::text FROM passerelle.change WHERE follows", &[])?
        .get(0);
    let mut future: serde_json::Value = serde_json::from_str(&body)?;
    for answer in future["record"]["answers"].as_array_mut().ok_or("answers")? {
        answer["answered_at"] = 4_102_444_800_000_i64.into(); // 2100-01-01
        answer["uid"] = format!("forged-{}", answer["uid"].as_str().unwrap_or("")).into();
    }
    let other = uuid_like();
    let forged = [
        (ana_uid.clone(), future.to_string()),
        (other, body.clone()),
        (ana_uid.clone(), r#"{"record": 3}"#.to_owned()),
    ];
    for (seq, (resident, body)) in (100_i64..).zip(forged) {
        as_a.execute(
            "INSERT INTO passerelle.change (pc, seq, resident, follows, body)
             VALUES (gen_random_uuid(), $1, $2::text::uuid, true, $3::text::jsonb)",
            &[&seq, &resident, &body],
        )?;
    }
    let report = round(&mut b);
    assert!(report.left_out >= 4, "{report:?}");
    assert_eq!(answers_of(&b, &ana_uid), 2, "only the genuine answers");
    assert_eq!(
        b.residents()?.len(),
        1,
        "nobody made from a record filed under another"
    );
    Ok(())
}

/// A random resident id, as the server takes it.
fn uuid_like() -> String {
    passerelle::model::ResidentUid::new_random().0
}

#[test]
fn the_servers_policies_refuse_a_site_writing_or_deleting_another_sites_rows() -> Result {
    let Some(net) = Network::new("net_policies") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, site_b) = (net.site("a"), net.site("b"));
    let mut a = pc(dir.path(), "a", &site_a);
    let (ana, _) = follower(&mut a, "Ana");
    answer(&mut a, ana, 1);
    round(&mut a);

    let mut as_b = connect_site(&site_b)?;
    let forged = as_b.execute(
        "INSERT INTO passerelle.change (site, pc, seq, resident, follows, body)
         VALUES ($1::text::name, gen_random_uuid(), 1, gen_random_uuid(), true, '{}')",
        &[&site_a.user],
    );
    let refused = forged.err().ok_or("B wrote a row as A")?;
    let said = passerelle::network::connect::words(&refused);
    assert!(said.contains("row-level security"), "{said}");
    let deleted = as_b.execute("DELETE FROM passerelle.change", &[])?;
    assert_eq!(deleted, 0, "B deleted none of A's rows");
    assert!(
        as_b.execute("UPDATE passerelle.change SET follows = false", &[])
            .is_err()
    );
    assert!(as_b.batch_execute("DROP TABLE passerelle.change").is_err());
    assert!(as_b.batch_execute("SET ROLE postgres").is_err());
    let rows: i64 = net
        .admin()
        .query_one("SELECT count(*) FROM passerelle.change", &[])?
        .get(0);
    assert_eq!(rows, 1);
    // A wrong password is refused by the server itself.
    let mut wrong = site_b.clone();
    wrong.password = "guessed".into();
    assert!(connect_site(&wrong).is_err());
    Ok(())
}

#[test]
fn a_pc_reaches_the_server_by_tls_trusting_only_the_certificate_in_its_join_file() -> Result {
    let Some(net) = Network::new("net_tls") else {
        return Ok(());
    };
    let Some(ca) = pg_cluster::ca_certificate() else {
        assert!(std::env::var("CI").is_err(), "CI gives the cluster's authority");
        eprintln!("SKIPPED (the test cluster has no TLS): network test net_tls");
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let mut join = net.site("tls");
    join.host = "localhost".into();
    join.server_certificate = ca;
    join.check().map_err(|p| format!("{p:?}"))?;
    let mut client = connect_site(&join)?;
    let encrypted: bool = client
        .query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[])?
        .get(0);
    assert!(encrypted, "the connection is encrypted");
    // A whole round goes through TLS.
    let mut a = pc(dir.path(), "a", &join);
    let (ana, _) = follower(&mut a, "Ana");
    answer(&mut a, ana, 1);
    assert_eq!(round(&mut a).pushed, 1);

    // Another authority's certificate (as a network in between would present): refused.
    let stranger = tempfile::tempdir()?;
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/test-certificates.sh");
    assert!(
        std::process::Command::new("bash")
            .arg(script)
            .arg(stranger.path())
            .status()?
            .success()
    );
    let mut other = join.clone();
    other.server_certificate = std::fs::read_to_string(stranger.path().join("ca.crt"))?;
    assert!(
        connect_site(&other).is_err(),
        "a stranger's certificate is not trusted"
    );
    // A server on another computer without its certificate: refused before connecting.
    let mut distant = join.clone();
    distant.host = "pg.ville.example".into();
    distant.server_certificate.clear();
    assert!(matches!(
        connect_site(&distant),
        Err(passerelle::network::connect::ConnectError::NoCertificate)
    ));
    Ok(())
}

/// Runs the real `passerelle` in English on `data` with `args`, the leaders' PIN on
/// its standard input: (succeeded, standard output, standard error).
fn cli(data: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let data = data.display().to_string();
    let mut all = vec!["--data-dir", &data];
    all.extend_from_slice(args);
    let out = common::passerelle_with_input(&all, &format!("{}\n", common::CLI_PIN));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_pc_joins_and_syncs_from_the_command_line_and_a_bad_join_file_changes_nothing() -> Result {
    let Some(net) = Network::new("net_cli") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    common::choose_leaders_pin(&data);
    let join_path = dir.path().join("site.passerelle-join");
    let join_s = join_path.display().to_string();
    let name = format!("{}-cli", net.prefix);
    let role = passerelle::network::join_file::role_of(&name);
    net.admin()
        .batch_execute(&format!("DROP ROLE IF EXISTS \"{role}\""))?;
    let admin = ["--admin-url", net.admin.as_str()];
    let (ok, said, err) = cli(
        &data,
        &[
            &["--lang", "en", "network", "add-site", &name, "--out", &join_s][..],
            &admin,
        ]
        .concat(),
    );
    assert!(ok && said.contains("is on the network"), "{said}{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&join_path)?.permissions().mode() & 0o077, 0);
    }

    // A join file whose user was changed is named with its field, and nothing is kept.
    let mut bad: serde_json::Value = serde_json::from_slice(&std::fs::read(&join_path)?)?;
    bad["user"] = "postgres".into();
    let bad_path = dir.path().join("bad.passerelle-join");
    std::fs::write(&bad_path, serde_json::to_vec_pretty(&bad)?)?;
    let bad_s = bad_path.display().to_string();
    let (ok, _, err) = cli(&data, &["--lang", "en", "network", "join", &bad_s, "--pin-stdin"]);
    assert!(
        !ok && err.contains("bad.passerelle-join") && err.contains("\"user\""),
        "{err}"
    );
    let (_, said, _) = cli(&data, &["--lang", "en", "network", "status"]);
    assert!(said.contains("not on a network"), "{said}");

    let (ok, said, err) = cli(
        &data,
        &["--lang", "en", "network", "join", &join_s, "--pin-stdin"],
    );
    assert!(ok, "{said}{err}");
    let (ok, said, err) = cli(&data, &["--lang", "fr", "network", "sync", "--pin-stdin"]);
    assert!(
        ok && said.contains("Envoyé") && said.contains("0 personne"),
        "{said}{err}"
    );
    let (_, said, _) = cli(&data, &["--lang", "en", "network", "status"]);
    assert!(
        said.contains(&format!("Site: {name}")) && said.contains("Synced at"),
        "{said}"
    );
    // A trainer publishes a pack from the command line: signed with the PIN's key.
    let pack = dir.path().join("essai.passerelle-pack");
    std::fs::write(&pack, passerelle::pack::archive::build(&common::valid_pack())?)?;
    let pack_s = pack.display().to_string();
    let (ok, said, err) = cli(
        &data,
        &["--lang", "en", "network", "publish-pack", &pack_s, "--pin-stdin"],
    );
    assert!(ok && said.contains("signed by your structure"), "{said}{err}");
    let signed: bool = net
        .admin()
        .query_one(
            "SELECT signature IS NOT NULL AND signer IN (SELECT public_key FROM passerelle.structure_key)
             FROM passerelle.pack WHERE id = 'essai'",
            &[],
        )?
        .get(0);
    assert!(signed, "the pack on the server carries its structure's signature");
    // The credentials are not in the data folder in the clear.
    let password = bad["password"].as_str().ok_or("password")?;
    for file in std::fs::read_dir(&data)? {
        let bytes = std::fs::read(file?.path())?;
        assert!(!String::from_utf8_lossy(&bytes).contains(password));
    }
    Ok(())
}

/// In the window: the cards screen says what waits; once the leaders open their area
/// with the PIN, rounds run in the background (the frame never waits) and the area and
/// the cards screen say when the PC last synced.
#[test]
fn the_window_syncs_in_the_background_once_the_leaders_open_their_area() -> Result {
    use egui_kittest::kittest::Queryable as _;
    let Some(net) = Network::new("net_window") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let join = net.site("w");
    let mut store = pc(dir.path(), "w", &join);
    store.set_agent_pin(PIN)?;
    let (ana, ana_uid) = follower(&mut store, "Ana");
    answer(&mut store, ana, 2);
    let mut h = common::app(store);
    common::click_in_view(&mut h, "English");
    h.get_by_label("Not synced yet.");
    common::unlock_leaders_area(&mut h, PIN);
    h.get_by_label("Library network");
    wait_for_round(&mut h);
    h.get_by_label(&format!("This PC is site \"{}\" of the network.", join.site));
    assert!(
        h.query_by_label_contains("Synced at").is_some(),
        "the round ended"
    );
    h.get_by_label("Sync now");
    assert_eq!(
        server_rows(&net, &ana_uid, false),
        1,
        "Ana's card reached the server"
    );
    Ok(())
}

/// A leader joins the network from their area with the site's join file: a changed
/// file is named with its field and changes nothing; the right one is kept sealed under
/// the PIN and the first round reaches the server.
#[test]
fn a_leader_joins_the_network_from_their_area_with_the_join_file() -> Result {
    use egui_kittest::kittest::Queryable as _;
    let Some(net) = Network::new("net_area_join") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let join = net.site("j");
    let good = dir.path().join("site.passerelle-join");
    std::fs::write(&good, join.to_bytes())?;
    let mut changed = join.clone();
    changed.user = "postgres".into();
    let bad = dir.path().join("other").join("site.passerelle-join");
    std::fs::create_dir_all(bad.parent().ok_or("folder")?)?;
    std::fs::write(
        &bad,
        serde_json::to_vec(&serde_json::json!({
            "format": "passerelle-join", "version": 1, "site": changed.site, "host": changed.host,
            "port": changed.port, "dbname": changed.dbname, "user": changed.user, "password": "x"
        }))?,
    )?;
    let open_file = |path: &std::path::Path| passerelle::app::Startup {
        file_dialog: Some(std::sync::Arc::new(common::Fake {
            save_to: dir.path().join("unused"),
            open: vec![path.to_path_buf()],
        })),
        ..passerelle::app::Startup::default()
    };
    // The changed file: named with its field, nothing kept.
    let mut store = open_store(&dir.path().join("pc.sqlite3"));
    store.set_agent_pin(PIN)?;
    drop(store);
    let mut h = common::app_with(open_store(&dir.path().join("pc.sqlite3")), open_file(&bad));
    common::click_in_view(&mut h, "English");
    common::unlock_leaders_area(&mut h, PIN);
    h.get_by_label(
        "This PC is not on a library network. With the join file your city's IT gave for this site, it shares the cards that follow their residents with the other libraries.",
    );
    common::click_in_view(&mut h, "Join the network with a join file");
    common::wait_for_file_job(&mut h);
    assert!(
        h.query_by_label_contains("the field \"user\" is not right")
            .is_some()
    );
    assert!(h.state_mut().store_for_tests().network_join_sealed()?.is_none());
    drop(h);

    // The right file: joined, and the first round reaches the server.
    let mut h = common::app_with(open_store(&dir.path().join("pc.sqlite3")), open_file(&good));
    common::click_in_view(&mut h, "English");
    common::unlock_leaders_area(&mut h, PIN);
    common::click_in_view(&mut h, "Join the network with a join file");
    common::wait_for_file_job(&mut h);
    h.get_by_label(&format!(
        "This PC is now on the network, as site \"{}\".",
        join.site
    ));
    wait_for_round(&mut h);
    assert!(
        h.query_by_label_contains("Synced at").is_some(),
        "the first round reached the server"
    );
    let sealed = h
        .state_mut()
        .store_for_tests()
        .network_join_sealed()?
        .ok_or("kept")?;
    assert!(!sealed.contains(&join.password), "kept sealed");
    Ok(())
}

/// On a PC on a network, a resident's "My progress" offers "Let my card follow me" once
/// their card is locked; removing the code switches it off. Off a network, nothing.
#[test]
fn a_resident_lets_their_card_follow_them_once_it_is_locked_and_only_on_a_network() -> Result {
    use common::click_in_view as click;
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir()?;
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    let ana = store.create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())?;
    let mut h = common::app(store);
    click(&mut h, "English");
    click(&mut h, "Open Ana's profile");
    click(&mut h, "My progress");
    assert!(
        h.query_by_label("My card at other sites").is_none(),
        "not on a network"
    );
    click(&mut h, "Back to home");
    h.state_mut()
        .store_for_tests()
        .join_network("mediatheque-zola", "sealed")?;
    click(&mut h, "My progress");
    h.get_by_label("My card at other sites");
    h.get_by_label("To let your card follow you, first lock it with a picture code (below).");
    assert!(h.query_by_label("Let my card follow me").is_none());
    click(&mut h, "Lock my card with pictures");
    for picture in ["Sun", "Tree", "Fish", "Sun", "Tree", "Fish"] {
        click(&mut h, picture);
    }
    click(&mut h, "Let my card follow me");
    h.get_by_label("Keep my card on this PC only");
    assert!(h.state_mut().store_for_tests().follows_me(ana.id)?);
    click(&mut h, "Unlock my card");
    assert!(
        !h.state_mut().store_for_tests().follows_me(ana.id)?,
        "an open card stays here"
    );
    h.get_by_label("To let your card follow you, first lock it with a picture code (below).");
    Ok(())
}

/// A stand-in for the line to the server that breaks after `cut` bytes (both ways
/// counted), as a server stopped or a cable pulled in the middle of a round would.
/// Returns the port to reach it on; it serves one connection.
fn line_cut_after(server_port: u16, cut: usize) -> u16 {
    use std::io::{Read, Write};
    use std::net::{Shutdown, TcpListener, TcpStream};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = TcpListener::bind("127.0.0.1:0").expect("listens");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        let Ok((client, _)) = listener.accept() else {
            return;
        };
        let Ok(server) = TcpStream::connect(("127.0.0.1", server_port)) else {
            return;
        };
        let moved = Arc::new(AtomicUsize::new(0));
        let pipe = |mut from: TcpStream, mut to: TcpStream, moved: Arc<AtomicUsize>| {
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                loop {
                    let n = match from.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let before = moved.fetch_add(n, Ordering::SeqCst);
                    let pass = cut.saturating_sub(before).min(n);
                    if to.write_all(&buf[..pass]).is_err() || pass < n {
                        break;
                    }
                }
                let _ = from.shutdown(Shutdown::Both);
                let _ = to.shutdown(Shutdown::Both);
            })
        };
        let up = pipe(
            client.try_clone().expect("clone"),
            server.try_clone().expect("clone"),
            moved.clone(),
        );
        let down = pipe(server, client, moved);
        let _ = up.join();
        let _ = down.join();
    });
    port
}

/// The line to the server breaks at 40 points spread over a round (from the handshake
/// to the last batch pulled), with residents answering between tries: once a round
/// gets through, every answer is on both PCs, once, and the server holds one record
/// per resident and PC.
#[test]
fn a_round_broken_off_anywhere_loses_and_duplicates_nothing_and_resumes() -> Result {
    let Some(net) = Network::new("net_cut") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, _, mut a, mut b) = two_sites(&net, dir.path());
    // B's cards take three batches to pull; A's 40 take one push.
    let on_b = 2 * usize::try_from(sync::PULL_BATCH)? + 100;
    b.seed(on_b, 2)?;
    b.seed_following()?;
    round(&mut b);
    a.seed(40, 3)?;
    a.seed_following()?;
    let pc_a = a.network_pc()?;
    let own: Vec<ResidentId> = a.residents()?.iter().map(|r| r.id).collect();
    let mut cut = 300;
    let mut tries = 0;
    let mut broken = 0;
    let mut halfway_pulls = 0;
    loop {
        tries += 1;
        assert!(tries < 60, "no round got through");
        // Someone answers on A before each try.
        let someone = own[tries % own.len()];
        answer(&mut a, someone, 1);
        let mut join = site_a.clone();
        join.port = line_cut_after(join.port, cut);
        let result = connect_site(&join)
            .map_err(|e| e.to_string())
            .and_then(|mut client| sync::round(&mut a, &mut client).map_err(|e| e.to_string()));
        match result {
            Ok(_) => break,
            Err(_) => {
                broken += 1;
                let held = a.residents()?.len();
                halfway_pulls += usize::from(held > 40 && held < 40 + on_b);
            }
        }
        cut = cut * 5 / 4;
    }
    assert!(broken >= 30, "the line broke only {broken} times");
    assert!(
        halfway_pulls > 0,
        "the line never broke between two batches pulled"
    );
    // A round on an unbroken line, then B's.
    round(&mut a);
    round(&mut b);
    let expected = on_b * 2 + 40 * 3 + tries;
    assert_eq!(all_answers(&a), expected, "A has every answer once");
    assert_eq!(all_answers(&b), expected, "B has every answer once");
    let mut admin = net.admin();
    let twice: i64 = admin
        .query_one(
            "SELECT count(*) FROM (SELECT 1 FROM passerelle.change WHERE body IS NOT NULL
             GROUP BY pc, resident HAVING count(*) > 1) d",
            &[],
        )?
        .get(0);
    assert_eq!(twice, 0, "one record per resident and PC on the server");
    let from_a: i64 = admin
        .query_one(
            "SELECT count(*) FROM passerelle.change WHERE pc = $1::text::uuid AND body IS NOT NULL",
            &[&pc_a],
        )?
        .get(0);
    assert_eq!(from_a, 40);
    assert_eq!(sync::waiting(&a)?, 0);
    Ok(())
}

/// Ana answers on A while A's round runs, after its push and before it merges what B
/// sent of her: her answer is not taken for one the network already has; the next
/// round sends it, and B gets it.
#[test]
fn an_answer_given_while_a_round_runs_goes_at_the_next_round() -> Result {
    let Some(net) = Network::new("net_meanwhile") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, _, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 1);
    round(&mut a);
    round(&mut b);
    let ana_on_b = named(&b, "Ana");
    answer(&mut b, ana_on_b.id, 2);
    round(&mut b);
    // A's round, with Ana's answer between its push and its pull.
    let mut client = connect_site(&site_a)?;
    let pc_a = a.network_pc()?;
    assert_eq!(sync::push(&mut a, &mut client, &pc_a)?, (0, 0));
    answer(&mut a, ana, 1);
    let mut report = sync::RoundReport::default();
    sync::pull(&mut a, &mut client, &pc_a, &mut report)?;
    assert_eq!(answers_of(&a, &ana_uid), 4);
    assert_eq!(sync::waiting(&a)?, 1, "Ana's answer waits for the next round");
    assert_eq!(round(&mut a).pushed, 1);
    round(&mut b);
    assert_eq!(answers_of(&b, &ana_uid), 4);
    // And then all is quiet: nothing waits, nothing moves.
    assert_eq!(sync::waiting(&a)?, 0);
    assert_eq!(sync::waiting(&b)?, 0);
    let again = round(&mut a);
    assert_eq!((again.pushed, again.pulled), (0, 0));
    Ok(())
}

/// A server set up by an older Passerelle (schema version 1), in a database whose
/// default privileges were tightened (no temporary tables for PUBLIC): `init-server`
/// brings it to the current version, and PCs push and pull through it.
#[test]
fn init_server_upgrades_a_version_1_server_and_pcs_sync_through_it() -> Result {
    let Some(admin_url) = database("net_upgrade") else {
        return Ok(());
    };
    let mut admin = connect_url(&admin_url, "")?;
    admin.batch_execute(include_str!("../../src/network/server/v1.sql"))?;
    admin.batch_execute(
        "INSERT INTO passerelle.schema_version (version) VALUES (1);
         REVOKE TEMPORARY ON DATABASE net_upgrade FROM PUBLIC;",
    )?;
    assert_eq!(server::server_version(&mut admin)?, 1);
    assert_eq!(server::init_server(&mut admin)?, (1, server::SERVER_VERSION));
    let net = Network {
        admin: admin_url,
        prefix: "net-upgrade".into(),
    };
    let dir = tempfile::tempdir()?;
    let (_, _, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 3);
    assert_eq!(round(&mut a).pushed, 1);
    round(&mut b);
    assert_eq!(answers_of(&b, &ana_uid), 3);
    // A server left at an older version after Passerelle was updated: the round says
    // so before anything moves, and goes through once `init-server` ran again.
    let mut admin = net.admin();
    admin.execute("UPDATE passerelle.schema_version SET version = 4", &[])?;
    answer(&mut a, ana, 1);
    let sealed = a.network_join_sealed()?.ok_or("joined")?;
    let join = passerelle::network::sealed::open(&sealed, PIN).map_err(|e| format!("{e:?}"))?;
    let behind = sync::round(&mut a, &mut connect_site(&join)?);
    assert!(
        matches!(behind, Err(sync::SyncError::ServerBehind { found: 4, .. })),
        "{behind:?}"
    );
    assert_eq!(sync::waiting(&a)?, 1, "nothing was sent");
    admin.execute(
        "UPDATE passerelle.schema_version SET version = $1",
        &[&server::SERVER_VERSION],
    )?;
    assert_eq!(round(&mut a).pushed, 1);
    Ok(())
}

/// Ana shares her results and her card follows her: at B, the leaders see that her
/// first answers were given at A's site and the new ones at B; and a progress file
/// carrying a site name that is not one is refused for that answer.
#[test]
fn the_leaders_see_at_which_site_a_residents_answers_were_given() -> Result {
    use passerelle::model::progress::AnswerPlace;
    let Some(net) = Network::new("net_places") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, site_b, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    a.set_shares_results(ana, true)?;
    answer(&mut a, ana, 3);
    round(&mut a);
    round(&mut b);
    let ana_on_b = named(&b, "Ana");
    answer(&mut b, ana_on_b.id, 2);
    let uid = passerelle::model::ResidentUid(ana_uid.clone());
    assert_eq!(
        b.answer_places(&uid)?,
        vec![
            (AnswerPlace::Here, 2),
            (AnswerPlace::Site(site_a.site.clone()), 3)
        ]
    );
    round(&mut b);
    round(&mut a);
    assert_eq!(
        a.answer_places(&uid)?,
        vec![
            (AnswerPlace::Here, 3),
            (AnswerPlace::Site(site_b.site.clone()), 2)
        ]
    );
    // Not shown to the leaders once she stops sharing.
    a.set_shares_results(ana, false)?;
    assert!(a.answer_places(&uid)?.is_empty());
    Ok(())
}

/// Records `count` wrong answers to the first lesson's first question (a single choice)
/// for `resident`; returns the choice picked.
fn answer_wrong(store: &mut Store, resident: ResidentId, count: usize) -> passerelle::model::ChoiceId {
    let pack = store.packs().expect("packs").remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)
        .expect("lesson")
        .expect("lesson");
    let question = &lesson.questions[0];
    let passerelle::model::QuestionKind::Single { choices, answer } = &question.kind else {
        panic!("the first question is a single choice");
    };
    let wrong = choices
        .iter()
        .find(|c| &c.id != answer)
        .expect("a wrong choice")
        .id
        .clone();
    let attempt = store
        .start_lesson(resident, &pack.manifest.id, &lesson.id)
        .expect("start")
        .attempt;
    for _ in 0..count {
        common::record(
            store,
            resident,
            (&pack.manifest.id, &lesson, attempt),
            question,
            &Response::Choice(wrong.clone()),
        );
    }
    wrong
}

/// Residents who share their results answer at A and at B, one of them with a card
/// that follows her: each PC sees the network's counts for the question, each answer
/// counted once, the wrong choice given most named; a resident who does not share is
/// not counted; rows forged on the server (a count below zero is refused by the
/// server itself, a typed text, an id with spaces) are left out.
#[test]
fn the_network_counts_how_each_question_goes_without_a_resident_in_it() -> Result {
    let Some(net) = Network::new("net_items") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, _, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, _) = follower(&mut a, "Ana");
    a.set_shares_results(ana, true)?;
    let wrong = answer_wrong(&mut a, ana, 2);
    answer(&mut a, ana, 1);
    let secret = a.create_resident("Secret", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    answer_wrong(&mut a, secret.id, 5);
    let bo = b.create_resident("Bo", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    b.set_shares_results(bo.id, true)?;
    answer_wrong(&mut b, bo.id, 1);
    round(&mut a);
    round(&mut b);
    // A reads B's counts at its next round.
    round(&mut a);
    for store in [&a, &b] {
        let stats = store.question_stats(None)?.ok_or("packs")?;
        assert!(matches!(
            stats.scope,
            passerelle::model::item_stats::StatsScope::Network { .. }
        ));
        let item = stats.items.first().ok_or("a question")?;
        // Ana's 3 at A (not again at B, where her card followed her), Bo's 1 at B.
        assert_eq!(item.answers, 4, "{item:?}");
        // Every answer here picked the same wrong choice.
        assert_eq!(item.right, 0);
        assert_eq!(item.wrong, vec![(Response::Choice(wrong.clone()), 4)]);
    }
    // Rows forged past Passerelle.
    let mut as_a = connect_site(&site_a)?;
    let refused = as_a.execute(
        "INSERT INTO passerelle.item_tally (pc, pack, lesson, question, answers, right_answers, wrong)
         VALUES (gen_random_uuid(), 'p', 'l', 'q', -1, 0, '{}')",
        &[],
    );
    assert!(refused.is_err(), "the server refuses a count below zero");
    as_a.batch_execute(&format!(
        "INSERT INTO passerelle.item_tally (pc, pack, lesson, question, answers, right_answers, wrong)
         VALUES (gen_random_uuid(), 'p', 'l', 'q with spaces', 3, 1, '{{}}'),
                (gen_random_uuid(), '{pack}', '{lesson}', '{question}', 10, 0,
                 '{{\"{{\\\"kind\\\":\\\"text\\\",\\\"value\\\":\\\"12 rue des Lilas\\\"}}\": 10}}')",
        pack = "x",
        lesson = "y",
        question = "z",
    ))?;
    let report = round(&mut b);
    assert_eq!(report.left_out, 1, "the id with spaces");
    let typed = b.network_item_tally()?;
    let forged = typed
        .iter()
        .find(|t| t.question == "z")
        .ok_or("the forged counts")?;
    assert!(forged.wrong.is_empty(), "a typed text is never kept: {forged:?}");
    Ok(())
}

/// Ana withdraws at A while B, which has not read it yet, sends her older record: A
/// does not take it back (her withdrawal is the later choice, on the network's clock,
/// even with B's clock 10 minutes ahead), B withdraws her at its next round, and the
/// server ends with nothing of her. When she chooses again later, at B, her card
/// follows her again everywhere.
#[test]
fn a_withdrawal_is_never_undone_by_an_older_record_crossing_it() -> Result {
    let Some(net) = Network::new("net_crossing") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (_, site_b, mut a, mut b) = two_sites(&net, dir.path());
    let (ana, ana_uid) = follower(&mut a, "Ana");
    answer(&mut a, ana, 1);
    round(&mut a);
    round(&mut b);
    let ana_on_b = named(&b, "Ana");
    // B's clock runs 10 minutes ahead: its record of her says so.
    let raw = rusqlite::Connection::open(dir.path().join("b.sqlite3"))?;
    raw.execute(
        "UPDATE resident SET last_seen_at = last_seen_at + 600000 WHERE uid = ?1",
        [&ana_uid],
    )?;
    drop(raw);
    answer(&mut b, ana_on_b.id, 2);
    // Ana withdraws at A; A's round sends it.
    a.set_follows_me(ana, false)?;
    assert_eq!(round(&mut a).withdrawn, 1);
    // B sends her record before it reads anything (a round cut off after its push).
    let pc_b = b.network_pc()?;
    assert_eq!(sync::push(&mut b, &mut connect_site(&site_b)?, &pc_b)?, (1, 0));
    // A reads it: she stays withdrawn, and nothing of her goes back.
    round(&mut a);
    assert!(!a.follows_me(ana)?, "A keeps her withdrawal");
    assert_eq!(sync::waiting(&a)?, 0);
    // B reads the withdrawal and deletes its row.
    round(&mut b);
    assert!(!b.follows_me(ana_on_b.id)?, "B withdrew her too");
    assert_eq!(
        server_rows(&net, &ana_uid, true),
        0,
        "no record of her on the server"
    );
    round(&mut a);
    assert!(!a.follows_me(ana)?);
    // Later, at B, she chooses again: her card follows her again, at A too.
    b.set_follows_me(ana_on_b.id, true)?;
    round(&mut b);
    round(&mut a);
    assert!(a.follows_me(ana)?, "her new choice reaches A");
    assert_eq!(answers_of(&a, &ana_uid), 3);
    Ok(())
}
