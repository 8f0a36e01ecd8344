//! Prepares the data folder of the live room's real-window check (`scripts/window-check.sh`,
//! flow `live-200` of `scripts/drive.py`): an agent's PC at the Zola library, on a real
//! PostgreSQL, holding a workshop of today run at another site (the Centre library) whose
//! three members are in lessons right now, one of them after three wrong answers in a row.
//! Everything goes through Passerelle's own code, as on real PCs: two sites, two PCs,
//! their rounds, and the resident PC's seats.
//!
//! `cargo run --release --example live_room_data -- ADMIN_URL DATA_DIR`
//!
//! `ADMIN_URL` is a PostgreSQL superuser's URL without a database (`scripts/test-postgres.sh`
//! prints one): the database `live_window` is made anew there. The leaders' PIN of the
//! prepared PC is 482915.

use passerelle::model::calendar::Day;
use passerelle::model::live_room::SeatNow;
use passerelle::model::workshop::Workshop;
use passerelle::model::{Avatar, DisplaySettings, Lang, WorkshopUid};
use passerelle::network::connect::{connect_site, connect_url};
use passerelle::network::join_file::{JoinFile, role_of};
use passerelle::network::server::{self, ServerAddress};
use passerelle::network::{live, sealed, sync};
use passerelle::store::Store;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The prepared PC's leaders' PIN (the flow types it).
const PIN: &str = "482915";
/// The database made for the check.
const DATABASE: &str = "live_window";

fn main() -> Result {
    let mut args = std::env::args().skip(1);
    let (Some(admin), Some(data_dir)) = (args.next(), args.next()) else {
        return Err("usage: live_room_data ADMIN_URL DATA_DIR".into());
    };
    let admin = admin.trim_end_matches('/');
    let mut cluster = connect_url(&format!("{admin}/postgres"), "")?;
    let sites = ["mediatheque-zola", "bibliotheque-centre"];
    cluster.batch_execute(&format!("DROP DATABASE IF EXISTS {DATABASE}"))?;
    for site in sites {
        cluster.batch_execute(&format!("DROP ROLE IF EXISTS \"{}\"", role_of(site)))?;
    }
    cluster.batch_execute(&format!("CREATE DATABASE {DATABASE}"))?;
    let admin_url = format!("{admin}/{DATABASE}");
    let mut owner = connect_url(&admin_url, "")?;
    server::init_server(&mut owner)?;
    let config: postgres::Config = admin_url.parse()?;
    let join = |client: &mut postgres::Client, site: &str| -> Result<JoinFile> {
        let address = ServerAddress {
            host: "127.0.0.1".into(),
            port: config.get_ports()[0],
            dbname: DATABASE.into(),
            certificate: String::new(),
        };
        Ok(server::add_site(client, site, address)?)
    };
    let (zola, centre) = (join(&mut owner, sites[0])?, join(&mut owner, sites[1])?);

    std::fs::create_dir_all(&data_dir)?;
    let scratch = std::env::temp_dir().join(format!("passerelle-live-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let mut agent = pc(&std::path::Path::new(&data_dir).join("passerelle.sqlite3"), &zola)?;
    agent.set_agent_pin(PIN)?;
    let mut centre_pc = pc(&scratch.join("centre.sqlite3"), &centre)?;

    // Three residents of the Centre library whose cards follow them and who share their
    // results, in a workshop of today run there.
    let mut members = Vec::new();
    for name in ["Ana", "Mohammed", "Li"] {
        let r = centre_pc.create_resident(name, Avatar::default(), Lang::Fr, DisplaySettings::default())?;
        centre_pc.set_shares_results(r.id, true)?;
        centre_pc.set_follows_me(r.id, true)?;
        members.push(centre_pc.resident_uid(r.id)?);
    }
    let pack = centre_pc.packs()?.remove(0);
    let workshop = Workshop {
        uid: WorkshopUid::new_random(),
        title: "Les e-mails".into(),
        day: Day::today(),
        time: None,
        place: "Salle 2".into(),
        topic: String::new(),
        lessons: vec![(pack.manifest.id.clone(), pack.lessons[0].id.clone())],
        members: members.clone(),
    };
    centre_pc.save_workshop(&workshop)?;
    round(&mut centre_pc, &centre)?;
    round(&mut agent, &zola)?;

    // Where each is now, as their PC says at each move: Mohammed after 3 wrong answers.
    let mut from_centre = connect_site(&centre)?;
    let centre_id = centre_pc.network_pc()?;
    for (resident, (step, wrong)) in members.iter().zip([(2, 0), (4, 3), (1, 1)]) {
        let seat = SeatNow {
            resident: resident.clone(),
            workshop: workshop.uid.clone(),
            pack: pack.manifest.id.as_str().to_owned(),
            lesson: pack.lessons[0].id.as_str().to_owned(),
            step,
            steps: 9,
            wrong_in_a_row: wrong,
        };
        live::send(&mut from_centre, &centre_id, &seat)?;
    }
    drop(centre_pc);
    std::fs::remove_dir_all(&scratch)?;
    println!("{data_dir}: the Zola library's PC, with the Centre's workshop of today, live");
    Ok(())
}

/// A PC's store at `path`, with the built-in packs, joined as `join`'s site.
fn pc(path: &std::path::Path, join: &JoinFile) -> Result<Store> {
    let mut store = Store::open(path)?;
    passerelle::pack_install::sync_builtin(&mut store, &passerelle::pack::builtin::packs())?;
    let sealed = sealed::seal(join, PIN)?;
    store.join_network(&join.site, &sealed)?;
    Ok(store)
}

/// One sync round of `store` as `join`'s site.
fn round(store: &mut Store, join: &JoinFile) -> Result {
    let mut client = connect_site(join)?;
    sync::round(store, &mut client)?;
    Ok(())
}
