exchange-exported = { $count ->
    [one] Le parcours d'une personne est enregistré dans { $path }.
   *[other] Le parcours de { $count } personnes est enregistré dans { $path }.
}
exchange-imported = { $path } : chargé ({ $residents ->
    [one] 1 nouvelle personne
   *[other] { $residents } nouvelles personnes
}, { $answers ->
    [one] 1 nouvelle réponse
   *[other] { $answers } nouvelles réponses
}).
exchange-refused = { $path } : pas chargé. { $reason } Rien n'a été changé.
exchange-not-progress = Ce n'est pas un fichier de parcours Passerelle, ou il est abîmé.
exchange-newer = Ce fichier vient d'une version plus récente de Passerelle. Mettez Passerelle à jour sur ce PC.
exchange-saved = Votre parcours est enregistré dans { $path }. Ouvrez-le dans Passerelle sur un autre PC pour continuer là-bas.
exchange-not-saved = Le fichier n'a pas pu être enregistré dans { $path } ({ $detail }). Rien n'est perdu : essayez un autre endroit.
exchange-person-changed = La carte { DE($name) }{ $name } a été mise à jour par ce fichier : { $fields }.
exchange-changed-name = prénom
exchange-changed-look = couleur ou image
exchange-changed-language = langue
exchange-changed-display = taille du texte ou contraste
exchange-changed-sharing-off = ne partage plus ses résultats
exchange-left-out = { $name } : { $record ->
    [person] la personne entière a été refusée
    [lesson] { $count ->
        [one] la progression d'une leçon a été laissée de côté
       *[other] la progression de { $count } leçons a été laissée de côté
    }
    [answer] { $count ->
        [one] 1 réponse a été laissée de côté
       *[other] { $count } réponses ont été laissées de côté
    }
    [review] { $count ->
        [one] 1 question à revoir a été laissée de côté
       *[other] { $count } questions à revoir ont été laissées de côté
    }
    [test] { $count ->
        [one] 1 test de positionnement a été laissé de côté
       *[other] { $count } tests de positionnement ont été laissés de côté
    }
    [workshop] { $count ->
        [one] 1 place dans un atelier a été laissée de côté
       *[other] { $count } places dans des ateliers ont été laissées de côté
    }
   *[try] { $count ->
        [one] 1 essai d'exercice a été laissé de côté
       *[other] { $count } essais d'exercice ont été laissés de côté
    }
}, car { $reason }.
exchange-reason-future = sa date est dans le futur pour ce PC (vérifiez la date du PC qui a fait le fichier)
exchange-reason-too-old = sa date est antérieure à Passerelle
exchange-reason-unknown-in-pack = la leçon, la question ou l'exercice n'existe pas dans le pack installé ici
exchange-reason-unreadable-response = la réponse donnée ne peut pas être lue
exchange-reason-out-of-bounds = ses chiffres sont impossibles (pour la leçon, la révision ou le test)
exchange-reason-unknown-value = il contient une valeur que Passerelle ne connaît pas (langue, couleur, image, prénom ou identifiant)
exchange-kept-for-other-packs = { $count ->
    [one] 1 élément concerne un pack qui n'est pas installé sur ce PC : il est gardé pour le jour où il le sera.
   *[other] { $count } éléments concernent des packs qui ne sont pas installés sur ce PC : ils sont gardés pour le jour où ils le seront.
}
exchange-not-progress-at = Ce n'est pas un fichier de parcours Passerelle, ou il est abîmé : il ne se lit plus à partir de la ligne { $line }.
