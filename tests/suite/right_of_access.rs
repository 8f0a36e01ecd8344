//! The right of access: "Save all this person's data" (leaders) and "Save a page with all
//! my data" (the resident) write a page a person can read, in their language: their
//! card, every change of consent, every answer with the question's text and the answer
//! given, workshops, the leaders' note, and what is kept for how long.

use crate::common;

use common::{open_store, unlock_leaders_area, wait_for_file_job};
use egui_kittest::kittest::Queryable as _;
use passerelle::model::{Avatar, DisplaySettings, Lang, QuestionKind, Response};
use passerelle::store::Store;

use common::click_in_view as click;

/// Zoé (French) shared, then stopped, then shared again; answered the first single-choice
/// question of the first lesson with its second choice; was in a workshop; has a note.
fn store_with_zoe(path: &std::path::Path) -> (Store, String, String) {
    let mut store = open_store(path);
    let zoe = store
        .create_resident("Zoé <b>", Avatar::default(), Lang::Fr, DisplaySettings::default())
        .expect("resident");
    for shares in [true, false, true] {
        store.set_shares_results(zoe.id, shares).expect("consent");
    }
    let pack = store.packs().expect("packs").remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)
        .expect("lesson")
        .expect("lesson");
    let question = lesson
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::Single { .. }))
        .expect("a single-choice question");
    let QuestionKind::Single { choices, .. } = &question.kind else {
        unreachable!()
    };
    let picked = &choices[1];
    let progress = store
        .start_lesson(zoe.id, &pack.manifest.id, &lesson.id)
        .expect("start");
    let response = Response::Choice(picked.id.clone());
    common::record(
        &mut store,
        zoe.id,
        (&pack.manifest.id, &lesson, progress.attempt),
        question,
        &response,
    );
    let uid = store.resident_uid(zoe.id).expect("uid");
    store.set_resident_note(&uid, "Vient le mardi").expect("note");
    // In "Courriels"; put in "Tablettes", then taken out of it.
    for (title, stays) in [("Courriels", true), ("Tablettes", false)] {
        let mut workshop = passerelle::model::workshop::Workshop {
            uid: passerelle::model::WorkshopUid::new_random(),
            title: title.into(),
            day: passerelle::model::calendar::Day::local(passerelle::store::now()),
            time: None,
            place: "Salle 2".into(),
            topic: String::new(),
            lessons: Vec::new(),
            members: vec![uid.clone()],
        };
        store.save_workshop(&workshop).expect("workshop");
        if !stays {
            workshop.members.clear();
            store.save_workshop(&workshop).expect("workshop");
        }
    }
    store.set_agent_pin("482915").expect("pin");
    (store, question.prompt.fr.clone(), picked.label.fr.clone())
}

fn read_page(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).expect("the page is written")
}

fn check_page(page: &str, prompt: &str, picked: &str) {
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<html lang=\"fr\">"), "in her language");
    assert!(
        page.contains("Tout ce que Passerelle garde sur Zoé &lt;b&gt;"),
        "her name, escaped"
    );
    assert!(!page.contains("Zoé <b>"), "nothing of hers is read as HTML");
    assert!(page.contains("Partage des résultats avec les animateurs"));
    assert_eq!(
        page.matches("Oui, partagés").count(),
        2,
        "every change of consent"
    );
    assert_eq!(
        page.matches("Non, gardés pour moi").count(),
        2,
        "made without, then stopped"
    );
    let esc = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    };
    assert!(page.contains(&esc(prompt)), "the question's text");
    assert!(page.contains(&esc(picked)), "the answer given, in words");
    assert!(page.contains("Vient le mardi"), "the note");
    assert!(page.contains("Courriels"), "her workshop");
    assert!(
        page.contains("Tablettes") && page.contains(&esc("Retrait de l'atelier le")),
        "the workshop she was taken out of, and when"
    );
    assert!(page.contains("6 mois au plus"), "how long copies are kept");
    // Dates as read here: dd/mm/yyyy hh:mm, never milliseconds.
    let today = passerelle::model::calendar::format_date(passerelle::store::now(), Lang::Fr);
    assert!(page.contains(&today));
    assert!(
        !page.contains(&passerelle::store::now().to_string()[..8]),
        "no raw instant"
    );
}

