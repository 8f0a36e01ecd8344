//! A draft of the activity report ("compte rendu d'activité", CRA) that conseillers
//! numériques file for each workshop in the Coop de la médiation numérique, made from what
//! Passerelle knows of the workshop, so that it is checked rather than typed again.
//!
//! The fields and their values are the Coop's own, as its collective-workshop form takes
//! them (`apps/web/src/features/activites/use-cases/cra/` in
//! inclusion-numerique/coop-mediation-numerique): the label the agent sees and the value
//! its API takes. The themes come from the CRCN competences of the lessons given, the
//! workshop's level from their CRCN levels; the duration is not known to Passerelle and is
//! left for the agent to fill in. See docs/exports.md.

use super::competence::{Competence, Level};

/// One of the Coop's choices: the label its form shows, and its API value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoopValue {
    /// As the Coop's form shows it.
    pub label: &'static str,
    /// As the Coop's API takes it.
    pub api: &'static str,
}

const fn value(label: &'static str, api: &'static str) -> CoopValue {
    CoopValue { label, api }
}

/// The kind of activity: a collective workshop.
pub const COLLECTIVE_WORKSHOP: CoopValue = value("Atelier collectif", "collectif");
/// The place: the structure's own place of activity.
pub const PLACE_OF_ACTIVITY: CoopValue = value("Lieu d’activité", "lieu_activite");
/// The equipment: Passerelle runs on a computer.
pub const COMPUTER: CoopValue = value("Ordinateur", "ordinateur");

/// The Coop's theme closest to a CRCN competence (a competence's code, `5.2`).
pub fn theme(competence: &Competence) -> CoopValue {
    match competence.code().as_str() {
        "1.1" => value("Navigation sur internet", "navigation_sur_internet"),
        "1.2" => value("Gérer ses contenus numériques", "gere_ses_contenus_numeriques"),
        "1.3" | "3.1" | "3.3" => value("Bureautique", "bureautique"),
        "2.1" => value("E-mail", "email"),
        "2.2" | "2.3" => value("Réseaux sociaux communication", "reseaux_sociaux"),
        "2.4" => value(
            "Aide aux démarches administratives",
            "aide_aux_demarches_administratives",
        ),
        "3.2" | "3.4" => value("Créer avec le numérique", "creer_avec_le_numerique"),
        "4.1" | "4.2" => value("Prévention en sécurité numérique", "securite_numerique"),
        "5.1" => value("Maintenance de matériel", "maintenance_de_materiel"),
        "5.2" => value("Prendre en main du matériel", "prendre_en_main_du_materiel"),
        // 4.3 (health, well-being, environment) and anything newer.
        _ => value("Culture numérique", "culture_numerique"),
    }
}

/// The Coop's workshop level for lessons of CRCN `levels`: the highest of them, levels 1
/// and 2 (foundation) beginner, 3 and 4 intermediate, 5 and above advanced.
pub fn workshop_level(levels: impl IntoIterator<Item = Level>) -> Option<CoopValue> {
    let highest = levels.into_iter().map(Level::get).max()?;
    Some(match highest {
        0..=2 => value("Débutant", "debutant"),
        3..=4 => value("Intermédiaire", "intermediaire"),
        _ => value("Avancé", "avance"),
    })
}

/// The themes of lessons of `competences`, each once, in the order first met.
pub fn themes(competences: impl IntoIterator<Item = Competence>) -> Vec<CoopValue> {
    let mut themes: Vec<CoopValue> = Vec::new();
    for competence in competences {
        let theme = theme(&competence);
        if !themes.contains(&theme) {
            themes.push(theme);
        }
    }
    themes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn competence(code: &str) -> Competence {
        Competence::parse(code).expect("a CRCN code")
    }

    #[test]
    fn every_crcn_competence_has_one_of_the_coops_themes() {
        let coop_themes = [
            "navigation_sur_internet",
            "gere_ses_contenus_numeriques",
            "bureautique",
            "email",
            "reseaux_sociaux",
            "aide_aux_demarches_administratives",
            "creer_avec_le_numerique",
            "securite_numerique",
            "maintenance_de_materiel",
            "prendre_en_main_du_materiel",
            "culture_numerique",
        ];
        for code in [
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3",
            "5.1", "5.2",
        ] {
            assert!(coop_themes.contains(&theme(&competence(code)).api), "{code}");
        }
        assert_eq!(theme(&competence("5.2")).label, "Prendre en main du matériel");
    }

    #[test]
    fn themes_come_once_and_the_level_is_the_highest_lessons() {
        let themes = themes(["5.2", "4.1", "5.2", "4.2"].map(competence));
        assert_eq!(
            themes.iter().map(|t| t.api).collect::<Vec<_>>(),
            ["prendre_en_main_du_materiel", "securite_numerique"]
        );
        let level =
            |n: &[i64]| workshop_level(n.iter().map(|n| Level::new(*n).expect("level"))).map(|v| v.api);
        assert_eq!(level(&[1, 2]), Some("debutant"));
        assert_eq!(level(&[1, 4]), Some("intermediaire"));
        assert_eq!(level(&[5]), Some("avance"));
        assert_eq!(level(&[]), None);
    }
}
