//! The live room (server schema version 5): a resident's PC puts their seat on the
//! server at each move, the agent's PC hears of it within seconds by LISTEN/NOTIFY and
//! shows who is on which lesson and who seems stuck. A notification carries only the
//! workshop's random id; a site cannot touch another's seats; a resident who withdraws
//! leaves no seat; a resident whose card does not follow them never gets one.

use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable as _;
use postgres::fallible_iterator::FallibleIterator as _;

use passerelle::model::calendar::Day;
use passerelle::model::live_room::SeatNow;
use passerelle::model::workshop::Workshop;
use passerelle::model::{ResidentUid, WorkshopUid};
use passerelle::network::connect::connect_site;
use passerelle::network::live;
use passerelle::store::Store;

use super::network::{Network, PIN, follower, round, two_sites};
use crate::common;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Today's workshop at `store` with `members`.
fn workshop_today(store: &mut Store, members: Vec<ResidentUid>) -> Workshop {
    let pack = store.packs().expect("packs").remove(0);
    let workshop = Workshop {
        uid: WorkshopUid::new_random(),
        title: "Emails".into(),
        day: Day::local(passerelle::store::now()),
        time: None,
        place: "Salle 2".into(),
        topic: String::new(),
        lessons: vec![(pack.manifest.id.clone(), pack.lessons[0].id.clone())],
        members,
    };
    store.save_workshop(&workshop).expect("workshop");
    workshop
}

/// Ana on the first lesson of the first pack, at page 3 of 9, with `wrong` wrong answers
/// in a row.
fn seat(store: &Store, ana: &ResidentUid, workshop: &WorkshopUid, wrong: usize) -> SeatNow {
    let pack = store.packs().expect("packs").remove(0);
    SeatNow {
        resident: ana.clone(),
        workshop: workshop.clone(),
        pack: pack.manifest.id.as_str().to_owned(),
        lesson: pack.lessons[0].id.as_str().to_owned(),
        step: 2,
        steps: 9,
        wrong_in_a_row: wrong,
    }
}

#[test]
fn a_move_on_one_pc_reaches_the_listening_agent_within_seconds_and_says_nothing_else() -> Result {
    let Some(net) = Network::new("net_live") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (site_a, site_b, mut a, mut b) = two_sites(&net, dir.path());
    let (_, ana) = follower(&mut b, "Ana");
    let ana = ResidentUid(ana);
    round(&mut b);
    round(&mut a);
    let workshop = workshop_today(&mut a, vec![ana.clone()]);

    // A listens, as the agent's PC does; so does a third party on the network.
    let mut agent = connect_site(&site_a)?;
    live::listen(&mut agent)?;
    let mut stranger = connect_site(&site_b)?;
    live::listen(&mut stranger)?;
    let mut from_b = connect_site(&site_b)?;
    let pc_b = b.network_pc()?;
    let sent_at = Instant::now();
    live::send(&mut from_b, &pc_b, &seat(&b, &ana, &workshop.uid, 2))?;
    assert!(
        live::moved(&mut agent, &workshop.uid, Duration::from_secs(5))?,
        "the agent heard of the move"
    );
    assert!(sent_at.elapsed() < Duration::from_secs(5));
    let seats = live::seats(&mut agent, &workshop.uid)?;
    assert_eq!(seats.len(), 1);
    assert_eq!(
        (seats[0].resident.clone(), seats[0].step, seats[0].wrong_in_a_row),
        (ana.clone(), 2, 2)
    );
    assert!(seats[0].stuck().is_some(), "two wrong answers in a row");
    // What any listener hears: the workshop's random id, nothing of Ana.
    let heard: Vec<String> = stranger
        .notifications()
        .timeout_iter(Duration::from_secs(2))
        .map(|n| Ok(n.payload().to_owned()))
        .collect()?;
    assert_eq!(heard, vec![workshop.uid.as_str().to_owned()]);

    // A cannot move, take or forge B's seats.
    let as_a = &mut agent;
    let moved = as_a.execute("UPDATE passerelle.live_seat SET step = 0", &[])?;
    let taken = as_a.execute("DELETE FROM passerelle.live_seat", &[])?;
    assert_eq!((moved, taken), (0, 0), "the server's policies keep B's seats B's");
    let forged = as_a.execute(
        "INSERT INTO passerelle.live_seat (site, pc, resident, workshop, pack, lesson, step, steps, wrong_in_a_row)
         VALUES ($1, gen_random_uuid(), gen_random_uuid(), $2::text::uuid, 'p', 'l', 0, 1, 0)",
        &[&passerelle::network::join_file::role_of(&site_b.site), &workshop.uid.as_str()],
    );
    assert!(forged.is_err(), "a seat in another site's name is refused");

    // Ana withdraws at B: at B's next round her seat goes.
    let id = b
        .residents()?
        .into_iter()
        .find(|r| r.name == "Ana")
        .ok_or("Ana")?
        .id;
    b.set_follows_me(id, false)?;
    round(&mut b);
    assert!(
        live::seats(&mut agent, &workshop.uid)?.is_empty(),
        "no seat once withdrawn"
    );
    Ok(())
}

