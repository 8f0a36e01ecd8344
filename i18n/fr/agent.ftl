agent-title = Espace animateur
agent-choose-pin = Choisissez un code ou une phrase secrète pour cet espace : au moins { $min } caractères. Seuls les animateurs doivent le connaître.
agent-new-pin = Nouveau code ou phrase secrète
agent-confirm-pin = Le même, encore une fois
agent-save-pin = Enregistrer le code
agent-pin-too-short = Trop court : utilisez au moins 6 caractères.
agent-pin-too-simple = Trop facile à deviner : évitez un seul caractère répété ou des chiffres qui se suivent comme 123456.
agent-pin-mismatch = Les deux saisies sont différentes. Tapez le même code 2 fois.
agent-recovery-intro = Notez ce code de secours sur papier et gardez-le en lieu sûr (dans le classeur de l'atelier, par exemple). Si le code est oublié, il permet d'en choisir un nouveau. Il n'est montré que maintenant.
agent-recovery-keep = Passerelle n'en garde qu'une forme brouillée : personne ne peut le relire.
agent-recovery-noted = Je l'ai noté
agent-pin = Code ou phrase secrète
agent-open = Ouvrir
agent-forgot = Code oublié ?
agent-wrong-pin = Code faux. Essayez encore.
agent-wait = Trop d'essais faux. Attendez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }, puis essayez encore.
agent-recover-intro = Tapez le code de secours noté quand le code a été choisi, puis choisissez un nouveau code.
agent-recovery-code = Code de secours
agent-wrong-code = Ce code de secours n'est pas le bon.
agent-change-pin = Changer le code
agent-close = Fermer l'espace
agent-residents = { $count ->
    [one] 1 personne partage ses résultats
   *[other] { $count } personnes partagent leurs résultats
}
agent-resident-figures = { $lessons ->
    [one] { $lessons } leçon finie
   *[other] { $lessons } leçons finies
}, { $right ->
    [one] { $right } bonne réponse
   *[other] { $right } bonnes réponses
} sur { $answers }. Dernière visite : { $date }.
agent-timeout = Fermer la session d'une personne après ce temps sans activité :
agent-minutes = { $minutes } min
agent-private = { $count ->
    [one] 1 autre personne garde ses résultats pour elle.
   *[other] { $count } autres personnes gardent leurs résultats pour elles.
}
agent-load = Charger des parcours
agent-save-all = Enregistrer tous les parcours
agent-export-residents = Tableau des personnes
agent-export-answers = Tableau des réponses
agent-search = Trouver une personne : tapez un nom
agent-sort = Trier par :
agent-sort-last-visit = dernière visite
agent-sort-name = nom
agent-sort-progress = leçons finies
agent-more = { $count ->
    [one] 1 autre personne : tapez un nom au-dessus pour la trouver.
   *[other] { $count } autres personnes : tapez un nom au-dessus pour les trouver.
}
agent-open-report = Voir le bilan { DE($name) }{ $name }
agent-back-to-list = Retour à la liste
agent-competences = Compétences atteintes (référentiel CRCN) :
agent-no-competence-yet = Aucune leçon finie pour l'instant.
agent-competence-level = { $code } { $name } : niveau { $level }
agent-save-resident = Enregistrer une page avec toutes ses données
agent-save-resident-hint = Son droit d'accès : tout ce que Passerelle garde sur cette personne, sur une page à lire ou à imprimer.
agent-delete = Supprimer cette personne et toutes ses données
agent-delete-confirm = Supprimer { $name } et tout ce que cette personne a fait sur ce PC ? On ne pourra pas revenir en arrière.
agent-delete-yes = Oui, supprimer
agent-erased = { $name } et toutes ses données ont été supprimées de ce PC et effacées, pour ne plus pouvoir être relues. { $rewritten ->
    [0] Il n'y avait pas de sauvegarde à refaire.
    [one] Elles ont aussi été retirées de sa sauvegarde.
   *[other] Elles ont aussi été retirées de ses { $rewritten } sauvegardes.
}{ $deleted ->
    [0] {""}
    [one] {" "}1 sauvegarde qui ne pouvait pas être refaite a été supprimée.
   *[other] {" "}{ $deleted } sauvegardes qui ne pouvaient pas être refaites ont été supprimées.
}
agent-erased-files = { $count ->
    [one] 1 fichier enregistré plus tôt depuis ce PC est encore là et peut contenir ses données : supprimez-le si c'est le cas.
   *[other] { $count } fichiers enregistrés plus tôt depuis ce PC sont encore là et peuvent contenir ses données : supprimez ceux qui les contiennent.
}
agent-save-attestation = Enregistrer une attestation à imprimer (PDF)
agent-structure = Le nom de votre structure, imprimé sur les attestations
agent-leader = Le nom de la personne qui signe les attestations (laisser vide pour l'écrire à la main)
agent-structure-save = Garder ces noms
agent-structure-saved = Les noms sont gardés pour les attestations.
agent-time-spent = Temps passé sur les réponses et les exercices : environ { $hours ->
    [0] { $minutes } min.
   *[other] { $hours } h { $minutes } min.
}
agent-note = Note pour les animateurs : seulement des choses pratiques, jamais la santé, l'argent ou les papiers (la personne peut demander à la voir)
agent-note-save = Garder la note
agent-note-saved = La note est gardée.
agent-rename-field = Nom affiché sur la carte du profil
agent-rename = Changer le nom
agent-renamed = Le profil s'appelle maintenant { $name }.
agent-rename-empty = Écrivez un nom avant d'appuyer sur « Changer le nom ».
agent-merge = Cette personne a un autre profil : les réunir
agent-merge-intro = Choisissez l'autre profil { DE($name) }{ $name }. Ses leçons et ses réponses rejoindront ce profil, puis il sera supprimé.
agent-merge-this = Réunir { $name }
agent-merge-confirm = Réunir { $other } dans { $name } ? Toutes les réponses sont gardées ; la carte « { $other } » disparaît. On ne pourra pas revenir en arrière.
agent-merge-yes = Oui, réunir
agent-merged = Le profil { DE($name) }{ $name } est réuni à celui-ci. Rien n'est perdu.
agent-add-pack = Ajouter un pack (fichier)
agent-pack-older = { $file } contient la version { $offered } d'un pack, plus ancienne que la version { $installed } de ce PC. La remplacer par l'ancienne ? Les personnes gardent leurs progrès.
agent-pack-older-replace = Remplacer par l'ancienne version
agent-pack-older-keep = Garder la version de ce PC
agent-code-wait = Trop de codes faux. Attendez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } avant le suivant.

agent-cards = Cartes des personnes
agent-cards-names = Montrer les prénoms
agent-cards-initials = Montrer seulement l'initiale
agent-cards-locked = { $count ->
    [one] 1 carte est fermée par des images. Si la personne les a oubliées, vous pouvez la rouvrir :
   *[other] { $count } cartes sont fermées par des images. Si une personne les a oubliées, vous pouvez rouvrir sa carte :
}
agent-code-remove = Enlever les images { DE($name) }{ $name }
agent-check-attestation = Vérifier une attestation (PDF)
agent-keys-hint = Les autres structures vérifient vos attestations avec votre fichier de clés ; ajoutez ici les leurs pour vérifier leurs attestations.
agent-save-keys = Enregistrer notre fichier de clés
agent-trust-keys = Ajouter un fichier de clés
agent-procedures = Démarches sur le portail d'exercice
agent-procedure-clean = { $lesson } : faite, chaque page réussie du premier coup
agent-procedure-stumbles = { $lesson } : faite ; il a fallu réessayer { $steps }
agent-answer-places = Où les réponses ont été données
agent-answers-here = Sur cet ordinateur : { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
}
agent-answers-at-site = À { $site } (réseau des bibliothèques) : { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
}
agent-answers-elsewhere = Sur un autre ordinateur (fichier de progression) : { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
}
agent-question-stats = Comment se passe chaque question
agent-stats-this-pc = Compté sur cet ordinateur.
agent-stats-network = Compté sur tous les ordinateurs du réseau des bibliothèques (dernière synchronisation à { $time }).
agent-stats-network-never = Compté sur tous les ordinateurs du réseau des bibliothèques, dès que cet ordinateur se sera synchronisé.
agent-stats-whose = Seulement les réponses des personnes qui partagent leurs résultats avec les animateurs ; jamais ce qu'elles ont écrit. Les questions les plus manquées viennent d'abord.
agent-stats-none = Pas encore de réponse aux questions de ce pack.
agent-stats-right = Réponses justes : { $right } sur { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
} ({ $percent } %)
agent-stats-wrong-most = Mauvaise réponse la plus donnée : « { $answer } » ({ $count ->
    [one] une fois
   *[other] { $count } fois
})
