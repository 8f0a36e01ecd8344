//! Workshops across the library network: a workshop run at one site, whose members come
//! from several, is known with its members and attendance at each site whose residents
//! are in it; only residents whose card follows them are carried (checked with SQL on
//! the server); the latest word on a place (joining, attendance, leaving) wins on every
//! PC whatever the order rounds run in.

use passerelle::model::calendar::Day;
use passerelle::model::workshop::{Workshop, WorkshopReport};
use passerelle::model::{Avatar, DisplaySettings, Lang, ResidentUid, WorkshopUid};
use passerelle::store::Store;

use super::network::{Network, follower, round, two_sites};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A follower who shares their results with the leaders: their uid.
fn sharing_follower(store: &mut Store, name: &str) -> ResidentUid {
    let (id, uid) = follower(store, name);
    store.set_shares_results(id, true).expect("shares");
    ResidentUid(uid)
}

/// The names in a workshop's report, with whether each came.
fn who_came(report: &WorkshopReport) -> Vec<(String, bool)> {
    report
        .members
        .iter()
        .map(|m| (m.name.clone(), m.present))
        .collect()
}

fn report(store: &Store, uid: &WorkshopUid) -> WorkshopReport {
    store
        .workshop_report(uid)
        .expect("report")
        .unwrap_or_else(|| panic!("the workshop is on this PC"))
}

#[test]
fn a_workshop_with_members_from_two_sites_is_known_at_both_with_its_attendance() -> Result {
    let Some(net) = Network::new("net_workshop") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, _, mut a, mut b) = two_sites(&net, dir.path());
    // Ana's card is from A, Ben's from B; both follow them. Chloé, at A, does not.
    let ana = sharing_follower(&mut a, "Ana");
    let ben = sharing_follower(&mut b, "Ben");
    let chloe = a.create_resident("Chloé", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    a.set_shares_results(chloe.id, true)?;
    let chloe_uid = a.resident_uid(chloe.id)?;
    round(&mut b);
    round(&mut a);

    // The leader at A runs "Emails" with all three, and marks Ben present.
    let pack = a.packs()?.remove(0);
    let workshop = Workshop {
        uid: WorkshopUid::new_random(),
        title: "Emails, session 2".into(),
        day: Day::local(passerelle::store::now()),
        time: Some("14:00".into()),
        place: "Salle 2".into(),
        topic: "Sending a photo".into(),
        lessons: vec![(pack.manifest.id.clone(), pack.lessons[0].id.clone())],
        members: vec![ana.clone(), ben.clone(), chloe_uid.clone()],
    };
    a.save_workshop(&workshop)?;
    a.set_attendance(&workshop.uid, &ben, true)?;
    let pushed = round(&mut a).pushed;
    assert_eq!(pushed, 2, "Ana's and Ben's records go; Chloé's never");
    round(&mut b);

    // At B: the workshop, run at A, with Ana (from A) and Ben (from B), Ben present.
    let at_b = report(&b, &workshop.uid);
    assert_eq!(at_b.workshop.title, "Emails, session 2");
    assert_eq!(at_b.workshop.lessons, workshop.lessons);
    assert_eq!(at_b.run_at.as_deref(), Some(site_a.site.as_str()));
    assert_eq!(
        who_came(&at_b),
        vec![("Ana".to_owned(), false), ("Ben".to_owned(), true)]
    );
    assert!(report(&a, &workshop.uid).run_at.is_none(), "run here, at A");
    // Chloé is in no record on the server.
    let carried: i64 = net
        .admin()
        .query_one(
            "SELECT count(*) FROM passerelle.change WHERE body::text LIKE '%' || $1 || '%'",
            &[&chloe_uid.as_str()],
        )?
        .get(0);
    assert_eq!(
        carried, 0,
        "a resident whose card does not follow them stays at A"
    );

    // At B, the leader marks Ana present and takes Ben out; at A, meanwhile, an older
    // word (Ben's attendance marked again) must not bring him back.
    a.set_attendance(&workshop.uid, &ben, true)?;
    b.set_attendance(&workshop.uid, &ana, true)?;
    let mut edited = b.workshop(&workshop.uid)?.ok_or("workshop at B")?;
    edited.members.retain(|m| *m != ben);
    b.save_workshop(&edited)?;
    round(&mut b);
    round(&mut a);
    round(&mut b);
    for (pc, store) in [("A", &a), ("B", &b)] {
        let r = report(store, &workshop.uid);
        let named = who_came(&r);
        assert!(named.contains(&("Ana".to_owned(), true)), "{pc}: {named:?}");
        assert!(
            !named.iter().any(|(name, _)| name == "Ben"),
            "{pc}: Ben left: {named:?}"
        );
    }
    // Chloé is still in it at A, and only there.
    let at_a = report(&a, &workshop.uid);
    assert_eq!(at_a.members.len(), 2, "Ana and Chloé at A");
    assert_eq!(report(&b, &workshop.uid).members.len(), 1, "only Ana at B");
    // Nothing waits: the PCs agree.
    assert_eq!(passerelle::network::sync::waiting(&a)?, 0);
    assert_eq!(passerelle::network::sync::waiting(&b)?, 0);
    Ok(())
}