/// In the window: the leaders open today's workshop at A; Ana, whose card came from B,
/// moves in her lesson at B, and A's screen says where she is and that she seems stuck,
/// within seconds, with no frame waiting on the network.
#[test]
fn the_agent_sees_who_is_on_which_lesson_and_who_seems_stuck() -> Result {
    let Some(net) = Network::new("net_live_window") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let (_, site_b, mut a, mut b) = two_sites(&net, dir.path());
    let (ana_id, ana) = follower(&mut b, "Ana");
    b.set_shares_results(ana_id, true)?;
    let ana = ResidentUid(ana);
    round(&mut b);
    round(&mut a);
    let workshop = workshop_today(&mut a, vec![ana.clone()]);
    a.set_agent_pin(PIN)?;
    let lesson_title = {
        let pack = a.packs()?.remove(0);
        pack.lessons[0].title.en.clone()
    };
    let mut h = common::app(a);
    common::click_in_view(&mut h, "English");
    common::unlock_leaders_area(&mut h, PIN);
    common::click_in_view(&mut h, "Workshops");
    common::click_in_view(&mut h, "Open the workshop: Emails");
    let quiet = "Nobody in this workshop is in a lesson right now.";
    wait_until(
        &mut h,
        |h| h.query_by_label(quiet).is_some(),
        "the live room opens",
    );

    let mut from_b = connect_site(&site_b)?;
    live::send(&mut from_b, &b.network_pc()?, &seat(&b, &ana, &workshop.uid, 2))?;
    let where_she_is = format!("Ana: {lesson_title}, step 3 of 9");
    wait_until(
        &mut h,
        |h| h.query_by_label(&where_she_is).is_some(),
        "where Ana is shows",
    );
    h.get_by_label("Ana may need help: 2 wrong answers in a row");
    // She gets the next one right: no longer stuck.
    live::send(&mut from_b, &b.network_pc()?, &seat(&b, &ana, &workshop.uid, 0))?;
    wait_until(
        &mut h,
        |h| h.query_by_label_contains("may need help").is_none(),
        "Ana is no longer shown stuck",
    );
    // She leaves her lesson.
    live::leave(&mut from_b, &b.network_pc()?, &ana)?;
    wait_until(
        &mut h,
        |h| h.query_by_label(quiet).is_some(),
        "Ana left her lesson",
    );
    Ok(())
}

/// Runs frames until `done` (20 s at most); none may take seconds, as one waiting on the
/// network would when the line is slow.
fn wait_until(
    h: &mut egui_kittest::Harness<'static, passerelle::app::PasserelleApp>,
    done: impl Fn(&egui_kittest::Harness<'static, passerelle::app::PasserelleApp>) -> bool,
    what: &str,
) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        let frame = Instant::now();
        h.run();
        assert!(
            frame.elapsed() < Duration::from_secs(2),
            "a frame took {:?}",
            frame.elapsed()
        );
        if done(h) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("after 20 s: {what}");
}

/// The seat of `resident` on the server: (lesson, step), if they have one.
fn seat_on_server(net: &Network, resident: &ResidentUid) -> Option<(String, i32)> {
    net.admin()
        .query_opt(
            "SELECT lesson, step FROM passerelle.live_seat WHERE resident = $1::text::uuid",
            &[&resident.as_str()],
        )
        .expect("read")
        .map(|r| (r.get(0), r.get(1)))
}

/// In the window of a resident's PC (its leaders opened their area once today): Ana,
/// whose card follows her and who is in today's workshop, opens a lesson: her seat is on
/// the server at once and moves with her; back home, it goes. Bea, whose card does not
/// follow her, in the same workshop, never has one.
#[test]
fn a_residents_moves_put_her_seat_on_the_server_only_if_her_card_follows_her() -> Result {
    let Some(net) = Network::new("net_live_resident") else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let join = net.site("r");
    let mut b = super::network::pc(dir.path(), "r", &join);
    let (_, ana) = follower(&mut b, "Ana");
    let ana = ResidentUid(ana);
    let bea = b.create_resident(
        "Bea",
        passerelle::model::Avatar::default(),
        passerelle::model::Lang::En,
        passerelle::model::DisplaySettings::default(),
    )?;
    let bea_uid = b.resident_uid(bea.id)?;
    workshop_today(&mut b, vec![ana.clone(), bea_uid.clone()]);
    let (lesson_id, lesson_title) = {
        let pack = b.packs()?.remove(0);
        (
            pack.lessons[0].id.as_str().to_owned(),
            pack.lessons[0].title.clone(),
        )
    };
    b.set_agent_pin(PIN)?;
    let mut h = common::app(b);
    common::click_in_view(&mut h, "English");
    common::unlock_leaders_area(&mut h, PIN);
    common::click_in_view(&mut h, "Close the area");

    common::click_in_view(&mut h, "Open Ana's profile, locked with pictures");
    for picture in ["Sun", "Tree", "Fish"] {
        common::click_in_view(&mut h, picture);
    }
    // Her card is in French.
    common::click_in_view(&mut h, &format!("Commencer\u{a0}: {}", lesson_title.fr));
    let at_start = Some((lesson_id.clone(), 0));
    wait_until(
        &mut h,
        |_| seat_on_server(&net, &ana) == at_start,
        "Ana's seat is on the server",
    );
    common::click_in_view(&mut h, "Suivant");
    let one_on = Some((lesson_id.clone(), 1));
    wait_until(
        &mut h,
        |_| seat_on_server(&net, &ana) == one_on,
        "her seat moves with her",
    );
    common::click_in_view(&mut h, "Changer de profil");
    wait_until(
        &mut h,
        |_| seat_on_server(&net, &ana).is_none(),
        "her seat goes when she leaves",
    );

    common::click_in_view(&mut h, "English");
    common::click_in_view(&mut h, "Open Bea's profile");
    common::click_in_view(&mut h, &format!("Start: {}", lesson_title.en));
    common::click_in_view(&mut h, "Next");
    std::thread::sleep(Duration::from_secs(2));
    h.run();
    assert!(
        seat_on_server(&net, &bea_uid).is_none(),
        "a card that does not follow its resident has no seat"
    );
    Ok(())
}
