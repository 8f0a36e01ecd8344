//! A resident locks their card with three pictures, as on screen: by the pictures'
//! accessible names. Only those pictures open it, wrong tries slow down, a leader can
//! open it again, and the leaders can show cards by initial only.

use crate::common;

use common::{app, open_store, unlock_leaders_area};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use passerelle::app::PasserelleApp;
use passerelle::model::{Avatar, AvatarColour, AvatarSymbol, DisplaySettings, Lang};
use passerelle::session::Route;

type App = Harness<'static, PasserelleApp>;

use common::click_in_view as click;

fn touch(h: &mut App, pictures: &[&str]) {
    for picture in pictures {
        click(h, picture);
    }
}

fn start() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let mut h = app(store);
    click(&mut h, "English");
    (dir, h)
}

fn lock_anas_card(h: &mut App) {
    click(h, "Open Ana's profile");
    click(h, "My progress");
    h.get_by_label(
        "Anyone at this computer can open your card. You can lock it with 3 pictures that only you know.",
    );
    click(h, "Lock my card with pictures");
    touch(h, &["Sun", "Fish"]);
    h.get_by_label("2 of 3 pictures");
    click(h, "Take back the last picture");
    touch(h, &["Tree", "Fish"]);
    h.get_by_label("Touch the same 3 pictures again, in the same order.");
    // Given differently: chosen again.
    touch(h, &["Fish", "Tree", "Sun"]);
    h.get_by_label("The pictures were not the same. Choose your 3 pictures again.");
    touch(h, &["Sun", "Tree", "Fish", "Sun", "Tree", "Fish"]);
    h.get_by_label("Your card is locked. Next time, touch your 3 pictures to open it.");
    h.get_by_label("Your card is locked with 3 pictures.");
    click(h, "Change profile");
}

#[test]
fn a_locked_card_opens_only_with_its_pictures_and_wrong_tries_wait() {
    let (_dir, mut h) = start();
    lock_anas_card(&mut h);
    click(&mut h, "Open Ana's profile, locked with pictures");
    h.get_by_label("Touch your 3 pictures, in order.");
    // Nothing of Ana's is shown until the code is given.
    assert!(h.state().state().resident.is_none());
    touch(&mut h, &["Sun", "Tree", "Fish"]);
    h.get_by_label("Hello Ana!");
    click(&mut h, "Change profile");

    click(&mut h, "Open Ana's profile, locked with pictures");
    for _ in 0..2 {
        touch(&mut h, &["Moon", "Moon", "Moon"]);
        h.get_by_label("These are not your pictures. Try again.");
    }
    touch(&mut h, &["Moon", "Moon", "Moon"]);
    h.get_by_label("Too many tries. Wait 30 seconds, then try again.");
    // The pictures cannot be touched meanwhile, not even the right ones.
    assert!(h.get_by_label("Sun").accesskit_node().is_disabled());
    touch(&mut h, &["Sun", "Tree", "Fish"]);
    assert!(h.state().state().resident.is_none());
    // The wait counts down as time passes (here: as if 28 seconds had gone by).
    if let Route::CardCode(view) = &mut h.state_mut().state_mut().route {
        view.wait_until = Some(passerelle::store::now() + 1_500);
    }
    h.run();
    h.get_by_label("Too many tries. Wait 2 seconds, then try again.");
    h.get_by_label("Forgot your pictures? Ask a workshop leader: they can open your card again.");
    click(&mut h, "Back to the cards");
    h.get_by_label("Open Ana's profile, locked with pictures");
}

#[test]
fn a_leader_opens_a_forgotten_card_and_can_show_initials_only() {
    let (_dir, mut h) = start();
    lock_anas_card(&mut h);
    {
        let store = h.state_mut().store_for_tests();
        store
            .create_resident(
                "Alice",
                Avatar {
                    colour: AvatarColour::Red,
                    symbol: AvatarSymbol::Moon,
                },
                Lang::En,
                DisplaySettings::default(),
            )
            .expect("resident");
    }
    h.state_mut()
        .store_for_tests()
        .set_agent_pin("482915")
        .expect("pin");
    unlock_leaders_area(&mut h, "482915");
    h.get_by_label("1 card is locked with pictures. If its owner forgot them, you can open it again:");
    click(&mut h, "Show the initial only");
    click(&mut h, "Remove Ana's pictures");
    assert!(h.query_by_label("Remove Ana's pictures").is_none());
    click(&mut h, "Close the area");
    // Two cards with the initial A: each told apart by its colour and picture.
    h.get_by_label("Open A.'s profile (Blue, Star)");
    h.get_by_label("Open A.'s profile (Red, Moon)");
    assert!(h.query_by_label("Ana").is_none(), "no first name on the cards");
    click(&mut h, "Open A.'s profile (Blue, Star)");
    h.get_by_label("Hello Ana!");
}
