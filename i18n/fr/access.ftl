# Le document du droit d'accès : tout ce que Passerelle garde sur une personne.
access-file = mes-donnees
access-saved = La page avec toutes les données est enregistrée dans { $path }. Ouvrez-la pour la lire ou l'imprimer.
access-title = Tout ce que Passerelle garde sur { $name }
access-made = Fait le { $date }.
access-yes = Oui
access-no = Non
access-true = Vrai
access-false = Faux
access-lang-fr = Français
access-lang-en = Anglais
access-card = La carte
access-card-name = Prénom ou pseudo
access-card-picture = Image
access-card-language = Langue
access-card-display = Affichage
access-card-display-value = Texte à { $percent } %, contraste élevé : { $contrast }, texte facile à lire : { $easy }
access-card-made = Carte créée le
access-card-seen = Dernière utilisation le
access-card-locked = Fermée par des images
access-card-merged = Autres cartes de la même personne réunies avec celle-ci
access-consent = Partage des résultats avec les animateurs
access-consent-yes = Oui, partagés
access-consent-no = Non, gardés pour moi
access-lessons = Leçons
access-lesson-started = Commencée
access-lesson-done = Terminée, { $right ->
    [one] 1 bonne réponse
   *[other] { $right } bonnes réponses
} (meilleur essai)
access-answers = Toutes les réponses
access-answer-none = Rien de choisi
access-answer-outside = Un endroit en dehors des parties nommées de l'image
access-answer-unreadable = (cette question n'est plus sur cet ordinateur)
access-answer-typed = « { $text } »
access-answer-field = { $label } : « { $text } »
access-practice = Exercices pratiques
access-practice-kept = Ce qui a été écrit ou cliqué dans les exercices n'est jamais gardé : seulement si cela s'est bien passé.
access-moves = { $hits ->
        [one] { $hits } juste
       *[other] { $hits } justes
    }, { $misses ->
        [one] { $misses } fausse
       *[other] { $misses } fausses
    }
access-positioning = Tests de positionnement
access-level = { $domain } : niveau { $level }
access-level-none = { $domain } : non mesuré
access-reviews = { $count ->
    [one] 1 question est gardée pour être revue plus tard.
   *[other] { $count } questions sont gardées pour être revues plus tard.
}
access-reviews-learnt = { $count ->
    [one] 1 question a été apprise en révision : elle est notée, pour ne pas revenir.
   *[other] { $count } questions ont été apprises en révision : elles sont notées, pour ne pas revenir.
}
access-workshops = Ateliers
access-note = La note des animateurs
access-note-none = Il n'y a pas de note.
access-note-written = Écrite le { $date } :
access-col-when = Date et heure
access-col-choice = Choix
access-col-lesson = Leçon
access-col-result = Résultat
access-col-question = Question
access-col-answer = Réponse donnée
access-col-right = Juste
access-col-done = Réussi
access-col-moves = Gestes
access-col-tried-again = Pages d'une démarche réessayées
access-col-day = Jour
access-col-workshop = Atelier
access-col-place = Lieu
access-col-present = Présent
access-workshop-left = Retrait de l'atelier le { $date }
access-about = Ce que Passerelle garde, et combien de temps
access-about-where = Tout cela est gardé sur cet ordinateur seulement, dans le dossier de Passerelle. Rien n'est envoyé par internet.
access-about-how-long = C'est gardé jusqu'à ce que la carte soit supprimée. Les copies faites chaque jour (sauvegardes) sont gardées 6 mois au plus. Quand une carte est supprimée, elle est aussi enlevée de toutes les copies.
access-about-who = Toute personne sur cet ordinateur peut ouvrir une carte qui n'est pas fermée par des images. Les animateurs voient les résultats seulement des personnes qui les partagent ; pour les autres, ils voient seulement combien elles sont.
access-about-code = Les images qui ferment une carte ne sont pas gardées : seulement un code fait à partir d'elles, qui ne permet pas de retrouver les images.
access-about-rights = Vous pouvez demander à tout moment à un animateur de corriger ces données, de vous en donner une copie, ou de supprimer votre carte et tout ce qui va avec.
access-mine-hint = Voyez tout ce que Passerelle garde sur vous, sur une page à lire ou à imprimer.
access-mine = Enregistrer une page avec toutes mes données
access-follows = Ma carte qui me suit dans les autres lieux du réseau des bibliothèques
access-follows-yes = Oui, ma carte me suit
access-follows-no = Non, ma carte reste ici
