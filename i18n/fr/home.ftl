home-hello = Bonjour { $name } !
home-continue = Reprendre ma leçon : { $lesson }
home-start = Commencer : { $lesson }
home-all-done = Vous avez fini toutes les leçons. Bravo !
home-pack-progress = { $done ->
    [one] { $done } leçon finie
   *[other] { $done } leçons finies
} sur { $total }
home-status-new = Pas encore commencée
home-status-in-progress = En cours
home-status-done = Finie : { $correct ->
    [one] { $correct } bonne réponse
   *[other] { $correct } bonnes réponses
} sur { $total }
home-status-finished = Terminée