#[test]
fn a_leader_saves_a_readable_page_of_everything_kept_about_a_person() {
    let dir = tempfile::tempdir().expect("dir");
    let (store, prompt, picked) = store_with_zoe(&dir.path().join("pc.sqlite3"));
    let saved = dir.path().join("zoe.html");
    let mut h = common::app_saving_to(store, &saved);
    click(&mut h, "English");
    unlock_leaders_area(&mut h, "482915");
    click(&mut h, "See Zoé <b>'s report");
    click(&mut h, "Save a page with all their data");
    wait_for_file_job(&mut h);
    h.get_by_label_contains("The page with all the data is saved in");
    check_page(&read_page(&saved), &prompt, &picked);
}

#[test]
fn a_resident_saves_the_page_of_their_own_data_whatever_they_share() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut store, prompt, picked) = store_with_zoe(&dir.path().join("pc.sqlite3"));
    let id = store.residents().expect("residents")[0].id;
    store.set_shares_results(id, false).expect("stops sharing");
    let saved = dir.path().join("mine.html");
    let mut h = common::app_saving_to(store, &saved);
    click(&mut h, "Ouvrir le profil de Zoé <b>");
    click(&mut h, "Mes progrès");
    click(&mut h, "Enregistrer une page avec toutes mes données");
    wait_for_file_job(&mut h);
    h.get_by_label_contains("La page avec toutes les données est enregistrée dans");
    let page = read_page(&saved);
    assert!(page.contains(&prompt.replace('\'', "&#39;")) || page.contains(&prompt));
    assert!(page.contains(&picked.replace('\'', "&#39;")) || page.contains(&picked));
    assert_eq!(page.matches("Non, gardés pour moi").count(), 3);
}

/// Ana locked her card, let it follow her to the network's other sites, stopped it, then
/// removed her code (which stops it too, had she chosen it again): her page lists each
/// change of that choice, apart from her choice to share.
#[test]
fn the_page_lists_each_change_of_the_choice_to_let_the_card_follow() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    let ana = store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let code = passerelle::model::picture_code::PictureCode::from_picked(&[
        passerelle::model::picture_code::CodePicture::Sun,
        passerelle::model::picture_code::CodePicture::Tree,
        passerelle::model::picture_code::CodePicture::Fish,
    ])
    .expect("code");
    store.set_card_code(ana.id, &code).expect("code");
    store.set_follows_me(ana.id, true).expect("follows");
    store.set_follows_me(ana.id, false).expect("stops");
    store.set_follows_me(ana.id, true).expect("again");
    store.remove_card_code(ana.id).expect("code removed");
    let uid = store.resident_uid(ana.id).expect("uid");
    let data = store.person_data(&uid).expect("data").expect("Ana");
    assert_eq!(
        data.follows.iter().map(|(_, f)| *f).collect::<Vec<_>>(),
        [true, false, true, false]
    );
    assert!(
        data.follows.windows(2).all(|w| w[0].0 < w[1].0),
        "in order, each at its own time"
    );
    let i18n = passerelle::i18n::I18n::new();
    let page = passerelle::access_document::html(&data, "", 0, &i18n.tr(Lang::En));
    assert!(
        page.contains("My card following me to the library network"),
        "{page}"
    );
    assert_eq!(page.matches("Yes, my card follows me").count(), 2);
    assert_eq!(page.matches("No, my card stays here").count(), 2);
    // A resident who never had the choice has no such part.
    let bo = store
        .create_resident("Bo", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let uid = store.resident_uid(bo.id).expect("uid");
    let data = store.person_data(&uid).expect("data").expect("Bo");
    let page = passerelle::access_document::html(&data, "", 0, &i18n.tr(Lang::En));
    assert!(!page.contains("My card following me"));
}
