profiles-title = Qui êtes-vous ?
profiles-intro = Choisissez votre carte pour reprendre. C'est votre première fois ? Créez votre carte.
profiles-open = Ouvrir le profil { DE($name) }{ $name }{ $locked ->
    [yes] , fermé par des images
   *[no] {""}
}
profiles-new = Créer ma carte
profiles-new-title = Votre carte
profiles-name-label = Votre prénom ou un surnom
profiles-name-hint = Votre nom de famille n'est pas nécessaire.
profiles-name-missing = Écrivez un prénom ou un surnom pour continuer.
profiles-colour-label = Choisissez une couleur
profiles-symbol-label = Choisissez un dessin
profiles-create = Créer ma carte et commencer
profiles-search = Trouvez votre carte : tapez votre prénom
profiles-more = { $count ->
    [one] 1 autre carte. Tapez votre prénom au-dessus pour trouver la vôtre.
   *[other] { $count } autres cartes. Tapez votre prénom au-dessus pour trouver la vôtre.
}
profiles-none-found = Aucune carte n'a ce nom. Vérifiez l'orthographe, ou créez une nouvelle carte.
profiles-agent-area = Espace animateur
profiles-share-title = Vos résultats
profiles-share-explain = Les animateurs peuvent voir les leçons que vous avez finies, vos bonnes réponses et la date de votre dernière visite. Cela les aide à préparer les ateliers. Êtes-vous d'accord ?
profiles-share-yes = Oui, je partage mes résultats avec les animateurs
profiles-share-no = Non, je les garde pour moi
profiles-share-change = Vous pouvez changer d'avis à tout moment, sur votre page « Mes progrès ».
profiles-load-progress = Charger mon parcours depuis un fichier
profiles-open-twin = Ouvrir le profil { DE($name) }{ $name } ({ $colour }, { $symbol }){ $locked ->
    [yes] , fermé par des images
   *[no] {""}
}
