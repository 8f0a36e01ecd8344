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
home-status-finished = Finie
home-sharing-on = Vos résultats sont partagés avec les animateurs.
home-sharing-off = Vos résultats ne sont pas partagés : les animateurs voient seulement combien de personnes ont une carte.
home-stop-sharing = Ne plus partager mes résultats
home-start-sharing = Partager mes résultats avec les animateurs
home-save-progress-hint = Pour continuer sur un autre PC avec Passerelle, enregistrez votre parcours dans un fichier (sur une clé USB, par exemple).
home-save-progress = Enregistrer mon parcours dans un fichier
home-workshop = Donné par votre atelier : { $title }
home-next-steps = Vos prochaines étapes
home-test-take = Savoir où j'en suis
home-test-continue = Reprendre mon test où je l'ai laissé
home-test-again = Refaire le test
home-my-progress = Mes progrès
