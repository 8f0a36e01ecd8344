workshop-list = Ateliers
workshop-export = Tableau des ateliers
workshop-export-cra = Comptes rendus pour la Coop (brouillons)
workshop-new = Nouvel atelier
workshop-none = Pas encore d'atelier. Appuyez sur « Nouvel atelier » pour en préparer un.
workshop-open = Ouvrir l'atelier : { $title }
workshop-day-time = { $day } à { $time }
workshop-attendance = { $members ->
    [one] 1 personne, { $present } présente
   *[other] { $members } personnes, { $present } présentes
}
workshop-edit = Modifier l'atelier
workshop-title = Titre de l'atelier
workshop-day = Jour (par exemple 24/11/2026)
workshop-time = Heure de début, si vous voulez (par exemple 14:00)
workshop-place = Lieu
workshop-topic = Sujet, avec vos mots
workshop-lessons = Leçons données dans cet atelier
workshop-residents = Personnes de cet atelier (seules les personnes qui partagent leurs résultats peuvent être ajoutées)
workshop-no-residents = Personne ne partage encore ses résultats sur ce PC.
workshop-save = Enregistrer l'atelier
workshop-saved = L'atelier est enregistré.
workshop-error-title = Donnez un titre à l'atelier (80 caractères au plus).
workshop-error-day = Écrivez un jour qui existe, sous la forme jour/mois/année : 24/11/2026.
workshop-error-time = Écrivez l'heure sous la forme heures:minutes, comme 14:00, ou laissez vide.
workshop-back = Retour aux ateliers
workshop-no-lessons = Pas encore de leçon choisie : appuyez sur « Modifier l'atelier » pour en choisir.
workshop-who = Qui est venu ? Cochez les personnes présentes.
workshop-no-members = Personne dans cet atelier pour l'instant : appuyez sur « Modifier l'atelier » pour ajouter des personnes.
workshop-present = { $name } était là
workshop-member-progress = { $name } : { $done ->
    [one] { $done } leçon finie
   *[other] { $done } leçons finies
} sur { $total }.
workshop-private = { $count ->
    [one] 1 autre personne de cet atelier garde ses résultats pour elle.
   *[other] { $count } autres personnes de cet atelier gardent leurs résultats pour elles.
}
workshop-missed = Questions où le groupe se trompe le plus
workshop-missed-none = Pas encore de mauvaise réponse dans les leçons de cet atelier.
workshop-missed-figures = { $lesson } : { $wrong ->
    [one] 1 mauvaise réponse
   *[other] { $wrong } mauvaises réponses
} sur { $answers }.
workshop-lessons-hint = Ouvrez un pack pour choisir ses leçons.
workshop-pack-chosen = { $pack } ({ $count ->
    [0] aucune choisie
    [one] { $count } choisie
   *[other] { $count } choisies
})
workshop-save-attestations = Enregistrer l'attestation de chacun (PDF)
workshop-save-attestations-hint = { $count ->
    [one] Une page
   *[other] { $count } pages
}, une pour chaque personne ci-dessus, dans un seul PDF à imprimer en une fois.
workshop-attestations-file = attestations
workshop-attestations-saved = Les attestations sont enregistrées dans { $path } : { $count ->
    [one] 1 page
   *[other] { $count } pages
}, une par personne. Ouvrez le fichier pour les imprimer.{ $private ->
    [0] {""}
    [one] {" "}La personne qui garde ses résultats pour elle n'y est pas.
   *[other] {" "}Les { $private } personnes qui gardent leurs résultats pour elles n'y sont pas.
}
workshop-attestations-saved-missing = Les attestations sont enregistrées dans { $path } ({ $count } pages), mais aucune police de ce PC n'a ces lettres de noms : { $missing }. Elles sont laissées en blanc : écrivez-les à la main avant de les remettre.
workshop-stumbles = Où le groupe bloque dans les démarches
workshop-stumble = { $step } : { $residents ->
    [one] 1 personne a dû réessayer
   *[other] { $residents } personnes ont dû réessayer
}
workshop-run-at = Atelier d'un autre site du réseau de bibliothèques : { $site }. Ses participants de tous les sites qui laissent leur carte les suivre sont ici.
workshop-live = En ce moment, sur les PC du réseau de bibliothèques
workshop-live-none = Personne de cet atelier n'est dans une leçon en ce moment.
workshop-live-seat = { $name } : { $lesson }, étape { $step } sur { $steps }
workshop-live-other-lesson = une leçon d'un pack qui n'est pas installé ici
workshop-live-stuck-wrong = { $name } a peut-être besoin d'aide : { $count ->
    [one] 1 mauvaise réponse
   *[other] { $count } mauvaises réponses de suite
}
workshop-live-stuck-quiet = { $name } a peut-être besoin d'aide : { $minutes ->
    [one] rien depuis 1 minute
   *[other] rien depuis { $minutes } minutes
}
